/**
 * The assessor checker, tested on its own: every row of every Klaten assessor
 * table, every named-unit list of the five regulations, the exceptions, the
 * conflicts, the URL flow and the rules' validation. Each case names the
 * provision it comes from; the expectations are written from the regulation
 * text, independently of each folder's penilai-kinerja.yaml.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAturan, blocksOf, normalisasi, CHECKER_DIR } from '../../src/lib/checker/load.ts';
import { regulationSlugs } from '../../src/lib/regulation-folder.ts';
import { periksa, opsiTempat, findUnit, type HasilBaris, type Hasil } from '../../src/lib/checker/check.ts';
import {
  bacaKueri,
  kueri,
  langkahBerikut,
  langkahTampil,
  langkahSebelum,
  pertanyaanBerlaku,
  validasi,
} from '../../src/lib/checker/flow.ts';
import { buildDataDaerah, idTerkutip, indeksDari } from '../../src/lib/checker/data.ts';
import { renderHasil, halamanMasalah, esc } from '../../src/lib/checker/render.ts';
import { JABATAN, expandJabatan, type Jabatan } from '../../src/lib/checker/jabatan.ts';
import { buildView } from '../../src/lib/regulation-view.ts';
import { ContentError } from '../../src/lib/validate.ts';
import type { Aturan } from '../../src/lib/schema/checker.ts';
import { provisionPath, provisionPathIn } from '../../src/lib/permalink.ts';

const sets = loadAturan();
const aturanOf = (slug: string): Aturan => sets.find((s) => s.aturan.slug === slug)!.aturan;
const regOf = (slug: string) => sets.find((s) => s.aturan.slug === slug)!.reg;
const pin = (slug: string, id: string) => buildView(regOf(slug)).pin(id);

type Ok = Extract<Hasil, { ok: true }>;
function ok(slug: string, unit: string, jabatan: Jabatan, tempat?: string, kelas?: string): Ok {
  const h = periksa(aturanOf(slug), { unit, jabatan, ...(tempat ? { tempat } : {}), ...(kelas ? { kelas } : {}) });
  if (!h.ok) throw new Error(`${slug}/${unit}: ${h.masalah.map((m) => m.pesan).join('; ')}`);
  return h;
}
const line = (h: Ok, kunci: string, v = 0): HasilBaris => h.varian[v]!.baris.find((b) => b.kunci === kunci)!;
const who = (b: HasilBaris) => b.bacaan.map((x) => x.kunci);

describe('rules files', () => {
  it('load and validate for all five regulations', () => {
    expect(sets.map((s) => s.aturan.slug).sort()).toEqual(regulationSlugs());
  });

  it('every cited id exists in its own regulation (never another one)', () => {
    for (const { aturan, reg } of sets) {
      const byId = buildView(reg).byId;
      for (const id of idTerkutip(aturan)) expect(byId.has(id), `${reg.slug}: ${id}`).toBe(true);
    }
  });

  it('fail with file, path and message when a cited id does not exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'checker-'));
    cpSync(CHECKER_DIR, dir, { recursive: true });
    const f = join(dir, 'pati', 'penilai-kinerja.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('sumber: [lampiran__b__1__a__5]', 'sumber: [lampiran__b__1__a__99]'));
    let err: unknown;
    try {
      loadAturan(dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ContentError);
    const p = (err as ContentError).problems;
    expect(
      p.some(
        (x) =>
          x.file.endsWith('pati/penilai-kinerja.yaml') &&
          /unit\[\d+\]\.sumber\[0\]/.test(x.path) &&
          x.message.includes('lampiran__b__1__a__99'),
      ),
    ).toBe(true);
  });

  it('fail when a figure id is not a Gambar block, or a table row is not encoded', () => {
    const dir = mkdtempSync(join(tmpdir(), 'checker-'));
    cpSync(CHECKER_DIR, dir, { recursive: true });
    const f = join(dir, 'klaten', 'penilai-kinerja.yaml');
    let text = readFileSync(f, 'utf8').replace('gambar: [lampiran__gambar-4]', 'gambar: [lampiran__b__a]');
    text = text.replace(
      /      - baris: 4\n        pejabat: kasi\n        dinilai: \[\{ teks: Pelaksana, jabatan: \[pelaksana\], tempat: \[seksi\] \}\]\n/,
      '',
    );
    writeFileSync(f, text);
    let err: unknown;
    try {
      loadAturan(dir);
    } catch (e) {
      err = e;
    }
    const msgs = (err as ContentError).problems.map((x) => x.message).join('\n');
    expect(msgs).toContain('bukan blok gambar');
    expect(msgs).toContain('baris 4 tabel "lampiran__b__g__tabel" belum dikodekan');
  });

  it('fail when a named unit is not named by the provision it cites', () => {
    const dir = mkdtempSync(join(tmpdir(), 'checker-'));
    cpSync(CHECKER_DIR, dir, { recursive: true });
    const f = join(dir, 'bengkayang', 'penilai-kinerja.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('nama: Dinas Perikanan,', 'nama: Dinas Kelautan,'));
    expect(() => loadAturan(dir)).toThrow(/Dinas Kelautan.*tidak terdapat dalam teks sumbernya/);
  });
});

/* ------------------------------------------------------------------ */
/* Klaten: every row of every assessor table (Lampiran huruf B).       */
/* [row, printed Penilai Kinerja cell, expected official, cases]       */
/* A case is [position, where the person sits]; rows that assess only  */
/* structural officials have no case but their printed cell is checked. */
/* ------------------------------------------------------------------ */
type Kasus = [Jabatan, string?];
type Baris = [number, string, string, Kasus[]];
const KLATEN: { tabel: string; blok: string; unit: string[]; baris: Baris[] }[] = [
  {
    tabel: 'Sekretariat Daerah',
    blok: 'lampiran__b__a__tabel',
    unit: ['setda'],
    baris: [
      [1, 'Sekretaris Daerah', 'sekda', []],
      [2, 'Asisten Sekretaris Daerah (JPT Pratama)', 'asisten', []],
      [
        3,
        'Kepala Bidang (Administrator)',
        'kabid-setda',
        [
          ['jf-madya', 'bagian'],
          ['jf-muda', 'bagian'],
          ['jf-pertama', 'bagian'],
          ['jf-penyelia', 'bagian'],
          ['pelaksana', 'bagian'],
        ],
      ],
      [
        4,
        'Kepala Subbagian (Pengawas)',
        'kasubbag',
        [
          ['jf-pertama', 'subbagian'],
          ['jf-pemula', 'subbagian'],
          ['pelaksana', 'subbagian'],
        ],
      ],
    ],
  },
  {
    tabel: 'Sekretariat DPRD',
    blok: 'lampiran__b__b__tabel',
    unit: ['setwan'],
    baris: [
      [1, 'Sekretaris DPRD', 'sekwan', []],
      [
        2,
        'Kepala Bagian (Administrator)',
        'kabag',
        [
          ['jf-madya', 'bagian'],
          ['jf-muda', 'bagian'],
          ['pelaksana', 'bagian'],
        ],
      ],
      [
        3,
        'Kepala Subbagian (Pengawas)',
        'kasubbag',
        [
          ['jf-pertama', 'subbagian'],
          ['jf-terampil', 'subbagian'],
          ['pelaksana', 'subbagian'],
        ],
      ],
    ],
  },
  {
    tabel: 'Inspektorat Daerah',
    blok: 'lampiran__b__c__tabel',
    unit: ['inspektorat'],
    baris: [
      [
        1,
        'Inspektur',
        'inspektur',
        [
          ['jf-utama', 'inspektur'],
          ['jf-utama', 'irban'],
        ],
      ],
      [2, 'Sekretaris, (Administrator)', 'sekretaris', [['jf-muda', 'sekretariat']]],
      [
        3,
        'Inspektur Pembantu (Administrator)',
        'irban',
        [
          ['jf-madya', 'irban'],
          ['jf-muda', 'irban'],
          ['jf-pertama', 'irban'],
          ['jf-mahir', 'irban'],
        ],
      ],
      [
        4,
        'Kepala Subbagian (Pengawas)',
        'kasubbag',
        [
          ['jf-pertama', 'subbagian'],
          ['pelaksana', 'subbagian'],
          ['pelaksana', 'irban'],
        ],
      ],
    ],
  },
  {
    tabel: 'DPMPTSP',
    blok: 'lampiran__b__d__tabel',
    unit: ['dpmptsp'],
    baris: [
      [
        1,
        'Kepala Dinas (JPT Pratama)',
        'kadis',
        [
          ['jf-madya', 'bisnis-utama'],
          ['jf-pertama', 'bisnis-utama'],
          ['pelaksana', 'bisnis-utama'],
        ],
      ],
      [2, 'Sekretaris (Administrator)', 'sekretaris', [['jf-muda', 'sekretariat']]],
      [
        3,
        'Kepala Subbagian (Pengawas)',
        'kasubbag',
        [
          ['jf-pertama', 'subbagian'],
          ['pelaksana', 'subbagian'],
        ],
      ],
    ],
  },
  {
    tabel: 'Dinas dan badan dua level',
    blok: 'lampiran__b__e__tabel',
    unit: ['dinas-pendidikan', 'bkpsdm', 'satpolpp', 'bpbd'],
    baris: [
      [
        1,
        'Kepala Badan/ Kepala Dinas/ Kepala Satpol PP dan Damkar Kalak BPBD',
        'kepala-pd',
        [
          ['jf-utama', 'bidang'],
          ['jf-utama', 'sekretariat'],
        ],
      ],
      [2, 'Sekretaris (Administrator)', 'sekretaris', [['jf-muda', 'sekretariat']]],
      [
        3,
        'Kabid (Administrator)',
        'kabid',
        [
          ['jf-madya', 'bidang'],
          ['jf-muda', 'bidang'],
          ['jf-pertama', 'bidang'],
          ['jf-penyelia', 'bidang'],
          ['pelaksana', 'bidang'],
        ],
      ],
      [
        4,
        'Kepala Subbagian (Pengawas)',
        'kasubbag',
        [
          ['jf-pertama', 'subbagian'],
          ['jf-pemula', 'subbagian'],
          ['pelaksana', 'subbagian'],
        ],
      ],
    ],
  },
  {
    tabel: 'Dinas Perhubungan',
    blok: 'lampiran__b__f__tabel',
    unit: ['dishub'],
    baris: [
      [1, 'Kepala Dinas', 'kadis', []],
      [2, 'Sekretaris (Administrator)', 'sekretaris', [['jf-muda', 'sekretariat']]],
      [3, 'Kabid (Administrator)', 'kabid', []],
      [
        4,
        'Kepala Subbagian, Kepala Seksi (Pengawas)',
        'kasubbag-kasi',
        [
          ['jf-pertama', 'subbagian'],
          ['jf-pertama', 'seksi'],
          ['pelaksana', 'seksi'],
        ],
      ],
    ],
  },
  {
    tabel: 'Kecamatan',
    blok: 'lampiran__b__g__tabel',
    unit: ['kecamatan'],
    baris: [
      [1, 'Camat', 'camat', []],
      [2, 'Sekretaris (Administrator)', 'sekcam', []],
      [
        3,
        'Kepala Subbagian, (Pengawas)',
        'kasubbag',
        [
          ['jf-madya', 'subbagian'],
          ['jf-utama', 'seksi'],
          ['pelaksana', 'subbagian'],
        ],
      ],
      [4, 'Kepala Seksi (Pengawas)', 'kasi', [['pelaksana', 'seksi']]],
    ],
  },
  {
    tabel: 'RSUD Bagas Waras',
    blok: 'lampiran__b__h__tabel',
    unit: ['rsud'],
    baris: [
      [
        1,
        'Direktur (Administrator)',
        'direktur',
        [
          ['jf-utama', 'bidang'],
          ['jf-madya', 'bidang'],
          ['jf-madya', 'direktur'],
        ],
      ],
      [2, 'Kabag, (Administrator)', 'kabag', []],
      [3, 'Kabid (Administrator)', 'kabid', [['jf-muda', 'bidang']]],
      [
        4,
        'Kepala Subbagian (Pengawas)',
        'kasubbag',
        [
          ['jf-muda', 'subbagian'],
          ['jf-pertama', 'subbagian'],
          ['pelaksana', 'subbagian'],
        ],
      ],
      [
        5,
        'Kepala Seksi, (Pengawas)',
        'kasi',
        [
          ['jf-pertama', 'seksi'],
          ['jf-pemula', 'seksi'],
          ['pelaksana', 'seksi'],
        ],
      ],
    ],
  },
  {
    tabel: 'Puskesmas',
    blok: 'lampiran__b__i__tabel',
    unit: ['puskesmas'],
    baris: [
      [1, 'Kepala Puskesmas (JF Tenaga Kesehatan)', 'kapus', [['jf-madya'], ['jf-terampil']]],
      [2, 'Kepala TU (JF Tenaga Kesehatan)', 'ka-tu-puskesmas', [['pelaksana']]],
    ],
  },
  {
    tabel: 'UPTD Kelas A',
    blok: 'lampiran__b__j__tabel',
    unit: ['uptd-laboratorium', 'unit-pasar'],
    baris: [
      [
        1,
        'Kepala UPTD (Pengawas',
        'kepala-uptd',
        [
          ['jf-muda', 'langsung'],
          ['jf-muda', 'tata-usaha'],
          ['pelaksana', 'langsung'],
        ],
      ],
      [2, 'Kepala Subbagian TU (Pengawas)', 'kasubbag-tu', [['pelaksana', 'tata-usaha']]],
    ],
  },
  {
    tabel: 'UPTD Kelas B',
    blok: 'lampiran__b__k__tabel',
    unit: ['uptd-limbah', 'uptd-ppa'],
    baris: [[1, 'Kepala UPTD (Pengawas)', 'kepala-uptd', [['jf-pertama'], ['pelaksana']]]],
  },
  {
    tabel: 'Satuan Pendidikan Formal',
    blok: 'lampiran__b__l__tabel',
    unit: ['smp', 'sd', 'tk'],
    baris: [[1, 'Kepala Sekolah (JF Guru)', 'kepsek', [['jf-muda'], ['pelaksana']]]],
  },
  {
    tabel: 'SKB',
    blok: 'lampiran__b__m__tabel',
    unit: ['skb'],
    baris: [
      [1, 'Kepala (JF Pamong Belajar)', 'kepala-skb', [['jf-pertama']]],
      [2, 'Urusan Tata Usaha', 'kaur-tu', [['pelaksana']]],
    ],
  },
  {
    tabel: 'Kelurahan',
    blok: 'lampiran__b__n__tabel',
    unit: ['kelurahan'],
    baris: [
      [1, 'Lurah', 'lurah', []],
      [2, 'Sekretaris (Pengawas)', 'seklur', [['pelaksana', 'sekretariat']]],
      [3, 'Kepala Seksi (Pengawas)', 'kasi', [['pelaksana', 'seksi']]],
    ],
  },
];

