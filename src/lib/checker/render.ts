/**
 * HTML for the checker: the question steps, the check-your-answers summary,
 * the answer with its citations and verbatim quotes, and the problem page.
 * The same functions render the static pages at build time (Astro set:html)
 * and the flow in the browser, so both show the same markup.
 *
 * All markup goes through the escape-by-default `html` template
 * (src/lib/html.ts): text from data or from the URL can never become markup.
 * Browser-safe: no zod, no Node.
 */
import type { Aturan, Penugasan, TempatOpsi } from '../schema/checker.ts';
import type { DataDaerah } from './data.ts';
import type { IndeksDaerah, Langkah, Pertanyaan } from './flow.ts';
import { bergantungPada, kueri, langkahSebelum, pertanyaanBerlaku } from './flow.ts';
import {
  findUnit,
  opsiTempat,
  perluKelas,
  TIDAK_TAHU,
  type Hasil,
  type HasilBacaan,
  type HasilBaris,
  type HasilCatatan,
  type Jawaban,
  type KunciBaris,
  type Masalah,
  type Ref,
  type Varian,
} from './check.ts';
import { JABATAN, LABEL_JABATAN, type Jabatan } from './jabatan.ts';
import { provisionPath } from '../permalink.ts';
import { escapeHtml, gabungHtml, html, raw, type Html } from '../html.ts';

const norm = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Escapes text (kept for callers that build attribute values by hand). */
export const esc = escapeHtml;

export interface Ctx {
  base: string;
  data: DataDaerah;
}

const FLOW = (base: string) => `${base}penilai-kinerja/`;
export const urlKetentuan = (ctx: Ctx, id: string) => `${ctx.base}${provisionPath(ctx.data.slug, id)}`;

export const JUDUL_BARIS: Record<KunciBaris, string> = {
  penilai: 'Pejabat Penilai Kinerja',
  pimpinan: 'Pimpinan Unit Organisasi',
  'pemberi-tugas': 'Yang memberi Anda tugas',
  koordinator: 'Yang mengoordinasikan pelaksanaan tugas Anda',
  'lapor-individu': 'Kepada siapa Anda melapor saat bekerja sendiri',
  'lapor-anggota': 'Kepada siapa Anda melapor sebagai anggota tim kerja',
  'lapor-ketua': 'Kepada siapa Anda melapor bila Anda Ketua Tim',
  hasil: 'Kepada siapa hasil kegiatan Anda disampaikan',
};

const judulBaris = (ctx: Ctx, k: KunciBaris) => (k === 'pimpinan' && ctx.data.aturan.judulPimpinan) || JUDUL_BARIS[k];

const TANDA: Record<string, string> = {
  bergantung: 'Bergantung pada keadaan Anda',
  bertentangan: 'Peraturan ini tidak konsisten',
  'tidak-diatur': 'Tidak diatur secara khusus',
};

export function labelRef(ctx: Ctx, r: Ref): string {
  const k = ctx.data.kutipan[r.id];
  let pin = k?.pin ?? r.id;
  if (k?.tabel && !/\btabel$/i.test(pin)) pin = `${pin}, tabel`;
  return r.baris ? `${pin} baris ${r.baris}` : pin;
}

/** Refs whose labels differ (two blocks of one section share a pinpoint). */
export function unikLabel(ctx: Ctx, refs: readonly Ref[]): Ref[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const l = labelRef(ctx, r);
    if (seen.has(l)) return false;
    seen.add(l);
    return true;
  });
}

export function linkRef(ctx: Ctx, r: Ref): Html {
  return html`<a href="${urlKetentuan(ctx, r.id)}">${labelRef(ctx, r)}</a>`;
}
const linkRefs = (ctx: Ctx, refs: readonly Ref[], max = Infinity) =>
  gabungHtml(
    unikLabel(ctx, refs)
      .slice(0, max)
      .map((r) => linkRef(ctx, r)),
    ', ',
  );

/** The editorial notes bearing on a quoted provision: a visible marker, ours and apart from the law. */
export function tandaCatatan(ctx: Ctx, id: string): Html {
  const c = ctx.data.kutipan[id]?.catatan;
  if (!c?.length) return html``;
  return html`<div class="ck-catatan-editorial"><p class="ck-catatan-editorial-label"><a href="${urlKetentuan(ctx, id)}">Catatan editorial${c.length > 1 ? ` (${c.length})` : ''}</a> <span class="ck-bukan-hukum">(catatan kami, bukan bagian dari peraturan)</span></p><ul>${c.map((x) => html`<li>${x}</li>`)}</ul></div>`;
}

function kutipTeks(ctx: Ctx, r: Ref): Html {
  const k = ctx.data.kutipan[r.id];
  if (!k) return html``;
  if (k.tabel) {
    const head = k.tabel[0] ?? [];
    const rows = r.baris ? [k.tabel[r.baris] ?? []] : k.tabel.slice(1);
    return html`${rows.map((row) => html`<dl class="ck-sel">${row.map((c, i) => (c.trim() ? html`<div><dt>${head[i] ?? ''}</dt><dd>${c}</dd></div>` : ''))}</dl>`)}`;
  }
  if (k.gambar) return html`<p>Gambar ${k.gambar.nomor ?? ''} ${k.gambar.judul}</p>`;
  return html`<p>${k.teks}</p>`;
}

