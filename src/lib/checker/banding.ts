/**
 * "Bandingkan dengan daerah lain": the same person (a kind of unit, each
 * position) answered under every regulation, one row per regulation, each
 * with its citations, and "tidak diatur" where a regulation names no unit of
 * that kind. Every row is computed with that regulation's own rules only
 * (periksa on its own data): a rule of one regulation is never applied to
 * another. The page does not grow with N beyond a list: the chosen
 * regulations (the site's default selection, at most five) are shown in full
 * with their citations; all regulations are grouped by what they answer, with
 * counts, each named once with a link to its own answer and basis.
 */
import { findUnit, periksa, type HasilBaris, type Ref } from './check.ts';
import type { DataDaerah } from './data.ts';
import { JABATAN, LABEL_JABATAN, type Jabatan } from './jabatan.ts';
import { jangkar, linkRef, ringkasBaris, type Ctx } from './render.ts';
import { gabungHtml, html, type Html } from '../html.ts';

export interface GrupJabatan {
  jabatan: Jabatan[];
  ringkas: string;
  status: HasilBaris['status'];
  sumber: Ref[];
}
export interface GrupUnit {
  unit: string[];
  jangkar: string;
  jawaban: GrupJabatan[];
}
export interface BarisBanding {
  slug: string;
  nama: string;
  singkat: string;
  grup: GrupUnit[];
}

/** The rows for one kind of unit (padanan id), one per regulation, in the order of `data`. */
export function banding(data: readonly DataDaerah[], padanan: string): BarisBanding[] {
  return data.map((d) => {
    const units = d.aturan.unit.filter((u) => d.padanan[u.id] === padanan);
    const byAnchor = new Map<string, string[]>();
    for (const u of units) {
      const a = jangkar(d.aturan, u.id);
      byAnchor.set(a, [...(byAnchor.get(a) ?? []), u.id]);
    }
    const grup: GrupUnit[] = [...byAnchor].map(([anchor, ids]) => {
      const jawaban: GrupJabatan[] = [];
      for (const jabatan of JABATAN) {
        const h = periksa(d.aturan, { unit: ids[0]!, jabatan });
        if (!h.ok) continue;
        const lines = h.varian.map((v) => v.baris.find((b) => b.kunci === 'penilai')!);
        const ringkas =
          h.varian.length === 1
            ? ringkasBaris(lines[0]!)
            : h.varian.map((v, i) => `${v.jika ?? v.judul}: ${ringkasBaris(lines[i]!)}`).join(' · ');
        const sumber = lines.flatMap((b) => b.bacaan.flatMap((x) => x.sumber));
        const status = lines.every((b) => b.status === 'jelas') ? 'jelas' : lines.find((b) => b.status !== 'jelas')!.status;
        const same = jawaban.find((g) => g.ringkas === ringkas);
        if (same) same.jabatan.push(jabatan);
        else jawaban.push({ jabatan: [jabatan], ringkas, status, sumber });
      }
      return { unit: ids, jangkar: anchor, jawaban };
    });
    return { slug: d.slug, nama: d.nama, singkat: d.singkat, grup };
  });
}

const labelJabatan = (list: Jabatan[]) => (list.length === JABATAN.length ? 'Semua jabatan' : list.map((j) => LABEL_JABATAN[j]).join(', '));

