import { describe, expect, it } from 'vitest';
import { loadRegulations } from '../../src/lib/load.ts';
import { buildView } from '../../src/lib/regulation-view.ts';
import { childId, walkBody } from '../../src/lib/ids.ts';
import { labelWords, numberLampiran } from '../../src/lib/lampiran-numbering.ts';
import { notesFor, noteMarker, notesPlain } from '../../src/lib/notes.ts';
import type { Lampiran } from '../../src/lib/schema/regulation.ts';

const bySlug = Object.fromEntries(loadRegulations().map((r) => [r.slug, buildView(r)]));

describe('ids', () => {
  it('derives Akoma Ntoso-style ids from the numbering', () => {
    expect(childId('pasal-11__ayat-1', { kind: 'huruf', num: 'a', text: 'x' }, 0)).toBe('pasal-11__ayat-1__huruf-a');
    expect(childId('bab-ii__bagian-kesatu', { kind: 'pasal', num: '5' }, 0)).toBe('pasal-5');
    expect(childId('bab-ii', { kind: 'bagian', num: 'Kesatu', heading: 'Umum' }, 0)).toBe('bab-ii__bagian-kesatu');
    expect(childId('pasal-26', { kind: 'teks', text: 'dicabut' }, 1)).toBe('pasal-26__teks-1');
  });

  it('numbers the Pasal of every regulation 1..n without gaps', () => {
    for (const v of Object.values(bySlug)) {
      const nums = [...walkBody(v.reg.batangTubuh)].filter((w) => w.node.kind === 'pasal').map((w) => Number(w.node.num));
      expect(nums, v.reg.slug).toEqual(nums.map((_, i) => i + 1));
    }
  });
});

describe('citations', () => {
  it('cites an ayat in the conventional form', () => {
    expect(bySlug.bengkayang!.citation('pasal-11__ayat-1')).toBe(
      'Pasal 11 ayat (1) Peraturan Bupati Bengkayang Nomor 5 Tahun 2024 tentang Sistem Kerja untuk Penyederhanaan Birokrasi',
    );
  });
  it('cites a huruf inside an ayat', () => {
    expect(bySlug.bengkayang!.citation('pasal-3__ayat-1__huruf-c')).toBe(
      'Pasal 3 ayat (1) huruf c Peraturan Bupati Bengkayang Nomor 5 Tahun 2024 tentang Sistem Kerja untuk Penyederhanaan Birokrasi',
    );
  });
  it('cites a definition of Pasal 1 by angka', () => {
    expect(bySlug.pati!.pin('pasal-1__angka-15')).toBe('Pasal 1 angka 15');
  });
  it('names a Peraturan Wali Kota as such', () => {
    expect(bySlug.probolinggo!.citation('pasal-2')).toMatch(/^Pasal 2 Peraturan Wali Kota Probolinggo Nomor 88 Tahun 2024 tentang /);
  });
  it('cites konsiderans and Lampiran blocks', () => {
    expect(bySlug.pati!.pin('menimbang__huruf-b')).toBe('konsiderans Menimbang huruf b');
    expect(bySlug.bengkayang!.pin('lampiran-ii')).toBe('Lampiran II');
  });
  it('throws on an unknown id instead of citing nothing', () => {
    expect(() => bySlug.pati!.citation('pasal-999')).toThrow(/pasal-999/);
  });
});

