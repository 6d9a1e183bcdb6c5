/**
 * The presenter's second window and its panels: split slides legible at
 * 1920x1080, the speaker view kept in sync both ways, and the citation panel
 * offline (the provision's words from the build, not the reading page).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, base, browser, context, useSite } from './harness.ts';
import { siteDecks } from '../../src/lib/decks/build.ts';
import { presenterDeck } from '../../src/lib/decks/split.ts';
import { quoteProvision } from '../../src/lib/provision-text.ts';
import { notesFor } from '../../src/lib/notes.ts';
import { loadRegulations } from '../../src/lib/load.ts';
import type * as RuntimeModule from '../../src/scripts/presenter-runtime.ts';

type Runtime = typeof RuntimeModule;

const site = siteDecks();
const regs = loadRegulations();
const penugasan = await presenterDeck(
  site.decks.find((d) => d.id === 'penugasan')!,
  site.citer,
);
const mekanisme = await presenterDeck(
  site.decks.find((d) => d.id === 'mekanisme-kerja')!,
  site.citer,
);
useSite();

const current = (page: Page) =>
  page.evaluate(() => {
    const li = document.querySelector<HTMLElement>('li.slide.is-current');
    const step = li?.querySelector<HTMLElement>('.slide-steps li.is-current');
    return { slide: li ? Number(li.id.replace('slide-', '')) : 0, step: step ? Number(step.dataset.n) : 0 };
  });
/** Smallest text of the current slide's figure on screen, in CSS px (font size x the SVG's screen scale). */
const smallestText = (page: Page) =>
  page.evaluate(() => {
    let min = Infinity;
    for (const t of document.querySelectorAll<SVGTextElement>('li.slide.is-current .slide-figure svg text')) {
      const m = t.getScreenCTM();
      if (!m || !t.textContent?.trim()) continue;
      min = Math.min(min, parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b));
    }
    return min;
  });

describe('presenter at 1920x1080', () => {
  it('shows a long swimlane as parts "Gambar N (bagian k dari m)", each legible and stepping through its own steps', async () => {
    const parts = mekanisme.slides.filter((s) => s.part && s.steps.length);
    expect(parts.length).toBeGreaterThan(1);
    const { ctx, foreign } = await context(browser, base, { viewport: { width: 1920, height: 1080 } });
    const page = await ctx.newPage();
    for (const s of parts.slice(0, 3)) {
      await page.goto(`${base}/${mekanisme.path}?slide=${s.n}`);
      await page.waitForSelector('.deck-page.presenting');
      const title = (await page.locator('li.slide.is-current .slide-label').textContent()) ?? '';
      expect(title).toMatch(new RegExp(`^Gambar \\d+ \\(bagian ${s.part!.n} dari ${s.part!.of}\\)$`));
      expect(await smallestText(page), title).toBeGreaterThanOrEqual(16);
      await page.keyboard.press('ArrowRight');
      const caption = (await page.locator('li.slide.is-current .slide-steps li.is-current').innerText()).replace(/\s+/g, ' ');
      expect(caption).toContain(`Langkah ${s.steps[0]!.n} dari ${s.stepTotal}`);
      expect(caption).toContain(s.steps[0]!.cites[0]!.label);
      expect(await page.locator(`li.slide.is-current .pres-count, .pres-count`).first().textContent()).toContain(`1/${s.steps.length}`);
    }
    expect(foreign).toEqual([]);
    await ctx.close();
  }, 60_000);
});

