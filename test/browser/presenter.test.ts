import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { axe, base, browser, context, useSite } from './harness.ts';
import { siteDecks } from '../../src/lib/decks/build.ts';
import { presenterDeck } from '../../src/lib/decks/split.ts';

// The decks as their pages show them (figures too small for a projector split into parts); handouts keep `site`.
const site = siteDecks();
const decks = await Promise.all(site.decks.map((d) => presenterDeck(d, site.citer)));
const figures = await Promise.all(site.figures.filter((d) => !d.reg).map((d) => presenterDeck(d, site.citer)));
const deck = (id: string) => decks.find((d) => d.id === id)!;
const kedudukan = deck('kedudukan');
const penugasan = deck('penugasan');
/** The first slide of Penugasan that steps through a flow (1-based). */
const stepped = penugasan.slides.find((s) => s.steps.length >= 3)!;
useSite();

const current = (page: Page) =>
  page.evaluate(() => {
    const li = document.querySelector<HTMLElement>('li.slide.is-current');
    return li ? Number(li.id.replace('slide-', '')) : 0;
  });
const pdfPages = async (pdf: Uint8Array) =>
  (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false })).text.map((t) => t.replace(/\s+/g, ' '));

describe('deck pages without JavaScript', () => {
  it('show every slide as a readable list with figure, caption, steps or text alternative and citations', async () => {
    for (const width of [1280, 360]) {
      const { ctx, foreign } = await context(browser, base, { javaScriptEnabled: false, viewport: { width, height: 800 } });
      const page = await ctx.newPage();
      for (const d of [kedudukan, penugasan]) {
        const res = await page.goto(`${base}/${d.path}`);
        expect(res?.status()).toBe(200);
        expect(await page.locator('li.slide').count()).toBe(d.slides.length);
        expect(await page.locator('li.slide .slide-figure svg').count()).toBe(d.slides.length);
        expect(await page.locator('.deck-toc a').count()).toBe(d.slides.length);
        for (const s of d.slides) {
          const li = page.locator(`#slide-${s.n}`);
          expect(await li.locator('.slide-title').textContent()).toContain(s.label);
          expect(await li.locator('.slide-summary').isVisible()).toBe(true);
          expect(await li.locator('.slide-text a[href*="/#"]').count()).toBeGreaterThan(0);
          if (s.steps.length) expect(await li.locator('.slide-steps li').count()).toBe(s.steps.length);
        }
        expect(await page.locator('.pres-bar').isVisible()).toBe(false);
        expect(await page.locator('[data-act="start"]').isVisible()).toBe(false);
        expect(await page.locator('.deck-actions a[download][href$="bahan.pdf"]').isVisible()).toBe(true);
      }
      await page.goto(`${base}/presentasi/`);
      expect(await page.locator('a[data-deck]').count()).toBe(decks.filter((d) => d.slides.length).length);
      expect(await page.locator('a[data-figure]').count()).toBe(figures.filter((d) => !d.reg).length);
      expect(foreign).toEqual([]);
      await ctx.close();
    }
  }, 120_000);

  it('axe finds nothing on the list of presentations and on the list view of a deck, at 1280 and 360 px', async () => {
    // axe-core needs script to run; the list view with script is the no-script markup plus its buttons.
    for (const width of [1280, 360]) {
      const { ctx, foreign } = await context(browser, base, { viewport: { width, height: 800 } });
      const page = await ctx.newPage();
      for (const path of ['/presentasi/', `/${kedudukan.path}?tampilan=daftar`, `/${penugasan.path}?tampilan=daftar`]) {
        await page.goto(`${base}${path}`);
        expect(await page.locator('.deck-page.presenting').count(), path).toBe(0);
        expect(await axe(page), `${path} ${width}`).toEqual([]);
      }
      expect(foreign).toEqual([]);
      await ctx.close();
    }
  }, 180_000);

  it('reading pages carry none of the presenter: no script, no stylesheet, no service worker', async () => {
    const { ctx } = await context(browser, base, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${base}/${penugasan.path}`);
    // The deck's own script (every page also loads the site's small reading script).
    const presenterJs = (await page.locator('script[type="module"]').evaluateAll((s) => s.map((x) => x.getAttribute('src')))).filter(
      (src) => /DeckView|presenter/i.test(src ?? ''),
    );
    const deckCss = await page.locator('link[rel="stylesheet"]').evaluateAll((s) => s.map((x) => x.getAttribute('href')));
    expect(presenterJs.length).toBe(1);
    const reading = ['/', '/batang/', '/gambar/', '/gambar/4/', '/batang/gambar/20/', '/glosarium/', '/tentang/'];
    const presenterCss: string[] = [];
    for (const href of deckCss) {
      const css = await (await page.request.get(`${base}${href}`)).text();
      if (css.includes('.presenting')) presenterCss.push(href!);
    }
    expect(presenterCss.length).toBeGreaterThan(0);
    for (const path of reading) {
      const html = await (await page.request.get(`${base}${path}`)).text();
      for (const js of presenterJs) expect(html, path).not.toContain(js!);
      for (const css of presenterCss) expect(html, path).not.toContain(css);
      expect(html, path).not.toContain('sw-presentasi');
      const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
      for (const s of sheets) expect(await (await page.request.get(`${base}${s}`)).text(), s).not.toContain('.presenting');
    }
    await ctx.close();
  });
});

describe('presenting', () => {
  it('moves with arrows, space, PageUp/PageDown (clicker), Home/End and slide numbers, and keeps the slide in the address', async () => {
    const { ctx, foreign } = await context(browser, base, { viewport: { width: 1280, height: 720 } });
    const page = await ctx.newPage();
    await page.goto(`${base}/${kedudukan.path}`);
    await page.waitForSelector('.deck-page.presenting');
    expect(await page.locator('.pres-bar').isVisible()).toBe(true);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await current(page)).toBe(1);
    const n = kedudukan.slides.length;
    const press = async (key: string, want: number) => {
      await page.keyboard.press(key);
      expect(await current(page), key).toBe(want);
      expect(new URL(page.url()).searchParams.get('slide'), key).toBe(String(want));
    };
    await press('ArrowRight', 2);
    await press('Space', 3);
    await press('PageDown', 4);
    await press('PageUp', 3);
    await press('ArrowLeft', 2);
    await press('ArrowDown', 3);
    await press('ArrowUp', 2);
    await press('End', n);
    await press('ArrowRight', n);
    await press('Home', 1);
    await press('ArrowLeft', 1);
    await page.keyboard.type('5');
    await press('Enter', 5);
    expect(await page.locator('.pres-count').textContent()).toBe(`5 / ${n}`);
    expect(await page.locator('#slide-5').isVisible()).toBe(true);
    expect(await page.locator('#slide-4').isVisible()).toBe(false);
    await page.click('.pres-bar [data-act="next"]');
    expect(await current(page)).toBe(6);
    // The live region says where we are.
    expect(await page.locator('.pres-live').textContent()).toContain(`Slide 6 dari ${n}`);
    // F: full screen; Esc leaves full screen, then the presenter (back to the list, at the same slide).
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
    await expect.poll(() => page.locator('[data-act="full"]').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);
    await page.waitForTimeout(700);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.deck-page:not(.presenting)');
    expect(await page.locator('.pres-bar').isVisible()).toBe(false);
    expect(page.url()).toContain('tampilan=daftar#slide-6');
    expect(await page.locator('li.slide').evaluateAll((l) => l.filter((x) => (x as HTMLElement).offsetHeight > 0).length)).toBe(n);
    // Start again from a chosen slide.
    await page.locator('#slide-3 [data-act="start-here"]').click();
    await page.waitForSelector('.deck-page.presenting');
    expect(await current(page)).toBe(3);
    expect(foreign).toEqual([]);
    await ctx.close();
  });

  it('reveals the steps of a flow one at a time in the regulation order, with the step and its citation as caption', async () => {
    const { ctx } = await context(browser, base, { viewport: { width: 1280, height: 720 } });
    const page = await ctx.newPage();
    await page.goto(`${base}/${penugasan.path}?slide=${stepped.n}`);
    await page.waitForSelector('.deck-page.presenting');
    const prefix = `s${stepped.n}-${stepped.figure.id}`;
    const state = () =>
      page.evaluate((p) => {
        const li = document.querySelector('li.slide.is-current')!;
        const nodes = [...li.querySelectorAll<SVGGElement>('g.fig-node')];
        return {
          future: nodes.filter((g) => g.classList.contains('is-future')).map((g) => g.id.replace(`${p}-n-`, '')),
          current: nodes.filter((g) => g.classList.contains('is-current')).map((g) => g.id.replace(`${p}-n-`, '')),
          opacity: nodes.map((g) => Number(getComputedStyle(g).opacity)),
          futureEdges: li.querySelectorAll('g.fig-edge.is-future').length,
          edges: li.querySelectorAll('g.fig-edge').length,
          caption: (li.querySelector<HTMLElement>('.slide-steps li.is-current')?.innerText ?? '').replace(/\s+/g, ' '),
          captionVisible: !!li.querySelector<HTMLElement>('.slide-steps li.is-current')?.offsetHeight,
          cite: li.querySelector('.slide-steps li.is-current .step-cite a')?.getAttribute('href') ?? '',
          hint: !!li.querySelector<HTMLElement>('.slide-hint')?.offsetHeight,
        };
      }, prefix);
    const order = stepped.steps.map((s) => s.node);
    let st = await state();
    expect(st.future.sort()).toEqual([...order].sort());
    expect(st.current).toEqual([]);
    expect(st.hint).toBe(true);
    expect(st.futureEdges).toBe(st.edges);
    expect(Math.max(...st.opacity)).toBeLessThan(0.5);
    for (let k = 1; k <= order.length; k++) {
      await page.keyboard.press(k % 2 ? 'ArrowRight' : 'PageDown');
      st = await state();
      expect(st.current).toEqual([order[k - 1]]);
      expect(st.future.sort()).toEqual(order.slice(k).sort());
      expect(st.captionVisible).toBe(true);
      expect(st.caption).toContain(`Langkah ${k} dari ${order.length}`);
      expect(st.caption).toContain(stepped.steps[k - 1]!.text.slice(0, 30));
      expect(st.caption).toContain(`Dasar: ${stepped.steps[k - 1]!.cites[0]!.label}`);
      expect(st.cite).toBe(`/${stepped.steps[k - 1]!.cites[0]!.href}`);
      expect(await current(page)).toBe(stepped.n);
      expect(new URL(page.url()).searchParams.get('langkah')).toBe(String(k));
      expect(await page.locator('.pres-live').textContent()).toContain(`Langkah ${k} dari ${order.length}`);
    }
    expect(st.futureEdges).toBe(0);
    // After the last step the next slide; back returns to the flow fully revealed.
    await page.keyboard.press('ArrowRight');
    expect(await current(page)).toBe(stepped.n + 1);
    await page.keyboard.press('ArrowLeft');
    expect(await current(page)).toBe(stepped.n);
    st = await state();
    expect(st.future).toEqual([]);
    expect(st.current).toEqual([order[order.length - 1]]);
    // Notes (N) list every step with its citation.
    await page.keyboard.press('n');
    expect(
      await page
        .locator('li.slide.is-current .slide-steps li')
        .evaluateAll((l) => l.filter((x) => (x as HTMLElement).offsetHeight > 0).length),
    ).toBe(order.length);
    await ctx.close();
  });

  it('opens at the slide in the address (?slide=, #N, langkah), and a bad slide or deck at the nearest with a notice', async () => {
    const { ctx, foreign } = await context(browser, base, { viewport: { width: 1280, height: 720 } });
    const page = await ctx.newPage();
    const n = penugasan.slides.length;
    const open = async (path: string) => {
      await page.goto(`${base}${path}`);
      await page.waitForSelector('.deck-page.presenting');
      return { slide: await current(page), notice: ((await page.locator('.deck-notice').textContent()) ?? '').trim(), url: page.url() };
    };
    expect(await open(`/${penugasan.path}?slide=5`)).toMatchObject({ slide: 5, notice: '' });
    expect(await page.locator('#slide-5 .slide-title').isVisible()).toBe(true);
    expect(await open(`/${penugasan.path}#5`)).toMatchObject({ slide: 5, notice: '' });
    expect(new URL(page.url()).search).toBe('?slide=5');
    const withStep = await open(`/${penugasan.path}?slide=${stepped.n}&langkah=2`);
    expect(withStep.slide).toBe(stepped.n);
    expect(await page.locator('li.slide.is-current .slide-steps li.is-current').getAttribute('data-n')).toBe('2');
    const hi = await open(`/${penugasan.path}?slide=99`);
    expect(hi.slide).toBe(n);
    expect(hi.notice).toContain('Slide 99 tidak ada');
    expect(await page.locator('.deck-notice').isVisible()).toBe(true);
    expect(new URL(hi.url).searchParams.get('slide')).toBe(String(n));
    const word = await open(`/${penugasan.path}?slide=lima`);
    expect(word).toMatchObject({ slide: 1 });
    expect(word.notice).toContain('bukan nomor slide');
    // The notice goes once the presenter moves on.
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('.deck-notice').isVisible()).toBe(false);
    // Decks named in the address: exact, nearest (with a notice), a figure number.
    const exact = await open('/presentasi/?dek=penugasan&slide=3');
    expect(exact).toMatchObject({ slide: 3, notice: '' });
    expect(new URL(exact.url).pathname).toBe(`/${penugasan.path}`);
    const near = await open('/presentasi/?dek=mekanisme&slide=2');
    expect(new URL(near.url).pathname).toBe('/presentasi/mekanisme-kerja/');
    expect(near.slide).toBe(2);
    expect(near.notice).toContain('“mekanisme” tidak ditemukan');
    expect(new URL(near.url).searchParams.has('dari')).toBe(false);
    const fig = await open('/presentasi/?dek=gambar-99');
    const lastCanon = figures.filter((d) => !d.reg).at(-1)!;
    expect(new URL(fig.url).pathname).toBe(`/${lastCanon.path}`);
    expect(fig.notice).toContain('gambar-99');
    expect(foreign).toEqual([]);
    await ctx.close();
  });

  it('zooms and pans the vector figure (buttons, keys, wheel, drag) and fits it again', async () => {
    const { ctx } = await context(browser, base, { viewport: { width: 1280, height: 720 } });
    const page = await ctx.newPage();
    await page.goto(`${base}/${kedudukan.path}?slide=1`);
    await page.waitForSelector('.deck-page.presenting');
    const vb = () => page.locator('li.slide.is-current svg').evaluate((s) => s.getAttribute('viewBox')!.split(' ').map(Number));
    const [, , w0] = await vb();
    await page.keyboard.press('+');
    await expect.poll(async () => (await vb())[2]!).toBeLessThan(w0! / 1.3);
    await page.click('.pres-bar [data-act="zoom-in"]');
    await expect.poll(async () => (await vb())[2]!).toBeLessThan(w0! / 1.9);
    expect(await page.locator('.deck-page').evaluate((e) => e.classList.contains('is-zoomed'))).toBe(true);
    // Still vector: the figure is the SVG itself with its text, not a picture of it.
    expect(await page.locator('li.slide.is-current .slide-figure svg text').count()).toBeGreaterThan(0);
    expect(await page.locator('li.slide.is-current .slide-figure img, li.slide.is-current .slide-figure canvas').count()).toBe(0);
    await page.waitForTimeout(350);
    const before = await vb();
    const box = (await page.locator('li.slide.is-current .slide-figure').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 60, { steps: 5 });
    await page.mouse.up();
    const after = await vb();
    expect(after[0]!).not.toBeCloseTo(before[0]!, 0);
    await page.keyboard.press('0');
    await expect.poll(async () => (await vb())[2]!).toBeCloseTo(w0!, 0);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await expect.poll(async () => (await vb())[2]!).toBeLessThan(w0!);
    await page.click('.pres-bar [data-act="fit"]');
    await expect.poll(async () => (await vb())[2]!).toBeCloseTo(w0!, 0);
    await ctx.close();
  });

  it('moves on with a touch swipe', async () => {
    const { ctx } = await context(browser, base, { viewport: { width: 800, height: 600 }, hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    await page.goto(`${base}/${kedudukan.path}?slide=2`);
    await page.waitForSelector('.deck-page.presenting');
    const cdp = await ctx.newCDPSession(page);
    const box = (await page.locator('li.slide.is-current .slide-figure').boundingBox())!;
    const swipe = async (dx: number) => {
      const y = box.y + box.height / 2;
      const x0 = box.x + box.width / 2 - dx / 2;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x0, y }] });
      for (let i = 1; i <= 5; i++)
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x0 + (dx * i) / 5, y }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await swipe(-250);
    await expect.poll(() => current(page)).toBe(3);
    await swipe(250);
    await expect.poll(() => current(page)).toBe(2);
    await ctx.close();
  });

  it('has a high-contrast theme that it remembers; axe finds nothing while presenting in either theme', async () => {
    const { ctx } = await context(browser, base, { viewport: { width: 1280, height: 720 } });
    const page = await ctx.newPage();
    await page.goto(`${base}/${penugasan.path}?slide=${stepped.n}&langkah=2`);
    await page.waitForSelector('.deck-page.presenting');
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('c');
    expect(await page.evaluate(() => document.documentElement.classList.contains('theme-hc'))).toBe(true);
    expect(await page.locator('[data-act="contrast"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.deck-page').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(0, 0, 0)');
    expect(
      await page
        .locator('li.slide.is-current svg text')
        .first()
        .evaluate((e) => getComputedStyle(e).fill),
    ).toBe('rgb(0, 0, 0)');
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('n');
    expect(await axe(page)).toEqual([]);
    // A phone held upright: figure above, caption below; still nothing for axe.
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await axe(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.reload();
    await page.waitForSelector('.deck-page.presenting');
    expect(await page.evaluate(() => document.documentElement.classList.contains('theme-hc'))).toBe(true);
    await page.click('.pres-bar [data-act="contrast"]');
    expect(await page.evaluate(() => document.documentElement.classList.contains('theme-hc'))).toBe(false);
    // A single figure presents the same way.
    const single = figures.find((d) => !d.reg && d.slides[0]!.steps.length)!;
    await page.goto(`${base}/${single.path}`);
    await page.waitForSelector('.deck-page.presenting');
    expect(await page.locator('.pres-count').textContent()).toBe(`1 / ${single.slides.length} · 0/${single.slides[0]!.steps.length}`);
    expect(await axe(page)).toEqual([]);
    await ctx.close();
  });
});