/** Printed cells that name two officials, narrowed by the place (Lampiran huruf B huruf f and g tables). */
const RINCI: Record<string, Record<string, string>> = { 'kasubbag-kasi': { subbagian: 'kasubbag', seksi: 'kasi' } };

describe('Klaten: every row of every assessor table', () => {
  const klaten = aturanOf('klaten');
  const blocks = blocksOf(regOf('klaten'));
  it('covers every table of Lampiran huruf B', () => {
    const tables = [...blocks.values()]
      .filter((b) => b.type === 'table')
      .map((b) => b.id)
      .sort();
    expect(KLATEN.map((t) => t.blok).sort()).toEqual(tables);
    expect(klaten.tabel.map((t) => t.blok).sort()).toEqual(tables);
  });
  for (const t of KLATEN) {
    const block = blocks.get(t.blok)!;
    const rows = block.type === 'table' ? block.rows : [];
    it(`${t.tabel} (${pin('klaten', t.blok)}) has ${t.baris.length} rows, all encoded`, () => {
      expect(rows.length - 1).toBe(t.baris.length);
      const enc = klaten.tabel.find((x) => x.blok === t.blok)!;
      expect(enc.baris.map((r) => [r.baris, r.pejabat])).toEqual(t.baris.map(([n, , key]) => [n, key]));
    });
    for (const [n, printed, key, cases] of t.baris) {
      it(`${pin('klaten', t.blok)} baris ${n}: Penilai Kinerja as printed is "${printed}"`, () => {
        expect(rows[n]![1]).toBe(printed);
      });
      for (const unit of t.unit) {
        for (const [jabatan, tempat] of cases) {
          // Once the place is known, "Kepala Subbagian, Kepala Seksi" is the one at that place.
          const expected = (tempat && RINCI[key]?.[tempat]) || key;
          it(`${pin('klaten', t.blok)} baris ${n} (${unit}): ${jabatan}${tempat ? ` di ${tempat}` : ''} is assessed by ${expected}`, () => {
            const b = line(ok('klaten', unit, jabatan, tempat), 'penilai');
            const hit = b.bacaan.find((x) => x.kunci === expected);
            expect(hit, JSON.stringify(b)).toBeDefined();
            expect(hit!.sumber).toContainEqual({ id: t.blok, baris: n });
          });
        }
      }
    }
  }

  it('Sekretariat Daerah row 3 shows both readings: "Kepala Bidang" as printed and Kepala Bagian (Lampiran huruf B, angka 5.1)', () => {
    const b = line(ok('klaten', 'setda', 'jf-muda', 'bagian'), 'penilai');
    expect(b.status).toBe('bertentangan');
    expect(who(b)).toEqual(['kabid-setda', 'kabag']);
    expect(b.bacaan[1]!.sumber.map((r) => r.id)).toContain('lampiran__b__p-7__p-2');
    expect(b.penjelasan).toMatch(/Kepala Bidang/);
  });

  it('rows that overlap give both readings (RSUD: JF Madya in a Subbagian is in rows 1 and 4)', () => {
    const b = line(ok('klaten', 'rsud', 'jf-madya', 'subbagian'), 'penilai');
    expect(b.status).toBe('bertentangan');
    expect(b.bacaan.map((x) => x.sumber[0])).toEqual([
      { id: 'lampiran__b__h__tabel', baris: 1 },
      { id: 'lampiran__b__h__tabel', baris: 4 },
    ]);
  });

  it('where no row names the position, applies the Lampiran level rule (Lampiran huruf B, penggambaran umum angka 1-3), says the table is silent and cites the rule', () => {
    for (const [unit, jabatan, tempat, key, rule] of [
      ['dishub', 'jf-madya', 'bidang', 'kabid', 'lampiran__b__p-5__p-2'],
      ['dishub', 'jf-muda', 'bidang', 'kabid', 'lampiran__b__p-5__p-2'],
      ['setda', 'jf-utama', 'bagian', 'asisten', 'lampiran__b__p-5__p-1'],
      ['dinas-kesehatan', 'jf-madya', 'sekretariat', 'sekretaris', 'lampiran__b__p-5__p-2'],
      ['inspektorat', 'jf-madya', 'sekretariat', 'sekretaris', 'lampiran__b__p-5__p-2'],
      ['rsud', 'jf-muda', 'bagian', 'kabag', 'lampiran__b__p-5__p-2'],
    ] as const) {
      const b = line(ok('klaten', unit, jabatan, tempat), 'penilai');
      expect(b.status, `${unit} ${jabatan} ${tempat}`).toBe('tidak-diatur');
      expect(who(b), `${unit} ${jabatan} ${tempat}`).toEqual([key]);
      expect(b.bacaan[0]!.sumber.map((r) => r.id)).toContain(rule);
      expect(b.penjelasan).toMatch(/Tabel penilai kinerja untuk unit ini tidak menyebut jabatan Anda/);
      expect(b.catatan.flatMap((c) => c.sumber.map((r) => r.id))).toContain(
        klaten.tabel.find((t) => t.id === (unit === 'dinas-kesehatan' ? 'dinas' : unit))!.blok,
      );
    }
  });

  it('where neither a row nor the level rule names anyone at the place, falls back to the definition of the assessor (Pasal 6 ayat (2))', () => {
    for (const [unit, jabatan, tempat] of [
      ['kelurahan', 'jf-pertama', 'seksi'],
      ['rsud', 'jf-pertama', 'bidang'],
    ] as const) {
      const b = line(ok('klaten', unit, jabatan, tempat), 'penilai');
      expect(b.status, `${unit} ${jabatan} ${tempat}`).toBe('tidak-diatur');
      expect(b.bacaan[0]!.sumber.map((r) => r.id)).toContain('pasal-6__ayat-2');
    }
  });

  it('without the place, lists each row as a possibility (Dinas: Pelaksana in Bidang or Subbagian)', () => {
    const b = line(ok('klaten', 'dinas-pendidikan', 'pelaksana', 'tidak-tahu'), 'penilai');
    expect(b.status).toBe('bergantung');
    expect(who(b)).toEqual(['kabid', 'kasubbag']);
    expect(b.bacaan.every((x) => x.jika)).toBe(true);
  });

  it('a keterampilan level matched through "ke bawah" carries our note on that reading (Lampiran huruf B)', () => {
    const b = line(ok('klaten', 'dinas-pendidikan', 'jf-mahir', 'bidang'), 'penilai');
    expect(b.catatan.map((c) => c.sumber[0]!.id)).toContain('lampiran__b__p-5__p-3');
    const direct = line(ok('klaten', 'dinas-pendidikan', 'jf-madya', 'bidang'), 'penilai');
    expect(direct.catatan.map((c) => c.sumber[0]!.id)).not.toContain('lampiran__b__p-5__p-3');
  });

  it('Pimpinan Unit Organisasi is the first column of the table (Pasal 11 ayat (4))', () => {
    expect(who(line(ok('klaten', 'dinas-pendidikan', 'jf-muda', 'bidang'), 'pimpinan'))).toEqual(['kadis']);
    expect(who(line(ok('klaten', 'bkpsdm', 'jf-muda', 'bidang'), 'pimpinan'))).toEqual(['kaban']);
    expect(who(line(ok('klaten', 'bpbd', 'jf-muda', 'bidang'), 'pimpinan'))).toEqual(['kalak']);
    expect(who(line(ok('klaten', 'smp', 'jf-muda'), 'pimpinan'))).toEqual(['kepsek']);
  });

  it('DPMPTSP: a ketua kelompok kerja reports through the Penanggungjawab (Pasal 18 ayat (3))', () => {
    const b = line(ok('klaten', 'dpmptsp', 'jf-muda', 'sekretariat'), 'lapor-ketua');
    expect(b.bacaan.flatMap((x) => x.sumber.map((r) => r.id))).toContain('pasal-18__ayat-3');
    expect(line(ok('klaten', 'dpmptsp', 'jf-muda', 'sekretariat'), 'koordinator').bacaan[0]!.kunci).toBe('penanggungjawab');
  });
});