describe('citations in the printed numbering (Lampiran)', () => {
  it('turns printed labels into the words a lawyer writes', () => {
    expect(labelWords('B.')).toBe('huruf B');
    expect(labelWords('5.1.')).toBe('angka 5.1');
    expect(labelWords('1)')).toBe('angka 1)');
    expect(labelWords('a)')).toBe('huruf a)');
    expect(labelWords('(2)')).toBe('angka (2)');
    expect(labelWords('BAB II')).toBe('BAB II');
    expect(labelWords('ii.')).toBe('angka romawi ii');
    expect(labelWords('i.', true)).toBe('angka romawi i');
    expect(labelWords('i.', false)).toBe('huruf i');
  });

  it('nests by heading level and paragraph depth, and counts unlabelled paragraphs', () => {
    const l: Lampiran = {
      id: 'lampiran',
      header: ['LAMPIRAN'],
      blocks: [
        { type: 'heading', id: 'lampiran__b', label: 'B.', text: 'MEKANISME', level: 1 },
        { type: 'para', id: 'lampiran__b__p-1', text: 'Pengantar.', depth: 1 },
        { type: 'para', id: 'lampiran__b__5', label: '5.', text: 'Alur', depth: 1 },
        { type: 'para', id: 'lampiran__b__5__p-1', text: 'Tahap perencanaan meliputi:', depth: 2 },
        { type: 'para', id: 'lampiran__b__5__a', label: 'a.', text: 'satu;', depth: 3 },
        { type: 'para', id: 'lampiran__b__5__p-2', text: 'Tahap pelaksanaan meliputi:', depth: 2 },
        { type: 'para', id: 'lampiran__b__5__a-2', label: 'a.', text: 'dua;', depth: 3 },
        { type: 'para', id: 'lampiran__b__5__a__1', label: '1)', text: 'tiga;', depth: 4 },
        { type: 'figure', id: 'lampiran__gambar-4', gambar: '4', caption: 'Alur', depth: 3 },
        { type: 'table', id: 'lampiran__b__5__tabel', headerRows: 1, rows: [['x']], depth: 2 },
        { type: 'para', id: 'lampiran__b__5__b', label: 'b.', text: 'empat', depth: 2 },
        { type: 'para', id: 'lampiran__b__5__b-2', label: 'b.', text: 'lima', depth: 2 },
      ],
    };
    const n = numberLampiran(l);
    const path = (id: string) => n.get(id)!.path;
    expect(path('lampiran__b')).toBe('huruf B');
    expect(path('lampiran__b__p-1')).toBe('huruf B paragraf ke-1');
    expect(path('lampiran__b__5__p-1')).toBe('huruf B angka 5 paragraf ke-1');
    expect(path('lampiran__b__5__a')).toBe('huruf B angka 5 paragraf ke-1 huruf a');
    expect(path('lampiran__b__5__a-2')).toBe('huruf B angka 5 paragraf ke-2 huruf a');
    expect(path('lampiran__b__5__a__1')).toBe('huruf B angka 5 paragraf ke-2 huruf a angka 1)');
    expect(n.get('lampiran__gambar-4')).toMatchObject({ gambar: 'Gambar 4', path: 'huruf B angka 5' });
    expect(path('lampiran__b__5__tabel')).toBe('huruf B angka 5 tabel');
    // The print repeats "b." under the same parent: each occurrence is told apart, nothing is renumbered.
    expect(path('lampiran__b__5__b')).toBe('huruf B angka 5 huruf b yang pertama');
    expect(path('lampiran__b__5__b-2')).toBe('huruf B angka 5 huruf b yang kedua');
  });

  it('cites Lampiran blocks of the real texts as printed', () => {
    const k = bySlug.klaten!;
    expect(k.pin('lampiran__b__5-1__perencanaan__c')).toBe('Lampiran huruf B angka 5.1 paragraf ke-1 huruf c');
    expect(k.pin('lampiran__b__4__b__1')).toBe('Lampiran huruf B angka 4 huruf b angka 1)');
    expect(k.pin('lampiran__gambar-4')).toBe('Gambar 4 dalam Lampiran huruf B huruf a');
    expect(k.citation('lampiran__b__2__a')).toBe(`Lampiran huruf B angka 2 huruf a ${k.title}`);
    // Klaten prints "5.4." twice: the two are told apart, not renumbered.
    expect(k.pin('lampiran__b__5-4')).toBe('Lampiran huruf B angka 5.4 yang pertama');
    expect(k.pin('lampiran__b__5-4-2')).toBe('Lampiran huruf B angka 5.4 yang kedua');
    expect(bySlug.bengkayang!.pin('lampiran-i__i__1__b__1')).toBe('Lampiran I angka romawi I angka 1 huruf b angka 1)');
  });

  for (const v of Object.values(bySlug)) {
    it(`${v.reg.slug}: every provision has its own citation, with no internal id words`, () => {
      const seen = new Map<string, string>();
      for (const p of v.provisions) {
        const c = v.citation(p.id);
        expect(seen.get(c), `${p.id} and ${seen.get(c)} share "${c}"`).toBeUndefined();
        seen.set(c, p.id);
        expect(c, p.id).not.toMatch(/PELAKSANAAN|PERENCANAAN|EVALUASI|TABEL|JUDUL|bagian awal|lampiran__|__|\bp-\d/);
      }
      expect(seen.size).toBe(v.provisions.length);
    });
  }
});

describe('notes follow the text', () => {
  const withNote = Object.values(bySlug).flatMap((v) => v.reg.catatan.map((n) => ({ v, n })));
  it('finds the notes of a noted provision, with a marker and a plain line', () => {
    expect(withNote.length).toBeGreaterThan(0);
    for (const { v, n } of withNote) {
      expect(notesFor(v.reg, n.target)).toContain(n);
      const m = noteMarker(v.reg, n.target)!;
      expect(m.count).toBeGreaterThan(0);
      expect(m.href).toContain(n.target);
      expect(notesPlain(v.reg, n.target)).toContain('bukan bagian dari peraturan');
    }
  });
  it('has no marker for a provision without notes', () => {
    const v = bySlug.pati!;
    const plain = v.provisions.find((p) => !v.reg.catatan.some((n) => n.target === p.id))!;
    expect(noteMarker(v.reg, plain.id)).toBeUndefined();
    expect(notesPlain(v.reg, plain.id)).toBe('');
  });
});