describe('handouts', () => {
  it('prints on A4, one figure per page with caption, citation and the text alternative', async () => {
    const { ctx } = await context(browser, base, { viewport: { width: 1280, height: 720 } });
    const page = await ctx.newPage();
    await page.goto(`${base}/${kedudukan.path}?slide=4`);
    await page.waitForSelector('.deck-page.presenting');
    await page.keyboard.press('+');
    await page.emulateMedia({ media: 'print' });
    const text = await pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    const n = kedudukan.slides.length;
    // A cover with the contents, then one page per figure.
    expect(text).toHaveLength(n + 1);
    expect(text[0]).toContain(kedudukan.title);
    expect(text[0]).toContain('Bukan naskah resmi');
    for (const s of kedudukan.slides) expect(text[0]).toContain(`${s.label}: ${s.title.slice(0, 30)}`);
    for (const [i, s] of kedudukan.slides.entries()) {
      const t = text[i + 1]!;
      expect(t).toContain(`Slide ${s.n} dari ${n}`);
      expect(t).toContain(`${s.label}: ${s.title.slice(0, 40)}`);
      expect(t).toContain(s.figure.summary.slice(0, 40));
      expect(t).toContain('Isi gambar dalam teks');
      expect(t).toContain(s.sources[0]!.cite.label);
      expect(t).toContain(s.figure.nodes[0]!.label);
      expect(t).toContain(`hlm. ${i + 2} dari ${n + 1}`);
      expect(t).not.toContain('Mulai presentasi');
    }
    await ctx.close();
  });

  it('prints a deck of flows with every step and its citation, each figure starting a page', async () => {
    const { ctx } = await context(browser, base, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${base}/${penugasan.path}`);
    await page.emulateMedia({ media: 'print' });
    const text = await pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    const n = penugasan.slides.length;
    const starts = penugasan.slides.map((s) => text.findIndex((t) => t.includes(`Slide ${s.n} dari ${n}`)));
    expect(starts.every((p) => p >= 0)).toBe(true);
    expect(new Set(starts).size).toBe(n);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const all = text.join(' ');
    for (const s of penugasan.slides) for (const st of s.steps) expect(all).toContain(st.cites[0]!.label);
    await ctx.close();
  });

  it('offers each deck as a PDF made at build time', async () => {
    const { ctx } = await context(browser, base, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    for (const d of site.decks.filter((x) => x.id === 'kedudukan' || x.id === 'penugasan')) {
      await page.goto(`${base}/${d.path}`);
      const a = page.locator('.deck-actions a[download][href$="bahan.pdf"]');
      expect(await a.getAttribute('download')).toBe(`sistem-kerja-${d.id}.pdf`);
      const res = await page.request.get(`${base}${await a.getAttribute('href')}`);
      expect(res.status()).toBe(200);
      const body = await res.body();
      expect(body.subarray(0, 5).toString()).toBe('%PDF-');
      const text = await pdfPages(new Uint8Array(body));
      expect(text.length).toBeGreaterThanOrEqual(d.slides.length + 1);
      expect(text[0]).toContain(d.title);
      for (const s of d.slides) expect(text.join(' ')).toContain(`Slide ${s.n} dari ${d.slides.length}`);
    }
    await ctx.close();
  });
});

describe('offline', () => {
  it('keeps a deck it has opened: it reloads and presents without a network', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'allow' });
    const page = await ctx.newPage();
    await page.goto(`${base}/${penugasan.path}?slide=2`);
    await page.waitForSelector('.deck-page[data-offline="siap"]', { timeout: 20_000 });
    expect(await page.locator('.pres-offline').isVisible()).toBe(true);
    await ctx.setOffline(true);
    await page.reload();
    await page.waitForSelector('.deck-page.presenting');
    expect(await current(page)).toBe(2);
    await page.keyboard.press('ArrowDown');
    expect(await current(page)).toBe(3);
    expect(await page.locator('link[rel="stylesheet"]').evaluateAll((l) => l.every((x) => (x as HTMLLinkElement).sheet !== null))).toBe(
      true,
    );
    // Another slide of the same deck by its address, still offline.
    await page.goto(`${base}/${penugasan.path}?slide=6`);
    await page.waitForSelector('.deck-page.presenting');
    expect(await current(page)).toBe(6);
    // A mistyped deck address offline lands on the nearest deck.
    await page.goto(`${base}/presentasi/penugasn/?slide=4`);
    await page.waitForURL(/\/presentasi\/penugasan\/\?slide=4/);
    await page.waitForSelector('.deck-page.presenting');
    expect(await current(page)).toBe(4);
    expect(await page.locator('.deck-notice').textContent()).toContain('penugasn');
    const pdf = await page.evaluate(async (href) => (await fetch(href)).status, `/${penugasan.path}bahan.pdf`);
    expect(pdf).toBe(200);
    await ctx.close();
  });
});
