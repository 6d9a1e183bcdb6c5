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
import { semuaData } from '../../src/lib/checker/data.ts';
import { LIHAT_MATRIKS } from '../../src/lib/checker/statis.ts';

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

type Row = Record<string, string>;
async function csvAt(page: Page, href: string): Promise<Row[]> {
  const res = await page.request.get(`${base}${href}`);
  expect(res.status(), href).toBe(200);
  const r = Papa.parse<Row>((await res.text()).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(r.errors, href).toEqual([]);
  return r.data;
}
/** The href of the page's "Unduh CSV" link (the first download link whose text starts so). */
const csvLink = (page: Page) =>
  page
    .locator('a[download]', { hasText: /^Unduh CSV/ })
    .first()
    .getAttribute('href') as Promise<string>;

describe('CSV of what the pages show', () => {
  it("each checker page's CSV has the page's units and answers, position by position", async () => {
    const { ctx } = await context(browser, base, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    for (const d of semuaData().data) {
      await page.goto(`${base}/penilai-kinerja/${d.slug}/`);
      const rows = await csvAt(page, await csvLink(page));
      // The unit table: name, Pejabat Penilai Kinerja, Pimpinan Unit Organisasi.
      const units = await page.locator('tr[id^="unit-"]').evaluateAll((trs) =>
        trs.map((tr) => ({
          nama: (tr.querySelector('th')!.childNodes[0]!.textContent ?? '').trim(),
          penilai: (tr.children[1]!.textContent ?? '').trim(),
          pimpinan: (tr.children[2]!.textContent ?? '').trim(),
        })),
      );
      // Every assessor matrix: per section, row label x column label -> the names the cell shows.
      const matrices = await page.locator('section.ck-statis-bagian').evaluateAll((secs) =>
        Object.fromEntries(
          secs.map((s) => {
            const t = s.querySelector('table.ck-matriks');
            const cols = t ? [...t.querySelectorAll('thead th')].slice(1).map((th) => (th.textContent ?? '').trim()) : [];
            const cells: Record<string, string> = {};
            for (const tr of t ? [...t.querySelectorAll('tbody tr')] : []) {
              const label = (tr.querySelector('th')!.textContent ?? '').trim();
              [...tr.querySelectorAll('td')].forEach((td, i) => {
                const c = td.cloneNode(true) as HTMLElement;
                c.querySelectorAll('.ck-sel-dasar, .ck-tanda-kecil').forEach((x) => x.remove());
                cells[`${label}|${cols.length > 1 ? cols[i] : ''}`] = (c.textContent ?? '').trim();
              });
            }
            return [s.id, cells];
          }),
        ),
      );
      expect([...new Set(rows.map((r) => r.unit))], d.slug).toEqual(units.map((u) => u.nama));
      let matrixRows = 0;
      for (const u of units) {
        const mine = rows.filter((r) => r.unit === u.nama);
        expect(mine.length, u.nama).toBeGreaterThan(0);
        for (const jabatan of new Set(mine.map((r) => r.jabatan!))) {
          const list = mine.filter((r) => r.jabatan === jabatan);
          const join = (k: 'pejabat_penilai_kinerja' | 'pimpinan_unit_organisasi') =>
            list.map((r) => (r.tempat ? `${r.tempat}: ` : '') + r[k]).join(' · ');
          if (u.penilai === LIHAT_MATRIKS) {
            // Per position and place: the cell of the matrix in the unit's full answer.
            for (const r of list) {
              const section = r.jawaban_lengkap!.split('#')[1]!;
              expect(r.pejabat_penilai_kinerja, `${d.slug} ${u.nama} ${jabatan} ${r.tempat}`).toBe(
                matrices[section]?.[`${jabatan}|${r.tempat}`],
              );
              expect(r.pimpinan_unit_organisasi, `${d.slug} ${u.nama} ${jabatan}`).toBe(u.pimpinan);
              matrixRows++;
            }
          } else {
            // The unit table's answer holds for every position, as the page says.
            expect(join('pejabat_penilai_kinerja'), `${d.slug} ${u.nama} ${jabatan}`).toBe(u.penilai);
            expect(join('pimpinan_unit_organisasi'), `${d.slug} ${u.nama} ${jabatan}`).toBe(u.pimpinan);
          }
        }
      }
      if (d.aturan.tabel.length) expect(matrixRows, d.slug).toBeGreaterThan(0);
    }
    await ctx.close();
  });

  it('the figure crosswalk CSV has the rows of the table on /perbandingan/gambar/, and /gambar/ and /data/ link it', async () => {
    const { ctx } = await context(browser, base, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${base}/perbandingan/gambar/`);
    const href = await csvLink(page);
    const rows = await csvAt(page, href);
    const shown = await page
      .locator('#ikhtisar + .table-scroll table.matrix, table.matrix')
      .first()
      .evaluate((t) => {
        const regs = [...t.querySelectorAll('thead th')].slice(2).map((th) => (th.textContent ?? '').trim());
        return {
          regs,
          rows: [...t.querySelectorAll('tbody tr:not(.group)')].map((tr) => {
            const text = (el: Element) => {
              const c = el.cloneNode(true) as HTMLElement;
              c.querySelectorAll('.vh').forEach((x) => x.remove());
              const s = (c.textContent ?? '').trim();
              return s === '—' ? '' : s;
            };
            const [th, ...tds] = [...tr.children];
            return [text(th!), ...tds.map(text)];
          }),
        };
      });
    expect(rows.map((r) => [r.bagan, r.bagan_kanonik, ...shown.regs.map((s) => r[s])])).toEqual(shown.rows);
    for (const p of ['/gambar/', '/data/']) {
      await page.goto(`${base}${p}`);
      expect(await page.locator(`a[download][href="${href}"]`).count(), p).toBeGreaterThan(0);
    }
    await ctx.close();
  });

  it('the definitions CSV linked from /perbandingan/definisi/ has the definitions of the matrix', async () => {
    const { ctx } = await context(browser, base, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${base}/perbandingan/definisi/`);
    const rows = await csvAt(page, await csvLink(page));
    const shown = await page.locator('table.matrix td a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(new Set(rows.map((r) => r.tautan))).toEqual(new Set(shown));
    expect(rows.length).toBe(shown.length);
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
