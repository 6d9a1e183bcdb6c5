/**
 * The checker: one pure function from answers to the answer, with the
 * provisions that say so. It reads the rules of one regulation (already
 * validated, see load.ts) and never looks at another regulation.
 *
 * No zod and no Node here: this module is bundled for the browser.
 */
import type { Aturan, Bacaan, Baris, BarisTabel, Catatan, Penugasan, Pola, Status, Tabel, TempatOpsi, Unit } from '../schema/checker.ts';
import { expandJabatan, isJabatan, isKeterampilan, KELOMPOK_KE_BAWAH, type Jabatan } from './jabatan.ts';

/** A provision cited by an answer; `baris` is a row of a Lampiran table. */
export interface Ref {
  id: string;
  baris?: number;
}

export interface HasilBacaan {
  /** What the reading names, for comparing readings ("administrator", "peran:puo"). */
  kunci: string;
  siapa: string;
  /** The route the reading describes, when the text names one (see Bacaan.jalur). */
  jalur?: string;
  /** The reading is the specific rule for the units it names. */
  khusus?: boolean;
  keterangan?: string;
  jika?: string;
  sumber: Ref[];
}

export type KunciBaris =
  'penilai' | 'pimpinan' | 'pemberi-tugas' | 'koordinator' | 'lapor-individu' | 'lapor-anggota' | 'lapor-ketua' | 'hasil';

export interface HasilCatatan {
  teks: string;
  sumber: Ref[];
}

export interface HasilPengecualian {
  pembanding: string;
  /** true: the user said their kelas jabatan is equal or higher; false: lower; null: unknown. */
  berlaku: boolean | null;
  bacaan: HasilBacaan;
}

export interface HasilBaris {
  kunci: KunciBaris;
  status: Status;
  bacaan: HasilBacaan[];
  /** In a conflict: the index of the reading that is the specific rule for the user's unit. */
  khusus?: number;
  penjelasan?: string;
  catatan: HasilCatatan[];
  pengecualian?: HasilPengecualian;
}

export interface Varian {
  pola: string;
  judul: string;
  /** When several patterns remain: the answer to "where do you sit" that selects this one. */
  jika?: string;
  sumber: Ref[];
  gambar: string[];
  posisiGambar?: string;
  baris: HasilBaris[];
  catatan: HasilCatatan[];
}

export interface Jawaban {
  daerah?: string;
  unit?: string;
  jabatan?: string;
  tempat?: string;
  kelas?: string;
}

export interface Masalah {
  param: string;
  kode: string;
  pesan: string;
}

export type Hasil =
  | {
      ok: true;
      slug: string;
      unit: { id: string; nama: string; jenis: boolean };
      jabatan: Jabatan;
      tempat?: string;
      kelas?: string;
      /** The provisions that name the user's unit (or describe its kind). */
      unitSumber: Ref[];
      varian: Varian[];
      penugasan: Penugasan[];
      catatan: HasilCatatan[];
      /** true when the regulation does not distinguish positions for this unit. */
      samaUntukSemuaJabatan: boolean;
    }
  | { ok: false; masalah: Masalah[] };

export const TIDAK_TAHU = 'tidak-tahu';
export const KELAS = ['ya', 'tidak', TIDAK_TAHU] as const;

const refs = (ids: readonly string[]): Ref[] => ids.map((id) => ({ id }));
const catatanKe = (c: readonly Catatan[]): HasilCatatan[] => c.map((x) => ({ teks: x.teks, sumber: refs(x.sumber) }));

export const findUnit = (aturan: Aturan, id: string | undefined): Unit | undefined => aturan.unit.find((u) => u.id === id);
export const findPola = (aturan: Aturan, id: string): Pola | undefined => aturan.pola.find((p) => p.id === id);
export const findTabel = (aturan: Aturan, id: string | undefined): Tabel | undefined => aturan.tabel.find((t) => t.id === id);

