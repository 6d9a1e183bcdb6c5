/**
 * Open data against the built site: the files the build wrote are the ones the
 * /data/ page links, the text of every provision in the JSON and in the Akoma
 * Ntoso file equals the text the regulation page shows, and each table's CSV
 * has the same rows as the table on the page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import Papa from 'papaparse';
import { base, browser, context, useSite } from './harness.ts';
import { loadRegulations } from '../../src/lib/load.ts';
import type { ExportNode } from '../../src/lib/export/schema.ts';

const regs = loadRegulations();
useSite();

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const flat = (nodes: ExportNode[]): ExportNode[] => nodes.flatMap((n) => [n, ...flat(n.children ?? [])]);

/** The words of each provision as the page shows them (without the tools, notes or nested provisions). */
async function pageTexts(page: Page, ids: string[]): Promise<Record<string, string>> {
  return page.evaluate((list) => {
    const out: Record<string, string> = {};
    for (const id of list) {
      const el = document.getElementById(id);
      const txt = el?.querySelector(':scope > .row > .txt, :scope > p.lead, :scope > .txt');
      if (!txt) continue;
      const clone = txt.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('.tools, .pin, .notes, .note-marker, .vh, ol, ul').forEach((n) => n.remove());
      out[id] = clone.textContent ?? '';
    }
    return out;
  }, ids);
}

describe('open data round trip', () => {
  it('the /data/ page links every regulation in JSON and Akoma Ntoso, and each file is served', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await page.goto(`${base}/data/`);
    const hrefs = await page.locator('a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const r of regs) {
      expect(hrefs).toContain(`/data/${r.slug}.json`);
      expect(hrefs).toContain(`/data/${r.slug}.akn.xml`);
    }
    for (const h of hrefs) expect((await page.request.get(`${base}${h}`)).status(), h).toBe(200);
    await ctx.close();
  });

  for (const reg of regs) {
    it(`${reg.slug}: JSON, Akoma Ntoso and page show the same words for every provision of the batang tubuh`, async () => {
      const { ctx } = await context(browser, base);
      const page = await ctx.newPage();
      const json = (await (await page.request.get(`${base}/data/${reg.slug}.json`)).json()) as { batangTubuh: ExportNode[] };
      const akn = await (await page.request.get(`${base}/data/${reg.slug}.akn.xml`)).text();
      const nodes = flat(json.batangTubuh).filter((n) => n.text && n.kind !== 'teks');
      await page.goto(`${base}/${reg.slug}/`);
      const shown = await pageTexts(
        page,
        nodes.map((n) => n.id),
      );
      const doc = new DOMParserLike(akn);
      let compared = 0;
      for (const n of nodes) {
        const onPage = shown[n.id];
        if (onPage === undefined) continue;
        expect(norm(onPage), n.id).toBe(norm(n.text!));
        expect(norm(doc.text(n.id)), n.id).toBe(norm(n.text!));
        compared += 1;
      }
      expect(compared).toBeGreaterThan(nodes.length * 0.9);
      await ctx.close();
    });
  }

  it('each Lampiran table CSV has the rows the page shows', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    let tables = 0;
    for (const reg of regs) {
      await page.goto(`${base}/${reg.slug}/`);
      const links = await page
        .locator('.table-dl a')
        .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, id: a.closest('.lblock')!.id })));
      for (const l of links) {
        const csv = await (await page.request.get(`${base}${l.href}`)).text();
        const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.slice(1);
        const shown = await page
          .locator(`[id="${l.id}"] tbody tr`)
          .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
        expect(
          rows.map((r) => r.slice(0, shown[0]?.length ?? 0).map(norm)),
          l.id,
        ).toEqual(shown.map((r) => r.map(norm)));
        tables += 1;
      }
    }
    expect(tables).toBeGreaterThan(0);
    await ctx.close();
  });
});

/** Reads the paragraph text of an Akoma Ntoso element by eId (a regular-expression reader: the file's shape is ours). */
class DOMParserLike {
  constructor(private xml: string) {}
  text(eId: string): string {
    const m = new RegExp(`eId="${eId}"[^>]*>[\\s\\S]*?<(?:content|intro)><p>([\\s\\S]*?)</p>`).exec(this.xml);
    return (m?.[1] ?? '')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  }
}
