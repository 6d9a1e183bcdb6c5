/**
 * Open data: every regulation's JSON validates against the published JSON
 * Schema (ajv, a standard validator), every Akoma Ntoso file against the OASIS
 * schema (xmllint), every CSV parses back to the rows of its table, and the
 * three carry the same text as the data the pages are built from.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import Papa from 'papaparse';
import { loadRegulations } from '../../src/lib/load.ts';
import { buildView } from '../../src/lib/regulation-view.ts';
import { exportRegulation, ExportError, type LinkBase } from '../../src/lib/export/json.ts';
import { regulationJsonSchema, type ExportNode } from '../../src/lib/export/schema.ts';
import { exportAkn, workUri } from '../../src/lib/export/akn.ts';
import { AKN_XSD_DIR, validateAknFiles } from '../../src/lib/export/akn-validate.ts';
import { definitionsCsv, DEFINITIONS_HEADER, lampiranTables, tableCsv, CSV_BOM } from '../../src/lib/export/csv.ts';
import { generatedDate } from '../../src/lib/export/site.ts';
import { walkBody } from '../../src/lib/ids.ts';
import type { Regulation } from '../../src/lib/schema/regulation.ts';

const regs = loadRegulations();
const lb: LinkBase = { base: '/' };
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(regulationJsonSchema());
const flat = (nodes: ExportNode[]): ExportNode[] => nodes.flatMap((n) => [n, ...flat(n.children ?? [])]);
const parseCsv = (csv: string) => {
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  const r = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
  expect(r.errors).toEqual([]);
  return r.data;
};

describe('JSON export', () => {
  for (const reg of regs) {
    it(`${reg.slug}: validates against the published JSON Schema and holds every provision with its citation`, () => {
      const doc = JSON.parse(JSON.stringify(exportRegulation(reg, lb)));
      expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      const view = buildView(reg);
      const nodes = flat(doc.batangTubuh as ExportNode[]);
      const body = [...walkBody(reg.batangTubuh)];
      expect(nodes.map((n) => n.id)).toEqual(body.map((w) => w.id));
      for (const n of nodes) {
        expect(n.citation).toBe(view.citation(n.id));
        expect(n.permalink).toContain(`#${n.id}`);
      }
      // The same words as the data the pages render: nothing dropped, added or changed.
      expect(nodes.map((n) => n.text ?? '')).toEqual(body.map((w) => w.node.text ?? ''));
      const blocks = doc.lampiran.flatMap((l: { blocks: unknown[] }) => l.blocks);
      expect(blocks.length).toBe(reg.lampiran.flatMap((l) => l.blocks).length);
      expect(doc.catatan.length).toBe(reg.catatan.length);
      expect(doc.jdih.nomor).toBe(reg.meta.nomor);
      expect([doc.konsiderans.judulMenimbang, doc.konsiderans.judulMengingat]).toEqual([reg.judulMenimbang, reg.judulMengingat]);
    });
  }

  it('writes absolute permalinks only when the site address is configured', () => {
    const reg = regs[0]!;
    expect(exportRegulation(reg, lb).permalink).toBe(`/${reg.slug}/`);
    expect(exportRegulation(reg, { base: '/', siteUrl: 'https://sk.go.id/' }).permalink).toBe(`https://sk.go.id/${reg.slug}/`);
  });

  it('an export that would be invalid stops with the regulation, the element and the reason', () => {
    const reg = structuredClone(regs[0]!) as Regulation;
    (reg.lampiran[0]!.blocks[0] as { id: string }).id = 'lampiran__Rusak Id';
    let err: unknown;
    try {
      exportRegulation(reg, lb);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ExportError);
    expect(String(err)).toMatch(new RegExp(`"${reg.slug}"[\\s\\S]*lampiran\\.0\\.blocks\\.0\\.id`));
  });
});

describe('Akoma Ntoso export', () => {
  const hasXsd = existsSync(join(AKN_XSD_DIR, 'akomantoso30.xsd'));
  if (!hasXsd) console.warn(`Skema Akoma Ntoso tidak ada di ${AKN_XSD_DIR}: validasi XSD dilewati.`);

  it.skipIf(!hasXsd)('every regulation validates against the OASIS Akoma Ntoso 3.0 schema', async () => {
    const r = await validateAknFiles(
      regs.map((reg) => ({ fileName: `${reg.slug}.akn.xml`, contents: exportAkn(reg, { generated: generatedDate(reg) }) })),
    );
    expect(r!.errors).toEqual([]);
    expect(r!.valid).toBe(true);
  });

  it.skipIf(!hasXsd)('an invalid document is reported with the element and the reason', async () => {
    const bad = exportAkn(regs[0]!, { generated: '2026-01-01' }).replace('<body>', '<body><bogus/>');
    const r = await validateAknFiles([{ fileName: `${regs[0]!.slug}.akn.xml`, contents: bad }]);
    expect(r!.valid).toBe(false);
    expect(r!.errors.join('\n')).toMatch(/bogus/);
  });

  for (const reg of regs) {
    it(`${reg.slug}: eIds equal the site's ids, text equals the data, notes sit outside the law text`, () => {
      const xml = exportAkn(reg, { generated: generatedDate(reg) });
      expect(xml).toContain(`<FRBRuri value="${workUri(reg)}"/>`);
      const eids = new Set([...xml.matchAll(/ eId="([^"]+)"/g)].map((m) => m[1]));
      for (const w of walkBody(reg.batangTubuh)) expect(eids.has(w.id), w.id).toBe(true);
      for (const l of reg.lampiran) for (const b of l.blocks) expect(eids.has(b.id), b.id).toBe(true);
      const unescape = (s: string) =>
        s
          .replace(/<[^>]+>/g, '')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&');
      for (const w of walkBody(reg.batangTubuh)) {
        if (!w.node.text) continue;
        const m = new RegExp(`eId="${w.id}"[^>]*>[\\s\\S]*?<(?:content|intro)><p>([\\s\\S]*?)</p>`).exec(xml);
        expect(m && unescape(m[1]!), w.id).toBe(w.node.text);
      }
      // Konsiderans headings and Gambar captions as printed (the colon of "Menimbang :", the mark after "Gambar N").
      expect(xml).toContain(`<recitals eId="menimbang">\n        <intro><p>${reg.judulMenimbang}</p></intro>`);
      expect(xml).toContain(`<citations eId="mengingat">\n        <intro><p>${reg.judulMengingat}</p></intro>`);
      for (const l of reg.lampiran)
        for (const b of l.blocks)
          if (b.type === 'figure' && b.gambar)
            expect(new RegExp(`eId="${b.id}" class="gambar"><num>([^<]*)</num>`).exec(xml)?.[1], b.id).toBe(
              `Gambar ${b.gambar}${b.tanda ?? ''}`,
            );
      // Editorial notes live only in meta/notes, marked as the editor's.
      const body = xml.slice(xml.indexOf('</meta>'));
      expect(body).not.toMatch(/<note\b/);
      expect((xml.match(/<note /g) ?? []).length).toBe(reg.catatan.length);
    });
  }
});

describe('CSV export', () => {
  for (const reg of regs) {
    const tables = lampiranTables(reg);
    it.skipIf(!tables.length)(`${reg.slug}: each Lampiran table parses back to its printed rows`, () => {
      for (const t of tables) {
        const rows = parseCsv(tableCsv(t));
        const width = Math.max(...t.rows.map((r) => r.length));
        expect(rows.length).toBe(1 + t.rows.length - t.headerRows);
        expect(
          rows.slice(1).map((r) =>
            r
              .slice(0, width)
              .map((c) => c.trim())
              .join('|')
              .replace(/\|+$/, ''),
          ),
        ).toEqual(
          t.rows.slice(t.headerRows).map((r) =>
            r
              .map((c) => c.trim())
              .join('|')
              .replace(/\|+$/, ''),
          ),
        );
      }
    });
  }
  it('the definitions file lists every Pasal 1 definition of every regulation', () => {
    const rows = parseCsv(definitionsCsv(regs, lb));
    expect(rows[0]).toEqual(DEFINITIONS_HEADER);
    const expected = regs.flatMap((r) => [...walkBody(r.batangTubuh)].filter((w) => w.node.term).map((w) => w.node.text));
    expect(rows.slice(1).map((r) => r[4])).toEqual(expected);
  });
});
