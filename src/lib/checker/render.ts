/**
 * HTML for the checker, as strings: the question steps, the check-your-answers
 * summary, the answer with its citations and verbatim quotes, and the problem
 * page. The same functions render the static pages at build time (Astro
 * set:html) and the flow in the browser, so both show the same markup.
 *
 * Everything from data is escaped; the only markup is written here.
 * Browser-safe: no zod, no Node.
 */
import type { Aturan, Penugasan, TempatOpsi } from '../schema/checker.ts';
import type { DataDaerah } from './data.ts';
import type { IndeksDaerah, Langkah, Pertanyaan } from './flow.ts';
import { bergantungPada, kueri, langkahSebelum, pertanyaanBerlaku } from './flow.ts';
import { findUnit, opsiTempat, perluKelas, TIDAK_TAHU, type Hasil, type HasilBacaan, type HasilBaris, type HasilCatatan, type Jawaban, type KunciBaris, type Masalah, type Ref, type Varian } from './check.ts';
import { JABATAN, LABEL_JABATAN, type Jabatan } from './jabatan.ts';
import { provisionPath } from '../permalink.ts';

const norm = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, ' ').trim();

export const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface Ctx { base: string; data: DataDaerah }

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

const TANDA: Record<string, string> = {
  bergantung: 'Bergantung pada keadaan Anda',
  bertentangan: 'Peraturan ini tidak konsisten',
  'tidak-diatur': 'Tidak diatur secara khusus',
};

function labelRef(ctx: Ctx, r: Ref): string {
  const k = ctx.data.kutipan[r.id];
  let pin = k?.pin ?? r.id;
  if (k?.tabel) pin = pin.replace(/\.TABEL$/, '') + ', tabel';
  // A paragraph that follows a figure has no numbered section of its own.
  const g = / bagian awal$/.test(pin) ? r.id.match(/gambar-(\d+)/) : null;
  if (g) pin = pin.replace(/ bagian awal$/, `, uraian Gambar ${g[1]}`);
  return r.baris ? `${pin} baris ${r.baris}` : pin;
}

/** Refs whose labels differ (two blocks of one section share a pinpoint). */
export function unikLabel(ctx: Ctx, refs: readonly Ref[]): Ref[] {
  const seen = new Set<string>();
  return refs.filter((r) => { const l = labelRef(ctx, r); if (seen.has(l)) return false; seen.add(l); return true; });
}

export function linkRef(ctx: Ctx, r: Ref): string {
  return `<a href="${esc(urlKetentuan(ctx, r.id))}">${esc(labelRef(ctx, r))}</a>`;
}

function kutipTeks(ctx: Ctx, r: Ref): string {
  const k = ctx.data.kutipan[r.id];
  if (!k) return '';
  if (k.tabel) {
    const head = k.tabel[0] ?? [];
    const rows = r.baris ? [k.tabel[r.baris] ?? []] : k.tabel.slice(1);
    return rows.map((row) => `<dl class="ck-sel">${row.map((c, i) => (c.trim() ? `<div><dt>${esc(head[i] ?? '')}</dt><dd>${esc(c)}</dd></div>` : '')).join('')}</dl>`).join('');
  }
  if (k.gambar) return `<p>Gambar ${esc(k.gambar.nomor ?? '')} ${esc(k.gambar.judul)}</p>`;
  return `<p>${esc(k.teks)}</p>`;
}

/** "Dasar: Pasal 10, Lampiran bagian B.4.A" with the words of each provision in a disclosure. */
export function renderSumber(ctx: Ctx, refs: readonly Ref[], untuk = ''): string {
  if (!refs.length) return '';
  const links = unikLabel(ctx, refs).map((r) => linkRef(ctx, r)).join(', ');
  const quotes = refs
    .map((r) => `<blockquote cite="${esc(urlKetentuan(ctx, r.id))}"><p class="ck-kutip-pin">${linkRef(ctx, r)}</p>${kutipTeks(ctx, r)}</blockquote>`)
    .join('');
  return `<p class="ck-dasar"><span class="ck-dasar-label">Dasar:</span> ${links}</p>`
    + `<details class="ck-kutip"><summary>Bunyi ketentuan${untuk ? `<span class="vh"> ${esc(untuk)}</span>` : ''}</summary>`
    + `<p class="ck-kutip-asal">Dikutip apa adanya dari ${esc(ctx.data.judul)}.</p>${quotes}</details>`;
}