/** "Dasar: Pasal 10, Lampiran ..." with the words of each provision in a disclosure. */
export function renderSumber(ctx: Ctx, refs: readonly Ref[], untuk = ''): Html {
  if (!refs.length) return html``;
  const quotes = refs.map(
    (r) =>
      html`<blockquote cite="${urlKetentuan(ctx, r.id)}"><p class="ck-kutip-pin">${linkRef(ctx, r)}</p>${kutipTeks(ctx, r)}${tandaCatatan(ctx, r.id)}</blockquote>`,
  );
  const marks = refs.some((r) => ctx.data.kutipan[r.id]?.catatan?.length);
  return html`<p class="ck-dasar"><span class="ck-dasar-label">Dasar:</span> ${linkRefs(ctx, refs)}${marks ? html` <span class="ck-ada-catatan">(ada catatan editorial)</span>` : ''}</p><details class="ck-kutip"><summary>Bunyi ketentuan${untuk ? html`<span class="vh"> ${untuk}</span>` : ''}</summary><p class="ck-kutip-asal">Dikutip apa adanya dari ${ctx.data.judul}.</p>${quotes}</details>`;
}

export function renderCatatan(ctx: Ctx, list: readonly HasilCatatan[]): Html {
  if (!list.length) return html``;
  return html`<div class="ck-catatan"><p class="ck-catatan-label">Perlu diperhatikan (catatan kami):</p><ul>${list.map(
    (c) =>
      html`<li>${c.teks} ${gabungHtml(
        c.sumber.map((r) => linkRef(ctx, r)),
        ', ',
      )}</li>`,
  )}</ul></div>`;
}

function renderBacaan(ctx: Ctx, b: HasilBacaan, label?: string): Html {
  return html`<li class="ck-bacaan">${label ? html`<p class="ck-bacaan-label">${label}</p>` : ''}<p class="ck-siapa"><strong>${b.siapa}</strong>${b.jika ? html` <span class="ck-jika">${b.jika}</span>` : ''}</p>${b.keterangan ? html`<p class="ck-ket">${b.keterangan}</p>` : ''}${renderSumber(ctx, b.sumber, `untuk ${b.siapa}`)}</li>`;
}

/** A heading of the given level (a number we choose), text escaped. */
const judulH = (level: number, text: string) =>
  html`${raw(`<h${Math.min(6, Math.max(1, Math.trunc(level)))}>`)}${text}${raw(`</h${Math.min(6, Math.max(1, Math.trunc(level)))}>`)}`;

/** Readings in the order to show them: the specific rule for the user's unit first. */
function urut(b: HasilBaris): { bacaan: HasilBacaan; label?: string }[] {
  if (b.status !== 'bertentangan') return b.bacaan.map((x) => ({ bacaan: x }));
  if (b.khusus !== undefined) {
    const first = b.bacaan[b.khusus]!;
    return [
      { bacaan: first, label: 'Ketentuan yang khusus mengatur unit Anda' },
      ...b.bacaan.filter((_, i) => i !== b.khusus).map((x) => ({ bacaan: x, label: 'Bacaan lain yang bertentangan' })),
    ];
  }
  return b.bacaan.map((x, i) => ({ bacaan: x, label: `Bacaan ${i + 1}` }));
}

/** One line of the answer: who, status, explanation, readings with sources, notes. */
export function renderBaris(ctx: Ctx, baris: HasilBaris, level = 2, judul?: string): Html {
  const title = judul ?? judulBaris(ctx, baris.kunci);
  const people = new Set(baris.bacaan.map((b) => b.kunci));
  let body: Html;
  if (baris.status === 'jelas' && people.size === 1 && baris.bacaan.length > 1) {
    const first = baris.bacaan[0]!;
    body = html`<p class="ck-siapa"><strong>${first.siapa}</strong></p><ul class="ck-rincian">${baris.bacaan.map((b) => html`<li>${b.keterangan ? html`<p class="ck-ket">${b.keterangan}</p>` : ''}${renderSumber(ctx, b.sumber, `untuk ${b.siapa}`)}</li>`)}</ul>`;
  } else {
    body = html`<ul class="ck-daftar-bacaan">${urut(baris).map((x) => renderBacaan(ctx, x.bacaan, x.label))}</ul>`;
  }
  let ex = html``;
  if (baris.pengecualian) {
    const p = baris.pengecualian;
    const head =
      p.berlaku === true
        ? `Pengecualian berlaku: Anda menyatakan kelas jabatan Anda setara dengan atau lebih tinggi dari ${p.pembanding}.`
        : p.berlaku === false
          ? `Pengecualian tidak berlaku untuk Anda: Anda menyatakan kelas jabatan Anda lebih rendah dari ${p.pembanding}.`
          : `Bila kelas jabatan Anda setara dengan atau lebih tinggi dari ${p.pembanding}, penilaian kinerja Anda dilaksanakan oleh:`;
    ex = html`<div class="ck-pengecualian"><p class="ck-pengecualian-label">Pengecualian kelas jabatan</p><p>${head}</p>${p.berlaku === null ? html`<p class="ck-siapa"><strong>${p.bacaan.siapa}</strong></p>` : ''}${renderSumber(ctx, p.bacaan.sumber, 'untuk pengecualian')}</div>`;
  }
  const tandaTeks =
    baris.khusus !== undefined
      ? 'Peraturan ini tidak konsisten; ketentuan khusus untuk unit Anda didahulukan di bawah'
      : TANDA[baris.status];
  return html`<section class="ck-baris ck-${baris.status}" data-baris="${baris.kunci}">${judulH(level, title)}${tandaTeks ? html`<p class="ck-tanda ck-tanda-${baris.status}">${tandaTeks}</p>` : ''}${baris.penjelasan ? html`<p class="ck-penjelasan">${baris.penjelasan}</p>` : ''}${body}${ex}${renderCatatan(ctx, baris.catatan)}</section>`;
}

