/** A contradiction note is shown beside every provision involved, linking both ways, without JavaScript. */
import { describe, expect, it } from 'vitest';
import { base, browser, context, useSite } from './harness.ts';
import { loadRegulations } from '../../src/lib/load.ts';
import { provisionPath } from '../../src/lib/permalink.ts';

useSite();

const pati = loadRegulations().find((r) => r.slug === 'pati')!;
const note = pati.catatan.find((n) => n.jenis === 'pertentangan' && n.target === 'pasal-7__ayat-3')!;

describe('contradiction notes on the regulation page', () => {
  it('mark both provisions, each linking to the other, with JavaScript off', async () => {
    const { ctx } = await context(browser, base, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${base}/pati/`);
    const other = note.lihat![0]!;
    const here = page.locator(`[id="${note.target}"] > .notes .note-pertentangan`);
    const there = page.locator(`[id="${other}"] > .notes .note-pertentangan`);
    await expect(here.count()).resolves.toBe(1);
    await expect(there.count()).resolves.toBe(1);
    expect(await here.locator('a').getAttribute('href')).toBe(`/${provisionPath('pati', other)}`);
    expect(await there.locator('a').getAttribute('href')).toBe(`/${provisionPath('pati', note.target)}`);
    expect(await here.textContent()).toContain('bukan bagian dari peraturan');
    await there.locator('a').click();
    await page.waitForURL(`${base}/${provisionPath('pati', note.target)}`);
    await ctx.close();
  });

  it('are listed on the notes page with both provisions', async () => {
    const { ctx } = await context(browser, base, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${base}/pati/catatan/`);
    const row = page
      .locator('.notes-table tr', { has: page.locator(`a[href="/${provisionPath('pati', note.target)}"]`) })
      .filter({ hasText: 'Pertentangan' });
    await expect(row.count()).resolves.toBe(1);
    expect(await row.locator(`a[href="/${provisionPath('pati', note.lihat![0]!)}"]`).count()).toBe(1);
    await ctx.close();
  });
});
