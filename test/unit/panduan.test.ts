/**
 * Guides: the check before the build catches unknown provisions, unknown
 * figures and topics, bad frontmatter and sections without a citation, each
 * with the file and line; the real guides pass; readability is measured.
 */
import { describe, expect, it } from 'vitest';
import { loadRegulations } from '../../src/lib/load.ts';
import { loadCatalogue } from '../../src/lib/figures/load.ts';
import { loadAlignment } from '../../src/lib/compare/load.ts';
import { checkGuide, guideUses } from '../../src/lib/panduan/check.ts';
import { readGuides } from '../../src/lib/panduan/load.ts';
import { readability } from '../../src/lib/panduan/readability.ts';
import { quoteProvision, quoteText } from '../../src/lib/provision-text.ts';

const regs = loadRegulations();
const cat = loadCatalogue(regs);
const al = loadAlignment();
const front = `---
judul: Contoh panduan
ringkasan: Ringkasan yang cukup panjang untuk lolos pemeriksaan.
untuk: [Pelaksana]
peraturan: [klaten]
urutan: 1
ditinjau: { tanggal: 2026-12-05, oleh: Tim }
---
`;
const check = (body: string, head = front) => checkGuide({ file: 'content/panduan/x.mdx', text: head + body }, regs, cat, al);

describe('guide check', () => {
  it('passes every real guide, and there are at least eight', () => {
    const guides = readGuides();
    expect(guides.length).toBeGreaterThanOrEqual(8);
    for (const g of guides) expect(checkGuide(g, regs, cat, al), g.file).toEqual([]);
  });

  it('names the file and line of an unknown provision id', () => {
    const p = check('\n## Bagian\n\nTeks.\n\n<Kutipan peraturan="klaten" id="pasal-999" />\n');
    expect(p).toEqual([
      { file: 'content/panduan/x.mdx', path: 'baris 14', message: '<Kutipan>: ketentuan "pasal-999" tidak ada dalam klaten' },
    ]);
  });

  it('rejects an unknown regulation, figure or comparison row', () => {
    const p = check(
      '\n## A\n\n<Pasal peraturan="atlantis" id="pasal-1" />\n<Gambar peraturan="klaten" nomor="99" />\n<Perbandingan topik="penugasan" baris="tidak-ada" />\n',
    );
    const m = p.map((x) => x.message).join('\n');
    expect(m).toContain('peraturan "atlantis" tidak ada');
    expect(m).toContain('klaten tidak punya Gambar 99');
    expect(m).toContain('baris "tidak-ada" tidak ada dalam topik penugasan');
  });

  it('rejects bad frontmatter with the field', () => {
    const p = check(
      '\n## A\n\n<Pasal peraturan="klaten" id="pasal-1" />\n',
      front.replace('untuk: [Pelaksana]', 'untuk: []').replace('2026-12-05', '5 Desember'),
    );
    expect(p.map((x) => x.path)).toEqual(expect.arrayContaining(['frontmatter.untuk', 'frontmatter.ditinjau.tanggal']));
  });

  it('requires a citation in every section', () => {
    const p = check('\n## Dengan kutipan\n\n<Pasal peraturan="klaten" id="pasal-1" />\n\n## Tanpa kutipan\n\nHanya kata-kata kami.\n');
    expect(p).toEqual([expect.objectContaining({ path: 'baris 14', message: expect.stringContaining('"Tanpa kutipan" tidak mengutip') })]);
  });

  it('finds components and their attributes with line numbers', () => {
    expect(guideUses('a\n<Kutipan peraturan="pati" id="pasal-8__ayat-1" />\n<Gambar kanonik={21} />')).toEqual([
      { tag: 'Kutipan', attrs: { peraturan: 'pati', id: 'pasal-8__ayat-1' }, line: 2 },
      { tag: 'Gambar', attrs: { kanonik: '21' }, line: 3 },
    ]);
  });
});

describe('quotations are the exact text', () => {
  it('quotes an ayat with its huruf as printed', () => {
    const prob = regs.find((r) => r.slug === 'probolinggo')!;
    const q = quoteProvision(prob, 'pasal-11__ayat-1');
    expect(quoteText(q)).toBe(
      '(1) Penugasan Pejabat Fungsional dan/atau Pejabat Pelaksana dilakukan melalui :\n  a. penunjukkan; dan/atau\n  b. pengajuan sukarela.',
    );
    expect(q.citation).toMatch(/^Pasal 11 ayat \(1\) Peraturan Wali Kota Probolinggo Nomor 88 Tahun 2024/);
  });
  it('throws on an unknown id', () => {
    expect(() => quoteProvision(regs[0]!, 'pasal-999')).toThrow(/pasal-999/);
  });
});

describe('readability', () => {
  it('counts only our own words, and the guides stay short', () => {
    const r = readability(`${front}\n## A\n\nSatu dua tiga. Empat lima.\n\n<Kutipan peraturan="klaten" id="pasal-1" />\n`);
    expect(r).toMatchObject({ words: 5, sentences: 2, avgSentence: 2.5 });
    for (const g of readGuides()) {
      const x = readability(g.text);
      expect(x.avgSentence, g.file).toBeLessThan(20);
      expect(x.minutes, g.file).toBeLessThan(5);
    }
  });
});
