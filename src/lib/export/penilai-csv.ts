/**
 * The checker's answers as CSV, one file per regulation: one row per unit,
 * position and place, derived with the same function that lays out the
 * checker's static page (jawabanPerUnit in src/lib/checker/statis.ts), so the
 * file says what the page says. Each row carries the pinpoints of the
 * provisions the answer rests on in the printed numbering (the citation is the
 * pinpoint followed by the regulation's title, column "peraturan" in short),
 * their permalinks, and the editorial notes bearing on them.
 */
import type { DataDaerah } from '../checker/data.ts';
import type { HasilBaris, Ref } from '../checker/check.ts';
import { LABEL_JABATAN } from '../checker/jabatan.ts';
import { jawabanPerUnit, sumberBaris } from '../checker/statis.ts';
import { provisionPath } from '../permalink.ts';
import { permalink, type LinkBase } from './json.ts';
import { toCsv } from './csv.ts';

export const PENILAI_HEADER = [
  'peraturan',
  'kelompok',
  'unit',
  'jabatan',
  'tempat',
  'pejabat_penilai_kinerja',
  'status_penilai',
  'pimpinan_unit_organisasi',
  'status_pimpinan',
  'dasar_penilai',
  'tautan_dasar_penilai',
  'dasar_pimpinan',
  'tautan_dasar_pimpinan',
  'catatan_pemeriksa',
  'catatan_editorial',
  'jawaban_lengkap',
];

const unik = (refs: Ref[]) => [...new Set(refs.map((r) => r.id))];

/** The checker's own notes on a line: the explanation where the text is not settled, and its "perlu diperhatikan" notes. */
const catatanPemeriksa = (d: DataDaerah, b: HasilBaris): string[] => [
  ...(b.status !== 'jelas' && b.penjelasan ? [b.penjelasan] : []),
  ...b.catatan.map((c) =>
    [
      c.teks,
      unik(c.sumber)
        .map((id) => d.kutipan[id]?.pin ?? id)
        .join(', '),
    ]
      .filter(Boolean)
      .join(' '),
  ),
];

const made = new WeakMap<DataDaerah, Map<string, string>>();

/** The CSV of one regulation (made once per build and link base: the /data/ page and the endpoint both ask). */
export function penilaiCsv(d: DataDaerah, lb: LinkBase): string {
  const key = `${lb.siteUrl ?? ''} ${lb.base}`;
  const m = made.get(d) ?? new Map<string, string>();
  made.set(d, m);
  if (!m.has(key)) m.set(key, makePenilaiCsv(d, lb));
  return m.get(key)!;
}

function makePenilaiCsv(d: DataDaerah, lb: LinkBase): string {
  const cite = (ids: string[]) => ids.map((id) => d.kutipan[id]?.pin ?? id).join('; ');
  const links = (ids: string[]) => ids.map((id) => permalink(lb, provisionPath(d.slug, id))).join(' ');
  const rows = jawabanPerUnit(d.aturan).map((j) => {
    const penilai = unik(sumberBaris(j.penilaiBaris));
    const pimpinan = unik(sumberBaris(j.pimpinanBaris));
    const notes = [...new Set([...penilai, ...pimpinan])].flatMap((id) =>
      (d.kutipan[id]?.catatan ?? []).map((c) => `${d.kutipan[id]!.pin}: ${c}`),
    );
    return [
      d.singkat,
      j.kelompok,
      j.unit.nama,
      LABEL_JABATAN[j.jabatan],
      j.tempat,
      j.penilai,
      j.penilaiBaris.status,
      j.pimpinan,
      j.pimpinanBaris.status,
      cite(penilai),
      links(penilai),
      cite(pimpinan),
      links(pimpinan),
      [...new Set([...catatanPemeriksa(d, j.penilaiBaris), ...catatanPemeriksa(d, j.pimpinanBaris)])].join('\n'),
      [...new Set(notes)].map((n) => `[Catatan editorial, bukan bagian dari peraturan] ${n}`).join('\n'),
      permalink(lb, `penilai-kinerja/${d.slug}/#${j.bagian}`),
    ];
  });
  return toCsv(PENILAI_HEADER, rows);
}