/* ------------------------------------------------------------------ */
/* Every named-unit list: [list provision, unit ids, expected assessor] */
/* ------------------------------------------------------------------ */
type Daftar = [string, string[], string[], string?];
const DAFTAR: Record<string, Daftar[]> = {
  pati: [
    ['lampiran__b__1__a__1-3', ['inspektorat'], ['administrator']],
    ['lampiran__b__1__a__2-3', ['setwan'], ['administrator']],
    ['lampiran__b__1__a__3', ['dinas'], ['administrator']],
    ['lampiran__b__1__a__4', ['badan'], ['administrator']],
    ['lampiran__b__1__a__5', ['rsud-soewondo'], ['administrator']],
    ['lampiran__b__1__b__1__b__p-2', ['rsud-kayen'], ['administrator-pimpinan']],
    ['lampiran__b__1__b__1__b__p-3', ['kecamatan'], ['camat']],
    ['lampiran__b__1__b__2__p-3', ['uptd-labkesda'], ['pengawas', 'administrator-pimpinan'], 'bertentangan'],
    ['lampiran__b__1__b__2__p-4', ['uptd-metrologi'], ['pengawas', 'administrator-pimpinan'], 'bertentangan'],
    ['lampiran__b__1__b__2__p-5', ['uptd-irigasi'], ['pengawas', 'administrator-pimpinan'], 'bertentangan'],
    ['lampiran__b__1__b__2__p-6', ['uptd-perbengkelan'], ['pengawas', 'administrator-pimpinan'], 'bertentangan'],
    ['lampiran__b__1__b__2__p-7', ['uptd-rusun'], ['pengawas', 'administrator-pimpinan'], 'bertentangan'],
    ['lampiran__b__1__b__3__p-4', ['bagian-setwan'], ['administrator-pimpinan']],
    ['lampiran__b__1__b__3__p-5', ['bidang-kesmas'], ['administrator-pimpinan']],
    ['lampiran__b__1__c__2', ['kelurahan'], ['lurah']],
    ['lampiran__b__1__d__p-5', ['uptd-puskesmas'], ['jf-pimpinan']],
    ['lampiran__b__1__d__p-6', ['uptd-sekolah'], ['jf-pimpinan']],
    ['lampiran__b__1__e__1', ['dishub'], ['level-1', 'level-2'], 'bergantung'],
    ['lampiran__b__1__e__2', ['satpolpp'], ['level-1', 'level-2'], 'bergantung'],
    ['lampiran__b__1__e__3', ['bpkad'], ['level-1', 'level-2'], 'bergantung'],
  ],
  bengkayang: [
    ['lampiran-i__i__1__a__p-1', ['dpmptsp'], ['kadis-dpmptsp']],
    ['lampiran-i__i__1__b__1', ['inspektorat'], ['irban-sekretaris']],
    ...'abcdefghijklmnopqr'
      .split('')
      .map((h, i): Daftar => [
        `lampiran-i__i__1__b__2__${h}`,
        [
          [
            'dinkes',
            'dpupr',
            'perkim',
            'dinsos',
            'ketapang',
            'dukcapil',
            'kominfo',
            'kukm',
            'disporapar',
            'perindag',
            'arpus',
            'dpmd',
            'perikanan',
            'bapperida',
            'bkpsdm',
            'perbatasan',
            'bpbd',
            'kesbangpol',
          ][i]!,
        ],
        ['sekretaris-kabid'],
      ]),
    ['lampiran-i__i__1__b__3', ['dikbud', 'bpkad', 'bapenda'], ['sekretaris-kabid']],
    ['lampiran-i__i__1__b__4', ['dishub', 'satpolpp'], ['sekretaris-kabid']],
    ['lampiran-i__i__1__b__5', ['setda'], ['kabag']],
    ['lampiran-i__i__1__b__6', ['setwan'], ['kabag']],
    ['lampiran-i__i__2__1', ['kecamatan'], ['kasi-kasubbag-kecamatan']],
    ['lampiran-i__i__2__2', ['rsud'], ['kabag-kabid-rsud']],
    ['lampiran-i__i__3__a', ['kelurahan'], ['kasi-seklur']],
    ['lampiran-i__i__3__b', ['uptd'], ['kepala-uptd']],
    ['lampiran-i__i__4__a', ['satdik'], ['kepala-sekolah']],
    ['lampiran-i__i__4__b', ['puskesmas'], ['kepala-puskesmas']],
  ],
  probolinggo: [
    ['lampiran__bab-ii__b__1__a', ['setda'], ['kabag']],
    ['lampiran__bab-ii__b__1__b__1__p-2', ['dpmptsp'], ['jpt']],
    [
      'lampiran__bab-ii__b__1__b__2__p-2',
      ['inspektorat', 'badan', 'dinas', 'setwan', 'rsud-b', 'satpolpp'],
      ['administrator', 'jpt'],
      'bertentangan',
    ],
    ['lampiran__bab-ii__b__1__c__p-2', ['bpbd', 'kecamatan', 'rsud-c', 'rsud-d'], ['pengawas', 'administrator-pimpinan'], 'bertentangan'],
    ['lampiran__bab-ii__b__1__d__p-2', ['uptd'], ['pengawas-pimpinan']],
    ['lampiran__bab-ii__d__5__c__p-1', ['uptd', 'kelurahan'], ['pengawas-pimpinan']],
    ['lampiran__bab-ii__b__1__e__p-2', ['puskesmas', 'sekolah'], ['jf-pimpinan']],
  ],
  klaten: [
    ...Array.from({ length: 20 }, (_, i): Daftar => [
      `lampiran__b__e__p-1__p-${i + 1}`,
      [
        [
          'dinas-pendidikan',
          'dinas-kebudayaan',
          'dinas-kesehatan',
          'dinas-sosial',
          'dukcapil',
          'dpmd',
          'dinkopukmp',
          'disperinaker',
          'kominfo',
          'perkim',
          'dpupr',
          'dlh',
          'dkpp',
          'arpus',
          'satpolpp',
          'bkpsdm',
          'bpkpad',
          'bapperida',
          'kesbangpol',
          'bpbd',
        ][i]!,
      ],
      ['kabid'],
    ]),
    ...Array.from({ length: 8 }, (_, i): Daftar => [
      `lampiran__b__j__p-1__p-${i + 1}`,
      [
        ['uptd-laboratorium', 'uptd-farmasi', 'uptd-budidaya-ikan', 'uptd-atp', 'uptd-rph', 'uptd-peternakan', 'uptd-pupr', 'unit-pasar'][
          i
        ]!,
      ],
      ['kepala-uptd'],
    ]),
    ['lampiran__b__k__p-2__p-1', ['uptd-limbah'], ['kepala-uptd']],
    ['lampiran__b__k__p-2__p-2', ['uptd-ppa'], ['kepala-uptd']],
    ['lampiran__b__l__p-1__a', ['smp'], ['kepsek']],
    ['lampiran__b__l__p-1__b', ['sd'], ['kepsek']],
    ['lampiran__b__l__p-1__c', ['tk'], ['kepsek']],
    ['lampiran__b__m__p-1', ['skb'], ['kepala-skb']],
    ['lampiran__b__h__p-1', ['rsud'], ['kabid']],
    ['lampiran__b__d__p-1', ['dpmptsp'], ['kadis']],
  ],
};
/** Klaten's answer depends on the place; the lists are checked for a JF Ahli Muda/Pertama in the usual place. */
const KLATEN_TEMPAT: Record<string, [Jabatan, string | undefined]> = {
  kabid: ['jf-muda', 'bidang'],
  'kepala-uptd': ['jf-muda', 'langsung'],
  kepsek: ['jf-muda', undefined],
  'kepala-skb': ['jf-pertama', undefined],
  kadis: ['jf-pertama', 'bisnis-utama'],
};