export function renderCatatan(ctx: Ctx, list: readonly HasilCatatan[]): string {
  if (!list.length) return '';
  return `<div class="ck-catatan"><p class="ck-catatan-label">Perlu diperhatikan (catatan kami):</p><ul>${list
    .map((c) => `<li>${esc(c.teks)} ${c.sumber.map((r) => linkRef(ctx, r)).join(', ')}</li>`)
    .join('')}</ul></div>`;
}

function renderBacaan(ctx: Ctx, b: HasilBacaan, label?: string): string {
  return `<li class="ck-bacaan">${label ? `<p class="ck-bacaan-label">${esc(label)}</p>` : ''}`
    + `<p class="ck-siapa"><strong>${esc(b.siapa)}</strong>${b.jika ? ` <span class="ck-jika">${esc(b.jika)}</span>` : ''}</p>`
    + `${b.keterangan ? `<p class="ck-ket">${esc(b.keterangan)}</p>` : ''}`
    + renderSumber(ctx, b.sumber, `untuk ${b.siapa}`)
    + '</li>';
}

/** One line of the answer: who, status, explanation, readings with sources, notes. */
export function renderBaris(ctx: Ctx, baris: HasilBaris, level = 2, judul?: string): string {
  const h = `h${level}`;
  const title = judul ?? (baris.kunci === 'pimpinan' && ctx.data.slug === 'klaten' ? 'Pimpinan Unit Organisasi / Pemilik Kinerja' : JUDUL_BARIS[baris.kunci]);
  let body = '';
  const people = new Set(baris.bacaan.map((b) => b.kunci));
  if (baris.status === 'jelas' && people.size === 1 && baris.bacaan.length > 1) {
    const first = baris.bacaan[0]!;
    body += `<p class="ck-siapa"><strong>${esc(first.siapa)}</strong></p><ul class="ck-rincian">${baris.bacaan
      .map((b) => `<li>${b.keterangan ? `<p class="ck-ket">${esc(b.keterangan)}</p>` : ''}${renderSumber(ctx, b.sumber, `untuk ${b.siapa}`)}</li>`)
      .join('')}</ul>`;
  } else {
    const labels = baris.status === 'bertentangan' ? baris.bacaan.map((_, i) => `Bacaan ${i + 1}`) : [];
    body += `<ul class="ck-daftar-bacaan">${baris.bacaan.map((b, i) => renderBacaan(ctx, b, labels[i])).join('')}</ul>`;
  }
  let ex = '';
  if (baris.pengecualian) {
    const p = baris.pengecualian;
    const head = p.berlaku === true
      ? `Pengecualian berlaku: Anda menyatakan kelas jabatan Anda setara dengan atau lebih tinggi dari ${esc(p.pembanding)}.`
      : p.berlaku === false
        ? `Pengecualian tidak berlaku untuk Anda: Anda menyatakan kelas jabatan Anda lebih rendah dari ${esc(p.pembanding)}.`
        : `Bila kelas jabatan Anda setara dengan atau lebih tinggi dari ${esc(p.pembanding)}, penilaian kinerja Anda dilaksanakan oleh:`;
    ex = `<div class="ck-pengecualian"><p class="ck-pengecualian-label">Pengecualian kelas jabatan</p><p>${head}</p>${p.berlaku === null ? `<p class="ck-siapa"><strong>${esc(p.bacaan.siapa)}</strong></p>` : ''}${renderSumber(ctx, p.bacaan.sumber, 'untuk pengecualian')}</div>`;
  }
  const tag = TANDA[baris.status] ? `<p class="ck-tanda ck-tanda-${baris.status}">${TANDA[baris.status]}</p>` : '';
  return `<section class="ck-baris ck-${baris.status}" data-baris="${baris.kunci}"><${h}>${esc(title)}</${h}>${tag}`
    + `${baris.penjelasan ? `<p class="ck-penjelasan">${esc(baris.penjelasan)}</p>` : ''}${body}${ex}${renderCatatan(ctx, baris.catatan)}</section>`;
}