/** Options for "where do you sit", or null when the answer does not depend on it. */
export function opsiTempat(aturan: Aturan, unit: Unit): TempatOpsi[] | null {
  if (unit.pola.length > 1) {
    return unit.pola.map((id) => {
      const p = findPola(aturan, id)!;
      return { id: p.id, label: p.pilihan ?? p.judul };
    });
  }
  const p = findPola(aturan, unit.pola[0]!)!;
  if (p.tabel) {
    const t = findTabel(aturan, p.tabel)!.tempat;
    return t.length ? t : null;
  }
  return p.tempat ?? null;
}

/** The patterns that remain after "where do you sit". */
export function polaTerpilih(aturan: Aturan, unit: Unit, tempat?: string): Pola[] {
  if (unit.pola.length > 1 && tempat && unit.pola.includes(tempat)) return [findPola(aturan, tempat)!];
  return unit.pola.map((id) => findPola(aturan, id)!);
}

/**
 * Whether the kelas jabatan question applies to these answers: only where a
 * pattern has the exception, and only for a Pejabat Fungsional (the exception
 * speaks of "Jabatan Fungsional yang kelas jabatannya ..."), so that it is
 * asked only where it can change the answer.
 */
export function perluKelas(aturan: Aturan, unit: Unit, tempat?: string, jabatan?: string): PengecualianInfo | null {
  if (jabatan === 'pelaksana') return null;
  for (const p of polaTerpilih(aturan, unit, tempat)) {
    if (p.pengecualianKelas) return { pembanding: p.pengecualianKelas.pembanding };
  }
  return null;
}
export interface PengecualianInfo {
  pembanding: string;
}

function labelPejabat(aturan: Aturan, key: string): string {
  return aturan.pejabat[key] ?? key;
}

interface Konteks {
  aturan: Aturan;
  ppk?: HasilBaris;
  puo?: HasilBaris;
  tempat?: string;
  jabatan?: Jabatan;
  unit?: Unit;
}

/** A combined official ("Kepala Subbagian atau Kepala Seksi") narrowed to the one at the user's place. */
function rinci(aturan: Aturan, key: string, tempat: string | undefined): string {
  if (!tempat || tempat === TIDAK_TAHU) return key;
  return aturan.rinciTempat[key]?.[tempat] ?? key;
}

/** Whether a reading restricted to positions applies to this one. */
const cocokJabatan = (b: Bacaan, jabatan: Jabatan | undefined) => !b.jabatan || !jabatan || expandJabatan(b.jabatan).includes(jabatan);

const PERAN_LABEL: Record<string, string> = {
  ppk: 'Pejabat Penilai Kinerja Anda (lihat di atas)',
  puo: 'Pimpinan Unit Organisasi Anda (lihat di atas)',
};

/** The person a settled line names, if it names exactly one. */
function satuOrang(b: HasilBaris | undefined): HasilBacaan | undefined {
  if (!b || b.status !== 'jelas') return undefined;
  const keys = new Set(b.bacaan.map((x) => x.kunci));
  return keys.size === 1 ? b.bacaan[0] : undefined;
}

function resolve(b: Bacaan, ctx: Konteks): HasilBacaan {
  const base = {
    sumber: refs(b.sumber),
    ...(b.keterangan ? { keterangan: b.keterangan } : {}),
    ...(b.jika ? { jika: b.jika } : {}),
    ...(b.jalur ? { jalur: b.jalur } : {}),
    ...(b.khusus ? { khusus: true } : {}),
  };
  if (b.pejabat) {
    const k = rinci(ctx.aturan, b.pejabat, ctx.tempat);
    return { kunci: k, siapa: labelPejabat(ctx.aturan, k), ...base };
  }
  if (b.peran === 'ppk' || b.peran === 'puo') {
    const who = satuOrang(b.peran === 'ppk' ? ctx.ppk : ctx.puo);
    return who ? { kunci: who.kunci, siapa: who.siapa, ...base } : { kunci: `peran:${b.peran}`, siapa: PERAN_LABEL[b.peran]!, ...base };
  }
  // ppk-puo: "Pejabat Penilai Kinerja dan/atau Pimpinan Unit Organisasi"
  const a = satuOrang(ctx.ppk);
  const c = satuOrang(ctx.puo);
  if (a && c) {
    if (a.kunci === c.kunci) return { kunci: a.kunci, siapa: a.siapa, ...base };
    return { kunci: `${a.kunci}+${c.kunci}`, siapa: `${a.siapa} dan/atau ${c.siapa}`, ...base };
  }
  return { kunci: 'peran:ppk-puo', siapa: 'Pejabat Penilai Kinerja dan/atau Pimpinan Unit Organisasi Anda (lihat di atas)', ...base };
}

