import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, base, browser, context, useSite } from './harness.ts';
import { QUALITY } from '../../src/lib/search/quality.ts';

useSite();

/** Opens the search page with a query string and waits until the search has finished. */
async function open(page: Page, query: string) {
  await page.goto(`${base}/cari/${query}`);
  await page.waitForSelector('.cari[data-keadaan="siap"]', { timeout: 20_000 });
}
const top = (page: Page, n = 5) => page.locator('.hasil-judul a').evaluateAll((as, n) => as.slice(0, n).map((a) => a.getAttribute('href')), n);

describe('search quality (what civil servants type)', () => {
  it(`has at least 25 realistic queries`, () => {
    expect(QUALITY.length).toBeGreaterThanOrEqual(25);
  });
  it('finds the provision each query means among the first five results', async () => {
    const { ctx, foreign } = await context(browser, base);
    const page = await ctx.newPage();
    const misses: string[] = [];
    for (const c of QUALITY) {
      await open(page, `?q=${encodeURIComponent(c.q)}`);
      const got = await top(page);
      if (!got.includes(c.want)) misses.push(`"${c.q}" -> ${c.want} (${c.why}); got ${got.join(' ')}`);
    }
    expect(misses).toEqual([]);
    expect(foreign).toEqual([]);
    await ctx.close();
  }, 240_000);
});

describe('search results', () => {
  it('land on the exact provision, with its citation and regulation', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await open(page, '?q=pokja');
    const first = page.locator('.hasil').first();
    expect(await first.locator('.hasil-judul a').getAttribute('href')).toBe('/klaten/#pasal-1__angka-24');
    expect(await first.locator('.hasil-cite').textContent()).toBe('Pasal 1 angka 24 Peraturan Bupati Klaten Nomor 34 Tahun 2024 tentang Sistem Kerja setelah Penyetaraan Jabatan di Lingkungan Pemerintah Daerah');
    expect(await first.locator('.peraturan').textContent()).toBe('Perbup Klaten 34/2024');
    expect(await first.locator('.jenis').textContent()).toBe('Definisi');
    expect(await first.locator('.hasil-kutipan mark').count()).toBeGreaterThan(0);
    expect(await page.locator('#cari-pesan').textContent()).toContain('POKJA: kelompok kerja');
    await first.locator('.hasil-judul a').click();
    await page.waitForURL(`${base}/klaten/#pasal-1__angka-24`);
    expect(await page.locator('#pasal-1__angka-24').evaluate((e) => e.matches(':target'))).toBe(true);
    await ctx.close();
  });

  it('filters by regulation, kind and topic from the address and the form', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await open(page, '?q=ketua+tim&peraturan=klaten');
    expect(await page.locator('#f-peraturan').inputValue()).toBe('klaten');
    const regs = await page.locator('.hasil .peraturan').allTextContents();
    expect(regs.length).toBeGreaterThan(0);
    expect(new Set(regs)).toEqual(new Set(['Perbup Klaten 34/2024']));
    await open(page, '?q=penugasan&jenis=definisi');
    expect(new Set(await page.locator('.hasil .jenis').allTextContents())).toEqual(new Set(['Definisi']));
    await open(page, '?q=laporan&topik=pertanggungjawaban&jenis=pasal');
    const hrefs = await top(page, 10);
    expect(hrefs.length).toBeGreaterThan(3);
    expect(hrefs).toContain('/pati/#pasal-10');
    expect(hrefs.every((h) => /#pasal-/.test(h!))).toBe(true);
    // Changing a filter in the form re-runs the search and keeps it in the address.
    await page.selectOption('#f-peraturan', 'batang');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('peraturan') === 'batang');
    await page.waitForFunction(() => { const r = [...document.querySelectorAll('.hasil .peraturan')]; return r.length > 0 && r.every((e) => e.textContent === 'Perbup Batang 4/2024'); });
    await ctx.close();
  });

  it('searches while typing and on submit, and keeps the query in the address', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await page.goto(`${base}/cari/`);
    await page.fill('#q', 'surat tugas');
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => /hasil untuk “surat tugas”/.test(document.querySelector('#cari-status')?.textContent ?? ''));
    await page.waitForSelector('.cari[data-keadaan="siap"]');
    expect(new URL(page.url()).searchParams.get('q')).toBe('surat tugas');
    expect(await top(page)).toContain('/bengkayang/#pasal-11__ayat-3');
    await ctx.close();
  });

  it('shows more results on request', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await open(page, '?q=penugasan');
    expect(await page.locator('.hasil').count()).toBe(10);
    await page.click('#cari-lagi');
    await page.waitForFunction(() => document.querySelectorAll('.hasil').length === 20);
    await ctx.close();
  });
});