/** Figures of a pattern: caption, link to the Lampiran block, and the user's place in it. */
export function renderGambar(ctx: Ctx, ids: readonly string[], posisi?: string, level = 2): string {
  if (!ids.length) return '';
  const h = `h${level}`;
  const items = ids.map((id) => {
    const k = ctx.data.kutipan[id];
    const nomor = k?.gambar?.nomor ? `Gambar ${k.gambar.nomor}` : 'Gambar';
    return `<li><a href="${esc(urlKetentuan(ctx, id))}">${esc(nomor)}</a>: ${esc(k?.gambar?.judul ?? '')}</li>`;
  }).join('');
  return `<section class="ck-gambar"><${h}>Gambar dalam Lampiran</${h}>`
    + `${posisi ? `<p>Tempat Anda dalam gambar: <strong>${esc(posisi)}</strong>.</p>` : ''}<ul>${items}</ul></section>`;
}

export function renderVarian(ctx: Ctx, v: Varian, level = 2, kecuali: KunciBaris[] = []): string {
  return v.baris.filter((b) => !kecuali.includes(b.kunci)).map((b) => renderBaris(ctx, b, level)).join('')
    + renderGambar(ctx, v.gambar, v.posisiGambar, level)
    + renderCatatan(ctx, v.catatan)
    + `<p class="ck-pola">Pola dalam Lampiran: ${esc(v.judul)}. ${unikLabel(ctx, v.sumber).slice(0, 3).map((r) => linkRef(ctx, r)).join(', ')}</p>`;
}

export function renderPenugasan(ctx: Ctx, list: readonly Penugasan[], level = 2): string {
  const h = `h${level}`;
  const h2 = `h${level + 1}`;
  return `<section class="ck-penugasan"><${h}>Bagaimana Anda dapat ditugaskan</${h}>${list.map((p) =>
    `<div class="ck-tugas"><${h2}>${esc(p.judul)}</${h2}><p>${esc(p.teks)}</p>${renderSumber(ctx, p.sumber.map((id) => ({ id })), `untuk ${p.judul}`)}${p.gambar.length ? `<p>Lihat ${p.gambar.map((id) => `<a href="${esc(urlKetentuan(ctx, id))}">Gambar ${esc(ctx.data.kutipan[id]?.gambar?.nomor ?? '')}</a>`).join(', ')}.</p>` : ''}</div>`).join('')}</section>`;
}

/** Names of the people a line settles on, for summaries ("A atau B"). */
export function ringkasBaris(b: HasilBaris): string {
  const names = [...new Set(b.bacaan.map((x) => x.siapa))];
  if (b.status === 'jelas') return names[0] ?? '';
  if (b.status === 'bertentangan') return `Tidak konsisten: ${names.join(' / ')}`;
  if (b.status === 'bergantung') return `Bergantung: ${names.join(' / ')}`;
  return `Tidak diatur khusus; ketentuan umum: ${names.join(' / ')}`;
}

const baris = (v: Varian, k: KunciBaris) => v.baris.find((b) => b.kunci === k);

const PANEL_KEPALA: Record<string, string> = {
  bertentangan: 'Peraturan ini menyebut pejabat yang berbeda:',
  bergantung: 'Bergantung pada keadaan Anda:',
  'tidak-diatur': 'Tidak diatur khusus untuk keadaan Anda. Ketentuan umumnya:',
};

/** The short answer: the Pejabat Penilai Kinerja, or the readings when the text is not settled. */
export function renderPanel(ppk: HasilBaris): string {
  const names = ppk.bacaan.filter((b, i, all) => all.findIndex((x) => x.siapa === b.siapa && x.jika === b.jika) === i);
  const isi = ppk.status === 'jelas'
    ? `<p class="ck-panel-isi">${esc(names[0]?.siapa ?? '')}</p>`
    : `<p class="ck-panel-sub">${PANEL_KEPALA[ppk.status]}</p><ul class="ck-panel-daftar">${names.map((b) => `<li>${esc(b.siapa)}${b.jika ? ` <span class="ck-panel-jika">(${esc(b.jika)})</span>` : ''}</li>`).join('')}</ul>`;
  return `<div class="ck-panel ck-panel-${ppk.status}"><p class="ck-panel-label">Pejabat Penilai Kinerja Anda</p>${isi}</div>`;
}