/** Figures of a pattern: caption, link to the Lampiran block, and the user's place in it. */
export function renderGambar(ctx: Ctx, ids: readonly string[], posisi?: string, level = 2): Html {
  if (!ids.length) return html``;
  const items = ids.map((id) => {
    const k = ctx.data.kutipan[id];
    const nomor = k?.gambar?.nomor ? `Gambar ${k.gambar.nomor}` : 'Gambar';
    return html`<li><a href="${urlKetentuan(ctx, id)}">${nomor}</a>: ${k?.gambar?.judul ?? ''}</li>`;
  });
  return html`<section class="ck-gambar">${judulH(level, 'Gambar dalam Lampiran')}${posisi ? html`<p>Tempat Anda dalam gambar: <strong>${posisi}</strong>.</p>` : ''}<ul>${items}</ul></section>`;
}

export function renderVarian(ctx: Ctx, v: Varian, level = 2, kecuali: KunciBaris[] = []): Html {
  return html`${v.baris.filter((b) => !kecuali.includes(b.kunci)).map((b) => renderBaris(ctx, b, level))}${renderGambar(ctx, v.gambar, v.posisiGambar, level)}${renderCatatan(ctx, v.catatan)}<p class="ck-pola">Pola dalam Lampiran: ${v.judul}. ${linkRefs(ctx, v.sumber, 3)}</p>`;
}

export function renderPenugasan(ctx: Ctx, list: readonly Penugasan[], level = 2, judul = true): Html {
  return html`<section class="ck-penugasan">${judul ? judulH(level, 'Bagaimana Anda dapat ditugaskan') : ''}${list.map(
    (p) =>
      html`<div class="ck-tugas">${judulH(level + 1, p.judul)}<p>${p.teks}</p>${renderSumber(
        ctx,
        p.sumber.map((id) => ({ id })),
        `untuk ${p.judul}`,
      )}${
        p.gambar.length
          ? html`<p>Lihat ${gabungHtml(
              p.gambar.map((id) => html`<a href="${urlKetentuan(ctx, id)}">Gambar ${ctx.data.kutipan[id]?.gambar?.nomor ?? ''}</a>`),
              ', ',
            )}.</p>`
          : ''
      }</div>`,
  )}</section>`;
}

/** Names of the people a line settles on, for summaries ("A atau B"). */
export function ringkasBaris(b: HasilBaris): string {
  const names = [...new Set(urut(b).map((x) => x.bacaan.siapa))];
  if (b.status === 'jelas') return names[0] ?? '';
  if (b.status === 'bertentangan')
    return b.khusus !== undefined
      ? `${names[0]} (ketentuan khusus; bacaan lain: ${names.slice(1).join(' / ')})`
      : `Tidak konsisten: ${names.join(' / ')}`;
  if (b.status === 'bergantung') return `Bergantung: ${names.join(' / ')}`;
  return `Tidak diatur khusus; ketentuan umum: ${names.join(' / ')}`;
}

const baris = (v: Varian, k: KunciBaris) => v.baris.find((b) => b.kunci === k);

const PANEL_KEPALA: Record<string, string> = {
  bertentangan: 'Peraturan ini menyebut pejabat yang berbeda:',
  bergantung: 'Bergantung pada keadaan Anda:',
  'tidak-diatur': 'Tidak diatur khusus untuk keadaan Anda. Ketentuan umumnya:',
};

/**
 * The short answer, for the first screen: the Pejabat Penilai Kinerja (or the
 * readings when the text is not settled) with the provisions that say so.
 */
export function renderPanel(ctx: Ctx, ppk: HasilBaris): Html {
  const items = urut(ppk).filter(
    (x, i, all) => all.findIndex((y) => y.bacaan.siapa === x.bacaan.siapa && y.bacaan.jika === x.bacaan.jika) === i,
  );
  const refs = ppk.bacaan.flatMap((b) => b.sumber);
  let isi: Html;
  const satu = new Set(items.map((x) => x.bacaan.siapa)).size === 1 && !items.some((x) => x.bacaan.jika);
  if (ppk.status === 'jelas') isi = html`<p class="ck-panel-isi">${items[0]?.bacaan.siapa ?? ''}</p>`;
  else if (ppk.status === 'tidak-diatur' && satu)
    isi = html`<p class="ck-panel-isi">${items[0]!.bacaan.siapa}</p>${ppk.penjelasan ? '' : html`<p class="ck-panel-sub">Tidak diatur secara khusus; menurut ketentuan umum.</p>`}`;
  else if (ppk.khusus !== undefined) {
    isi = html`<p class="ck-panel-isi">${items[0]!.bacaan.siapa}</p><p class="ck-panel-sub">Menurut ketentuan yang khusus mengatur unit Anda. Bagian lain peraturan ini menyebut: ${items
      .slice(1)
      .map((x) => x.bacaan.siapa)
      .join(' / ')}.</p>`;
  } else {
    isi = html`<p class="ck-panel-sub">${PANEL_KEPALA[ppk.status]}</p><ul class="ck-panel-daftar">${items.map((x) => html`<li>${x.bacaan.siapa}${x.bacaan.jika ? html` <span class="ck-panel-jika">(${x.bacaan.jika})</span>` : ''}</li>`)}</ul>`;
  }
  const diatur = ppk.status === 'tidak-diatur' && ppk.penjelasan ? html`<p class="ck-panel-sub">${ppk.penjelasan}</p>` : '';
  return html`<div class="ck-panel ck-panel-${ppk.status}"><p class="ck-panel-label">Pejabat Penilai Kinerja Anda</p>${isi}${diatur}<p class="ck-panel-dasar">Dasar: ${linkRefs(ctx, refs, 3)}</p></div>`;
}