describe('every named-unit list', () => {
  for (const [slug, lists] of Object.entries(DAFTAR)) {
    const aturan = aturanOf(slug);
    const view = buildView(regOf(slug));
    const blocks = blocksOf(regOf(slug));
    for (const [id, units, expected, status] of lists) {
      for (const u of units) {
        it(`${slug}: ${view.pin(id)} names "${findUnit(aturan, u)?.nama}" -> ${expected.join(' / ')}`, () => {
          const unit = findUnit(aturan, u)!;
          expect(unit, u).toBeDefined();
          expect(unit.sumber).toContain(id);
          const printed = normalisasi(
            blocks.get(id)?.type === 'para' || blocks.get(id)?.type === 'heading' ? (blocks.get(id) as { text: string }).text : '',
          );
          if (printed) expect([unit.nama, ...unit.alias].some((n) => printed.includes(normalisasi(n)))).toBe(true);
          const [jabatan, want] =
            slug === 'klaten' ? (KLATEN_TEMPAT[expected[0]!] ?? ['jf-muda', undefined]) : ['jf-muda' as Jabatan, undefined];
          const tempat = want && opsiTempat(aturan, unit)?.some((o) => o.id === want) ? want : undefined;
          const b = line(ok(slug, u, jabatan, tempat), 'penilai');
          expect(who(b)).toEqual(expected);
          expect(b.status).toBe(status ?? 'jelas');
        });
      }
    }
  }

  it('lists every unit the rules name (no named unit left untested)', () => {
    for (const [slug, lists] of Object.entries(DAFTAR)) {
      const tested = new Set(lists.flatMap(([, u]) => u));
      const named = aturanOf(slug)
        .unit.filter((u) => !u.jenis)
        .map((u) => u.id);
      // Units tested row by row above (Klaten's tables) or in their own describe (Pati's Sekretariat Daerah).
      const extra =
        slug === 'klaten'
          ? ['setda', 'setwan', 'inspektorat', 'dishub', 'kecamatan', 'puskesmas', 'kelurahan']
          : slug === 'pati'
            ? ['setda']
            : [];
      expect(
        named.filter((id) => !tested.has(id) && !extra.includes(id)),
        slug,
      ).toEqual([]);
    }
  });
});