describe('speaker view', () => {
  it('opens with S in a second window, shows notes, next and time; either window moves the other', async () => {
    const stepped = penugasan.slides.find((s) => s.steps.length >= 2)!;
    const { ctx, foreign } = await context(browser, base, { viewport: { width: 1920, height: 1080 } });
    const audience = await ctx.newPage();
    await audience.goto(`${base}/${penugasan.path}?slide=${stepped.n}`);
    await audience.waitForSelector('.deck-page.presenting');
    expect(await audience.locator('.pres-bar [data-act="speaker"]').isVisible()).toBe(true);
    await audience.keyboard.press('n'); // notes open on the audience screen: the speaker view closes them
    const [speaker] = await Promise.all([ctx.waitForEvent('page'), audience.keyboard.press('s')]);
    await speaker.waitForSelector('.deck-page.presenting.is-speaker');
    expect(new URL(speaker.url()).searchParams.get('tampilan')).toBe('pembicara');
    expect(await current(speaker)).toEqual({ slide: stepped.n, step: 0 });
    expect(await speaker.locator('.speaker-next-text').textContent()).toBe(
      `Langkah 1 dari ${stepped.steps.length}: ${(await speaker.locator('li.slide.is-current .slide-steps li').first().locator('.step-body').textContent())!.replace(/\s+/g, ' ').trim()}`,
    );
    expect(await axe(speaker), 'axe, speaker view').toEqual([]);
    // Notes on the speaker's screen, none on the audience's.
    expect(await speaker.locator('li.slide.is-current .slide-steps li').nth(1).isVisible()).toBe(true);
    await expect.poll(() => audience.evaluate(() => document.querySelector('.deck-page')!.classList.contains('notes-open'))).toBe(false);
    expect(await audience.locator('.speaker-panel').count()).toBe(0);
    // The speaker moves: the audience follows (steps and slides).
    await speaker.keyboard.press('ArrowRight');
    await expect.poll(() => current(audience)).toEqual({ slide: stepped.n, step: 1 });
    await speaker.keyboard.press('ArrowDown');
    await expect.poll(() => current(audience)).toEqual({ slide: stepped.n + 1, step: 0 });
    // The audience moves (a clicker on the projector's machine): the speaker follows.
    await audience.keyboard.press('ArrowUp');
    await expect.poll(() => current(speaker)).toEqual({ slide: stepped.n, step: 0 });
    expect(await speaker.locator('.speaker-next-text').textContent()).toContain('Langkah 1 dari');
    // Black screen from the speaker blanks the audience.
    await speaker.keyboard.press('b');
    await expect.poll(() => audience.locator('.pres-blank').isVisible()).toBe(true);
    await speaker.keyboard.press('b');
    await expect.poll(() => audience.locator('.pres-blank').isVisible()).toBe(false);
    // Elapsed time runs and resets.
    await expect.poll(() => speaker.locator('.speaker-elapsed').textContent(), { timeout: 5000 }).not.toBe('0:00');
    await speaker.click('.speaker-reset');
    expect(await speaker.locator('.speaker-elapsed').textContent()).toBe('0:00');
    expect(foreign).toEqual([]);
    await ctx.close();
  }, 60_000);
});

describe('citation panel', () => {
  it('offline, a citation on a slide opens the provision as printed, with its editorial notes, without leaving the deck', async () => {
    // A slide step citing a provision that carries an editorial note (else any step).
    const decks = await Promise.all(
      site.decks.filter((d) => d.kind === 'peraturan' && d.slides.length).map((d) => presenterDeck(d, site.citer)),
    );
    const pick = (withNote: boolean) => {
      for (const d of decks)
        for (const s of d.slides)
          for (const [i, st] of s.steps.entries()) {
            const c = st.cites[0]!;
            const reg = regs.find((r) => r.slug === c.reg)!;
            if (!withNote || notesFor(reg, c.id).length) return { d, s, k: i + 1, c, reg };
          }
      return undefined;
    };
    const { d, s, k, c, reg } = pick(true) ?? pick(false)!;
    const q = quoteProvision(reg, c.id);
    const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'allow' });
    const page = await ctx.newPage();
    await page.goto(`${base}/${d.path}?slide=${s.n}&langkah=${k}`);
    await page.waitForSelector('.deck-page[data-offline="siap"]', { timeout: 60_000 });
    await ctx.setOffline(true);
    await page.reload();
    await page.waitForSelector('.deck-page.presenting');
    const before = page.url();
    const link = page.locator(`li.slide.is-current .slide-steps li.is-current .step-cite a[data-cite="${c.reg}#${c.id}"]`);
    await link.click();
    const panel = page.locator('.pres-cite');
    await panel.locator('.pres-cite-quote').waitFor({ timeout: 10_000 });
    expect(page.url()).toBe(before);
    const text = (await panel.innerText()).replace(/\s+/g, ' ');
    expect(await panel.locator('.pres-cite-title').textContent()).toBe(`${q.pin}, ${q.shortTitle}`);
    for (const l of q.lines.slice(0, 3)) expect(text).toContain(l.text.replace(/\s+/g, ' ').trim());
    expect(text).toContain(q.citation.replace(/\s+/g, ' '));
    for (const n of notesFor(reg, c.id)) expect(text).toContain(n.alasan.replace(/\s+/g, ' ').slice(0, 60));
    expect(await panel.locator('.pres-cite-more a').getAttribute('href')).toBe(`/${c.href}`);
    expect(await axe(page), 'axe, citation panel open').toEqual([]);
    await page.keyboard.press('Escape');
    expect(await panel.isVisible()).toBe(false);
    expect(await page.locator('.deck-page.presenting').count()).toBe(1);
    await ctx.close();
  }, 90_000);
});