/** Keeps the readings that fit "where do you sit" and the position; a settled answer when one reading remains. */
function pilihTempat(b: Baris, tempat: string | undefined, jabatan?: Jabatan): { status: Status; bacaan: Bacaan[] } {
  let bacaan = b.bacaan.filter((x) => cocokJabatan(x, jabatan));
  if (!bacaan.length) bacaan = b.bacaan;
  if (bacaan.some((x) => x.tempat) && tempat && tempat !== TIDAK_TAHU) {
    const kept = bacaan.filter((x) => !x.tempat || x.tempat.includes(tempat));
    if (kept.length) bacaan = kept;
  }
  let status = b.status;
  if (status === 'jelas' || status === 'bergantung') status = bacaan.length === 1 ? 'jelas' : 'bergantung';
  else if (status === 'bertentangan' && bacaan.length === 1) status = 'jelas';
  return { status, bacaan };
}

const kecilAwal = (s: string) => s.replace(/^./, (c) => c.toLowerCase());

function dariBaris(kunci: KunciBaris, b: Baris, ctx: Konteks, tempat: string | undefined, opsi: readonly TempatOpsi[] = []): HasilBaris {
  const { status, bacaan } = pilihTempat(b, tempat, ctx.jabatan);
  const out = bacaan.map((x) => {
    const r = resolve(x, { ...ctx, tempat });
    if (status === 'bergantung' && !r.jika && x.tempat) {
      const labels = opsi.filter((o) => x.tempat!.includes(o.id)).map((o) => kecilAwal(o.label));
      if (labels.length) r.jika = `jika Anda ${labels.join(' atau ')}`;
    }
    return r;
  });
  const penjelasan =
    status === 'jelas'
      ? undefined
      : (b.penjelasan ?? (status === 'bergantung' ? 'Jawabannya bergantung pada tempat Anda berkedudukan dalam unit ini.' : undefined));
  // Readings that end at the same person after narrowing to the user's place say the same thing.
  if (status === 'bergantung' && new Set(out.map((x) => x.kunci)).size === 1 && tempat && tempat !== TIDAK_TAHU) {
    return { kunci, status: 'jelas', bacaan: [out[0]!], catatan: [] };
  }
  const khusus = status === 'bertentangan' && ctx.unit && !ctx.unit.jenis ? out.findIndex((x) => x.khusus) : -1;
  return { kunci, status, bacaan: out, ...(khusus >= 0 ? { khusus } : {}), ...(penjelasan ? { penjelasan } : {}), catatan: [] };
}

/**
 * A line built from several statements of the text (body and Lampiran):
 * settled when they all name the same person, in conflict otherwise.
 */