/* Batang names no units: every kind of unit and pattern of Lampiran BAB II huruf B angka 1. */
const BATANG: [string, string | undefined, string, string[], string?][] = [
  ['jenis-jpt', 'jpt-ppk', 'lampiran__bab-ii__b__1__a__1', ['jpt']],
  ['jenis-jpt', 'jpt-admin-ppk', 'lampiran__bab-ii__b__1__a__2', ['administrator']],
  ['jenis-admin', 'admin-ppk', 'lampiran__bab-ii__b__1__b__1', ['administrator-pimpinan']],
  ['jenis-admin', 'admin-pengawas-ppk', 'lampiran__bab-ii__b__1__b__2', ['pengawas']],
  ['jenis-admin', 'admin-tanpa-pengawas', 'lampiran__bab-ii__b__1__b__3', ['administrator-pimpinan']],
  ['jenis-pengawas', undefined, 'lampiran__bab-ii__b__1__c', ['pengawas-pimpinan']],
  ['jenis-jf', undefined, 'lampiran__bab-ii__b__1__d', ['jf-pimpinan']],
  ['jenis-lebih', 'tidak-tahu', 'lampiran__bab-ii__b__1__e__p-1', ['level-1', 'level-2'], 'bergantung'],
  ['setda', 'setda-sekda', 'lampiran__bab-ii__b__1__f__1', ['sekda']],
  ['setda', 'setda-asisten', 'lampiran__bab-ii__b__1__f__2', ['asisten']],
  ['setda', 'setda-kabag', 'lampiran__bab-ii__b__1__f__3', ['kabag']],
];
describe('Batang: every kind of unit and pattern', () => {
  for (const [unit, tempat, src, expected, status] of BATANG) {
    it(`${pin('batang', src)}: ${unit}${tempat ? ` / ${tempat}` : ''} -> ${expected.join(' / ')}`, () => {
      const b = line(ok('batang', unit, 'jf-muda', tempat), 'penilai');
      expect(who(b)).toEqual(expected);
      expect(b.status).toBe(status ?? 'jelas');
      expect(b.bacaan.flatMap((x) => x.sumber.map((r) => r.id))).toContain(src);
    });
  }
  it('the Pimpinan Unit Organisasi of a JPT-led unit with the JPT as assessor depends on the levels (D.1, D.3)', () => {
    const b = line(ok('batang', 'jenis-jpt', 'jf-muda', 'jpt-ppk'), 'pimpinan');
    expect(b.status).toBe('bergantung');
    expect(who(b)).toEqual(['administrator-puo', 'jpt']);
  });
});

describe('Pati: Sekretariat Daerah has three patterns (Lampiran huruf B angka 1 huruf f)', () => {
  it('without the place, shows all three with their assessors', () => {
    const h = ok('pati', 'setda', 'jf-muda');
    expect(h.varian.map((v) => who(line(h, 'penilai', h.varian.indexOf(v)))[0])).toEqual(['sekda', 'asisten', 'kabag']);
    expect(h.varian.map((v) => who(v.baris.find((b) => b.kunci === 'pimpinan')!)[0])).toEqual(['asisten', 'kabag', 'kabag']);
  });
  it('with the place, shows one; Pasal 10 and Lampiran B.4.a conflict when assessor and unit head differ', () => {
    const h = ok('pati', 'setda', 'pelaksana', 'setda-sekda');
    expect(h.varian).toHaveLength(1);
    const lapor = line(h, 'lapor-individu');
    expect(lapor.status).toBe('bertentangan');
    expect(lapor.bacaan.map((b) => [b.kunci, b.sumber[0]!.id])).toEqual([
      ['sekda', 'pasal-10'],
      ['asisten', 'lampiran__b__4__a__p-1'],
    ]);
    const same = line(ok('pati', 'setda', 'pelaksana', 'setda-kabag'), 'lapor-individu');
    expect(same.status).toBe('jelas');
  });
  it('when the unit head is itself unsettled, the two reporting rules are shown as depending on it, not as a conflict', () => {
    const b = line(ok('pati', 'jenis-admin', 'jf-muda', 'admin-ppk'), 'lapor-individu');
    expect(b.status).toBe('bergantung');
    expect(who(b)).toEqual(['administrator-pimpinan', 'peran:puo']);
  });
});

describe('exceptions', () => {
  it('Pati: units with more than two levels depend on where the JF sits; level 3 coordinates like a ketua tim (B.1.e)', () => {
    expect(line(ok('pati', 'dishub', 'jf-muda', 'level-1'), 'penilai').bacaan.map((b) => b.kunci)).toEqual(['level-1']);
    expect(line(ok('pati', 'dishub', 'jf-muda', 'level-2'), 'penilai').bacaan.map((b) => b.kunci)).toEqual(['level-2']);
    const unknown = line(ok('pati', 'dishub', 'jf-muda', 'tidak-tahu'), 'penilai');
    expect(unknown.status).toBe('bergantung');
    expect(line(ok('pati', 'dishub', 'jf-muda'), 'koordinator').bacaan[0]!.kunci).toBe('level-3');
  });

  it('Batang: the same exception for units with more than two levels (Lampiran BAB II huruf B angka 1 huruf e)', () => {
    expect(who(line(ok('batang', 'jenis-lebih', 'pelaksana', 'level-2'), 'penilai'))).toEqual(['level-2']);
  });

  const kelas: [string, string, string, string, string][] = [
    // [unit, pattern source, pembanding, normal assessor(s), assessor when kelas is equal or higher]
    ['setda', 'lampiran__bab-ii__b__1__a__p-2', 'Kepala Bagian', 'kabag', 'asisten-atau-sekda'],
    ['dinas', 'lampiran__bab-ii__b__1__b__2__p-2', 'Pejabat Administrator', 'administrator,jpt', 'jpt'],
    ['kecamatan', 'lampiran__bab-ii__b__1__c__p-2', 'Pejabat Pengawas', 'pengawas,administrator-pimpinan', 'administrator-pimpinan'],
    ['uptd', 'lampiran__bab-ii__b__1__d__p-2', 'Pejabat Pengawas', 'pengawas-pimpinan', 'jpt-atau-pemilik'],
    ['puskesmas', 'lampiran__bab-ii__b__1__e__p-2', 'Pejabat Pengawas', 'jf-pimpinan', 'jpt-atau-unit-pemilik'],
  ];
  for (const [unit, src, pembanding, normal, alt] of kelas) {
    it(`Probolinggo ${unit}: JF with kelas jabatan equal or higher than ${pembanding} (${pin('probolinggo', src)})`, () => {
      const ya = line(ok('probolinggo', unit, 'jf-madya', undefined, 'ya'), 'penilai');
      expect(who(ya)).toEqual([alt]);
      expect(ya.pengecualian?.berlaku).toBe(true);
      expect(ya.bacaan[0]!.sumber.map((r) => r.id)).toContain(src);
      const tidak = line(ok('probolinggo', unit, 'jf-madya', undefined, 'tidak'), 'penilai');
      expect(who(tidak)).toEqual(normal.split(','));
      expect(tidak.pengecualian?.berlaku).toBe(false);
      const tt = line(ok('probolinggo', unit, 'jf-madya', undefined, 'tidak-tahu'), 'penilai');
      expect(tt.pengecualian?.berlaku).toBeNull();
      expect(tt.pengecualian?.bacaan.kunci).toBe(alt);
      expect(tt.pengecualian?.pembanding).toContain(pembanding);
    });
  }

  it('units led by a JF: the JF who leads is assessor and unit head, in every regulation that names them', () => {
    expect(who(line(ok('pati', 'uptd-puskesmas', 'jf-pertama'), 'penilai'))).toEqual(['jf-pimpinan']);
    expect(who(line(ok('pati', 'uptd-sekolah', 'pelaksana'), 'pimpinan'))).toEqual(['jf-pimpinan']);
    expect(who(line(ok('bengkayang', 'satdik', 'jf-muda'), 'penilai'))).toEqual(['kepala-sekolah']);
    expect(who(line(ok('batang', 'jenis-jf', 'jf-muda'), 'pimpinan'))).toEqual(['jf-pimpinan']);
    expect(who(line(ok('probolinggo', 'sekolah', 'jf-muda', undefined, 'tidak'), 'penilai'))).toEqual(['jf-pimpinan']);
    expect(who(line(ok('klaten', 'puskesmas', 'jf-muda'), 'penilai'))).toEqual(['kapus']);
  });
});

describe('conflicts and silence', () => {
  it('Probolinggo: PUO of the Sekretariat Daerah is Kepala Bagian and Sekretaris Daerah (B.2.a)', () => {
    const b = line(ok('probolinggo', 'setda', 'jf-muda', undefined, 'tidak'), 'pimpinan');
    expect(b.status).toBe('bertentangan');
    expect(who(b)).toEqual(['kabag', 'sekda']);
  });
  it('Bengkayang: "Pimpinan Unit Organisasi" names two different officials in Lampiran I', () => {
    const b = line(ok('bengkayang', 'kominfo', 'jf-muda'), 'pimpinan');
    expect(b.status).toBe('bertentangan');
    expect(b.bacaan.flatMap((x) => x.sumber.map((r) => r.id))).toEqual(
      expect.arrayContaining(['lampiran-i__ii__p-2', 'lampiran-i__ii__rincian-1__a__1__a']),
    );
  });
  it('Bengkayang: where Lampiran I names no unit head, says so and cites the definition (Pasal 1 angka 13)', () => {
    const b = line(ok('bengkayang', 'kecamatan', 'jf-muda'), 'pimpinan');
    expect(b.status).toBe('tidak-diatur');
    expect(b.bacaan[0]!.sumber.map((r) => r.id)).toEqual(['pasal-1__angka-13']);
  });
  it('a unit that is not listed gets only the general rule of its own regulation', () => {
    for (const slug of ['pati', 'bengkayang', 'probolinggo', 'klaten']) {
      const b = line(ok(slug, 'lainnya', 'jf-muda'), 'penilai');
      expect(b.status).toBe('tidak-diatur');
    }
  });
  it('never borrows: a unit of another regulation is refused', () => {
    const h = periksa(aturanOf('pati'), { unit: 'dinas-pendidikan', jabatan: 'jf-muda' });
    expect(h.ok).toBe(false);
  });
});

