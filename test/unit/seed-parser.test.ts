import { describe, expect, it } from 'vitest';
import { cleanLines, parseBody, parseSeed, toParagraphs } from '../../src/lib/import/seed-parser.ts';

describe('seed importer', () => {
  it('drops page numbers and continuation markers, recording them', () => {
    const { lines, removed } = cleanLines('teks satu\n- 2 -\nPasal…\n Pasal 8\nSALINAN\n');
    expect(removed.map((r) => r.baris)).toEqual([2, 3, 5]);
    expect(lines.map((l) => l.text.trim()).filter(Boolean)).toEqual(['teks satu', 'Pasal 8']);
  });
  it('joins wrapped lines and splits at labels', () => {
    const { lines } = cleanLines('(1) Pejabat Fungsional dapat\n\nbekerja secara individu.\n(2) Penugasan\ndilakukan.');
    expect(toParagraphs(lines).map((p) => p.text)).toEqual([
      '(1) Pejabat Fungsional dapat bekerja secara individu.',
      '(2) Penugasan dilakukan.',
    ]);
  });
  it('builds BAB > Pasal > ayat > huruf with definitions', () => {
    const { lines } = cleanLines(
      'BAB I\nKETENTUAN UMUM\nPasal 1\nDalam Peraturan ini yang dimaksud dengan:\n1. Sistem Pemerintahan Berbasis Elektronik yang selanjutnya disingkat SPBE adalah penyelenggaraan.\nPasal 2\n(1) Mekanisme meliputi:\na. kedudukan; dan\nb. penugasan.\n(2) Lain.',
    );
    const body = parseBody(toParagraphs(lines));
    expect(body[0]).toMatchObject({ kind: 'bab', num: 'I', heading: 'KETENTUAN UMUM' });
    const [p1, p2] = body[0]!.children!;
    expect(p1!.children![0]).toMatchObject({ kind: 'angka', num: '1', term: 'Sistem Pemerintahan Berbasis Elektronik', abbr: 'SPBE' });
    expect(p2!.children!.map((c) => c.num)).toEqual(['1', '2']);
    expect(p2!.children![0]!.children!.map((c) => c.num)).toEqual(['a', 'b']);
  });
  it('parses a whole seed into parts', () => {
    const d = parseSeed(
      'BUPATI X\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nMenimbang : a. bahwa satu;\nb. bahwa dua;\nMengingat : 1. Undang-Undang;\nMEMUTUSKAN:\nMenetapkan : PERATURAN.\nPasal 1\nIni berlaku.\nAgar setiap orang mengetahuinya, memerintahkan.\nDitetapkan di X\nLAMPIRAN\nPERATURAN BUPATI X\nTENTANG\nSISTEM\nA. Latar Belakang\nTeks lampiran.\nGambar 1. Bagan\n',
    );
    expect(d.menimbang.map((m) => m.label)).toEqual(['a', 'b']);
    expect(d.mengingat).toHaveLength(1);
    expect(d.batangTubuh[0]).toMatchObject({ kind: 'pasal', num: '1', text: 'Ini berlaku.' });
    expect(d.penutup[0]).toMatch(/^Agar setiap orang/);
    expect(d.lampiran[0]!.header).toEqual(['LAMPIRAN', 'PERATURAN BUPATI X', 'TENTANG', 'SISTEM']);
    expect(d.lampiran[0]!.blocks.map((b) => b.type)).toEqual(['heading', 'para', 'figure']);
  });
});