function gabung(kunci: KunciBaris, list: readonly Bacaan[], ctx: Konteks): HasilBaris {
  const bacaan = list.filter((x) => cocokJabatan(x, ctx.jabatan)).map((x) => resolve(x, ctx));
  const people = new Set(bacaan.map((x) => x.kunci));
  const routes = new Set(bacaan.map((x) => x.jalur ?? ''));
  if (routes.size > 1) {
    // Different routes are different rules, even when they end at the same person.
    const khusus = ctx.unit && !ctx.unit.jenis ? bacaan.findIndex((x) => x.khusus) : -1;
    return {
      kunci,
      status: 'bertentangan',
      bacaan,
      ...(khusus >= 0 ? { khusus } : {}),
      penjelasan:
        people.size <= 1
          ? 'Ketentuan-ketentuan ini menyebut jalur pelaporan yang berbeda, walaupun berakhir pada pejabat yang sama. Peraturan ini tidak menyatakan mana yang didahulukan, jadi semuanya kami tampilkan.'
          : 'Ketentuan-ketentuan ini menyebut jalur pelaporan dan pejabat yang berbeda. Peraturan ini tidak menyatakan mana yang didahulukan, jadi semuanya kami tampilkan.',
      catatan: [],
    };
  }
  if (people.size <= 1) return { kunci, status: 'jelas', bacaan, catatan: [] };
  if (bacaan.some((x) => x.kunci.startsWith('peran:'))) {
    // A role that is itself unsettled above: the statements may or may not name the same person.
    return {
      kunci,
      status: 'bergantung',
      bacaan,
      penjelasan:
        'Ketentuan-ketentuan ini menyebut peran yang berbeda. Apakah yang dimaksud orang yang sama bergantung pada jawaban tentang Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi Anda di atas.',
      catatan: [],
    };
  }
  const fromBody = bacaan.some((x) => x.sumber.some((r) => r.id.startsWith('pasal-')));
  const fromLampiran = bacaan.some((x) => x.sumber.some((r) => r.id.startsWith('lampiran')));
  return {
    kunci,
    status: 'bertentangan',
    bacaan,
    penjelasan:
      fromBody && fromLampiran
        ? 'Batang tubuh dan Lampiran menyebut pejabat yang berbeda untuk hal yang sama. Peraturan ini tidak menyatakan mana yang didahulukan, jadi keduanya kami tampilkan.'
        : 'Bagian-bagian peraturan ini menyebut pejabat yang berbeda untuk hal yang sama. Peraturan ini tidak menyatakan mana yang didahulukan, jadi semuanya kami tampilkan.',
    catatan: [],
  };
}

function rowMatches(row: BarisTabel, jabatan: Jabatan, tempat: string | undefined): { viaKeBawah: boolean } | null {
  for (const d of row.dinilai) {
    if (!d.jabatan) continue;
    if (!expandJabatan(d.jabatan).includes(jabatan)) continue;
    if (d.tempat && tempat && tempat !== TIDAK_TAHU && !d.tempat.includes(tempat)) continue;
    const direct = d.jabatan.some((t) => t === jabatan || (!KELOMPOK_KE_BAWAH.includes(t) && expandJabatan([t]).includes(jabatan)));
    return { viaKeBawah: !direct };
  }
  return null;
}

const LABEL_TEMPAT_KOSONG = 'di tempat yang Anda pilih';

/**
 * Where an assessor table is silent on the user's position: the regulation's
 * own general level rule (Klaten Lampiran huruf B: Ahli Utama under the JPT,
 * Ahli Madya and Muda under an Administrator, Ahli Pertama and keterampilan
 * under a Pengawas), resolved to the official who holds that level at the
 * user's place (`tingkat` of the table). Null when the rule or the place does
 * not name anyone: then only the definition of the assessor is left.
 */
