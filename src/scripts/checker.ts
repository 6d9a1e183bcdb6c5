/**
 * The question flow of /penilai-kinerja/ in the browser. The state lives in
 * the URL query; every step is a plain GET form back to this page, so the
 * browser's back button, bookmarks and shared links all work. This script
 * reads the query, fetches the regulation's rules (JSON built at build time),
 * and renders the step, the check-your-answers summary or the answer with the
 * same HTML functions the static pages use.
 */
import { periksa, type Hasil, type Jawaban } from '../lib/checker/check.ts';
import { cariUnit, pesanCari } from '../lib/checker/cari.ts';
import { bacaKueri, langkahTampil, validasi, type IndeksDaerah, type Pertanyaan } from '../lib/checker/flow.ts';
import type { DataDaerah } from '../lib/checker/data.ts';
import { registerPages } from '../lib/permalink.ts';
import {
  halamanDaerah,
  halamanHasil,
  halamanJabatan,
  halamanKelas,
  halamanMasalah,
  halamanPeriksa,
  halamanTempat,
  halamanUnit,
  pilihanAnda,
  teksSalin,
  urlBagikan,
  type Halaman,
} from '../lib/checker/render.ts';

const GALAT: Record<Pertanyaan, string> = {
  daerah: 'Pilih daerah tempat Anda bekerja',
  unit: 'Pilih unit organisasi Anda, atau jenis unitnya di bagian akhir daftar',
  jabatan: 'Pilih jabatan Anda',
  tempat: 'Pilih tempat Anda berkedudukan, atau pilih "Saya tidak tahu"',
  kelas: 'Pilih salah satu jawaban tentang kelas jabatan Anda',
};

async function ambil<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`${res.status} ${url}`);
  return (await res.json()) as T;
}

function tampil(root: HTMLElement, h: Halaman) {
  root.innerHTML = h.html;
  document.title = `${h.judul} · Sistem Kerja`;
  root.removeAttribute('aria-busy');
  root.dataset.siap = '1';
  const galat = root.querySelector<HTMLElement>('.ck-ringkasan-galat');
  if (galat) galat.focus();
}

/** GOV.UK-style error summary when a form is sent without a choice. */
function pasangValidasi(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('form[data-tanya]');
  if (!form) return;
  const q = form.dataset.tanya as Pertanyaan;
  form.addEventListener('submit', (e) => {
    if (form.querySelector('input[type=radio]:checked')) return;
    e.preventDefault();
    const first = form.querySelector<HTMLInputElement>('.ck-radio:not([hidden]) input[type=radio]');
    const pesan = GALAT[q];
    let sum = root.querySelector<HTMLElement>('.ck-ringkasan-galat');
    if (!sum) {
      sum = document.createElement('div');
      sum.className = 'ck-ringkasan-galat';
      sum.setAttribute('role', 'alert');
      sum.tabIndex = -1;
      form.before(sum);
    }
    sum.innerHTML = `<h2>Ada masalah</h2><ul><li><a href="#${first?.id ?? ''}">${pesan}</a></li></ul>`;
    const galat = form.querySelector<HTMLElement>('.ck-galat');
    if (galat) {
      galat.hidden = false;
      galat.innerHTML = `<span class="vh">Galat:</span> ${pesan}`;
    }
    form.querySelector('.ck-grup')?.classList.add('ck-grup-galat');
    const fs = form.querySelector('fieldset');
    fs?.setAttribute('aria-describedby', `hint-${q} galat-${q}`);
    if (!document.title.startsWith('Galat: ')) document.title = `Galat: ${document.title}`;
    sum.querySelector('a')?.addEventListener('click', (ev) => {
      ev.preventDefault();
      first?.focus();
    });
    sum.focus();
  });
}

/**
 * Filters the list of units as the user types: names, common names and
 * abbreviations, then the kind of unit; the kinds of unit stay in view, so
 * that a search never ends with nothing to choose.
 */
function pasangCari(root: HTMLElement, data: DataDaerah | undefined) {
  const box = root.querySelector<HTMLElement>('.ck-cari');
  const input = root.querySelector<HTMLInputElement>('#ck-cari');
  const status = root.querySelector<HTMLElement>('#ck-cari-status');
  if (!box || !input || !status || !data) return;
  box.hidden = false;
  const items = [...root.querySelectorAll<HTMLElement>('.ck-radio[data-nilai]')];
  const groups = [...root.querySelectorAll<HTMLElement>('[data-kelompok]')];
  const units = data.aturan.unit.map((u) => ({
    id: u.id,
    nama: u.nama,
    alias: u.alias,
    jenis: u.jenis,
    ...(data.padanan[u.id] ? { padanan: data.padanan[u.id] } : {}),
  }));
  input.addEventListener('input', () => {
    const h = cariUnit(units, data.sinonim, input.value);
    const keep = new Set(h.ids);
    for (const it of items) {
      const unit = units.find((u) => u.id === it.dataset.nilai);
      const checked = !!it.querySelector('input:checked');
      it.hidden = !(checked || !unit || unit.jenis || keep.has(unit.id));
    }
    for (const g of groups) g.hidden = !g.querySelector('.ck-radio:not([hidden])');
    status.textContent = pesanCari(h, input.value, data.sinonim, data.singkat);
  });
}