describe('bad input: a message, never an error', () => {
  const cases: [string, RegExp][] = [
    ['?q=', /Ketik satu atau beberapa kata/],
    ['?q=%20%20%20', /Ketik satu atau beberapa kata/],
    ['?q=!!!%3F%3F', /hanya berisi tanda baca/],
    ['?q=%22%28%29%22+--+%2F', /hanya berisi tanda baca/],
    [`?q=${encodeURIComponent('penugasan pejabat fungsional '.repeat(18).slice(0, 500))}`, /hanya 200 karakter pertama/],
    [`?q=${'x'.repeat(500)}`, /hanya 200 karakter pertama/],
    ['?q=zzzqqqxx', /Tidak ada ketentuan yang memuat/],
    ['?q=ketua+tim+zebra', /“zebra” tidak ada dalam teks peraturan mana pun dan diabaikan/],
    ['?q=ketua+tim&peraturan=kendal', /Saringan “peraturan=kendal” tidak dikenal/],
    ['?q=ketua+tim&jenis=%3Cscript%3Ealert(1)%3C%2Fscript%3E&topik=apa', /Saringan “jenis=<script>alert\(1\)<\/script>” tidak dikenal[\s\S]*Saringan “topik=apa” tidak dikenal/],
    ['?peraturan=xyz', /Saringan “peraturan=xyz” tidak dikenal/],
  ];
  for (const [query, message] of cases) {
    it(`/cari/${query.slice(0, 60)}`, async () => {
      const { ctx, foreign } = await context(browser, base);
      const page = await ctx.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
      await open(page, query);
      await page.waitForFunction((src) => new RegExp(src).test((document.querySelector('#cari-pesan')?.textContent ?? '') + (document.querySelector('#cari-status')?.textContent ?? '')), message.source, { timeout: 20_000 });
      expect(await page.locator('#cari-pesan').isVisible() || await page.locator('#cari-status').isVisible()).toBe(true);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      await ctx.close();
    });
  }

  it('still runs the known filters when an unknown one is ignored', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await open(page, '?q=penghargaan&peraturan=probolinggo&peraturan=kendal');
    expect(new Set(await page.locator('.hasil .peraturan').allTextContents())).toEqual(new Set(['Perwali Probolinggo 88/2024']));
    expect(await page.locator('#cari-pesan').textContent()).toContain('peraturan=kendal');
    await ctx.close();
  });
});

describe('search box on every page', () => {
  it('is a plain GET form to /cari/ that works without JavaScript', async () => {
    const { ctx } = await context(browser, base, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    for (const path of ['/', '/pati/', '/perbandingan/', '/glosarium/']) {
      await page.goto(`${base}${path}`);
      const form = page.locator('form.site-search');
      expect(await form.getAttribute('action')).toBe('/cari/');
      expect(await form.getAttribute('method')).toBe('get');
      expect(await form.locator('input[name=q]').count()).toBe(1);
    }
    await page.goto(`${base}/pati/`);
    await page.fill('#cari-situs', 'ketua tim');
    await page.press('#cari-situs', 'Enter');
    await page.waitForURL(/\/cari\/\?q=ketua\+tim$/);
    expect(await page.locator('noscript').count()).toBeGreaterThan(0);
    await ctx.close();
  });

  it('takes the reader from any page to the results', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await page.goto(`${base}/klaten/`);
    await page.fill('#cari-situs', 'paraf koordinasi');
    await page.press('#cari-situs', 'Enter');
    await page.waitForURL(/\/cari\/\?q=paraf\+koordinasi$/);
    await page.waitForSelector('.cari[data-keadaan="siap"]');
    expect(await page.inputValue('#q')).toBe('paraf koordinasi');
    expect((await top(page))[0]).toBe('/klaten/#pasal-16__ayat-2');
    await ctx.close();
  });
});

describe('search runs on this site alone', () => {
  it('makes no request to another host and no CSP violation', async () => {
    const { ctx, foreign } = await context(browser, base);
    const page = await ctx.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await open(page, '?q=kadis');
    await open(page, '?q=pengajuan+sukarela&jenis=pasal');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests.every((u) => u.startsWith(base))).toBe(true);
    expect(requests.some((u) => u.includes('/pagefind/'))).toBe(true);
    await ctx.close();
  });
});

describe('accessibility of the search page (axe-core)', () => {
  for (const width of [1280, 360]) {
    for (const q of ['', '?q=ppk', '?q=!!!&jenis=xyz']) {
      it(`/cari/${q} at ${width}px has no violations`, async () => {
        const { ctx } = await context(browser, base, { viewport: { width, height: 900 } });
        const page = await ctx.newPage();
        if (q) await open(page, q);
        else await page.goto(`${base}/cari/`);
        expect(await axe(page)).toEqual([]);
        await ctx.close();
      });
    }
  }
});