function jenjangUntuk(aturan: Aturan, tabel: Tabel, jabatan: Jabatan, tempat: string | undefined): HasilBaris | null {
  const rule = aturan.jenjang.find((j) => expandJabatan(j.jabatan).includes(jabatan));
  if (!rule || !tabel.tingkat) return null;
  const known = !!tempat && tempat !== TIDAK_TAHU;
  const places = known ? [tempat!] : tabel.tempat.length ? tabel.tempat.map((t) => t.id) : ['_'];
  const found = new Map<string, string[]>();
  for (const t of places) {
    const key = tabel.tingkat[t]?.[rule.tingkat] ?? tabel.tingkat._?.[rule.tingkat];
    if (key) found.set(key, [...(found.get(key) ?? []), t]);
  }
  if (!found.size) return null;
  const tempatTeks = known ? kecilAwal(tabel.tempat.find((t) => t.id === tempat)?.label ?? LABEL_TEMPAT_KOSONG) : '';
  const bacaan: HasilBacaan[] = [...found].map(([key, ts]) => {
    const labels = tabel.tempat.filter((o) => ts.includes(o.id)).map((o) => kecilAwal(o.label));
    const jika = !known && found.size > 1 && labels.length ? `jika Anda ${labels.join(' atau ')}` : undefined;
    return { kunci: key, siapa: labelPejabat(aturan, key), sumber: refs(rule.sumber), ...(jika ? { jika } : {}) };
  });
  return {
    kunci: 'penilai',
    status: 'tidak-diatur',
    bacaan,
    penjelasan: `Tabel penilai kinerja untuk unit ini tidak menyebut jabatan Anda${known ? ` (${tempatTeks})` : ''}. Yang berlaku adalah aturan umum Lampiran tentang kedudukan menurut jenjang: ${rule.label}.`,
    catatan: [{ teks: 'Tabel yang kami periksa (tidak menyebut jabatan Anda):', sumber: [{ id: tabel.blok }] }],
  };
}

/** Klaten: the Pejabat Penilai Kinerja from an assessor table. */
export function penilaiDariTabel(aturan: Aturan, tabel: Tabel, jabatan: Jabatan, tempat: string | undefined): HasilBaris {
  const ctx: Konteks = { aturan };
  const hits = tabel.baris.map((row) => ({ row, m: rowMatches(row, jabatan, tempat) })).filter((x) => x.m);
  const rowRef = (row: BarisTabel): Ref[] => [{ id: tabel.blok, baris: row.baris }];
  const catatan: HasilCatatan[] = [];
  if (aturan.keBawahCatatan && isKeterampilan(jabatan) && hits.some((h) => h.m!.viaKeBawah)) {
    catatan.push(...catatanKe([aturan.keBawahCatatan]));
  }
  if (hits.length === 0) {
    const umum = jenjangUntuk(aturan, tabel, jabatan, tempat);
    if (umum) return umum;
    return {
      kunci: 'penilai',
      status: 'tidak-diatur',
      bacaan: aturan.umum.penilai.map((x) => resolve(x, ctx)),
      penjelasan:
        'Tabel penilai kinerja untuk unit ini tidak menyebut jabatan Anda pada tempat yang Anda pilih. Yang berlaku adalah ketentuan umum di bawah ini; tanyakan penetapan kedudukan Anda dalam peta jabatan.',
      catatan: [{ teks: 'Tabel yang kami periksa:', sumber: [{ id: tabel.blok }] }],
    };
  }
  const tempatLabel = (row: BarisTabel) => {
    const ids = new Set(row.dinilai.filter((d) => d.jabatan && expandJabatan(d.jabatan).includes(jabatan)).flatMap((d) => d.tempat ?? []));
    const labels = tabel.tempat.filter((t) => ids.has(t.id)).map((t) => kecilAwal(t.label));
    return labels.length ? `jika Anda ${labels.join(' atau ')}` : undefined;
  };
  if (hits.length === 1) {
    const row = hits[0]!.row;
    catatan.push(...catatanKe(row.catatan));
    const k = rinci(aturan, row.pejabat, tempat);
    const main: HasilBacaan = { kunci: k, siapa: labelPejabat(aturan, k), sumber: rowRef(row) };
    const lain = (row.bacaanLain ?? []).filter(
      (x) => cocokJabatan(x, jabatan) && (!x.tempat || !tempat || tempat === TIDAK_TAHU || x.tempat.includes(tempat)),
    );
    if (lain.length) {
      const known = !!tempat && tempat !== TIDAK_TAHU;
      const others = lain.map((x) => {
        const r = resolve(x, { ...ctx, tempat });
        if (!known && x.tempat && !r.jika) {
          const labels = tabel.tempat.filter((o) => x.tempat!.includes(o.id)).map((o) => kecilAwal(o.label));
          if (labels.length) r.jika = `jika Anda ${labels.join(' atau ')}`;
        }
        return r;
      });
      return {
        kunci: 'penilai',
        status: 'bertentangan',
        bacaan: [main, ...others],
        penjelasan: row.penjelasan!,
        catatan,
      };
    }
    return { kunci: 'penilai', status: 'jelas', bacaan: [main], catatan };
  }
  const known = !!tempat && tempat !== TIDAK_TAHU;
  for (const h of hits) catatan.push(...catatanKe(h.row.catatan));
  const bacaan: HasilBacaan[] = hits.map(({ row }) => {
    const jika = known ? undefined : tempatLabel(row);
    const k = rinci(aturan, row.pejabat, tempat);
    return { kunci: k, siapa: labelPejabat(aturan, k), sumber: rowRef(row), ...(jika ? { jika } : {}) };
  });
  if (new Set(bacaan.map((b) => b.kunci)).size === 1) return { kunci: 'penilai', status: 'jelas', bacaan: [bacaan[0]!], catatan };
  return known
    ? {
        kunci: 'penilai',
        status: 'bertentangan',
        bacaan,
        penjelasan:
          'Lebih dari satu baris tabel mencakup jabatan Anda pada tempat yang Anda pilih, dan baris-baris itu menyebut penilai yang berbeda.',
        catatan,
      }
    : {
        kunci: 'penilai',
        status: 'bergantung',
        bacaan,
        penjelasan: 'Penilai Anda bergantung pada tempat Anda berkedudukan dalam unit ini.',
        catatan,
      };
}