/** The answer: the short answer first, then every line with its sources. */
export const renderCatatanUnit = (ctx: Ctx, list: readonly HasilCatatan[]) => renderCatatan(ctx, list);

export function renderHasil(ctx: Ctx, hasil: Extract<Hasil, { ok: true }>, opts: { level?: number; statis?: boolean } = {}): string {
  const level = opts.level ?? 2;
  let out = '';
  if (hasil.varian.length === 1) {
    const v = hasil.varian[0]!;
    out += renderPanel(baris(v, 'penilai')!);
    out += renderVarian(ctx, v, level);
  } else {
    out += `<div class="ck-panel ck-panel-varian"><p class="ck-panel-label">Jawabannya bergantung pada tempat Anda berkedudukan</p><p class="ck-panel-isi">Peraturan ini memuat ${hasil.varian.length} pola untuk unit Anda. Setiap pola di bawah menyebut penilai yang berbeda; pola yang berlaku ditentukan oleh kedudukan Anda dalam peta jabatan.</p></div>`;
    out += `<ul class="ck-varian-ringkas">${hasil.varian.map((v) => `<li><strong>${esc(v.jika ?? v.judul)}</strong>: ${esc(ringkasBaris(baris(v, 'penilai')!))}</li>`).join('')}</ul>`;
    out += hasil.varian.map((v) => `<section class="ck-varian"><h${level}>Jika Anda ${esc((v.jika ?? v.judul).replace(/^./, (c) => c.toLowerCase()))}</h${level}>${renderVarian(ctx, v, level + 1)}</section>`).join('');
  }
  if (hasil.samaUntukSemuaJabatan && !opts.statis) {
    out += `<p class="ck-info">Untuk unit ini, peraturan tidak membedakan Pejabat Fungsional dan Pelaksana menurut jenjang; jawabannya sama untuk ${esc(LABEL_JABATAN[hasil.jabatan])} dan jabatan lain di unit yang sama.</p>`;
  }
  out += renderCatatan(ctx, hasil.catatan);
  out += renderPenugasan(ctx, hasil.penugasan, level);
  return out;
}

/* ---------- The question flow ---------- */

export interface Halaman { judul: string; html: string }

const PERTANYAAN_TEKS: Record<Pertanyaan, { tanya: string; ringkas: string }> = {
  daerah: { tanya: 'Di daerah mana Anda bekerja?', ringkas: 'Daerah' },
  unit: { tanya: 'Di unit organisasi mana Anda bekerja?', ringkas: 'Unit organisasi' },
  jabatan: { tanya: 'Apa jabatan Anda?', ringkas: 'Jabatan' },
  tempat: { tanya: 'Di mana Anda berkedudukan dalam unit itu?', ringkas: 'Tempat kedudukan' },
  kelas: { tanya: 'Apakah kelas jabatan Anda setara dengan atau lebih tinggi dari kelas jabatan pejabat ini?', ringkas: 'Kelas jabatan' },
};

function hidden(j: Jawaban, kecuali: Pertanyaan[]): string {
  return (Object.keys(j) as Pertanyaan[])
    .filter((k) => j[k] && !kecuali.includes(k))
    .map((k) => `<input type="hidden" name="${k}" value="${esc(j[k]!)}">`)
    .join('');
}

function radio(name: string, value: string, label: string, checked: boolean, hint?: string): string {
  const id = `${name}-${value}`.replace(/[^a-z0-9-]/gi, '-');
  return `<div class="ck-radio" data-cari="${esc(label.toLowerCase())}"><input type="radio" id="${id}" name="${name}" value="${esc(value)}"${checked ? ' checked' : ''}${hint ? ` aria-describedby="${id}-hint"` : ''}><label for="${id}">${esc(label)}</label>${hint ? `<p class="ck-hint" id="${id}-hint">${esc(hint)}</p>` : ''}</div>`;
}

export function labelTempat(aturan: Aturan, j: Jawaban): string {
  if (!j.tempat) return '';
  if (j.tempat === TIDAK_TAHU) return 'Saya tidak tahu';
  const unit = findUnit(aturan, j.unit);
  return (unit && opsiTempat(aturan, unit)?.find((o) => o.id === j.tempat)?.label) ?? j.tempat;
}
const KELAS_LABEL: Record<string, string> = { ya: 'Ya, setara atau lebih tinggi', tidak: 'Tidak, lebih rendah', [TIDAK_TAHU]: 'Saya tidak tahu' };

