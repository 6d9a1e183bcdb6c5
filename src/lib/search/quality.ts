/**
 * The search-quality set: what civil servants actually type (short, informal,
 * abbreviations, some misspelled) and the provision that must be among the
 * first five results. Used by test/browser/search.test.ts and scripts/bench-search.ts.
 */
export interface QualityCase {
  q: string;
  /** Path and anchor of the provision that must be in the top five. */
  want: string;
  why: string;
}

export const QUALITY: QualityCase[] = [
  { q: 'ppk', want: '/batang/#pasal-8', why: 'PPK = Pejabat Pembina Kepegawaian, who sets the kedudukan' },
  { q: 'PPK bengkayang', want: '/bengkayang/#pasal-8__ayat-1', why: 'abbreviation plus daerah' },
  { q: 'pokja', want: '/klaten/#pasal-1__angka-24', why: 'pokja = Kelompok Kerja (definition)' },
  { q: 'jf', want: '/klaten/#pasal-1__angka-13', why: 'JF = Pejabat/Jabatan Fungsional (definition)' },
  { q: 'apa itu opd', want: '/pati/#pasal-1__angka-4', why: 'OPD = Perangkat Daerah; filler words dropped' },
  { q: 'sekda', want: '/batang/#pasal-1__angka-4', why: 'Sekda defined in Batang' },
  { q: 'kadis', want: '/klaten/#lampiran__gambar-7', why: 'Kadis = Kepala Dinas (Klaten Gambar 7)' },
  { q: 'kabid rsud', want: '/klaten/#lampiran__b__5-6-2__perencanaan__b', why: 'Kabid = Kepala Bidang, RSUD = rumah sakit umum daerah' },
  { q: 'kasubbag tu uptd', want: '/klaten/#lampiran__b__j__tabel', why: 'Kasubbag = Kepala Subbagian in UPTD kelas A' },
  { q: 'uptd', want: '/klaten/#lampiran__b__j', why: 'UPTD section heading' },
  { q: 'puskesmas', want: '/bengkayang/#lampiran-i__i__4__b', why: 'Puskesmas in Bengkayang Lampiran' },
  { q: 'kepala puskesmas', want: '/klaten/#lampiran__gambar-12', why: 'Gambar caption' },
  { q: 'perwali penghargaan', want: '/probolinggo/#pasal-17__ayat-2', why: 'perwali = Probolinggo' },
  { q: 'perbup klaten tpp', want: '/klaten/#pasal-25', why: 'TPP = tambahan penghasilan pegawai' },
  { q: 'sekertaris daerah rekomendasi penanggungjawab', want: '/klaten/#pasal-13__ayat-3', why: 'misspelled sekretaris' },
  { q: 'kordinasi spbe', want: '/pati/#pasal-13__ayat-2', why: 'misspelled koordinasi' },
  { q: 'penyederhanan birokrasi tahapan', want: '/bengkayang/#pasal-3__ayat-1', why: 'misspelled penyederhanaan' },
  { q: 'penunjukkan', want: '/probolinggo/#pasal-11__ayat-1', why: 'Probolinggo prints "penunjukkan"; the misspelling is also searched as typed' },
  { q: 'ketua tim lintas unit', want: '/pati/#pasal-7__ayat-3', why: 'ketua tim from the unit that owns the performance' },
  { q: 'siapa yang menetapkan penugasan', want: '/pati/#pasal-8__ayat-4', why: 'menetapkan ~ ditetapkan' },
  { q: 'surat tugas', want: '/bengkayang/#pasal-11__ayat-3', why: 'Bengkayang only' },
  { q: 'format sk tim kerja', want: '/bengkayang/#lampiran-ii__format-3', why: 'letter template' },
  { q: 'kapan perbup batang berlaku', want: '/batang/#pasal-22', why: 'closing provision' },
  { q: 'mulai berlaku klaten', want: '/klaten/#pasal-28', why: 'closing provision' },
  { q: 'aplikasi umum berbagi pakai', want: '/bengkayang/#pasal-18__ayat-2', why: 'SPBE' },
  { q: 'prinsip mekanisme kerja', want: '/pati/#pasal-4', why: 'principles' },
  { q: 'sop', want: '/pati/#pasal-14__ayat-3', why: 'SOP = standar operasional prosedur' },
  { q: 'skp diatas ekspektasi', want: '/probolinggo/#pasal-17__ayat-2', why: 'SKP = sasaran kinerja pegawai' },
  { q: 'tidak boleh rangkap ketua pokja', want: '/klaten/#pasal-27', why: 'rangkap ~ merangkap' },
  { q: 'pasal 8 bengkayang', want: '/bengkayang/#pasal-8__ayat-1', why: 'citation-style query' },
  { q: 'definisi tim kerja', want: '/pati/#pasal-1__angka-16', why: 'definition' },
  { q: 'paraf koordinasi', want: '/klaten/#pasal-16__ayat-2', why: 'Penanggungjawab' },
  { q: 'kelompok substansi', want: '/batang/#pasal-1__angka-19', why: 'Batang definition' },
  { q: 'mutasi', want: '/klaten/#pasal-13__ayat-4', why: 'one word' },
  { q: 'dasar hukum permenpan', want: '/pati/#mengingat__angka-5', why: 'konsiderans Mengingat' },
  { q: 'gambar penunjukan lintas instansi', want: '/pati/#lampiran__gambar-20', why: 'Gambar caption' },
  { q: 'tambahan penghasilan 20 persen', want: '/klaten/#pasal-25', why: 'allowance' },
  { q: 'pejabat level I', want: '/probolinggo/#pasal-1__angka-14', why: 'Probolinggo definition' },
  { q: 'ketua pokja dari luar unit', want: '/klaten/#lampiran__b__2__j', why: 'pokja + informal words' },
  { q: 'struktur penugasan kabag setda', want: '/batang/#lampiran__gambar-18', why: 'Kabag = Kepala Bagian, Setda = Sekretariat Daerah' },
];
