import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { base, browser, context, useSite } from './harness.ts';
import { loadRegulations } from '../../src/lib/load.ts';
import { buildView } from '../../src/lib/regulation-view.ts';
import { loadAlignment } from '../../src/lib/compare/load.ts';
import { topicCounts } from '../../src/lib/compare/overview.ts';
import { defaultChoice } from '../../src/lib/compare/selection.ts';
import { provisionPath } from '../../src/lib/permalink.ts';
import { walkBody } from '../../src/lib/ids.ts';

// Every expectation below is derived from the data: which regulations exist, which are
// pre-built into the pages (the default selection), and what each cell cites.
const regs = loadRegulations();
const views = new Map(regs.map((r) => [r.slug, buildView(r)]));
const alignment = loadAlignment();
const slugs = regs.map((r) => r.slug);
const defaults = defaultChoice(slugs);
const short = (slug: string) => views.get(slug)!.shortTitle;
useSite();

const TOPIC = alignment.topics.find((t) => t.id === 'penugasan')!;
/** A row of the topic where two default regulations cite provisions, and one where a default regulation has none. */
const cited = TOPIC.baris.find((r) => defaults.filter((s) => r.cells.get(s)?.kind === 'ids').length >= 2)!;
const citing = defaults.filter((s) => cited.cells.get(s)?.kind === 'ids');
const noneRow = alignment.topics
  .flatMap((t) => t.baris.map((r) => ({ t, r })))
  .find(({ r }) => defaults.some((s) => r.cells.get(s)?.kind === 'none'))!;
const visibleRegs = (page: Page, row: string) =>
  page.locator(`#${row} .cell:visible`).evaluateAll((cs) => cs.map((c) => c.getAttribute('data-reg')));
const wavy = (page: Page, sel: string) =>
  page.locator(sel).evaluateAll((ds) => ds.filter((d) => getComputedStyle(d).textDecorationStyle === 'wavy').length);