/** The answer to a question as the user chose it, in words. */
export function labelJawaban(indeks: IndeksDaerah[], data: DataDaerah | undefined, j: Jawaban, q: Pertanyaan): string {
  switch (q) {
    case 'daerah': {
      const d = indeks.find((x) => x.slug === j.daerah);
      return d ? `${d.nama} (${d.singkat})` : j.daerah ?? '';
    }
    case 'unit': return (data && findUnit(data.aturan, j.unit)?.nama) ?? j.unit ?? '';
    case 'jabatan': return LABEL_JABATAN[j.jabatan as Jabatan] ?? j.jabatan ?? '';
    case 'tempat': return data ? labelTempat(data.aturan, j) : j.tempat ?? '';
    case 'kelas': return KELAS_LABEL[j.kelas ?? ''] ?? j.kelas ?? '';
  }
}

function kepala(base: string, j: Jawaban, aturan: Aturan | undefined, langkah: Langkah): string {
  const prev = langkahSebelum(aturan, j, langkah);
  const back = prev ? `${FLOW(base)}${kueri(j, prev)}` : `${FLOW(base)}`;
  return `<a class="ck-kembali" href="${esc(back)}">Kembali</a>`;
}

function nomor(aturan: Aturan | undefined, j: Jawaban, q: Pertanyaan): string {
  const list = pertanyaanBerlaku(aturan, j);
  return `<p class="ck-caption">Cek Penilai Kinerja · Pertanyaan ${list.indexOf(q) + 1}</p>`;
}

function form(base: string, j: Jawaban, q: Pertanyaan, inner: string, hint: string, aturan: Aturan | undefined, legendExtra = ''): string {
  const drop = [q, ...bergantungPada(q)];
  return `${kepala(base, j, aturan, q)}<form class="ck-form" method="get" action="${esc(FLOW(base))}" novalidate data-tanya="${q}">`
    + hidden(j, drop)
    + `<div class="ck-grup" id="grup-${q}"><fieldset class="ck-fieldset" aria-describedby="hint-${q}">`
    + `<legend class="ck-legend">${nomor(aturan, j, q)}<h1 class="ck-tanya">${esc(legendExtra || PERTANYAAN_TEKS[q].tanya)}</h1></legend>`
    + `<div class="ck-hint" id="hint-${q}">${hint}</div><p class="ck-galat" id="galat-${q}" hidden></p>${inner}</fieldset></div>`
    + `<button class="ck-tombol" type="submit">Lanjutkan</button></form>`;
}

export function halamanDaerah(base: string, indeks: IndeksDaerah[], j: Jawaban): Halaman {
  const inner = indeks.map((d) => radio('daerah', d.slug, d.nama, j.daerah === d.slug, d.judul)).join('');
  return { judul: PERTANYAAN_TEKS.daerah.tanya, html: form(base, j, 'daerah', `<div class="ck-radios">${inner}</div>`, 'Setiap daerah mempunyai peraturan sendiri. Jawaban Anda hanya akan memakai peraturan daerah yang Anda pilih.', undefined) };
}

export function halamanUnit(base: string, data: DataDaerah, j: Jawaban): Halaman {
  const a = data.aturan;
  const groups = a.kelompok.map((k) => {
    const units = a.unit.filter((u) => u.kelompok === k.id);
    if (!units.length) return '';
    return `<div class="ck-kelompok" data-kelompok><p class="ck-kelompok-judul">${esc(k.label)}</p><div class="ck-radios">${units
      .map((u) => {
        const alias = u.alias.filter((x) => !norm(u.nama).includes(norm(x)));
        return radio('unit', u.id, u.nama, j.unit === u.id, alias.length ? `Juga disebut: ${alias.join(', ')}` : undefined);
      })
      .join('')}</div></div>`;
  }).join('');
  const cari = `<div class="ck-cari" hidden><label for="ck-cari" class="ck-label">Cari nama unit</label><input type="search" id="ck-cari" class="ck-input" autocomplete="off" aria-describedby="ck-cari-status"><p id="ck-cari-status" class="ck-cari-status" role="status" aria-live="polite"></p></div>`;
  const hint = `<p>Pilih unit yang disebut ${esc(data.singkat)}. Bila unit Anda tidak disebut, pilih jenis unitnya di bagian akhir daftar.</p>`;
  return { judul: PERTANYAAN_TEKS.unit.tanya, html: form(base, j, 'unit', cari + groups, hint, a) };
}

