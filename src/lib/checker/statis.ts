/**
 * The static, no-JavaScript view of the same knowledge: for one unit, the
 * Pejabat Penilai Kinerja for every position and every "where do you sit"
 * answer, computed with the same function as the question flow.
 */
import type { Aturan, TempatOpsi, Unit } from '../schema/checker.ts';
import { findPola, findTabel, opsiTempat, periksa, type HasilBaris, type Varian } from './check.ts';
import { JABATAN, LABEL_JABATAN, type Jabatan } from './jabatan.ts';
import { esc, linkRef, ringkasBaris, type Ctx } from './render.ts';

export interface Matriks {
  kolom: TempatOpsi[] | null;
  baris: { jabatan: Jabatan; sel: HasilBaris[] }[];
}

/** Whether a unit's answer depends on the position (Klaten's tables). */
export const bergantungJabatan = (aturan: Aturan, unit: Unit) =>
  unit.pola.some((id) => !!findPola(aturan, id)?.tabel);

export function matriksPenilai(aturan: Aturan, unit: Unit): Matriks {
  const pola = findPola(aturan, unit.pola[0]!)!;
  const kolom = pola.tabel && findTabel(aturan, pola.tabel)!.tempat.length ? opsiTempat(aturan, unit) : null;
  const baris = JABATAN.map((jabatan) => {
    const sel = (kolom ?? [undefined]).map((t) => {
      const h = periksa(aturan, { unit: unit.id, jabatan, ...(t ? { tempat: t.id } : {}) });
      if (!h.ok) throw new Error(h.masalah.map((m) => m.pesan).join('; '));
      return h.varian[0]!.baris.find((b) => b.kunci === 'penilai')!;
    });
    return { jabatan, sel };
  });
  return { kolom, baris };
}

function sel(ctx: Ctx, b: HasilBaris): string {
  const refs = b.bacaan.flatMap((x) => x.sumber).filter((r, i, all) => all.findIndex((y) => y.id === r.id && y.baris === r.baris) === i);
  const mark = b.status === 'jelas' ? '' : ` <span class="ck-tanda-kecil ck-tanda-${b.status}">${b.status === 'bertentangan' ? 'tidak konsisten' : b.status === 'bergantung' ? 'bergantung' : 'tidak diatur khusus'}</span>`;
  return `${esc(ringkasBaris(b).replace(/^(Tidak konsisten|Bergantung|Tidak diatur khusus; ketentuan umum): /, ''))}${mark}<br><span class="ck-sel-dasar">${refs.slice(0, 3).map((r) => linkRef(ctx, r)).join(', ')}</span>`;
}

export function renderMatriks(ctx: Ctx, m: Matriks, caption: string): string {
  const head = m.kolom
    ? `<tr><th scope="col">Jabatan</th>${m.kolom.map((k) => `<th scope="col">${esc(k.label)}</th>`).join('')}</tr>`
    : '<tr><th scope="col">Jabatan</th><th scope="col">Pejabat Penilai Kinerja</th></tr>';
  const rows = m.baris.map((r) => `<tr><th scope="row">${esc(LABEL_JABATAN[r.jabatan])}</th>${r.sel.map((s) => `<td>${sel(ctx, s)}</td>`).join('')}</tr>`).join('');
  const notes = new Map<string, string>();
  for (const r of m.baris) for (const s of r.sel) if (s.penjelasan && s.status !== 'jelas') notes.set(s.penjelasan, s.status);
  for (const r of m.baris) for (const s of r.sel) for (const c of s.catatan) notes.set(c.teks, 'catatan');
  const list = notes.size ? `<ul class="ck-matriks-catatan">${[...notes.keys()].map((t) => `<li>${esc(t)}</li>`).join('')}</ul>` : '';
  return `<div class="table-scroll" role="region" aria-label="${esc(caption)}" tabindex="0"><table class="ck-matriks"><caption>${esc(caption)}</caption><thead>${head}</thead><tbody>${rows}</tbody></table></div>${list}`;
}

/** The lines that do not depend on the position, from the first pattern of the unit. */
export function varianUmum(aturan: Aturan, unit: Unit): Varian[] {
  const h = periksa(aturan, { unit: unit.id, jabatan: 'jf-muda' });
  if (!h.ok) throw new Error(h.masalah.map((m) => m.pesan).join('; '));
  return h.varian;
}
