/**
 * The search page in Chromium: the quality set typed into the page's own box
 * in one page session, citation jumps, relaxation, diversity, determinism,
 * the phone layout, filters, bad input, and the header box without script.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { base, browser, context, useSite } from './harness.ts';
import { QUALITY, answers, wantPaths } from '../../src/lib/search/quality.ts';
import { provisionPath } from '../../src/lib/permalink.ts';
import { loadRegulations } from '../../src/lib/load.ts';

// Registers each regulation's reading pages, so provisionPath gives the pages the site links to.
loadRegulations();

useSite();

const path = (p: string) => `/${p}`;

/** Opens the search page with a query string and waits until the search has finished. */
async function open(page: Page, query: string) {
  await page.goto(`${base}/cari/${query}`);
  await page.waitForSelector('.cari[data-keadaan="siap"]', { timeout: 30_000 });
}

/** Types a query into the page's box, submits, and waits for the results. */
async function ask(page: Page, q: string) {
  await page.evaluate(async (q) => {
    const root = document.querySelector<HTMLElement>('.cari')!;
    document.querySelector<HTMLInputElement>('#q')!.value = q;
    document.querySelector<HTMLFormElement>('#cari-form')!.requestSubmit();
    await new Promise<void>((resolve) => {
      const check = () => (root.dataset.keadaan === 'siap' ? resolve() : setTimeout(check, 10));
      check();
    });
  }, q);
}

/** The first links the page offers: "Langsung ke ..." links, then results. */
const top = (page: Page, n = 5) =>
  page.locator('#cari-langsung a, .hasil-judul a').evaluateAll((as, n) => as.slice(0, n).map((a) => a.getAttribute('href')), n);
const results = (page: Page, n = 10) =>
  page.locator('.hasil-judul a').evaluateAll((as, n) => as.slice(0, n).map((a) => a.getAttribute('href')), n);

describe('search quality (what civil servants type on a phone)', () => {
  it('has at least 60 realistic queries, each with the provisions that answer it', () => {
    expect(QUALITY.length).toBeGreaterThanOrEqual(60);
    for (const c of QUALITY) expect(c.want.length, c.q).toBeGreaterThan(0);
  });

  // The issue's target is 95%; measured 78 of 79 (98.7%) on 2026-12-05. The bar allows one more miss.
  it('finds an answer among the first five links for at least 97% of them (target 95%)', async () => {
    const { ctx, foreign } = await context(browser, base);
    const page = await ctx.newPage();
    await open(page, '');
    const misses: string[] = [];
    for (const c of QUALITY) {
      await ask(page, c.q);
      const got = await top(page);
      if (!got.some((h) => !!h && answers(c, h))) misses.push(`"${c.q}" -> ${wantPaths(c).join(' | ')} (${c.why}); got ${got.join(' ')}`);
    }
    const rate = (QUALITY.length - misses.length) / QUALITY.length;
    console.log(
      `Mutu pencarian: ${QUALITY.length - misses.length}/${QUALITY.length} (${(rate * 100).toFixed(1)}%) di lima teratas${misses.length ? `\nMeleset:\n  ${misses.join('\n  ')}` : ''}`,
    );
    expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(foreign).toEqual([]);
    await ctx.close();
  }, 600_000);
});

