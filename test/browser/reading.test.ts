import { describe, expect, it } from 'vitest';
import { base, browser, context, useSite } from './harness.ts';
import { loadRegulations } from '../../src/lib/load.ts';
import { regulationTitle } from '../../src/lib/citation.ts';

const regs = loadRegulations();
useSite();

describe('home page', () => {
  it('lists the five regulations with their metadata and links', async () => {
    const { ctx, foreign } = await context(browser, base);
    const page = await ctx.newPage();
    await page.goto(`${base}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    const titles = await page.locator('.card h3 a').allTextContents();
    expect(titles.sort()).toEqual(regs.map(regulationTitle).sort());
    await page.locator('.card h3 a', { hasText: 'Klaten' }).click();
    await page.waitForURL(`${base}/klaten/`);
    expect(await page.locator('h1').textContent()).toContain('Peraturan Bupati Klaten Nomor 34 Tahun 2024');
    expect(foreign).toEqual([]);
    await ctx.close();
  });
});

describe('regulation pages', () => {
  for (const reg of regs) {
    it(`${reg.slug}: renders title, not-official notice, every Pasal, and works without JavaScript`, async () => {
      const { ctx, foreign } = await context(browser, base, { javaScriptEnabled: false });
      const page = await ctx.newPage();
      const res = await page.goto(`${base}/${reg.slug}/`);
      expect(res?.status()).toBe(200);
      expect(await page.locator('h1').textContent()).toBe(regulationTitle(reg));
      expect(await page.locator('.official').textContent()).toContain('Bukan naskah resmi');
      expect(await page.locator('.official').textContent()).toContain(reg.meta.sumber);
      const pasalCount = await page.locator('section.pasal').count();
      const expected = JSON.stringify(reg.batangTubuh).match(/"kind":"pasal"/g)?.length ?? 0;
      expect(pasalCount).toBe(expected);
      // Buttons that need JavaScript stay hidden without it.
      expect(await page.locator('button.cite:visible').count()).toBe(0);
      expect(foreign).toEqual([]);
      await ctx.close();
    });
  }

  it('an anchor scrolls to and highlights the provision', async () => {
    const { ctx } = await context(browser, base, { viewport: { width: 360, height: 740 } });
    const page = await ctx.newPage();
    await page.goto(`${base}/bengkayang/#pasal-11__ayat-1`);
    const el = page.locator('#pasal-11__ayat-1');
    await expect.poll(async () => el.evaluate((e) => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < 200; })).toBe(true);
    const bg = await el.evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    expect(await el.evaluate((e) => e.matches(':target'))).toBe(true);
    await ctx.close();
  });

  it('cross-references link to the provision they name', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await page.goto(`${base}/bengkayang/`);
    const link = page.locator('#pasal-8__ayat-1 a.x-ref').first();
    expect(await link.getAttribute('href')).toBe('#pasal-7');
    await link.click();
    expect(new URL(page.url()).hash).toBe('#pasal-7');
    await ctx.close();
  });

  it('"Salin kutipan" copies the conventional citation', async () => {
    const { ctx } = await context(browser, base, { permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await ctx.newPage();
    await page.goto(`${base}/bengkayang/`);
    const btn = page.locator('#pasal-11__ayat-1 button.cite').first();
    await btn.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Pasal 11 ayat \(1\) Peraturan Bupati Bengkayang Nomor 5 Tahun 2024 tentang Sistem Kerja untuk Penyederhanaan Birokrasi \(http:\/\/127\.0\.0\.1:\d+\/bengkayang\/#pasal-11__ayat-1\)$/);
    expect(await page.locator('[role=status]').textContent()).toContain('Kutipan disalin');
    await ctx.close();
  });

  it('runs its script under the Content-Security-Policy without violations', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/pati/`);
    expect(await page.locator('button.cite:visible').count()).toBeGreaterThan(100);
    expect(errors).toEqual([]);
    await ctx.close();
  });
});

// axe-core runs in the quality gate (gate-pages.test.ts) on the home page, /tentang/, /glosarium/ and
// each regulation's page and notes page (one page per template per regulation), at 1280 and 360 px.