describe('runtime on markup assembled at runtime (the session builder contract)', () => {
  it('initPresenter runs on slides cloned from two deck pages and renumbered, with steps and unique ids', async () => {
    const { readFileSync } = await import('node:fs');
    const ts = (await import('typescript')).default;
    const { ctx, foreign } = await context(browser, base, { viewport: { width: 1280, height: 800 } });
    // The runtime's own TypeScript modules, transpiled as they are requested (no bundler).
    await ctx.route(/\/__src\//, (route) => {
      const file = new URL(route.request().url()).pathname.replace('/__src/', 'src/');
      const code = readFileSync(file, 'utf8')
        .replace(/import\.meta\.env\.BASE_URL/g, '"/"')
        .replace(/__SK_BUILD__/g, '"test"');
      const js = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: js });
    });
    const kedudukan = site.decks.find((d) => d.id === 'kedudukan')!;
    const stepped = penugasan.slides.find((s) => s.steps.length >= 2)!;
    const page = await ctx.newPage();
    await page.goto(`${base}/${kedudukan.path}?tampilan=daftar`);
    // A string, so that the test runner does not rewrite the browser's dynamic import.
    await page.evaluate(`import('/__src/scripts/presenter-runtime.ts').then((m) => { window.skRuntime = m; })`);
    const result = await page.evaluate(
      async ({ other, n }) => {
        const rt = (window as unknown as { skRuntime: Runtime }).skRuntime;
        const old = document.querySelector<HTMLElement>('.deck-page')!;
        const root = old.cloneNode(true) as HTMLElement;
        root.dataset.deck = 'sesi-uji';
        const list = root.querySelector('ol.slides')!;
        const mine = [...old.querySelectorAll<HTMLElement>('li.slide')].slice(0, 2);
        const html = await (await fetch(other)).text();
        const theirs = new DOMParser().parseFromString(html, 'text/html').querySelector<HTMLElement>(`#slide-${n}`)!;
        list.replaceChildren();
        [...mine.map((li) => li.cloneNode(true) as HTMLElement), document.importNode(theirs, true)].forEach((li, i) => {
          rt.renumberSlide(li, i + 1, `sesi${i + 1}-${li.dataset.prefix}`);
          list.append(li);
        });
        old.replaceWith(root);
        const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
        const handle = rt.initPresenter(root, { offline: false });
        handle.go({ slide: 0, step: 0 });
        return {
          duplicates: ids.filter((id, i) => ids.indexOf(id) !== i),
          prefix: list.querySelectorAll(':scope > li.slide')[2]!.getAttribute('data-prefix'),
        };
      },
      { other: `/${penugasan.path}`, n: stepped.n },
    );
    expect(result.duplicates).toEqual([]);
    await page.waitForSelector('.deck-page.presenting');
    expect(await current(page)).toEqual({ slide: 1, step: 0 });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    expect(await current(page)).toEqual({ slide: 3, step: 1 });
    expect(await page.locator('.pres-count').textContent()).toBe(`3 / 3 · 1/${stepped.steps.length}`);
    // The revealed node is the renumbered slide's own SVG node.
    expect(await page.locator(`[id="${result.prefix}-n-${stepped.steps[0]!.node}"]`).getAttribute('class')).toContain('is-current');
    expect(new URL(page.url()).searchParams.get('slide')).toBe('3');
    expect(foreign).toEqual([]);
    await ctx.close();
  }, 60_000);
});