describe('search behaviour', () => {
  let page: Page;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const { ctx } = await context(browser, base);
    page = await ctx.newPage();
    close = () => ctx.close();
  });
  afterAll(async () => close?.());

  it('offers a typed citation first and lands on it', async () => {
    await open(page, '?q=pasal+13+perbup+klaten');
    const jump = page.locator('#cari-langsung a').first();
    expect(await jump.textContent()).toBe('Langsung ke Pasal 13 Perbup Klaten 34/2024');
    // The jump is worked out in the browser from the page map in /cari/data.json: the Pasal's own page.
    expect(await jump.getAttribute('href')).toBe(path(provisionPath('klaten', 'pasal-13')));
    expect(path(provisionPath('klaten', 'pasal-13'))).not.toBe('/klaten/#pasal-13');
    await open(page, '?q=pasal+25+klaten');
    expect((await top(page, 1))[0]).toBe(path(provisionPath('klaten', 'pasal-25')));
    await open(page, '?q=gambar+5+bengkayang');
    expect((await top(page, 1))[0]).toBe(path(provisionPath('bengkayang', 'lampiran-i__gambar-5')));
    await open(page, '?q=perwali+probolinggo+88+2024');
    expect(await page.locator('#cari-langsung a').first().textContent()).toBe('Langsung ke Perwali Probolinggo 88/2024');
    // Without a regulation: the Pasal in each regulation that has it.
    await open(page, '?q=pasal+27');
    expect(await page.locator('#cari-langsung a').allTextContents()).toEqual(['Langsung ke Pasal 27 Perbup Klaten 34/2024']);
    await page.locator('#cari-langsung a').first().click();
    await page.waitForURL((u) => u.pathname + u.hash === path(provisionPath('klaten', 'pasal-27')));
  });

  it('searches only the regulation a query names, also misspelt, and says so', async () => {
    for (const q of ['ketua tim di klaten', 'ketua tim klatn']) {
      await open(page, `?q=${encodeURIComponent(q)}`);
      expect(new Set(await page.locator('.hasil .peraturan').allTextContents()), q).toEqual(new Set(['Perbup Klaten 34/2024']));
      expect(await page.locator('#cari-pesan').textContent(), q).toMatch(/Dicari dalam Perbup Klaten 34\/2024 saja/);
    }
  });

  it('relaxes a query that too few provisions match, and says so', async () => {
    // No provision has both words: the query is relaxed, and each word's provision is found.
    await open(page, '?q=merangkap+satpol');
    const got = await results(page);
    expect(got.length).toBeGreaterThanOrEqual(5);
    for (const want of [
      ['klaten', 'pasal-27'],
      ['pati', 'lampiran__b__1__e__2'],
    ])
      expect(got).toContain(path(provisionPath(want[0]!, want[1]!)));
    expect(await page.locator('#cari-pesan').textContent()).toMatch(/sebagian (besar )?kata/);
  });

  it('spreads the first five over the regulations unless the query names one', async () => {
    const regsOf = async () => (await page.locator('.hasil .peraturan').allTextContents()).slice(0, 5);
    const most = (xs: string[]) => Math.max(...[...new Set(xs)].map((x) => xs.filter((y) => y === x).length));
    for (const q of ['ketua tim', 'penugasan', 'pelaksanaan tugas']) {
      await open(page, `?q=${encodeURIComponent(q)}`);
      expect(most(await regsOf()), q).toBeLessThanOrEqual(2);
    }
    await open(page, '?q=ketua+tim+klaten');
    expect(most(await regsOf())).toBeGreaterThan(2);
  });

  it('gives the same results for the same address, whatever was searched before', async () => {
    const queries = ['ppk', 'tim kerja', 'penunjukan', 'jf lapor'];
    const fresh: (string | null)[][] = [];
    for (const q of queries) {
      await open(page, `?q=${encodeURIComponent(q)}`);
      fresh.push(await results(page));
    }
    await open(page, '?q=kepala+dinas');
    for (const q of ['pokja', 'sekda', 'pasal 8', ...queries].reverse()) await ask(page, q);
    for (const [i, q] of queries.entries()) {
      await ask(page, q);
      expect(await results(page), q).toEqual(fresh[i]);
    }
  });

  it('does not land short words on list labels, nor "correct" common words', async () => {
    await open(page, '?q=jd');
    expect((await results(page)).some((h) => /__j(__|$)/.test(h!))).toBe(false);
    await open(page, '?q=kinerja+bagus');
    expect(await page.locator('#cari-pesan').textContent()).not.toMatch(/bagas/);
  });

  it('shows excerpts without the citation prefix or stray marks, with the matched words', async () => {
    await open(page, '?q=pokja');
    const first = page.locator('.hasil').first();
    expect(await first.locator('.hasil-judul a').getAttribute('href')).toBe(path(provisionPath('klaten', 'pasal-1__angka-24')));
    expect(await first.locator('.peraturan').textContent()).toBe('Perbup Klaten 34/2024');
    expect(await first.locator('.jenis').textContent()).toBe('Definisi');
    const excerpt = (await first.locator('.hasil-kutipan').textContent())!;
    expect(excerpt.startsWith('Kelompok Kerja adalah')).toBe(true);
    expect(await first.locator('.hasil-kutipan mark').count()).toBeGreaterThan(0);
    for (const ex of await page.locator('.hasil-kutipan').allTextContents()) {
      expect(ex).not.toMatch(/(^|\s)#(\s|$)/);
      expect(ex).not.toMatch(/Perbup \w+ \d+\/\d{4}\./);
    }
    expect(await page.locator('#cari-pesan').textContent()).toContain('POKJA: kelompok kerja');
  });

  it('folds the filters under a button with counts, and filters from the address', async () => {
    await open(page, '?q=ketua+tim&peraturan=klaten');
    expect(await page.locator('#cari-saring').getAttribute('open')).not.toBeNull();
    expect(await page.locator('#cari-saring summary').textContent()).toBe('Saring hasil (1 aktif)');
    expect(new Set(await page.locator('.hasil .peraturan').allTextContents())).toEqual(new Set(['Perbup Klaten 34/2024']));
    expect(await page.locator('#f-peraturan option[value="pati"]').textContent()).toMatch(/^Perbup Pati 36\/2023 \(\d+\)$/);
    await open(page, '?q=penugasan&jenis=definisi');
    expect(new Set(await page.locator('.hasil .jenis').allTextContents())).toEqual(new Set(['Definisi']));
    await open(page, '?q=ketua+tim');
    expect(await page.locator('#cari-saring').getAttribute('open')).toBeNull();
    await page.click('#cari-saring summary');
    await page.selectOption('#f-peraturan', 'batang');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('peraturan') === 'batang');
    await page.waitForSelector('.cari[data-keadaan="siap"]');
    expect(new Set(await page.locator('.hasil .peraturan').allTextContents())).toEqual(new Set(['Perbup Batang 4/2024']));
  });

  it('answers bad input with a message, never an error', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cases: [string, RegExp][] = [
      ['?q=', /Ketik satu atau beberapa kata/],
      ['?q=!!!%3F%3F', /hanya berisi tanda baca/],
      [`?q=${'x'.repeat(500)}`, /hanya 200 karakter pertama/],
      ['?q=zzzqqqxx', /Tidak ada ketentuan yang memuat/],
      ['?q=ketua+tim+zebra', /“zebra” tidak ada dalam teks peraturan mana pun dan diabaikan/],
      ['?q=ketua+tim&jenis=%3Cscript%3Ealert(1)%3C%2Fscript%3E', /Saringan “jenis=<script>alert\(1\)<\/script>” tidak dikenal/],
    ];
    for (const [query, message] of cases) {
      await open(page, query);
      const text = (await page.locator('#cari-pesan').textContent()) + (await page.locator('#cari-status').textContent())!;
      expect(text, query).toMatch(message);
    }
    expect(errors).toEqual([]);
  });
});