function varianUntuk(
  aturan: Aturan,
  unit: Unit,
  pola: Pola,
  j: { jabatan: Jabatan; tempat?: string; kelas?: string },
  jika?: string,
): Varian {
  const tempat = unit.pola.length > 1 ? undefined : j.tempat;
  const opsi = pola.tempat ?? [];
  const tabelOpsi = pola.tabel ? findTabel(aturan, pola.tabel)!.tempat : opsi;
  const ctx: Konteks = { aturan, jabatan: j.jabatan, unit, ...(tempat ? { tempat } : {}) };
  let ppk: HasilBaris;
  if (unit.penilai) ppk = dariBaris('penilai', unit.penilai, ctx, tempat, opsi);
  else if (pola.tabel) ppk = penilaiDariTabel(aturan, findTabel(aturan, pola.tabel)!, j.jabatan, tempat);
  else ppk = dariBaris('penilai', pola.penilai!, ctx, tempat, opsi);

  if (pola.pengecualianKelas) {
    const ex = pola.pengecualianKelas;
    const berlaku = j.kelas === 'ya' ? true : j.kelas === 'tidak' ? false : null;
    const alt = resolve(ex.bacaan, ctx);
    ppk.pengecualian = { pembanding: ex.pembanding, berlaku, bacaan: alt };
    if (berlaku) {
      ppk = { kunci: 'penilai', status: 'jelas', bacaan: [alt], catatan: ppk.catatan, pengecualian: ppk.pengecualian };
    }
  }
  ctx.ppk = ppk;
  const puo = dariBaris('pimpinan', pola.pimpinan, ctx, tempat, tabelOpsi);
  ctx.puo = puo;

  const baris: HasilBaris[] = [ppk, puo];
  baris.push(dariBaris('pemberi-tugas', pola.pemberiTugas ?? aturan.pemberiTugas, ctx, tempat, tabelOpsi));
  if (pola.koordinator) baris.push(dariBaris('koordinator', pola.koordinator, ctx, tempat, tabelOpsi));
  baris.push(gabung('lapor-individu', [...aturan.laporIndividu, ...(pola.laporIndividu ?? [])], ctx));
  baris.push(gabung('lapor-anggota', aturan.laporAnggota, ctx));
  baris.push(gabung('lapor-ketua', [...aturan.laporKetua, ...(pola.laporKetua ?? [])], ctx));
  if (pola.hasil) baris.push(dariBaris('hasil', pola.hasil, ctx, tempat, tabelOpsi));

  return {
    pola: pola.id,
    judul: pola.judul,
    ...(jika ? { jika } : {}),
    sumber: refs(pola.sumber),
    gambar: pola.gambar,
    ...(pola.posisiGambar ? { posisiGambar: pola.posisiGambar } : {}),
    baris,
    catatan: catatanKe(pola.catatan),
  };
}