/* ------------------------------------------------------------------ */
/* The URL flow                                                        */
/* ------------------------------------------------------------------ */
describe('flow', () => {
  const indeks = indeksDari(sets);
  const klaten = aturanOf('klaten');

  it('reads answers from the query and reports unknown and repeated parameters', () => {
    const q = bacaKueri('?daerah=klaten&unit=setda&x=1&jabatan=jf-muda&jabatan=pelaksana');
    expect(q.jawaban).toEqual({ daerah: 'klaten', unit: 'setda', jabatan: 'jf-muda' });
    expect(q.masalah.map((m) => m.kode)).toEqual(['param-tak-dikenal', 'param-ganda']);
    expect(bacaKueri('?daerah=klaten&daerah=klaten').masalah).toEqual([]);
  });

  it('asks daerah, unit, jabatan, then tempat and kelas only where they apply', () => {
    expect(pertanyaanBerlaku(klaten, { daerah: 'klaten', unit: 'dinas-pendidikan' })).toEqual(['daerah', 'unit', 'jabatan', 'tempat']);
    expect(pertanyaanBerlaku(klaten, { daerah: 'klaten', unit: 'smp' })).toEqual(['daerah', 'unit', 'jabatan']);
    expect(pertanyaanBerlaku(aturanOf('probolinggo'), { unit: 'dinas' })).toEqual(['daerah', 'unit', 'jabatan', 'kelas']);
    expect(pertanyaanBerlaku(aturanOf('pati'), { unit: 'setda' })).toEqual(['daerah', 'unit', 'jabatan', 'tempat']);
    expect(langkahBerikut(klaten, { daerah: 'klaten', unit: 'dinas-pendidikan', jabatan: 'jf-muda' })).toBe('tempat');
    expect(langkahBerikut(klaten, { daerah: 'klaten', unit: 'smp', jabatan: 'jf-muda' })).toBe('periksa');
  });

  it('shows a requested step only when the answers before it exist; back goes one step', () => {
    const j = { daerah: 'klaten', unit: 'dinas-pendidikan', jabatan: 'jf-muda', tempat: 'bidang' };
    expect(langkahTampil(klaten, j, 'unit')).toBe('unit');
    expect(langkahTampil(klaten, { daerah: 'klaten' }, 'hasil')).toBe('unit');
    expect(langkahTampil(klaten, j, 'hasil')).toBe('hasil');
    expect(langkahSebelum(klaten, j, 'hasil')).toBe('periksa');
    expect(langkahSebelum(klaten, j, 'periksa')).toBe('tempat');
    expect(langkahSebelum(klaten, j, 'jabatan')).toBe('unit');
  });

  it('round-trips answers through the query', () => {
    const j = { daerah: 'probolinggo', unit: 'dinas', jabatan: 'jf-madya', kelas: 'ya' };
    expect(bacaKueri(kueri(j, 'hasil'))).toEqual({ jawaban: j, langkah: 'hasil', masalah: [] });
  });

  it('explains a unit from another regulation, unknown values and answers that do not apply', () => {
    const v = validasi(indeks, aturanOf('pati'), { daerah: 'pati', unit: 'dinas-pendidikan' });
    expect(v.masalah[0]!.kode).toBe('unit-daerah-lain');
    expect(v.masalah[0]!.pesan).toContain('Perbup Klaten 34/2024');
    expect(v.sah).toEqual({ daerah: 'pati' });
    expect(validasi(indeks, undefined, { daerah: 'semarang' }).masalah[0]!.kode).toBe('daerah-tak-dikenal');
    expect(validasi(indeks, klaten, { daerah: 'klaten', unit: 'smp', jabatan: 'jf-muda', tempat: 'bidang' }).masalah[0]!.kode).toBe(
      'tempat-tak-berlaku',
    );
    expect(validasi(indeks, klaten, { daerah: 'klaten', unit: 'smp', jabatan: 'jf-muda', kelas: 'ya' }).masalah[0]!.kode).toBe(
      'kelas-tak-berlaku',
    );
    expect(validasi(indeks, klaten, { daerah: 'klaten', unit: 'setda', jabatan: 'jf-agung' }).masalah[0]!.kode).toBe('jabatan-tak-dikenal');
    expect(validasi(indeks, undefined, { unit: 'setda' }).masalah[0]!.kode).toBe('urutan');
    expect(validasi(indeks, klaten, { daerah: 'klaten' }, 'lompat').masalah[0]!.kode).toBe('langkah-tak-dikenal');
    expect(validasi(indeks, klaten, { daerah: 'klaten', unit: 'smp', jabatan: 'jf-muda' }, 'tempat').masalah[0]!.kode).toBe(
      'langkah-tak-berlaku',
    );
  });

  it('every unit of every regulation gives an answer for every position and place', () => {
    for (const { aturan } of sets) {
      for (const u of aturan.unit) {
        const places = [undefined, 'tidak-tahu', ...(opsiTempat(aturan, u) ?? []).map((o) => o.id)];
        for (const jabatan of JABATAN)
          for (const tempat of places) {
            const h = periksa(aturan, { unit: u.id, jabatan, ...(tempat ? { tempat } : {}) });
            expect(h.ok, `${aturan.slug}/${u.id}/${jabatan}/${tempat}`).toBe(true);
          }
      }
    }
  });
});