export function halamanJabatan(base: string, data: DataDaerah, j: Jawaban): Halaman {
  const keahlian = JABATAN.slice(0, 4).map((x) => radio('jabatan', x, LABEL_JABATAN[x], j.jabatan === x)).join('');
  const terampil = JABATAN.slice(4, 8).map((x) => radio('jabatan', x, LABEL_JABATAN[x], j.jabatan === x)).join('');
  const inner = `<p class="ck-kelompok-judul">Jabatan fungsional keahlian</p><div class="ck-radios">${keahlian}</div>`
    + `<p class="ck-kelompok-judul">Jabatan fungsional keterampilan</p><div class="ck-radios">${terampil}</div>`
    + `<p class="ck-kelompok-judul">Jabatan pelaksana</p><div class="ck-radios">${radio('jabatan', 'pelaksana', LABEL_JABATAN.pelaksana, j.jabatan === 'pelaksana')}</div>`;
  return { judul: PERTANYAAN_TEKS.jabatan.tanya, html: form(base, j, 'jabatan', inner, '<p>Pilih jabatan dan jenjang Anda sekarang.</p>', data.aturan) };
}

export function halamanTempat(base: string, data: DataDaerah, j: Jawaban): Halaman {
  const unit = findUnit(data.aturan, j.unit)!;
  const opsi: TempatOpsi[] = opsiTempat(data.aturan, unit) ?? [];
  const inner = `<div class="ck-radios">${opsi.map((o) => radio('tempat', o.id, o.label, j.tempat === o.id, o.petunjuk)).join('')}`
    + `<p class="ck-atau">atau</p>${radio('tempat', TIDAK_TAHU, 'Saya tidak tahu', j.tempat === TIDAK_TAHU, 'Kami akan menampilkan semua kemungkinan.')}</div>`;
  const hint = unit.pola.length > 1
    ? `<p>${esc(data.singkat)} memuat lebih dari satu pola untuk ${esc(unit.nama)}. Pola yang berlaku bagi Anda ditentukan oleh pejabat tempat Anda ditempatkan dalam peta jabatan.</p>`
    : `<p>Untuk ${esc(unit.nama)}, jawabannya bergantung pada bagian unit tempat Anda ditempatkan dalam peta jabatan.</p>`;
  return { judul: PERTANYAAN_TEKS.tempat.tanya, html: form(base, j, 'tempat', inner, hint, data.aturan) };
}

export function halamanKelas(base: string, data: DataDaerah, j: Jawaban): Halaman {
  const unit = findUnit(data.aturan, j.unit)!;
  const info = perluKelas(data.aturan, unit, j.tempat)!;
  const tanya = `Apakah kelas jabatan Anda setara dengan atau lebih tinggi dari kelas jabatan ${info.pembanding}?`;
  const inner = `<div class="ck-radios">${radio('kelas', 'ya', KELAS_LABEL.ya!, j.kelas === 'ya')}${radio('kelas', 'tidak', KELAS_LABEL.tidak!, j.kelas === 'tidak')}`
    + `<p class="ck-atau">atau</p>${radio('kelas', TIDAK_TAHU, KELAS_LABEL[TIDAK_TAHU]!, j.kelas === TIDAK_TAHU, 'Kami akan menampilkan jawaban untuk kedua keadaan.')}</div>`;
  const hint = `<p>${esc(data.singkat)} memuat pengecualian: bila kelas jabatan seorang Pejabat Fungsional setara atau lebih tinggi, penilaiannya dilaksanakan oleh pejabat lain. Kelas jabatan tercantum dalam keputusan pengangkatan atau peta jabatan Anda.</p>`;
  return { judul: tanya, html: form(base, j, 'kelas', inner, hint, data.aturan, tanya) };
}