/** "Salin jawaban" (plain text for WhatsApp), "Bagikan" (Web Share API), and print with everything open. */
function pasangBagikan(
  root: HTMLElement,
  data: DataDaerah,
  indeks: IndeksDaerah[],
  j: Jawaban,
  hasil: Extract<Hasil, { ok: true }>,
  base: string,
) {
  const aksi = root.querySelector<HTMLElement>('.ck-aksi');
  if (!aksi) return;
  const status = aksi.querySelector<HTMLElement>('.ck-aksi-status')!;
  const url = new URL(urlBagikan(base, data, j, hasil), location.href).href;
  const teks = teksSalin(data, hasil, pilihanAnda(indeks, data, j), url);
  aksi.querySelector<HTMLButtonElement>('[data-salin]')?.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(teks);
      status.textContent = 'Jawaban disalin. Tempelkan di WhatsApp atau surel.';
    } catch {
      status.textContent = 'Jawaban tidak dapat disalin otomatis oleh peramban ini. Salin alamat halaman ini.';
    }
  });
  const share = aksi.querySelector<HTMLButtonElement>('[data-bagikan]');
  if (share && typeof navigator.share === 'function') {
    share.hidden = false;
    share.addEventListener('click', () => {
      navigator.share({ title: 'Siapa Pejabat Penilai Kinerja saya?', text: teks }).catch(() => undefined);
    });
  }
  // The address bar holds the address that also answers without JavaScript.
  history.replaceState(history.state, '', url);
}

/** Printing shows the choices and the quoted provisions: every section opens, and closes again after. */
function pasangCetak(root: HTMLElement) {
  let opened: HTMLDetailsElement[] = [];
  addEventListener('beforeprint', () => {
    opened = [...root.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    for (const d of opened) d.open = true;
  });
  addEventListener('afterprint', () => {
    for (const d of opened) d.open = false;
    opened = [];
  });
}

async function jalankan(root: HTMLElement) {
  const base = root.dataset.base ?? '/';
  const q = bacaKueri(location.search);
  if (!location.search || location.search === '?') {
    root.querySelectorAll<HTMLElement>('[data-perlu-js]').forEach((el) => {
      el.hidden = false;
    });
    root.dataset.siap = '1';
    return;
  }
  root.setAttribute('aria-busy', 'true');
  let indeks: IndeksDaerah[];
  let data: DataDaerah | undefined;
  try {
    indeks = await ambil<IndeksDaerah[]>(`${base}penilai-kinerja/data/indeks.json`);
    if (q.jawaban.daerah && indeks.some((d) => d.slug === q.jawaban.daerah)) {
      data = await ambil<DataDaerah>(`${base}penilai-kinerja/data/${q.jawaban.daerah}.json`);
      // Links rendered here open the smallest reading page, as the static pages do.
      registerPages(data.slug, data.halaman);
    }
  } catch {
    tampil(root, {
      judul: 'Data tidak dapat dimuat',
      html: `<h1>Data tidak dapat dimuat</h1><p>Aturan pemeriksa tidak dapat diambil dari server. Muat ulang halaman ini, atau gunakan <a href="${base}penilai-kinerja/#tanpa-js">tabel per peraturan</a>.</p>`,
    });
    return;
  }
  const j = q.jawaban;
  const v = validasi(indeks, data?.aturan, j, q.langkah);
  const masalah = [...q.masalah, ...v.masalah];
  if (masalah.length) {
    tampil(root, halamanMasalah(base, masalah, v.sah));
    return;
  }
  const langkah = langkahTampil(data?.aturan, j, q.langkah);
  let h: Halaman | undefined;
  if (langkah === 'daerah' || !data) h = halamanDaerah(base, indeks, j);
  else if (langkah === 'unit') h = halamanUnit(base, data, j);
  else if (langkah === 'jabatan') h = halamanJabatan(base, data, j);
  else if (langkah === 'tempat') h = halamanTempat(base, data, j);
  else if (langkah === 'kelas') h = halamanKelas(base, data, j);
  else if (langkah === 'periksa') h = halamanPeriksa(base, indeks, data, j);
  else h = undefined;
  let jawaban: Extract<Hasil, { ok: true }> | undefined;
  if (!h) {
    const hasil = periksa(data!.aturan, j);
    if (hasil.ok) jawaban = hasil;
    h = hasil.ok ? halamanHasil(base, indeks, data!, j, hasil) : halamanMasalah(base, hasil.masalah, v.sah);
  }
  tampil(root, h);
  if (jawaban && data) {
    pasangBagikan(root, data, indeks, j, jawaban, base);
    pasangCetak(root);
  }
  // Question pages show only the question, in the manner of GOV.UK.
  const tanpaJs = document.getElementById('tanpa-js');
  if (tanpaJs) tanpaJs.hidden = true;
  pasangValidasi(root);
  pasangCari(root, data);
}

const root = document.getElementById('ck-app');
if (root) void jalankan(root);
