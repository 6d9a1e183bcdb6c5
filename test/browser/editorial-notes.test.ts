/** A contradiction note is shown beside every provision involved, linking both ways, without JavaScript. */
import { describe, expect, it } from 'vitest';
import { base, browser, context, useSite } from './harness.ts';
import { loadRegulations } from '../../src/lib/load.ts';
import { provisionPath } from '../../src/lib/permalink.ts';
import { compareContext, regulationTopicRows } from '../../src/lib/compare/page-data.ts';

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

describe('notes follow the text into the comparison', () => {
  it('a noted provision quoted in a comparison cell carries its marker there, with JavaScript off', async () => {
    const c = compareContext();
    // Every noted part of the pre-built side-by-side page of each topic, from the same rows the page renders.
    const want = c.alignment.topics.flatMap((t) =>
      c.defaultViews.flatMap((v) =>
        regulationTopicRows(t, v, '/').flatMap((row) =>
          row.cells.flatMap((cell) =>
            cell.kind === 'ids' ? cell.parts.filter((p) => p.catatan).map((p) => ({ topik: t.id, row: row.id, slug: v.reg.slug, p })) : [],
          ),
        ),
      ),
    );
    expect(want.length).toBeGreaterThan(0);
    const { ctx } = await context(browser, base, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    for (const topik of new Set(want.map((w) => w.topik))) {
      await page.goto(`${base}/perbandingan/${topik}/`);
      for (const w of want.filter((x) => x.topik === topik)) {
        const head = page.locator(`[id="${w.row}"] .cell[data-reg="${w.slug}"] .part-head`, { has: page.locator(`a[href="${w.p.href}"]`) });
        const marker = head.locator('.note-marker');
        expect(await marker.count(), `${topik} ${w.row} ${w.slug} ${w.p.id}`).toBeGreaterThan(0);
        expect(await marker.first().getAttribute('href')).toBe(`/${w.p.catatan!.href}`);
      }
    }
    await ctx.close();
  });
});