describe('search on a phone and from any page', () => {
  it('shows the first result without scrolling after Enter in the header box (360 px), with one search box', async () => {
    const { ctx, foreign } = await context(browser, base, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/klaten/`);
    const box = page.locator('#cari-situs');
    if (!(await box.isVisible()))
      await page
        .locator('.site-search, header button')
        .first()
        .click()
        .catch(() => undefined);
    // Focus on the header box prefetches the search (engine, data, the search page's script).
    await page.focus('#cari-situs');
    await page.waitForFunction(() => document.querySelectorAll('link[rel=prefetch]').length >= 5);
    const prefetched = await page
      .locator('link[rel=prefetch]')
      .evaluateAll((ls) => ls.map((l) => new URL((l as HTMLLinkElement).href).pathname));
    for (const want of [
      /\/pagefind\/pagefind\.js$/,
      /\/cari\/data\.json$/,
      /\.pf_meta$/,
      /\/pagefind\/wasm\.id\.pagefind$/,
      /\/_astro\/.+\.js$/,
    ])
      expect(
        prefetched.some((p) => want.test(p)),
        String(want),
      ).toBe(true);
    await page.fill('#cari-situs', 'paraf koordinasi');
    await page.press('#cari-situs', 'Enter');
    await page.waitForURL(/\/cari\/\?q=paraf\+koordinasi$/);
    await page.waitForSelector('.cari[data-keadaan="siap"]');
    expect(await page.inputValue('#q')).toBe('paraf koordinasi');
    expect((await results(page, 1))[0]).toBe(path(provisionPath('klaten', 'pasal-16__ayat-2')));
    const first = await page.locator('.hasil').first().boundingBox();
    expect(first!.y + Math.min(first!.height, 120)).toBeLessThanOrEqual(740);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    // One search box on the search page.
    expect(await page.locator('input[type=search]:visible').count()).toBe(1);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await ctx.close();
  });

  it('works as a plain form without script', async () => {
    const { ctx } = await context(browser, base, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${base}/pati/`);
    const form = page.locator('form.site-search');
    expect(await form.getAttribute('action')).toBe('/cari/');
    expect(await form.getAttribute('method')).toBe('get');
    await page.fill('#cari-situs', 'ketua tim');
    await page.press('#cari-situs', 'Enter');
    await page.waitForURL(/\/cari\/\?q=ketua\+tim$/);
    expect(await page.locator('noscript').count()).toBeGreaterThan(0);
    await ctx.close();
  });
});