describe('comparison index', () => {
  it('lists every topic with how many regulations speak to it, not a column per regulation', async () => {
    const { ctx, foreign } = await context(browser, base);
    const page = await ctx.newPage();
    await page.goto(`${base}/perbandingan/`);
    const links = await page.locator('.topic-table tbody th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(alignment.topics.map((t) => `/perbandingan/${t.id}/`));
    for (const href of ['/perbandingan/definisi/', '/perbandingan/gambar/', '/perbandingan/kekhasan/'])
      expect(await page.locator(`a[href="${href}"]`).count()).toBeGreaterThan(0);
    for (const t of await page.locator('.topic-table').all()) expect(await t.locator('thead th').count()).toBe(4);
    const row = page.locator('.topic-table tbody tr', { has: page.locator(`a[href="/perbandingan/${TOPIC.id}/"]`) });
    const k = topicCounts(TOPIC, slugs);
    expect(await row.locator('td').evaluateAll((ts) => ts.map((t) => t.firstChild!.textContent))).toEqual(
      [k.diatur, k.tidakDiatur, k.belumDipetakan].map(String),
    );
    expect(foreign).toEqual([]);
    await ctx.close();
  });
});

describe('a topic page', () => {
  it("groups all regulations by wording in the overview, each name linking to the row on that regulation's comparison page", async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await page.goto(`${base}/perbandingan/${TOPIC.id}/`);
    for (const r of TOPIC.baris) {
      const names = await page
        .locator(`#ov-${r.id}`)
        .locator('xpath=..')
        .locator('.ov-g a:not(.note-marker)')
        .evaluateAll((as) =>
          as.map((a) => {
            const u = new URL((a as HTMLAnchorElement).href);
            return u.pathname + u.hash;
          }),
        );
      expect(names.sort(), r.id).toEqual(slugs.map((s) => `/perbandingan/peraturan/${s}/#${TOPIC.id}--${r.id}`).sort());
    }
    // Without JavaScript the linked page shows that regulation's provisions for every topic, with citations.
    const { ctx: nojs } = await context(browser, base, { javaScriptEnabled: false });
    const one = await nojs.newPage();
    const slug = citing[0]!;
    // The old address of the regulation's page for the topic still leads there (a meta refresh, no script).
    await one.goto(`${base}/perbandingan/${TOPIC.id}/${slug}/`);
    await one.waitForURL(new RegExp(`/perbandingan/peraturan/${slug}/#${TOPIC.id}$`));
    const cell = one.locator(`[id="${TOPIC.id}--${cited.id}"] .cell[data-reg="${slug}"]`);
    const id = (cited.cells.get(slug) as { ids: string[] }).ids[0]!;
    expect(await cell.locator('a.cite-link').first().getAttribute('href')).toBe(`/${provisionPath(slug, id)}`);
    expect(await one.locator(`[id="${TOPIC.id}"] .cell`).count()).toBe(TOPIC.baris.length);
    expect(await one.locator('section.cmp-topic').count()).toBe(alignment.topics.length);
    await nojs.close();
    await ctx.close();
  });

  it('shows the default selection side by side, each cell verbatim with a working citation link', async () => {
    const { ctx, foreign } = await context(browser, base, { viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    await page.goto(`${base}/perbandingan/${TOPIC.id}/`);
    expect(await visibleRegs(page, cited.id)).toEqual(defaults);
    const boxes = await page.locator(`#${cited.id} .cell`).evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect().top));
    expect(new Set(boxes.map((t) => Math.round(t))).size).toBe(1);
    const slug = citing[1]!;
    const id = (cited.cells.get(slug) as { ids: string[] }).ids[0]!;
    const link = page.locator(`#${cited.id} .cell[data-reg="${slug}"] a.cite-link`).first();
    expect(await link.getAttribute('href')).toBe(`/${provisionPath(slug, id)}`);
    expect(await link.getAttribute('title')).toBe(views.get(slug)!.citation(id));
    // The cell holds the provision's text as printed.
    const node = [...walkBody(regs.find((r) => r.slug === slug)!.batangTubuh)].find((w) => w.id === id)!.node;
    const cellText = (await page.locator(`#${cited.id} .cell[data-reg="${slug}"] .lines`).first().textContent())!.replace(/\s+/g, ' ');
    expect(cellText).toContain(node.text!.replace(/\s+/g, ' '));
    // "Not regulated" is said explicitly.
    const noneSlug = defaults.find((s) => noneRow.r.cells.get(s)?.kind === 'none')!;
    await page.goto(`${base}/perbandingan/${noneRow.t.id}/`);
    expect(await page.locator(`#${noneRow.r.id} .cell[data-reg="${noneSlug}"]`).textContent()).toMatch(/Tidak (diatur|ada)/);
    await page.goto(`${base}/perbandingan/${TOPIC.id}/`);
    await link.click();
    await page.waitForURL(`${base}/${provisionPath(slug, id)}`);
    expect(await page.locator(`[id="${id}"]`).evaluate((e) => e.matches(':target'))).toBe(true);
    expect(foreign).toEqual([]);
    await ctx.close();
  });

  it('with JavaScript: the choice is kept in the address and restored from it, in the order given', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await page.goto(`${base}/perbandingan/${TOPIC.id}/`);
    const [x, y, ...rest] = defaults;
    for (const s of rest) await page.uncheck(`#tampil-${s}`);
    expect(await visibleRegs(page, cited.id)).toEqual([x, y]);
    await page.waitForFunction((want) => new URL(location.href).searchParams.getAll('p').join(',') === want, `${x},${y}`);
    // The highlight choices offer only the regulations being compared.
    expect(await page.locator('#beda-b option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual([x, y]);
    await page.uncheck(`#tampil-${y}`);
    expect(await page.locator('.cmp-status').textContent()).toContain('paling sedikit 2');
    // The address restores a choice, in its order.
    await page.goto(`${base}/perbandingan/${TOPIC.id}/?p=${y}&p=${x}&a=${y}&b=${x}`);
    expect(await visibleRegs(page, cited.id)).toEqual([y, x]);
    expect(await page.locator('.cmp-head .hcell:visible').evaluateAll((hs) => hs.map((h) => h.getAttribute('data-reg')))).toEqual([y, x]);
    expect([await page.inputValue('#beda-a'), await page.inputValue('#beda-b')]).toEqual([y, x]);
    await ctx.close();
  });

  it('with JavaScript: a regulation not pre-built into the page is fetched from its own page and highlighted', async () => {
    const { ctx } = await context(browser, base, { viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Make the page look like one built for more regulations: the last default is left out of it as it loads.
    const out = defaults.at(-1)!;
    await page.addInitScript((slug) => {
      const obs = new MutationObserver(() => {
        for (const e of document.querySelectorAll(`.cell[data-reg="${slug}"], .hcell[data-reg="${slug}"]`)) e.remove();
        const f = document.querySelector<HTMLFormElement>('form.cmp-controls');
        if (f?.dataset.defaults?.includes(slug))
          f.dataset.defaults = f.dataset.defaults
            .split(' ')
            .filter((s) => s !== slug)
            .join(' ');
      });
      obs.observe(document, { childList: true, subtree: true });
      // Parsed: from here on the page's own script may add the regulation back.
      document.addEventListener('DOMContentLoaded', () => obs.disconnect());
    }, out);
    const other = citing.find((s) => s !== out)!;
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes(`/perbandingan/peraturan/${out}/`)) fetched.push(r.url());
    });
    await page.goto(`${base}/perbandingan/${TOPIC.id}/?p=${other}&p=${out}&a=${other}&b=${out}`);
    await page.waitForSelector(`#${cited.id} .cell[data-reg="${out}"]`);
    expect(fetched.length).toBe(1);
    expect(await visibleRegs(page, cited.id)).toEqual([other, out]);
    for (const r of TOPIC.baris) expect(await page.locator(`#${r.id} .cell[data-reg="${out}"]`).count(), r.id).toBe(1);
    // The script marks the words that differ, in both cells, and says how many.
    if (cited.cells.get(out)?.kind === 'ids') {
      const counts = await page.locator(`#${cited.id} .beda-js`).evaluateAll((ps) => ps.map((p) => p.textContent));
      expect(counts).toHaveLength(2);
      for (const c of counts) expect(c).toMatch(/^(\d+ kata tidak ada di|Sama kata demi kata dengan) /);
      const marked = await wavy(page, '.dj');
      expect(marked).toBe(await page.locator('.dj').count());
    }
    // No highlight on request.
    await page.selectOption('#beda-a', '');
    expect(await page.locator('.dj').count()).toBe(0);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('explains unknown choices in the address, cut short and without bidi characters, instead of failing', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const evil = encodeURIComponent(`\u202Ekendal${'x'.repeat(80)}`);
    await page.goto(`${base}/perbandingan/${TOPIC.id}/?p=${evil}&p=${defaults[0]}&p=${defaults[1]}&a=zzz&b=%3Cb%3E`);
    const status = (await page.locator('.cmp-status').textContent())!;
    expect(status).toContain('"kendalxxx');
    expect(status).not.toContain('\u202E');
    expect(status).not.toContain('x'.repeat(60));
    expect(status).toContain('"zzz" tidak dikenal');
    expect(status).toContain('"<b>" tidak dikenal');
    expect(await page.locator('.cmp-status b').count()).toBe(0);
    expect(await visibleRegs(page, cited.id)).toEqual(defaults.slice(0, 2));
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('highlights the words that differ between two pre-built regulations, not by colour alone', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await page.goto(`${base}/perbandingan/${TOPIC.id}/`);
    const [a, b] = citing as [string, string];
    await page.selectOption('#beda-a', a);
    await page.selectOption('#beda-b', b);
    const marked = page.locator(`#${cited.id} .cell[data-reg="${a}"] .d[data-no~="${b}"]`);
    if ((await marked.count()) > 0) {
      const style = await marked.first().evaluate((e) => {
        const s = getComputedStyle(e);
        return { bg: s.backgroundColor, line: s.textDecorationLine, deco: s.textDecorationStyle };
      });
      expect(style).toEqual({ bg: expect.not.stringMatching(/^rgba\(0, 0, 0, 0\)$/), line: 'underline', deco: 'wavy' });
    }
    const count = page.locator(`#${cited.id} .cell[data-reg="${a}"] .beda-n[data-vs="${b}"]`);
    expect(await count.isVisible()).toBe(true);
    expect(await count.textContent()).toMatch(
      new RegExp(`^(\\d+ kata tidak ada di|Sama kata demi kata dengan) ${short(b).replace(/[/.]/g, '\\$&')}\\.$`),
    );
    // A third regulation's words are not marked; no highlight at all on request; the same twice is explained.
    const third = defaults.find((s) => s !== a && s !== b)!;
    expect(await wavy(page, `.cell[data-reg="${third}"] .d`)).toBe(0);
    await page.selectOption('#beda-a', '');
    expect(await wavy(page, '.d')).toBe(0);
    await page.selectOption('#beda-a', b);
    await page.selectOption('#beda-b', b);
    expect(await page.locator('.cmp-status').textContent()).toContain('dua peraturan yang berbeda');
    await ctx.close();
  });

  it('without JavaScript: hiding and highlighting the pre-built regulations are pure CSS', async () => {
    const { ctx } = await context(browser, base, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${base}/perbandingan/${TOPIC.id}/`);
    await page.uncheck(`#tampil-${defaults[0]}`);
    expect(await visibleRegs(page, cited.id)).toEqual(defaults.slice(1));
    const [a, b] = citing.filter((s) => s !== defaults[0]).length >= 2 ? citing.filter((s) => s !== defaults[0]) : defaults.slice(1);
    await page.selectOption('#beda-a', a!);
    await page.selectOption('#beda-b', b!);
    expect(await page.locator(`#${cited.id} .cell[data-reg="${a}"] .beda-n[data-vs="${b}"]`).isVisible()).toBe(true);
    expect(await page.locator('noscript').count()).toBeGreaterThan(0);
    await ctx.close();
  });

  it("stacks the cells on a phone and keeps each regulation's name on its cell", async () => {
    const { ctx } = await context(browser, base, { viewport: { width: 360, height: 740 } });
    const page = await ctx.newPage();
    await page.goto(`${base}/perbandingan/${TOPIC.id}/`);
    const boxes = await page.locator(`#${cited.id} .cell`).evaluateAll((cs) =>
      cs.map((c) => {
        const r = c.getBoundingClientRect();
        return { x: Math.round(r.left), w: Math.round(r.width), y: r.top };
      }),
    );
    expect(new Set(boxes.map((b) => b.x)).size).toBe(1);
    expect(boxes.every((b) => b.w > 300)).toBe(true);
    expect(boxes.map((b) => b.y)).toEqual([...boxes.map((b) => b.y)].sort((a, b) => a - b));
    for (const s of defaults) {
      const name = page.locator(`#${cited.id} .cell[data-reg="${s}"] .cell-reg`);
      expect(await name.isVisible()).toBe(true);
      expect(await name.textContent()).toBe(short(s));
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await ctx.close();
  });

  it('prints every chosen regulation with its name, without the controls', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await page.goto(`${base}/perbandingan/lampiran-pertanggungjawaban/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.cmp-controls').isVisible()).toBe(false);
    expect(await page.locator('.cell-reg').first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await ctx.close();
  });
});

describe('definitions, figures, distinctive features', () => {
  it('the definitions matrix has a row per term and a cell per pre-built regulation', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await page.goto(`${base}/perbandingan/definisi/`);
    const defines = (slug: string, term: string) =>
      [...walkBody(regs.find((r) => r.slug === slug)!.batangTubuh)].find((w) => w.node.term?.toLowerCase() === term.toLowerCase());
    const sk = page.locator('table.matrix tbody tr', { has: page.locator('th a', { hasText: /^Sistem Kerja$/i }) });
    expect(await sk.locator('td a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      defaults.filter((s) => defines(s, 'Sistem Kerja')).map((s) => `/${provisionPath(s, defines(s, 'Sistem Kerja')!.id)}`),
    );
    expect(await page.locator('.cmp-row').count()).toBe(await page.locator('table.matrix tbody tr').count());
    await ctx.close();
  });

  it("the figure crosswalk links each regulation's Gambar and the canonical figure", async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await page.goto(`${base}/perbandingan/gambar/`);
    const row = page.locator('table.matrix tbody tr#kanonik-20');
    // The canonical figure (figures issue) that the row is about; cells come from the figure maps.
    expect(await row.locator('td').first().locator('a').getAttribute('href')).toBe('/gambar/20/');
    expect(await row.locator('td a').evaluateAll((as) => as.slice(1).map((a) => a.getAttribute('href')))).toEqual([
      '/pati/gambar/18/',
      '/batang/gambar/20/',
      '/klaten/gambar/18/',
    ]);
    // Klaten draws its own procedure: marked as applying the pattern.
    expect(await row.locator('td').nth(4).textContent()).toContain('(pola)');
    await ctx.close();
  });

  it('every distinctive feature cites its provisions and says who has it, "hanya di" only when true', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await page.goto(`${base}/perbandingan/kekhasan/`);
    for (const [slug, items] of alignment.distinctive.byRegulation) {
      for (const d of items) {
        const li = page.locator(`[id="${slug}-${d.id}"]`);
        expect(await li.locator('.khas-cite a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
          d.ketentuan.map((id) => `/${provisionPath(slug, id)}`),
        );
        const who = (await li.locator('.khas-who').textContent())!;
        if (d.holders.length === 1) expect(who).toMatch(new RegExp(`^Hanya di ${short(slug).replace(/[/.]/g, '\\$&')} `));
        else expect(who).toMatch(/^Juga ada di /);
      }
    }
    await ctx.close();
  });
});
