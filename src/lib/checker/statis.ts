/**
 * The static, no-JavaScript view of the same knowledge, one page per
 * regulation: every unit in a table (anchor "unit-<id>"), and one full answer
 * per pattern (anchor "pola-<id>") or per unit with its own rule (anchor
 * "jawaban-<id>"), computed with the same function as the question flow.
 * Units that share a pattern share its section, so the page grows with the
 * patterns a regulation describes, not with the number of units it names.
 */
import type { Aturan, TempatOpsi, Unit } from '../schema/checker.ts';
import { findPola, findTabel, opsiTempat, periksa, type Hasil, type HasilBaris, type Jawaban, type Varian } from './check.ts';
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

function sel(ctx: Ctx, b: HasilBaris): Html {
  const refs = b.bacaan.flatMap((x) => x.sumber).filter((r, i, all) => all.findIndex((y) => y.id === r.id && y.baris === r.baris) === i);
  const mark =
    b.status === 'jelas'
      ? ''
      : html` <span class="ck-tanda-kecil ck-tanda-${b.status}">${b.status === 'bertentangan' ? 'tidak konsisten' : b.status === 'bergantung' ? 'bergantung' : 'tidak diatur khusus'}</span>`;
  return html`${ringkasBaris(b).replace(/^(Tidak konsisten|Bergantung|Tidak diatur khusus; ketentuan umum): /, '')}${mark}<br><span class="ck-sel-dasar">${gabungHtml(
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
