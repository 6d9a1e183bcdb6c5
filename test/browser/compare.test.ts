import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Server } from 'node:http';
import { axe, context, launch, serveDist } from './harness.ts';
import { loadRegulations } from '../../src/lib/load.ts';
import { regulationShortTitle } from '../../src/lib/citation.ts';
import { loadAlignment } from '../../src/lib/compare/load.ts';

const regs = loadRegulations();
const alignment = loadAlignment();
const short = new Map(regs.map((r) => [r.slug, regulationShortTitle(r)]));
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  ({ server, url: base } = await serveDist());
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

const PAGES = ['/perbandingan/', '/perbandingan/definisi/', '/perbandingan/gambar/', '/perbandingan/kekhasan/', ...alignment.topics.map((t) => `/perbandingan/${t.id}/`)];
const visibleRegs = (page: Page, row: string) => page.locator(`#${row} .cell:visible`).evaluateAll((cs) => cs.map((c) => c.getAttribute('data-reg')));

describe('comparison index', () => {
  it('lists every topic with where it sits in each regulation, and the special pages', async () => {
    const { ctx, foreign } = await context(browser, base);
    const page = await ctx.newPage();
    await page.goto(`${base}/perbandingan/`);
    const links = await page.locator('.topic-table tbody th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(alignment.topics.map((t) => `/perbandingan/${t.id}/`));
    for (const href of ['/perbandingan/definisi/', '/perbandingan/gambar/', '/perbandingan/kekhasan/']) expect(await page.locator(`a[href="${href}"]`).count()).toBeGreaterThan(0);
    expect(await page.locator('.topic-table td a[href="/pati/#pasal-8__ayat-2"]').count()).toBe(1);
    await page.click('nav[aria-label="Navigasi utama"] a[href="/perbandingan/"]');
    expect(foreign).toEqual([]);
    await ctx.close();
  });
});

describe('a topic page', () => {
  it('shows the five regulations side by side, each cell verbatim with a working citation link', async () => {
    const { ctx, foreign } = await context(browser, base, { viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    await page.goto(`${base}/perbandingan/penugasan/`);
    expect(await visibleRegs(page, 'penunjukan')).toEqual(regs.map((r) => r.slug));
    // The cells of one row sit side by side.
    const boxes = await page.locator('#penunjukan .cell').evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect().top));
    expect(new Set(boxes.map((t) => Math.round(t))).size).toBe(1);
    const link = page.locator('#penunjukan .cell[data-reg="bengkayang"] a.cite-link');
    expect(await link.getAttribute('href')).toBe('/bengkayang/#pasal-10__ayat-2');
    expect(await link.getAttribute('title')).toBe('Pasal 10 ayat (2) Peraturan Bupati Bengkayang Nomor 5 Tahun 2024 tentang Sistem Kerja untuk Penyederhanaan Birokrasi');
    const cellText = (await page.locator('#penunjukan .cell[data-reg="bengkayang"] .lines').textContent())!.replace(/\s+/g, ' ').trim();
    const reg = regs.find((r) => r.slug === 'bengkayang')!;
    const ayat = JSON.stringify(reg.batangTubuh).match(/"Penunjukan sebagaimana dimaksud pada ayat \(1\) merupakan penugasan langsung[^"]*"/)![0];
    expect(cellText).toBe(`(2) ${JSON.parse(ayat)}`);
    // "Not regulated" is said explicitly.
    expect(await page.locator('#format .cell[data-reg="pati"]').textContent()).toContain('Tidak diatur');
    await link.click();
    await page.waitForURL(`${base}/bengkayang/#pasal-10__ayat-2`);
    expect(await page.locator('#pasal-10__ayat-2').evaluate((e) => e.matches(':target'))).toBe(true);
    expect(foreign).toEqual([]);
    await ctx.close();
  });

  it('lets the reader choose which regulations to compare, and keeps the choice in the address', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await page.goto(`${base}/perbandingan/penugasan/`);
    await page.uncheck('#tampil-bengkayang');
    await page.uncheck('#tampil-probolinggo');
    expect(await visibleRegs(page, 'jalur')).toEqual(['pati', 'batang', 'klaten']);
    expect(await page.locator('.cmp-head .hcell:visible').count()).toBe(3);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('tampil') === 'pati,batang,klaten');
    // Two columns only: they share the width.
    await page.uncheck('#tampil-batang');
    const widths = await page.locator('#jalur .cell:visible').evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect().width));
    expect(widths).toHaveLength(2);
    expect(widths[0]!).toBeGreaterThan(400);
    // One column: the page says two are needed.
    await page.uncheck('#tampil-klaten');
    expect(await page.locator('.cmp-status').textContent()).toContain('paling sedikit dua peraturan');
    // The address restores the choice.
    await page.goto(`${base}/perbandingan/penugasan/?tampil=klaten,probolinggo&a=klaten&b=probolinggo`);
    expect(await visibleRegs(page, 'penunjukan')).toEqual(['klaten', 'probolinggo']);
    expect(await page.inputValue('#beda-a')).toBe('klaten');
    expect(await page.inputValue('#beda-b')).toBe('probolinggo');
    await ctx.close();
  });

  it('explains unknown choices in the address instead of failing', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/perbandingan/penugasan/?tampil=kendal,pati,batang&a=zzz&b=%3Cb%3E`);
    const status = await page.locator('.cmp-status').textContent();
    expect(status).toContain('"kendal" tidak dikenal');
    expect(status).toContain('"zzz" tidak dikenal');
    expect(await visibleRegs(page, 'jalur')).toEqual(['pati', 'batang']);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('highlights the words that differ between any two regulations, not by colour alone', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await page.goto(`${base}/perbandingan/penugasan/`);
    await page.selectOption('#beda-a', 'pati');
    await page.selectOption('#beda-b', 'bengkayang');
    const marked = page.locator('#penunjukan .cell[data-reg="pati"] .d[data-no~="bengkayang"]');
    expect(await marked.count()).toBeGreaterThan(0);
    const style = await marked.first().evaluate((e) => { const s = getComputedStyle(e); return { bg: s.backgroundColor, line: s.textDecorationLine, deco: s.textDecorationStyle }; });
    expect(style.bg).not.toBe('rgba(0, 0, 0, 0)');
    expect(style.line).toBe('underline');
    expect(style.deco).toBe('wavy');
    // The other side is marked too, and each cell says in words how many words differ.
    expect(await page.locator('#penunjukan .cell[data-reg="bengkayang"] .d[data-no~="pati"]').count()).toBeGreaterThan(0);
    const count = page.locator('#penunjukan .cell[data-reg="pati"] .beda-n[data-vs="bengkayang"]');
    expect(await count.isVisible()).toBe(true);
    expect(await count.textContent()).toMatch(/^\d+ kata tidak ada di Perbup Bengkayang 5\/2024\.$/);
    // A third regulation's words are not marked.
    const klaten = await page.locator('#penunjukan .cell[data-reg="klaten"] .d').evaluateAll((ds) => ds.filter((d) => getComputedStyle(d).textDecorationLine !== 'none').length);
    expect(klaten).toBe(0);
    // Identical texts say so.
    await page.selectOption('#beda-b', 'batang');
    expect(await page.locator('#penunjukan .cell[data-reg="pati"] .beda-n[data-vs="batang"]').textContent()).toBe('Sama kata demi kata dengan Perbup Batang 4/2024.');
    // No highlight at all on request; choosing the same twice is explained.
    await page.selectOption('#beda-a', '');
    expect(await page.locator('.d').evaluateAll((ds) => ds.filter((d) => getComputedStyle(d).textDecorationLine !== 'none').length)).toBe(0);
    await page.selectOption('#beda-a', 'batang');
    expect(await page.locator('.cmp-status').textContent()).toContain('dua peraturan yang berbeda');
    await ctx.close();
  });

  it('works without JavaScript: choosing and highlighting are pure CSS', async () => {
    const { ctx } = await context(browser, base, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${base}/perbandingan/pertanggungjawaban/`);
    await page.uncheck('#tampil-pati');
    expect(await visibleRegs(page, 'individu')).toEqual(['batang', 'bengkayang', 'klaten', 'probolinggo']);
    await page.selectOption('#beda-a', 'klaten');
    await page.selectOption('#beda-b', 'probolinggo');
    const n = await page.locator('#ketua .cell[data-reg="klaten"] .d[data-no~="probolinggo"]').evaluateAll((ds) => ds.filter((d) => getComputedStyle(d).textDecorationStyle === 'wavy').length);
    expect(n).toBeGreaterThan(0);
    await ctx.close();
  });

  it('stacks the cells on a phone and keeps each regulation\'s name on its cell', async () => {
    const { ctx } = await context(browser, base, { viewport: { width: 360, height: 740 } });
    const page = await ctx.newPage();
    await page.goto(`${base}/perbandingan/kedudukan/`);
    const cells = page.locator('#kepada-siapa .cell');
    const boxes = await cells.evaluateAll((cs) => cs.map((c) => { const r = c.getBoundingClientRect(); return { x: Math.round(r.left), w: Math.round(r.width), y: r.top }; }));
    expect(new Set(boxes.map((b) => b.x)).size).toBe(1);
    expect(boxes.every((b) => b.w > 300)).toBe(true);
    expect(boxes.map((b) => b.y)).toEqual([...boxes.map((b) => b.y)].sort((a, b) => a - b));
    for (const r of regs) {
      const name = page.locator(`#kepada-siapa .cell[data-reg="${r.slug}"] .cell-reg`);
      expect(await name.isVisible()).toBe(true);
      expect(await name.textContent()).toBe(short.get(r.slug));
    }
    // Nothing runs off the side of the screen.
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
  it('the definitions matrix has a row per term and a cell per regulation', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await page.goto(`${base}/perbandingan/definisi/`);
    const sk = page.locator('table.matrix tbody tr', { has: page.locator('th a', { hasText: /^Sistem Kerja$/i }) });
    expect(await sk.locator('td a').count()).toBe(5);
    const pemilik = page.locator('table.matrix tbody tr', { has: page.locator('th a', { hasText: 'Pejabat Pemilik Kinerja' }) });
    expect(await pemilik.locator('td a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/pati/#pasal-1__angka-14', '/klaten/#pasal-1__angka-20']);
    expect(await page.locator('.cmp-row').count()).toBe(await page.locator('table.matrix tbody tr').count());
    await ctx.close();
  });

  it('the figure crosswalk links each regulation\'s Gambar and the canonical figure', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await page.goto(`${base}/perbandingan/gambar/`);
    const row = page.locator('table.matrix tbody tr#kanonik-20');
    // The canonical figure (figures issue) that the row is about; cells come from the figure maps.
    expect(await row.locator('td').first().locator('a').getAttribute('href')).toBe('/gambar/20/');
    expect(await row.locator('td a').evaluateAll((as) => as.slice(1).map((a) => a.getAttribute('href')))).toEqual(['/pati/gambar/18/', '/batang/gambar/20/', '/klaten/gambar/18/']);
    // Klaten draws its own procedure: marked as applying the pattern.
    expect(await row.locator('td').nth(4).textContent()).toContain('(pola)');
    await ctx.close();
  });

  it('every distinctive feature cites the provisions it rests on', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await page.goto(`${base}/perbandingan/kekhasan/`);
    const items = page.locator('.khas-list > li');
    expect(await items.count()).toBeGreaterThanOrEqual(regs.length);
    for (const li of await items.all()) expect(await li.locator('.khas-cite a').count()).toBeGreaterThan(0);
    expect(await page.locator('#klaten a[href="/klaten/#pasal-25"]').count()).toBe(1);
    await ctx.close();
  });
});

describe('accessibility of the comparison pages (axe-core)', () => {
  for (const path of PAGES) {
    for (const width of [1280, 360]) {
      it(`${path} at ${width}px has no violations`, async () => {
        const { ctx } = await context(browser, base, { viewport: { width, height: 900 } });
        const page = await ctx.newPage();
        const errors: string[] = [];
        page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(`${base}${path}`);
        expect(await axe(page)).toEqual([]);
        expect(errors).toEqual([]);
        await ctx.close();
      });
    }
  }
});