export const renderCatatanUnit = (ctx: Ctx, list: readonly HasilCatatan[]) => renderCatatan(ctx, list);

type Ok = Extract<Hasil, { ok: true }>;

/** "Unit Anda disebut dalam ...": the provision that names the user's unit. */
export function renderUnitDisebut(ctx: Ctx, hasil: Ok): Html {
  const unit = findUnit(ctx.data.aturan, hasil.unit.id)!;
  const lead = unit.jenis
    ? html`<p class="ck-unit-disebut"><strong>${ctx.data.singkat} tidak menyebut unit Anda secara khusus.</strong> Jawaban ini memakai pola untuk jenis unit yang Anda pilih (${unit.nama}), yang digambarkan dalam ${linkRefs(ctx, hasil.unitSumber)}.</p>`
    : html`<p class="ck-unit-disebut">${unit.nama} disebut dalam ${linkRefs(ctx, hasil.unitSumber)}.</p>`;
  return lead;
}

/** A collapsible section of the answer. */
const bagian = (judul: string, isi: Html | string, data = '') =>
  html`<details class="ck-bagian"${data ? html` data-${data}` : ''}><summary><span class="ck-bagian-judul">${judul}</span></summary><div class="ck-bagian-isi">${isi}</div></details>`;

/**
 * The answer: the short answer with its provisions first (the first screen on
 * a phone), then every other line in collapsible sections, only what bears on
 * the user's unit.
 */
export function renderHasil(
  ctx: Ctx,
  hasil: Ok,
  opts: { level?: number; statis?: boolean; lipat?: boolean; setelahPanel?: Html; sebelumPanel?: Html; tanpaPenugasan?: boolean } = {},
): string {
  const level = opts.level ?? 2;
  const lipat = opts.lipat ?? !opts.statis;
  let out = html`${opts.sebelumPanel}`;
  if (hasil.varian.length === 1) {
    const v = hasil.varian[0]!;
    const ppk = baris(v, 'penilai')!;
    out = html`${out}${renderPanel(ctx, ppk)}${opts.setelahPanel}`;
    if (lipat) {
      const rest = v.baris.filter((b) => b.kunci !== 'penilai');
      const lapor = rest.filter((b) => b.kunci.startsWith('lapor-') || b.kunci === 'hasil');
      const lain = rest.filter((b) => !lapor.includes(b));
      out = html`${out}${bagian('Penjelasan dan bunyi ketentuan', html`${renderBaris(ctx, ppk, level + 1)}${renderCatatan(ctx, v.catatan)}`)}${lain.map((b) => bagian(`${judulBaris(ctx, b.kunci)}: ${ringkasBaris(b)}`, renderBaris(ctx, b, level + 1)))}${bagian('Pelaporan', html`${lapor.map((b) => renderBaris(ctx, b, level + 1))}`)}${v.gambar.length ? bagian('Gambar dalam Lampiran', html`${renderGambar(ctx, v.gambar, v.posisiGambar, level + 1)}<p class="ck-pola">Pola dalam Lampiran: ${v.judul}. ${linkRefs(ctx, v.sumber, 3)}</p>`) : ''}`;
    } else {
      out = html`${out}${renderVarian(ctx, v, level)}`;
    }
  } else {
    out = html`${out}<div class="ck-panel ck-panel-varian"><p class="ck-panel-label">Pejabat Penilai Kinerja Anda bergantung pada tempat Anda berkedudukan</p><ul class="ck-panel-daftar">${hasil.varian.map((v) => html`<li><strong>${v.jika ?? v.judul}</strong>: ${ringkasBaris(baris(v, 'penilai')!)}</li>`)}</ul><p class="ck-panel-dasar">Dasar: ${linkRefs(
      ctx,
      hasil.varian.flatMap((v) => baris(v, 'penilai')!.bacaan.flatMap((b) => b.sumber)),
      3,
    )}</p></div>${opts.setelahPanel}`;
    const isi = (v: Varian) => renderVarian(ctx, v, level + 1);
    out = html`${out}${hasil.varian.map((v) =>
      lipat
        ? bagian(`Jika Anda ${(v.jika ?? v.judul).replace(/^./, (c) => c.toLowerCase())}`, isi(v))
        : html`<section class="ck-varian">${judulH(level, `Jika Anda ${(v.jika ?? v.judul).replace(/^./, (c) => c.toLowerCase())}`)}${isi(v)}</section>`,
    )}`;
  }
  if (hasil.samaUntukSemuaJabatan && !opts.statis) {
    out = html`${out}<p class="ck-info">Untuk unit ini, peraturan tidak membedakan Pejabat Fungsional dan Pelaksana menurut jenjang; jawabannya sama untuk ${LABEL_JABATAN[hasil.jabatan]} dan jabatan lain di unit yang sama.</p>`;
  }
  const catatan = renderCatatan(ctx, hasil.catatan);
  const tugas = opts.tanpaPenugasan ? html`` : renderPenugasan(ctx, hasil.penugasan, level + (lipat ? 1 : 0), !lipat);
  out = lipat
    ? html`${out}${hasil.catatan.length ? bagian('Catatan untuk unit dan peraturan Anda', catatan) : ''}${bagian('Bagaimana Anda dapat ditugaskan', tugas)}`
    : html`${out}${catatan}${tugas}`;
  return out.toString();
}

