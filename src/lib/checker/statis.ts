/**
 * The static, no-JavaScript view of the same knowledge, one page per
 * regulation: every unit in a table (anchor "unit-<id>"), and one full answer
 * per pattern (anchor "pola-<id>") or per unit with its own rule (anchor
 * "jawaban-<id>"), computed with the same function as the question flow.
 * Units that share a pattern share its section, so the page grows with the
 * patterns a regulation describes, not with the number of units it names.
 */
import type { Aturan, TempatOpsi, Unit } from '../schema/checker.ts';
import {
  findPola,
  findTabel,
  opsiTempat,
  periksa,
  type Hasil,
  type HasilBaris,
  type Jawaban,
  type KunciBaris,
  type Ref,
  type Varian,
} from './check.ts';
import { JABATAN, LABEL_JABATAN, type Jabatan } from './jabatan.ts';
import { linkRef, ringkasBaris, type Ctx } from './render.ts';
import { gabungHtml, html, type Html } from '../html.ts';

export interface Matriks {
  kolom: TempatOpsi[] | null;
  baris: { jabatan: Jabatan; sel: HasilBaris[] }[];
}

type Ok = Extract<Hasil, { ok: true }>;
const jawab = (aturan: Aturan, j: Jawaban): Ok => {
  const h = periksa(aturan, j);
  if (!h.ok) throw new Error(`${aturan.slug}/${j.unit}: ${h.masalah.map((m) => m.pesan).join('; ')}`);
  return h;
};

/** Whether a unit's answer depends on the position (Klaten's tables). */
export const bergantungJabatan = (aturan: Aturan, unit: Unit) => unit.pola.some((id) => !!findPola(aturan, id)?.tabel);

export function matriksPenilai(aturan: Aturan, unit: Unit): Matriks {
  const pola = findPola(aturan, unit.pola[0]!)!;
  const kolom = pola.tabel && findTabel(aturan, pola.tabel)!.tempat.length ? opsiTempat(aturan, unit) : null;
  const baris = JABATAN.map((jabatan) => {
    const sel = (kolom ?? [undefined]).map((t) =>
      jawab(aturan, { unit: unit.id, jabatan, ...(t ? { tempat: t.id } : {}) }).varian[0]!.baris.find((b) => b.kunci === 'penilai')!,
    );
    return { jabatan, sel };
  });
  return { kolom, baris };
}

/** The provisions a line's readings cite, each once (id and table row). */
export const sumberBaris = (b: HasilBaris): Ref[] =>
  b.bacaan.flatMap((x) => x.sumber).filter((r, i, all) => all.findIndex((y) => y.id === r.id && y.baris === r.baris) === i);

/** The names a matrix cell shows: the summary without its status prefix (the status is a mark of its own). */
export const ringkasSel = (b: HasilBaris): string =>
  ringkasBaris(b).replace(/^(Tidak konsisten|Bergantung|Tidak diatur khusus; ketentuan umum): /, '');

function sel(ctx: Ctx, b: HasilBaris): Html {
  const refs = sumberBaris(b);
  const mark =
    b.status === 'jelas'
      ? ''
      : html` <span class="ck-tanda-kecil ck-tanda-${b.status}">${b.status === 'bertentangan' ? 'tidak konsisten' : b.status === 'bergantung' ? 'bergantung' : 'tidak diatur khusus'}</span>`;
  return html`${ringkasSel(b)}${mark}<br><span class="ck-sel-dasar">${gabungHtml(
    refs.slice(0, 3).map((r) => linkRef(ctx, r)),
    ', ',
  )}</span>`;
}

export function renderMatriks(ctx: Ctx, m: Matriks, caption: string): string {
  const head = m.kolom
    ? html`<tr><th scope="col">Jabatan</th>${m.kolom.map((k) => html`<th scope="col">${k.label}</th>`)}</tr>`
    : html`<tr><th scope="col">Jabatan</th><th scope="col">Pejabat Penilai Kinerja</th></tr>`;
  const rows = m.baris.map(
    (r) => html`<tr><th scope="row">${LABEL_JABATAN[r.jabatan]}</th>${r.sel.map((s) => html`<td>${sel(ctx, s)}</td>`)}</tr>`,
  );
  const notes = new Set<string>();
  for (const r of m.baris) for (const s of r.sel) if (s.penjelasan && s.status !== 'jelas') notes.add(s.penjelasan);
  for (const r of m.baris) for (const s of r.sel) for (const c of s.catatan) notes.add(c.teks);
  const list = notes.size ? html`<ul class="ck-matriks-catatan">${[...notes].map((t) => html`<li>${t}</li>`)}</ul>` : '';
  return html`<div class="table-scroll" role="region" aria-label="${caption}" tabindex="0"><table class="ck-matriks"><caption>${caption}</caption><thead>${head}</thead><tbody>${rows}</tbody></table></div>${list}`.toString();
}

/** The lines that do not depend on the position, from the first pattern of the unit. */
export function varianUmum(aturan: Aturan, unit: Unit, tempat?: string): Varian[] {
  return jawab(aturan, { unit: unit.id, jabatan: 'jf-muda', ...(tempat ? { tempat } : {}) }).varian;
}

/** One full answer on the regulation's static page. */
export interface Bagian {
  /** The anchor ("pola-<id>" or "jawaban-<unit>"). */
  id: string;
  judul: string;
  /** The units this answer is for. */
  unit: Unit[];
  /** The unit and place that stand for the section when computing the answer. */
  wakil: { unit: Unit; tempat?: string };
  /** Whether the Pejabat Penilai Kinerja depends on the position (an assessor table). */
  perJabatan: boolean;
}