export function halamanPeriksa(base: string, indeks: IndeksDaerah[], data: DataDaerah, j: Jawaban): Halaman {
  const qs = pertanyaanBerlaku(data.aturan, j);
  const rows = qs.map((q) => `<div class="ck-ringkas-baris"><dt>${esc(PERTANYAAN_TEKS[q].ringkas)}</dt><dd>${esc(labelJawaban(indeks, data, j, q))}</dd>`
    + `<dd class="ck-ubah"><a href="${esc(FLOW(base) + kueri(j, q))}">Ubah<span class="vh"> ${esc(PERTANYAAN_TEKS[q].ringkas.toLowerCase())}</span></a></dd></div>`).join('');
  const html = `${kepala(base, j, data.aturan, 'periksa')}<h1>Periksa jawaban Anda</h1><dl class="ck-ringkas">${rows}</dl>`
    + `<form class="ck-form" method="get" action="${esc(FLOW(base))}">${hidden(j, [])}<input type="hidden" name="langkah" value="hasil">`
    + `<p>Jawaban akan disusun hanya dari ${esc(data.judul)}.</p><button class="ck-tombol" type="submit">Lihat jawaban</button></form>`;
  return { judul: 'Periksa jawaban Anda', html };
}

export function halamanHasil(base: string, indeks: IndeksDaerah[], data: DataDaerah, j: Jawaban, hasil: Extract<Hasil, { ok: true }>): Halaman {
  const ctx: Ctx = { base, data };
  const qs = pertanyaanBerlaku(data.aturan, j);
  const ringkas = qs.map((q) => `<div class="ck-ringkas-baris"><dt>${esc(PERTANYAAN_TEKS[q].ringkas)}</dt><dd>${esc(labelJawaban(indeks, data, j, q))}</dd></div>`).join('');
  const html = `${kepala(base, j, data.aturan, 'hasil')}<p class="ck-caption">Cek Penilai Kinerja · Jawaban</p><h1>Jawaban untuk Anda</h1>`
    + `<details class="ck-jawaban-anda"><summary>Jawaban Anda</summary><dl class="ck-ringkas">${ringkas}</dl><p><a href="${esc(FLOW(base) + kueri(j, 'periksa'))}">Ubah jawaban</a></p></details>`
    + `<p class="ck-dasar-utama">Menurut <a href="${esc(`${base}${data.slug}/`)}">${esc(data.judul)}</a>. Penjelasan di halaman ini adalah tulisan kami; bunyi peraturan dikutip apa adanya pada bagian "Bunyi ketentuan".</p>`
    + renderHasil(ctx, hasil)
    + `<section class="ck-bagikan"><h2>Simpan atau bagikan</h2><p>Alamat halaman ini memuat jawaban Anda; bukalah lagi untuk melihat jawaban yang sama. Tabel lengkap untuk unit Anda, yang dapat dibaca tanpa JavaScript, ada di <a href="${esc(`${FLOW(base)}${data.slug}/${j.unit}/`)}">halaman ${esc(findUnit(data.aturan, j.unit)?.nama ?? '')}</a>.</p>`
    + `<p><a href="${esc(FLOW(base))}">Mulai lagi dengan jawaban lain</a></p></section>`;
  return { judul: 'Jawaban untuk Anda', html };
}

export function halamanMasalah(base: string, masalah: Masalah[], sah: Jawaban): Halaman {
  const back = kueri(sah);
  const html = `<h1>Alamat halaman ini tidak dapat kami jawab</h1>`
    + `<div class="ck-ringkasan-galat" role="alert" tabindex="-1"><h2>Yang tidak cocok</h2><ul>${masalah.map((m) => `<li>${esc(m.pesan)}</li>`).join('')}</ul></div>`
    + `<p>Tautan yang Anda buka mungkin terpotong, diubah, atau dibuat untuk versi lain halaman ini.</p>`
    + `<ul class="ck-jalan-keluar">${back ? `<li><a href="${esc(FLOW(base) + back)}">Lanjutkan dari jawaban yang masih berlaku</a></li>` : ''}<li><a href="${esc(FLOW(base))}">Mulai lagi dari pertanyaan pertama</a></li><li><a href="${esc(FLOW(base))}#tanpa-js">Lihat tabel per peraturan</a></li></ul>`;
  return { judul: 'Alamat tidak dapat dijawab', html };
}