/* ---------- Plain text to pass on ---------- */

/**
 * The answer as a plain-text message ready for WhatsApp: the question
 * answered, the answer, the provision's wording, its citation in the
 * conventional form, and the link.
 */
export function teksSalin(data: DataDaerah, hasil: Ok, pilihan: { label: string; nilai: string }[], url: string): string {
  const v = hasil.varian;
  const lines: string[] = ['Siapa Pejabat Penilai Kinerja saya?'];
  lines.push(pilihan.map((p) => `${p.label}: ${p.nilai}`).join('\n'));
  lines.push('');
  const ctxLabel = (r: Ref) => labelRef({ base: '', data }, r);
  const refsOf: Ref[] = [];
  if (v.length === 1) {
    const ppk = baris(v[0]!, 'penilai')!;
    lines.push(`Jawaban: ${ringkasBaris(ppk)}`);
    for (const x of urut(ppk))
      if (x.bacaan.jika || x.label)
        lines.push(`- ${x.bacaan.siapa}${x.bacaan.jika ? ` (${x.bacaan.jika})` : ''}${x.label ? ` [${x.label}]` : ''}`);
    if (ppk.penjelasan) lines.push(ppk.penjelasan);
    refsOf.push(...ppk.bacaan.flatMap((b) => b.sumber));
  } else {
    lines.push('Jawaban: bergantung pada tempat Anda berkedudukan.');
    for (const x of v) {
      const ppk = baris(x, 'penilai')!;
      lines.push(`- ${x.jika ?? x.judul}: ${ringkasBaris(ppk)}`);
      refsOf.push(...ppk.bacaan.flatMap((b) => b.sumber));
    }
  }
  const seen = new Set<string>();
  const quotes: string[] = [];
  for (const r of refsOf) {
    const k = data.kutipan[r.id];
    const key = `${r.id}#${r.baris ?? ''}`;
    if (!k || seen.has(key) || quotes.length >= 2) continue;
    seen.add(key);
    let words = k.teks;
    if (k.tabel) {
      const head = k.tabel[0] ?? [];
      const row = r.baris ? (k.tabel[r.baris] ?? []) : [];
      words = row
        .map((c, i) => (c.trim() ? `${head[i] ?? ''}: ${c}` : ''))
        .filter(Boolean)
        .join('; ');
    }
    const sitasi = r.baris ? `${k.sitasi.replace(k.pin, ctxLabel(r))}` : k.sitasi;
    quotes.push(
      `“${words}”\n(${sitasi})${k.catatan?.length ? `\n[Catatan editorial, bukan bagian dari peraturan] ${k.catatan.join(' ')}` : ''}`,
    );
  }
  if (quotes.length) {
    lines.push('');
    lines.push('Bunyi ketentuan:');
    lines.push(...quotes);
  }
  lines.push('');
  lines.push(url);
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}

/** The address that answers the same question without JavaScript: the regulation's static page, at the answer. */
export function urlBagikan(base: string, data: DataDaerah, j: Jawaban, hasil: Ok): string {
  const q = kueri({ ...j, daerah: undefined } as Jawaban).replace(/^\?/, '');
  return `${base}penilai-kinerja/${data.slug}/${q ? `?${q}` : ''}#${jangkar(data.aturan, hasil.unit.id, hasil.varian.length === 1 ? hasil.varian[0]!.pola : undefined)}`;
}

/** The anchor of the static section that answers for this unit (and pattern, when one is chosen). */
export function jangkar(aturan: Aturan, unitId: string, pola?: string): string {
  const unit = findUnit(aturan, unitId);
  if (!unit) return `unit-${unitId}`;
  if (unit.penilai) return `jawaban-${unitId}`;
  if (unit.pola.length === 1) return `pola-${unit.pola[0]}`;
  return pola ? `pola-${pola}` : `unit-${unitId}`;
}

/* ---------- The question flow ---------- */

export interface Halaman {
  judul: string;
  html: string;
}

const PERTANYAAN_TEKS: Record<Pertanyaan, { tanya: string; ringkas: string }> = {
  daerah: { tanya: 'Di daerah mana Anda bekerja?', ringkas: 'Daerah' },
  unit: { tanya: 'Di unit organisasi mana Anda bekerja?', ringkas: 'Unit organisasi' },
  jabatan: { tanya: 'Apa jabatan Anda?', ringkas: 'Jabatan' },
  tempat: { tanya: 'Di mana Anda berkedudukan dalam unit itu?', ringkas: 'Tempat kedudukan' },
  kelas: { tanya: 'Apakah kelas jabatan Anda setara dengan atau lebih tinggi dari kelas jabatan pejabat ini?', ringkas: 'Kelas jabatan' },
};