/**
 * Answers the question for one regulation. Returns problems instead of
 * throwing when the answers do not fit the rules.
 */
export function periksa(aturan: Aturan, jawaban: Jawaban): Hasil {
  const masalah: Masalah[] = [];
  const unit = findUnit(aturan, jawaban.unit);
  if (!unit) masalah.push({ param: 'unit', kode: 'unit-tak-dikenal', pesan: 'Unit yang dipilih tidak ada dalam peraturan ini.' });
  if (!jawaban.jabatan || !isJabatan(jawaban.jabatan))
    masalah.push({ param: 'jabatan', kode: 'jabatan-tak-dikenal', pesan: 'Jabatan yang dipilih tidak dikenal.' });
  if (unit) {
    const opsi = opsiTempat(aturan, unit);
    if (jawaban.tempat && jawaban.tempat !== TIDAK_TAHU && !(opsi ?? []).some((o) => o.id === jawaban.tempat)) {
      masalah.push({
        param: 'tempat',
        kode: opsi ? 'tempat-tak-dikenal' : 'tempat-tak-berlaku',
        pesan: opsi
          ? 'Tempat kedudukan yang dipilih bukan salah satu pilihan untuk unit ini.'
          : 'Untuk unit ini peraturan tidak membedakan tempat kedudukan, jadi pertanyaan itu tidak berlaku.',
      });
    }
    const kelas = perluKelas(aturan, unit, jawaban.tempat, jawaban.jabatan);
    if (jawaban.kelas && !kelas)
      masalah.push({ param: 'kelas', kode: 'kelas-tak-berlaku', pesan: 'Pertanyaan tentang kelas jabatan tidak berlaku untuk unit ini.' });
    if (jawaban.kelas && !(KELAS as readonly string[]).includes(jawaban.kelas))
      masalah.push({ param: 'kelas', kode: 'kelas-tak-dikenal', pesan: 'Jawaban tentang kelas jabatan tidak dikenal.' });
  }
  if (masalah.length || !unit) return { ok: false, masalah };
  const jabatan = jawaban.jabatan as Jabatan;

  const polas = polaTerpilih(aturan, unit, jawaban.tempat);
  const j = { jabatan, ...(jawaban.tempat ? { tempat: jawaban.tempat } : {}), ...(jawaban.kelas ? { kelas: jawaban.kelas } : {}) };
  const varian = polas.map((p) => varianUntuk(aturan, unit, p, j, polas.length > 1 ? (p.pilihan ?? p.judul) : undefined));
  const samaUntukSemuaJabatan = polas.every((p) => !p.tabel);
  return {
    ok: true,
    slug: aturan.slug,
    unit: { id: unit.id, nama: unit.nama, jenis: unit.jenis },
    jabatan,
    ...(jawaban.tempat ? { tempat: jawaban.tempat } : {}),
    ...(jawaban.kelas ? { kelas: jawaban.kelas } : {}),
    unitSumber: refs(unit.sumber),
    varian,
    penugasan: aturan.penugasan.filter((p) => !p.unit || p.unit.includes(unit.id)),
    catatan: [...catatanKe(unit.catatan), ...catatanKe(aturan.catatan)],
    samaUntukSemuaJabatan,
  };
}