describe('data and HTML', () => {
  it('quotes every cited provision verbatim', () => {
    for (const set of sets) {
      const d = buildDataDaerah(set);
      for (const id of idTerkutip(set.aturan)) {
        const k = d.kutipan[id]!;
        expect(k.pin, id).toBeTruthy();
        expect(!!(k.teks || k.tabel || k.gambar), `${set.aturan.slug} ${id}`).toBe(true);
      }
    }
  });

  it('ships the reading page of every quoted provision: links rendered in the browser equal the build-time ones', () => {
    for (const set of sets) {
      const d = buildDataDaerah(set);
      let small = 0;
      for (const id of Object.keys(d.kutipan)) {
        expect(provisionPathIn(d.halaman, d.slug, id), id).toBe(provisionPath(d.slug, id));
        if (provisionPath(d.slug, id) !== provisionPathIn(undefined, d.slug, id)) small++;
      }
      // Without the map, the checker's quotes would link the whole-regulation page.
      expect(small, d.slug).toBe(Object.keys(d.halaman).length);
      expect(small, d.slug).toBeGreaterThan(0);
      expect(Object.keys(d.halaman).every((id) => id in d.kutipan)).toBe(true);
    }
  });

  it('links every source of an answer to the regulation page, and escapes text', () => {
    const d = buildDataDaerah(sets.find((s) => s.aturan.slug === 'klaten')!);
    const h = ok('klaten', 'setda', 'jf-muda', 'bagian');
    const html = renderHasil({ base: '/', data: d }, h);
    for (const b of h.varian[0]!.baris)
      for (const r of b.bacaan) for (const s of r.sumber) expect(html).toContain(`href="/${provisionPath('klaten', s.id)}"`);
    expect(html).toContain('Peraturan ini tidak konsisten');
    expect(esc('<a href="x">&')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;');
    expect(halamanMasalah('/', [{ param: 'x', kode: 'k', pesan: '<b>' }], {}).html).toContain('&lt;b&gt;');
  });

  it('expands the groups of positions as the tables print them', () => {
    expect(expandJabatan(['jf-pertama-ke-bawah'])).toEqual(['jf-pertama', 'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula']);
    expect(expandJabatan(['jf-madya-ke-bawah'])).not.toContain('jf-utama');
  });
});

/* ------------------------------------------------------------------ */
/* Issue 13: answers that are right, finding one's unit, passing it on */
/* ------------------------------------------------------------------ */
import { cariUnit, pesanCari, padananUnit } from '../../src/lib/checker/cari.ts';
import { loadSinonim } from '../../src/lib/checker/sinonim.ts';
import { halamanHasil, pilihanAnda, teksSalin, urlBagikan, jangkar } from '../../src/lib/checker/render.ts';
import { bagianStatis } from '../../src/lib/checker/statis.ts';
import { banding } from '../../src/lib/checker/banding.ts';
import { teksDariUrl } from '../../src/lib/checker/flow.ts';

describe('issue 13: answers that are right', () => {
  const ids = (b: HasilBaris) => b.bacaan.flatMap((x) => x.sumber.map((r) => r.id));

  it('Klaten Dinas Perhubungan, JF Ahli Muda in a Bidang: the table (Lampiran huruf B huruf f) is silent, the level rule (Lampiran huruf B, penggambaran umum angka 2) gives the Kepala Bidang, not the Kepala Seksi', () => {
    const b = line(ok('klaten', 'dishub', 'jf-muda', 'bidang'), 'penilai');
    expect(b.status).toBe('tidak-diatur');
    expect(who(b)).toEqual(['kabid']);
    expect(ids(b)).toContain('lampiran__b__p-5__p-2');
    expect(b.penjelasan).toMatch(/tidak menyebut jabatan Anda/);
  });

  it('Klaten: how a ketua kelompok kerja reports is a conflict, Pasal 18 ayat (2) against Lampiran huruf B angka 4 huruf b angka 2, although both end at the Pimpinan Unit Organisasi', () => {
    const b = line(ok('klaten', 'dinas-pendidikan', 'jf-muda', 'bidang'), 'lapor-ketua');
    expect(b.status).toBe('bertentangan');
    expect(new Set(who(b)).size).toBe(1);
    expect(ids(b)).toEqual(expect.arrayContaining(['pasal-18__ayat-2', 'lampiran__b__4__b__2']));
    expect(b.penjelasan).toMatch(/jalur pelaporan yang berbeda/);
  });

  it('Batang: the Ketua Tim reports "kepada pemberi tugas" (Lampiran BAB II huruf A) and to the PPK and PUO (Lampiran BAB II huruf B): shown as a conflict', () => {
    const b = line(ok('batang', 'jenis-jpt', 'jf-muda', 'jpt-ppk'), 'lapor-ketua');
    expect(b.status).toBe('bertentangan');
    expect(ids(b)).toEqual(expect.arrayContaining(['lampiran__bab-ii__a__p-5', 'lampiran__bab-ii__b__p-1__3__p-2', 'pasal-15__ayat-2']));
  });

  it('Klaten Kecamatan: the table (Lampiran huruf B huruf g, baris 3: Kepala Subbagian for "JF dan pelaksana") conflicts with the level rule and with alur 5.6', () => {
    const muda = line(ok('klaten', 'kecamatan', 'jf-muda', 'seksi'), 'penilai');
    expect(muda.status).toBe('bertentangan');
    expect(who(muda)).toEqual(['kasubbag', 'camat']);
    expect(ids(muda)).toContain('lampiran__b__p-5__p-2');
    const pertama = line(ok('klaten', 'kecamatan', 'jf-pertama', 'seksi'), 'penilai');
    expect(pertama.status).toBe('bertentangan');
    expect(who(pertama)).toEqual(['kasubbag', 'kasi']);
    expect(ids(pertama)).toContain('lampiran__b__5-6__pelaksanaan__f');
    // Where table and rules agree, the answer is settled.
    const sub = line(ok('klaten', 'kecamatan', 'jf-pertama', 'subbagian'), 'penilai');
    expect(sub.status).toBe('jelas');
    expect(who(sub)).toEqual(['kasubbag']);
  });

  it('Probolinggo: for the units named in Lampiran BAB II huruf B angka 1 huruf b angka 2, the kedudukan rule leads and Pejabat Level I (huruf B angka 2) is shown as the conflicting reading', () => {
    for (const unit of ['dinas', 'badan', 'inspektorat', 'satpolpp', 'setwan', 'rsud-b']) {
      const h = ok('probolinggo', unit, 'jf-muda');
      const b = line(h, 'penilai');
      expect(b.status).toBe('bertentangan');
      expect(b.khusus, unit).toBe(0);
      expect(b.bacaan[0]!.kunci).toBe('administrator');
      expect(ids({ ...b, bacaan: [b.bacaan[0]!] })).toContain('lampiran__bab-ii__b__1__b__2__p-2');
      const ctx = { base: '/', data: dataOf('probolinggo') };
      const page = halamanHasil('/', indeks, ctx.data, { daerah: 'probolinggo', unit, jabatan: 'jf-muda' }, h).html;
      const panel = page.slice(page.indexOf('ck-panel'), page.indexOf('ck-panel-dasar'));
      expect(panel).toMatch(/Pejabat Administrator[^]*ketentuan yang khusus mengatur unit Anda/);
    }
  });

  it('the interactive answer cites the provision that names the unit (Klaten Lampiran huruf B huruf f: Dinas Perhubungan)', () => {
    const h = ok('klaten', 'dishub', 'jf-muda', 'bidang');
    expect(h.unitSumber).toEqual([{ id: 'lampiran__b__f__keterangan' }]);
    const page = halamanHasil(
      '/',
      indeks,
      dataOf('klaten'),
      { daerah: 'klaten', unit: 'dishub', jabatan: 'jf-muda', tempat: 'bidang' },
      h,
    ).html;
    expect(page).toContain(`Dinas Perhubungan disebut dalam <a href="/klaten/`);
    expect(page).toContain(pin('klaten', 'lampiran__b__f__keterangan'));
  });

  it('specific names once the place is known: "Di Seksi" gives the Kepala Seksi (Klaten Lampiran huruf B huruf f baris 4), not "Kepala Subbagian atau Kepala Seksi"', () => {
    const h = ok('klaten', 'dishub', 'jf-pertama', 'seksi');
    expect(who(line(h, 'penilai'))).toEqual(['kasi']);
    expect(line(h, 'hasil').bacaan.map((x) => x.siapa)).toContain('Kepala Seksi');
    for (const k of ['penilai', 'hasil'] as const)
      expect(JSON.stringify(line(h, k).bacaan)).not.toContain('Kepala Subbagian atau Kepala Seksi');
  });

  it('Bengkayang asks the place where its patterns name "Sekretaris atau Kepala Bidang" (Lampiran I angka I.1 huruf b) and then names the one', () => {
    const a = aturanOf('bengkayang');
    expect(pertanyaanBerlaku(a, { daerah: 'bengkayang', unit: 'bkpsdm', jabatan: 'jf-muda' })).toContain('tempat');
    expect(line(ok('bengkayang', 'bkpsdm', 'jf-muda', 'bidang'), 'penilai').bacaan[0]!.siapa).toMatch(/^Kepala Bidang/);
    expect(line(ok('bengkayang', 'bkpsdm', 'jf-muda', 'sekretariat'), 'penilai').bacaan[0]!.siapa).toMatch(/^Sekretaris/);
    expect(line(ok('bengkayang', 'bkpsdm', 'jf-muda'), 'penilai').status).toBe('jelas');
  });

  it('Probolinggo asks the kelas jabatan question only for a Pejabat Fungsional (the exception of Lampiran BAB II huruf B angka 1 speaks of "Jabatan Fungsional")', () => {
    const a = aturanOf('probolinggo');
    expect(pertanyaanBerlaku(a, { daerah: 'probolinggo', unit: 'dinas', jabatan: 'jf-muda' })).toContain('kelas');
    expect(pertanyaanBerlaku(a, { daerah: 'probolinggo', unit: 'dinas', jabatan: 'pelaksana' })).not.toContain('kelas');
    expect(
      validasi(indeks, a, { daerah: 'probolinggo', unit: 'dinas', jabatan: 'pelaksana', kelas: 'ya' }).masalah.map((m) => m.kode),
    ).toContain('kelas-tak-berlaku');
  });

  it('Batang names no unit: the answer says so before the general pattern (Lampiran BAB II huruf B angka 1)', () => {
    const h = ok('batang', 'jenis-jpt', 'jf-muda', 'jpt-ppk');
    const page = halamanHasil(
      '/',
      indeks,
      dataOf('batang'),
      { daerah: 'batang', unit: 'jenis-jpt', jabatan: 'jf-muda', tempat: 'jpt-ppk' },
      h,
    ).html;
    const note = page.indexOf('tidak menyebut unit Anda secara khusus');
    expect(note).toBeGreaterThan(0);
    expect(note).toBeLessThan(page.indexOf('class="ck-panel'));
  });

  it('Pati Dinas Perhubungan (Lampiran huruf B angka 1 huruf e) offers a place for a JF in a Seksi: under level 1 or 2, coordinated by level 3', () => {
    const unit = findUnit(aturanOf('pati'), 'dishub')!;
    expect(opsiTempat(aturanOf('pati'), unit)!.map((o) => o.id)).toContain('level-3');
    const h = ok('pati', 'dishub', 'jf-pertama', 'level-3');
    expect(line(h, 'penilai').status).toBe('bergantung');
    expect(who(line(h, 'penilai'))).toEqual(['level-1', 'level-2']);
    expect(who(line(h, 'koordinator'))).toEqual(['level-3']);
  });

  it('Klaten Dinas offers a JF Utama directly under the Kepala Dinas (Lampiran huruf B huruf e tabel baris 1)', () => {
    const unit = findUnit(aturanOf('klaten'), 'dinas-kesehatan')!;
    expect(opsiTempat(aturanOf('klaten'), unit)!.map((o) => o.id)).toContain('pimpinan');
    const b = line(ok('klaten', 'dinas-kesehatan', 'jf-utama', 'pimpinan'), 'penilai');
    expect(b.status).toBe('jelas');
    expect(b.bacaan[0]!.sumber).toContainEqual({ id: 'lampiran__b__e__tabel', baris: 1 });
  });

  it('nothing unrelated to the unit: a Puskesmas answer has no DPMPTSP block (Klaten Pasal 13 concerns only that dinas)', () => {
    expect(ok('klaten', 'puskesmas', 'jf-muda').penugasan.map((p) => p.id)).not.toContain('penanggungjawab');
    expect(ok('klaten', 'dpmptsp', 'jf-muda', 'sekretariat').penugasan.map((p) => p.id)).toContain('penanggungjawab');
  });

  it('the comparison uses each regulation only for itself, and says "tidak diatur" where a regulation names no such unit', () => {
    const data = sets.map((s) => buildDataDaerah(s));
    const rows = banding(data, 'dinas');
    expect(rows.map((r) => r.slug)).toEqual(data.map((d) => d.slug));
    expect(rows.find((r) => r.slug === 'batang')!.grup).toEqual([]);
    for (const r of rows) {
      const d = data.find((x) => x.slug === r.slug)!;
      for (const g of r.grup)
        for (const x of g.jawaban) for (const ref of x.sumber) expect(d.kutipan[ref.id], `${r.slug}: ${ref.id}`).toBeDefined();
    }
    const klaten = rows.find((r) => r.slug === 'klaten')!;
    expect(klaten.grup.flatMap((g) => g.unit)).toEqual(expect.arrayContaining(['dinas-pendidikan', 'dishub']));
  });
});

const indeks = indeksDari(sets);
const dataCache = new Map<string, ReturnType<typeof buildDataDaerah>>();
function dataOf(slug: string) {
  if (!dataCache.has(slug)) dataCache.set(slug, buildDataDaerah(sets.find((s) => s.aturan.slug === slug)!));
  return dataCache.get(slug)!;
}

describe('issue 13: finding your unit', () => {
  const sinonim = loadSinonim();
  const units = (slug: string) =>
    dataOf(slug).aturan.unit.map((u) => ({ id: u.id, nama: u.nama, alias: u.alias, jenis: u.jenis, padanan: dataOf(slug).padanan[u.id] }));
  const find = (slug: string, q: string) => cariUnit(units(slug), sinonim, q);

  it('"pendidikan" in Pati finds Dinas Daerah (Pati lists kinds of unit, Lampiran huruf B angka 1 huruf a)', () => {
    const h = find('pati', 'pendidikan');
    expect(h.cara).toBe('padanan');
    expect(h.ids).toContain('dinas');
    expect(pesanCari(h, 'pendidikan', sinonim, 'Perbup Pati')).toMatch(/tidak menyebut “pendidikan”/);
  });

  it('common names and abbreviations lead to the right choice', () => {
    expect(find('klaten', 'Dinkes').ids).toEqual(['dinas-kesehatan']);
    expect(find('klaten', 'Disdik').ids).toEqual(['dinas-pendidikan']);
    expect(find('klaten', 'BKPSDM').ids).toEqual(['bkpsdm']);
    expect(find('klaten', 'Setwan').ids).toEqual(['setwan']);
    expect(find('pati', 'Setwan').ids).toEqual(['setwan', 'bagian-setwan']);
    expect(find('klaten', 'Kecamatan Wedi').ids).toEqual(['kecamatan']);
    expect(find('pati', 'RSUD').ids).toEqual(['rsud-soewondo', 'rsud-kayen']);
    expect(find('klaten', 'RSUD').ids).toEqual(['rsud']);
    expect(find('probolinggo', 'Puskesmas').ids).toEqual(['puskesmas']);
    expect(find('bengkayang', 'Dinkes').ids.length).toBeGreaterThan(0);
  });

  it('a search that matches nothing says so and leaves the kinds of unit', () => {
    const h = find('batang', 'Dinas Pendidikan');
    expect(h.ids).toEqual([]);
    expect(pesanCari(h, 'Dinas Pendidikan', sinonim, 'Perbup Batang')).toMatch(/Pilih jenis unit/);
    expect(units('batang').some((u) => u.jenis)).toBe(true);
    expect(find('klaten', 'qwertyuiop').cara).toBe('kosong');
  });

  it('every named unit of every regulation has a kind of unit (for search and comparison)', () => {
    for (const { aturan } of sets)
      for (const u of aturan.unit.filter((x) => !x.jenis)) expect(padananUnit(sinonim, u), `${aturan.slug}/${u.id}`).toBeDefined();
  });
});

describe('issue 13: an answer that travels', () => {
  it('"Salin jawaban" is plain text with the question, the answer, the wording, the citation in the conventional form and the link', () => {
    const d = dataOf('klaten');
    const j = { daerah: 'klaten', unit: 'dishub', jabatan: 'jf-pertama', tempat: 'seksi' };
    const h = ok('klaten', 'dishub', 'jf-pertama', 'seksi');
    const url = `https://contoh.id${urlBagikan('/', d, j, h)}`;
    const t = teksSalin(d, h, pilihanAnda(indeks, d, j), url);
    expect(t).toMatch(/^Siapa Pejabat Penilai Kinerja saya\?\n/);
    expect(t).toContain('Jawaban: Kepala Seksi');
    expect(t).toContain('JF Pertama ke bawah dan pelaksana');
    expect(t).toContain(`${pin('klaten', 'lampiran__b__f__tabel')} baris 4 ${d.judul}`);
    expect(t).toContain(url);
    expect(t).not.toMatch(/<[a-z]/);
  });

  it('the shared address opens the static page at the section that answers the same question', () => {
    for (const slug of ['klaten', 'pati', 'probolinggo']) {
      const d = dataOf(slug);
      const anchors = new Set([...bagianStatis(d.aturan).map((b) => b.id), ...d.aturan.unit.map((u) => `unit-${u.id}`)]);
      for (const u of d.aturan.unit) {
        const a = jangkar(d.aturan, u.id);
        expect(anchors.has(a), `${slug}/${u.id} -> ${a}`).toBe(true);
      }
    }
    const d = dataOf('klaten');
    const h = ok('klaten', 'dishub', 'jf-muda', 'bidang');
    expect(urlBagikan('/', d, { daerah: 'klaten', unit: 'dishub', jabatan: 'jf-muda', tempat: 'bidang' }, h)).toBe(
      '/penilai-kinerja/klaten/?unit=dishub&jabatan=jf-muda&tempat=bidang#pola-dishub',
    );
  });

  it('the static page has one section per pattern, not per unit (issue 10: pages must not multiply with units)', () => {
    const a = aturanOf('klaten');
    expect(bagianStatis(a).length).toBeLessThan(a.unit.length / 2);
  });

  it('text from the URL is stripped of bidi controls and cut short before it is shown', () => {
    const evil = `\u202Eevil${'x'.repeat(10_000)}`;
    expect(teksDariUrl(evil)).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect([...teksDariUrl(evil)].length).toBeLessThanOrEqual(41);
    const q = bacaKueri(`?daerah=${encodeURIComponent(evil)}&${encodeURIComponent(evil)}=1`);
    const v = validasi(indeks, undefined, q.jawaban);
    for (const m of [...q.masalah, ...v.masalah]) {
      expect(m.pesan).not.toContain('\u202E');
      expect(m.pesan.length).toBeLessThan(200);
    }
    expect(halamanMasalah('/', [...q.masalah, ...v.masalah], v.sah).html.length).toBeLessThan(2000);
  });
});