function hidden(j: Jawaban, kecuali: Pertanyaan[]): Html {
  return html`${(Object.keys(j) as Pertanyaan[]).filter((k) => j[k] && !kecuali.includes(k)).map((k) => html`<input type="hidden" name="${k}" value="${j[k]!}">`)}`;
}

function radio(name: string, value: string, label: string, checked: boolean, hint?: string, cari?: string): Html {
  const id = `${name}-${value}`.replace(/[^a-z0-9-]/gi, '-');
  return html`<div class="ck-radio" data-cari="${(cari ?? label).toLowerCase()}" data-nilai="${value}"><input type="radio" id="${id}" name="${name}" value="${value}"${checked ? html` checked` : ''}${hint ? html` aria-describedby="${id}-hint"` : ''}><label for="${id}">${label}</label>${hint ? html`<p class="ck-hint" id="${id}-hint">${hint}</p>` : ''}</div>`;
}

export function labelTempat(aturan: Aturan, j: Jawaban): string {
  if (!j.tempat) return '';
  if (j.tempat === TIDAK_TAHU) return 'Saya tidak tahu';
  const unit = findUnit(aturan, j.unit);
  return (unit && opsiTempat(aturan, unit)?.find((o) => o.id === j.tempat)?.label) ?? j.tempat;
}
const KELAS_LABEL: Record<string, string> = {
  ya: 'Ya, setara atau lebih tinggi',
  tidak: 'Tidak, lebih rendah',
  [TIDAK_TAHU]: 'Saya tidak tahu',
};

/** The answer to a question as the user chose it, in words. */
export function labelJawaban(indeks: IndeksDaerah[], data: DataDaerah | undefined, j: Jawaban, q: Pertanyaan): string {
  switch (q) {
    case 'daerah': {
      const d = indeks.find((x) => x.slug === j.daerah);
      return d ? `${d.nama} (${d.singkat})` : (j.daerah ?? '');
    }
    case 'unit':
      return (data && findUnit(data.aturan, j.unit)?.nama) ?? j.unit ?? '';
    case 'jabatan':
      return LABEL_JABATAN[j.jabatan as Jabatan] ?? j.jabatan ?? '';
    case 'tempat':
      return data ? labelTempat(data.aturan, j) : (j.tempat ?? '');
    case 'kelas':
      return KELAS_LABEL[j.kelas ?? ''] ?? j.kelas ?? '';
  }
}

/** The user's choices, in words, for the summary and the copied message. */
export function pilihanAnda(indeks: IndeksDaerah[], data: DataDaerah, j: Jawaban): { label: string; nilai: string }[] {
  return pertanyaanBerlaku(data.aturan, j).map((q) => ({ label: PERTANYAAN_TEKS[q].ringkas, nilai: labelJawaban(indeks, data, j, q) }));
}

function kepala(base: string, j: Jawaban, aturan: Aturan | undefined, langkah: Langkah): Html {
  const prev = langkahSebelum(aturan, j, langkah);
  const back = prev ? `${FLOW(base)}${kueri(j, prev)}` : `${FLOW(base)}`;
  return html`<a class="ck-kembali" href="${back}">Kembali</a>`;
}

function nomor(aturan: Aturan | undefined, j: Jawaban, q: Pertanyaan): Html {
  const list = pertanyaanBerlaku(aturan, j);
  return html`<p class="ck-caption">Cek Penilai Kinerja · Pertanyaan ${list.indexOf(q) + 1}</p>`;
}

function form(base: string, j: Jawaban, q: Pertanyaan, inner: Html, hint: Html, aturan: Aturan | undefined, legendExtra = ''): string {
  const drop = [q, ...bergantungPada(q)];
  return html`${kepala(base, j, aturan, q)}<form class="ck-form" method="get" action="${FLOW(base)}" novalidate data-tanya="${q}">${hidden(j, drop)}<div class="ck-grup" id="grup-${q}"><fieldset class="ck-fieldset" aria-describedby="hint-${q}"><legend class="ck-legend">${nomor(aturan, j, q)}<h1 class="ck-tanya">${legendExtra || PERTANYAAN_TEKS[q].tanya}</h1></legend><div class="ck-hint" id="hint-${q}">${hint}</div><p class="ck-galat" id="galat-${q}" hidden></p>${inner}</fieldset></div><button class="ck-tombol" type="submit">Lanjutkan</button></form>`.toString();
}

export function halamanDaerah(base: string, indeks: IndeksDaerah[], j: Jawaban): Halaman {
  const inner = html`<div class="ck-radios">${indeks.map((d) => radio('daerah', d.slug, d.nama, j.daerah === d.slug, d.judul))}</div>`;
  return {
    judul: PERTANYAAN_TEKS.daerah.tanya,
    html: form(
      base,
      j,
      'daerah',
      inner,
      html`Setiap daerah mempunyai peraturan sendiri. Jawaban Anda hanya akan memakai peraturan daerah yang Anda pilih.`,
      undefined,
    ),
  };
}