/** The sections of a regulation's static page: one per pattern, and one per unit that has a rule of its own. */
export function bagianStatis(aturan: Aturan): Bagian[] {
  const out: Bagian[] = [];
  for (const p of aturan.pola) {
    const users = aturan.unit.filter((u) => u.pola.includes(p.id) && !u.penilai);
    if (!users.length) continue;
    const single = users.find((u) => u.pola.length === 1);
    const wakil = single ? { unit: single } : { unit: users[0]!, tempat: p.id };
    out.push({ id: `pola-${p.id}`, judul: p.judul, unit: users, wakil, perJabatan: !!p.tabel });
  }
  for (const u of aturan.unit.filter((x) => x.penilai)) {
    out.push({ id: `jawaban-${u.id}`, judul: u.nama, unit: [u], wakil: { unit: u }, perJabatan: bergantungJabatan(aturan, u) });
  }
  return out;
}

/** The anchor of the full answer for a unit (and a chosen pattern), as `jangkar` in render.ts. */
export const bagianUntuk = (aturan: Aturan, unit: Unit): string[] =>
  unit.penilai ? [`jawaban-${unit.id}`] : unit.pola.map((p) => `pola-${p}`);

export type { Jawaban };

/** What the unit table says in the Pejabat Penilai Kinerja column of a unit whose answer depends on the position. */
export const LIHAT_MATRIKS = 'Bergantung pada jabatan dan tempat Anda; lihat jawaban lengkap';

/**
 * One line of the unit table (the summary for Pejabat Fungsional and
 * Pelaksana): per pattern that remains, "when: who", joined with " · ".
 */
export function ringkasUnit(aturan: Aturan, unit: Unit, kunci: 'penilai' | 'pimpinan', jabatan: Jabatan = 'jf-muda'): string {
  if (kunci === 'penilai' && bergantungJabatan(aturan, unit)) return LIHAT_MATRIKS;
  return jawabanVarian(aturan, unit, jabatan)
    .map((x) => (x.jika ? `${x.jika}: ` : '') + ringkasBaris(x[kunci]))
    .join(' · ');
}

/** Per pattern that remains for a unit and position (no "where do you sit" answer): the condition and the two lines. */
function jawabanVarian(aturan: Aturan, unit: Unit, jabatan: Jabatan): { jika?: string; penilai: HasilBaris; pimpinan: HasilBaris }[] {
  const h = jawab(aturan, { unit: unit.id, jabatan });
  const line = (v: Varian, k: KunciBaris) => v.baris.find((b) => b.kunci === k)!;
  return h.varian.map((v) => ({
    ...(h.varian.length > 1 && v.jika ? { jika: v.jika } : {}),
    penilai: line(v, 'penilai'),
    pimpinan: line(v, 'pimpinan'),
  }));
}

/** One answer of the checker for a unit, a position and (where the page distinguishes it) a place. */
export interface JawabanUnit {
  kelompok: string;
  unit: Unit;
  jabatan: Jabatan;
  /** The place or pattern the answer is for, as the page labels it ('' when the page does not distinguish one). */
  tempat: string;
  /** The text the page shows for the Pejabat Penilai Kinerja at this place (unit table, or the assessor matrix). */
  penilai: string;
  penilaiBaris: HasilBaris;
  /** The text the page shows for the Pimpinan Unit Organisasi (unit table). */
  pimpinan: string;
  pimpinanBaris: HasilBaris;
  /** The anchor of the full answer on the page. */
  bagian: string;
}

/**
 * Every answer the static page gives, one per unit, position and place, in
 * the page's order (groups, then units). Units whose assessor depends on the
 * position (an assessor table) give the cells of their matrix; the others the
 * unit table's answer, which the page states for every position, split by the
 * patterns that remain when there are several.
 */
export function jawabanPerUnit(aturan: Aturan): JawabanUnit[] {
  const out: JawabanUnit[] = [];
  for (const k of aturan.kelompok) {
    for (const unit of aturan.unit.filter((u) => u.kelompok === k.id)) {
      const bagian = bagianUntuk(aturan, unit)[0]!;
      if (bergantungJabatan(aturan, unit)) {
        const m = matriksPenilai(aturan, unit);
        for (const r of m.baris) {
          const pim = jawabanVarian(aturan, unit, r.jabatan);
          r.sel.forEach((b, i) =>
            out.push({
              kelompok: k.label,
              unit,
              jabatan: r.jabatan,
              tempat: m.kolom?.[i]?.label ?? '',
              penilai: ringkasSel(b),
              penilaiBaris: b,
              pimpinan: ringkasUnit(aturan, unit, 'pimpinan', r.jabatan),
              pimpinanBaris: pim[0]!.pimpinan,
              bagian,
            }),
          );
        }
        continue;
      }
      for (const jabatan of JABATAN) {
        for (const v of jawabanVarian(aturan, unit, jabatan)) {
          out.push({
            kelompok: k.label,
            unit,
            jabatan,
            tempat: v.jika ?? '',
            penilai: ringkasBaris(v.penilai),
            penilaiBaris: v.penilai,
            pimpinan: ringkasBaris(v.pimpinan),
            pimpinanBaris: v.pimpinan,
            bagian,
          });
        }
      }
    }
  }
  return out;
}