/** The comparison as one table: Daerah | Unit | Pejabat Penilai Kinerja (by position) | Dasar. */
export function renderBanding(base: string, data: readonly DataDaerah[], rows: readonly BarisBanding[], label: string): string {
  const body = rows.map((r) => {
    const d = data.find((x) => x.slug === r.slug)!;
    const ctx: Ctx = { base, data: d };
    if (!r.grup.length) {
      return html`<tr id="banding-${r.slug}"><th scope="row">${r.singkat}</th><td colspan="2"><strong class="ck-tidak-diatur">Tidak diatur</strong>: ${r.singkat} tidak menyebut ${label} sebagai unit tersendiri. <a href="${`${base}penilai-kinerja/${r.slug}/`}">Jenis unit dan ketentuan umumnya</a></td></tr>`;
    }
    return r.grup.map((g, gi) => {
      const names = g.unit.map((id) => findUnit(d.aturan, id)?.nama ?? id);
      const unitCell = html`<a href="${`${base}penilai-kinerja/${r.slug}/#${g.jangkar}`}">${names.length > 3 ? `${names.slice(0, 3).join(', ')} dan ${names.length - 3} unit lain` : names.join(', ')}</a>`;
      const jawab: Html = html`<ul class="ck-banding-jawab">${g.jawaban.map(
        (x) =>
          html`<li><span class="ck-banding-jabatan">${labelJabatan(x.jabatan)}:</span> ${x.ringkas}${x.status === 'tidak-diatur' ? html` <span class="ck-tanda-kecil ck-tanda-tidak-diatur">tidak diatur khusus</span>` : ''} <span class="ck-sel-dasar">(${gabungHtml(
            uniq(x.sumber)
              .slice(0, 3)
              .map((s) => linkRef(ctx, s)),
            ', ',
          )})</span></li>`,
      )}</ul>`;
      return html`<tr${gi === 0 ? html` id="banding-${r.slug}"` : ''}><th scope="row">${gi === 0 ? r.singkat : html`<span class="vh">${r.singkat}</span>`}</th><td>${unitCell}</td><td>${jawab}</td></tr>`;
    });
  });
  return html`<div class="table-scroll" role="region" aria-label="${`Perbandingan: ${label}`}" tabindex="0"><table class="ck-banding"><caption>Pejabat Penilai Kinerja di ${label}, menurut setiap peraturan</caption><thead><tr><th scope="col">Peraturan</th><th scope="col">Unit</th><th scope="col">Pejabat Penilai Kinerja, dengan dasarnya</th></tr></thead><tbody>${body}</tbody></table></div>`.toString();
}

function uniq(refs: readonly Ref[]): Ref[] {
  return refs.filter((r, i) => refs.findIndex((x) => x.id === r.id && x.baris === r.baris) === i);
}

/** Regulations that give the same answer (positions and summaries, ignoring unit names and citations). */
export interface KelompokBanding {
  /** The answer, as in each of its rows (empty: the kind of unit is not named, "tidak diatur"). */
  jawaban: { jabatan: string; ringkas: string; status: HasilBaris['status'] }[];
  baris: BarisBanding[];
}

/** Groups the rows by their answer, largest group first (then in the order of the rows); "tidak diatur" last. */
export function kelompokBanding(rows: readonly BarisBanding[]): KelompokBanding[] {
  const groups = new Map<string, KelompokBanding>();
  for (const r of rows) {
    const seen = new Set<string>();
    const jawaban = r.grup
      .flatMap((g) => g.jawaban.map((x) => ({ jabatan: labelJabatan(x.jabatan), ringkas: x.ringkas, status: x.status })))
      .filter((x) => {
        const k = `${x.jabatan}\u0000${x.ringkas}`;
        return !seen.has(k) && (seen.add(k), true);
      });
    const key = JSON.stringify(jawaban);
    const g = groups.get(key) ?? { jawaban, baris: [] };
    g.baris.push(r);
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => Number(!a.jawaban.length) - Number(!b.jawaban.length) || b.baris.length - a.baris.length);
}

/** All regulations grouped by their answer, with counts; each regulation links to its own answer and basis. */
export function renderKelompok(base: string, rows: readonly BarisBanding[], label: string): string {
  const groups = kelompokBanding(rows);
  const link = (r: BarisBanding) =>
    html`<a href="${`${base}penilai-kinerja/${r.slug}/${r.grup[0] ? `#${r.grup[0].jangkar}` : ''}`}">${r.singkat}</a>`;
  const items = groups.map((g, i) => {
    const head = g.jawaban.length
      ? html`<ul class="ck-banding-jawab">${g.jawaban.map((x) => html`<li><span class="ck-banding-jabatan">${x.jabatan}:</span> ${x.ringkas}${x.status === 'tidak-diatur' ? html` <span class="ck-tanda-kecil ck-tanda-tidak-diatur">tidak diatur khusus</span>` : ''}</li>`)}</ul>`
      : html`<p><strong class="ck-tidak-diatur">Tidak diatur</strong>: peraturan ini tidak menyebut ${label} sebagai unit tersendiri.</p>`;
    return html`<li class="ck-kelompok" id="${`kelompok-${i + 1}`}"><p class="ck-kelompok-jumlah"><strong>${String(g.baris.length)} dari ${String(rows.length)} peraturan</strong></p>${head}<p class="ck-kelompok-daftar">${gabungHtml(g.baris.map(link), ', ')}</p></li>`;
  });
  return html`<ol class="ck-kelompok-daftar-semua">${items}</ol>`.toString();
}