export function halamanUnit(base: string, data: DataDaerah, j: Jawaban): Halaman {
  const a = data.aturan;
  const groups = a.kelompok.map((k) => {
    const units = a.unit.filter((u) => u.kelompok === k.id);
    if (!units.length) return '';
    const jenis = units.every((u) => u.jenis);
    return html`<div class="ck-kelompok" data-kelompok${jenis ? html` data-jenis` : ''}><p class="ck-kelompok-judul">${k.label}</p><div class="ck-radios">${units.map(
      (u) => {
        const alias = u.alias.filter((x) => !norm(u.nama).includes(norm(x)));
        return radio(
          'unit',
          u.id,
          u.nama,
          j.unit === u.id,
          alias.length ? `Juga disebut: ${alias.join(', ')}` : undefined,
          [u.nama, ...u.alias].join(' '),
        );
      },
    )}</div></div>`;
  });
  const cari = html`<div class="ck-cari" hidden><label for="ck-cari" class="ck-label">Cari nama unit</label><p class="ck-hint" id="ck-cari-hint">Nama lengkap, singkatan (misalnya Dinkes, BKPSDM, Setwan) atau bidang kerja (misalnya pendidikan).</p><input type="search" id="ck-cari" class="ck-input" autocomplete="off" maxlength="60" aria-describedby="ck-cari-hint ck-cari-status"><p id="ck-cari-status" class="ck-cari-status" role="status" aria-live="polite"></p></div>`;
  const hint = html`<p>Pilih unit yang disebut ${data.singkat}. Bila unit Anda tidak disebut, pilih jenis unitnya di bagian akhir daftar.</p>`;
  return { judul: PERTANYAAN_TEKS.unit.tanya, html: form(base, j, 'unit', html`${cari}${groups}`, hint, a) };
}

export function halamanJabatan(base: string, data: DataDaerah, j: Jawaban): Halaman {
  const r = (x: Jabatan) => radio('jabatan', x, LABEL_JABATAN[x], j.jabatan === x);
  const inner = html`<p class="ck-kelompok-judul">Jabatan fungsional keahlian</p><div class="ck-radios">${JABATAN.slice(0, 4).map(r)}</div><p class="ck-kelompok-judul">Jabatan fungsional keterampilan</p><div class="ck-radios">${JABATAN.slice(4, 8).map(r)}</div><p class="ck-kelompok-judul">Jabatan pelaksana</p><div class="ck-radios">${r('pelaksana')}</div>`;
  return {
    judul: PERTANYAAN_TEKS.jabatan.tanya,
    html: form(base, j, 'jabatan', inner, html`<p>Pilih jabatan dan jenjang Anda sekarang.</p>`, data.aturan),
  };
}

export function halamanTempat(base: string, data: DataDaerah, j: Jawaban): Halaman {
  const unit = findUnit(data.aturan, j.unit)!;
  const opsi: TempatOpsi[] = opsiTempat(data.aturan, unit) ?? [];
  const inner = html`<div class="ck-radios">${opsi.map((o) => radio('tempat', o.id, o.label, j.tempat === o.id, o.petunjuk))}<p class="ck-atau">atau</p>${radio('tempat', TIDAK_TAHU, 'Saya tidak tahu', j.tempat === TIDAK_TAHU, 'Kami akan menampilkan semua kemungkinan.')}</div>`;
  const hint =
    unit.pola.length > 1
      ? html`<p>${data.singkat} memuat lebih dari satu pola untuk ${unit.nama}. Pola yang berlaku bagi Anda ditentukan oleh pejabat tempat Anda ditempatkan dalam peta jabatan.</p>`
      : html`<p>Untuk ${unit.nama}, jawabannya bergantung pada bagian unit tempat Anda ditempatkan dalam peta jabatan.</p>`;
  return { judul: PERTANYAAN_TEKS.tempat.tanya, html: form(base, j, 'tempat', inner, hint, data.aturan) };
}

export function halamanKelas(base: string, data: DataDaerah, j: Jawaban): Halaman {
  const unit = findUnit(data.aturan, j.unit)!;
  const info = perluKelas(data.aturan, unit, j.tempat, j.jabatan)!;
  const tanya = `Apakah kelas jabatan Anda setara dengan atau lebih tinggi dari kelas jabatan ${info.pembanding}?`;
  const inner = html`<div class="ck-radios">${radio('kelas', 'ya', KELAS_LABEL.ya!, j.kelas === 'ya')}${radio('kelas', 'tidak', KELAS_LABEL.tidak!, j.kelas === 'tidak')}<p class="ck-atau">atau</p>${radio('kelas', TIDAK_TAHU, KELAS_LABEL[TIDAK_TAHU]!, j.kelas === TIDAK_TAHU, 'Kami akan menampilkan jawaban untuk kedua keadaan.')}</div>`;
  const hint = html`<p>${data.singkat} memuat pengecualian: bila kelas jabatan seorang Pejabat Fungsional setara atau lebih tinggi, penilaiannya dilaksanakan oleh pejabat lain. Kelas jabatan tercantum dalam keputusan pengangkatan atau peta jabatan Anda.</p>`;
  return { judul: tanya, html: form(base, j, 'kelas', inner, hint, data.aturan, tanya) };
}

export function halamanPeriksa(base: string, indeks: IndeksDaerah[], data: DataDaerah, j: Jawaban): Halaman {
  const qs = pertanyaanBerlaku(data.aturan, j);
  const rows = qs.map(
    (q) =>
      html`<div class="ck-ringkas-baris"><dt>${PERTANYAAN_TEKS[q].ringkas}</dt><dd>${labelJawaban(indeks, data, j, q)}</dd><dd class="ck-ubah"><a href="${FLOW(base) + kueri(j, q)}">Ubah<span class="vh"> ${PERTANYAAN_TEKS[q].ringkas.toLowerCase()}</span></a></dd></div>`,
  );
  const out = html`${kepala(base, j, data.aturan, 'periksa')}<h1>Periksa jawaban Anda</h1><dl class="ck-ringkas">${rows}</dl><form class="ck-form" method="get" action="${FLOW(base)}">${hidden(j, [])}<input type="hidden" name="langkah" value="hasil"><p>Jawaban akan disusun hanya dari ${data.judul}.</p><button class="ck-tombol" type="submit">Lihat jawaban</button></form>`;
  return { judul: 'Periksa jawaban Anda', html: out.toString() };
}

export function halamanHasil(base: string, indeks: IndeksDaerah[], data: DataDaerah, j: Jawaban, hasil: Ok): Halaman {
  const ctx: Ctx = { base, data };
  const pilihan = pilihanAnda(indeks, data, j);
  const unit = findUnit(data.aturan, j.unit);
  const padanan = data.padanan[hasil.unit.id];
  const kind = padanan ? data.sinonim.padanan.find((p) => p.id === padanan) : undefined;
  const share = urlBagikan(base, data, j, hasil);
  const out = html`${kepala(base, j, data.aturan, 'hasil')}<p class="ck-caption">Cek Penilai Kinerja · Jawaban menurut ${data.singkat}</p><h1 class="ck-h1-hasil">Siapa Pejabat Penilai Kinerja saya?</h1><p class="ck-untuk">${LABEL_JABATAN[hasil.jabatan]} di ${unit?.nama ?? ''}${j.tempat && j.tempat !== TIDAK_TAHU ? ` (${labelTempat(data.aturan, j).replace(/^./, (c) => c.toLowerCase())})` : ''}, ${data.nama}.</p>${raw(renderHasil(ctx, hasil, { ...(unit?.jenis ? { sebelumPanel: renderUnitDisebut(ctx, hasil) } : {}), setelahPanel: html`${unit?.jenis ? '' : renderUnitDisebut(ctx, hasil)}<div class="ck-aksi"><button type="button" class="ck-tombol ck-tombol-kedua" data-salin>Salin jawaban</button> <button type="button" class="ck-tombol ck-tombol-kedua" data-bagikan hidden>Bagikan</button><p class="ck-aksi-status" role="status" aria-live="polite"></p></div>` }))}${bagian('Jawaban Anda', html`<dl class="ck-ringkas">${pilihan.map((p) => html`<div class="ck-ringkas-baris"><dt>${p.label}</dt><dd>${p.nilai}</dd></div>`)}</dl><p><a href="${FLOW(base) + kueri(j, 'periksa')}">Ubah jawaban</a></p>`, 'pilihan')}${kind ? html`<section class="ck-banding-tautan"><h2>Bandingkan dengan daerah lain</h2><p><a href="${`${base}penilai-kinerja/banding/${kind.id}/`}">Siapa menilai ${LABEL_JABATAN[hasil.jabatan]} di ${kind.label} menurut setiap peraturan</a>, berdampingan dengan dasarnya.</p></section>` : ''}<section class="ck-bagikan"><h2>Simpan atau bagikan</h2><p>Alamat halaman ini memuat jawaban Anda, dan tetap dapat dibuka tanpa JavaScript: <a href="${share}" data-tautan-bagikan>halaman ${data.singkat} pada bagian ${unit?.nama ?? ''}</a>.</p><p><a href="${FLOW(base)}">Mulai lagi dengan jawaban lain</a></p><p class="ck-dasar-utama">Menurut <a href="${`${base}${data.slug}/`}">${data.judul}</a>. Penjelasan di halaman ini adalah tulisan kami; bunyi peraturan dikutip apa adanya pada bagian "Bunyi ketentuan".</p></section>`;
  return { judul: 'Jawaban untuk Anda', html: out.toString() };
}

export function halamanMasalah(base: string, masalah: Masalah[], sah: Jawaban): Halaman {
  const back = kueri(sah);
  const out = html`<h1>Alamat halaman ini tidak dapat kami jawab</h1><div class="ck-ringkasan-galat" role="alert" tabindex="-1"><h2>Yang tidak cocok</h2><ul>${masalah.map((m) => html`<li>${m.pesan}</li>`)}</ul></div><p>Tautan yang Anda buka mungkin terpotong, diubah, atau dibuat untuk versi lain halaman ini.</p><ul class="ck-jalan-keluar">${back ? html`<li><a href="${FLOW(base) + back}">Lanjutkan dari jawaban yang masih berlaku</a></li>` : ''}<li><a href="${FLOW(base)}">Mulai lagi dari pertanyaan pertama</a></li><li><a href="${`${FLOW(base)}#tanpa-js`}">Lihat tabel per peraturan</a></li></ul>`;
  return { judul: 'Alamat tidak dapat dijawab', html: out.toString() };
}
