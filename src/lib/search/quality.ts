/**
 * The search-quality set: what civil servants actually type on a phone
 * (short, lowercase, abbreviations, typos, English words, whole questions,
 * citations) and the provisions that answer each query, found by reading the
 * regulations. A query passes when one of them is among the first five links
 * the page shows ("Langsung ke ..." links first, then results). Used by
 * test/browser/search.test.ts and scripts/bench-search.ts; the misses are
 * listed in docs/search.md.
 */
import { provisionPath, regulationPath } from '../permalink.ts';

export interface QualityCase {
  q: string;
  /** [regulation slug, provision id] pairs that answer the query; id null = the regulation itself. */
  want: [string, string | null][];
  why: string;
}

/** Site paths (relative to the base) of the provisions that answer a case. */
export const wantPaths = (c: QualityCase): string[] => c.want.map(([slug, id]) => (id ? provisionPath(slug, id) : regulationPath(slug)));

/**
 * Whether a link answers a case: one of its provisions, or a block inside a wanted Lampiran
 * section (a Lampiran id stands for its section: "lampiran__b__j" covers "lampiran__b__j__tabel").
 */
export function answers(c: QualityCase, href: string): boolean {
  return c.want.some(([slug, id]) => {
    const path = `/${id ? provisionPath(slug, id) : regulationPath(slug)}`;
    if (href === path) return true;
    return !!id && id.startsWith('lampiran') && !/gambar-/.test(id) && href.startsWith(`${path}__`);
  });
}

const every = (ids: Record<string, string>): [string, string][] => Object.entries(ids);

export const QUALITY: QualityCase[] = [
  // Abbreviations and informal words.
  {
    q: 'ppk',
    want: [
      ['batang', 'pasal-8'],
      ['bengkayang', 'pasal-8__ayat-1'],
      ['klaten', 'pasal-10__ayat-3'],
    ],
    why: 'PPK = Pejabat Pembina Kepegawaian, who sets the kedudukan',
  },
  { q: 'PPK bengkayang', want: [['bengkayang', 'pasal-8__ayat-1']], why: 'abbreviation plus daerah' },
  { q: 'pokja', want: [['klaten', 'pasal-1__angka-24']], why: 'pokja = Kelompok Kerja (definition)' },
  {
    q: 'jf',
    want: [
      ['klaten', 'pasal-1__angka-13'],
      ['klaten', 'pasal-1__angka-12'],
      ['pati', 'pasal-1__angka-10'],
      ['batang', 'pasal-1__angka-11'],
      ['bengkayang', 'pasal-1__angka-10'],
      ['probolinggo', 'pasal-1__angka-6'],
    ],
    why: 'JF = Pejabat/Jabatan Fungsional (definition)',
  },
  {
    q: 'apa itu opd',
    want: [
      ['pati', 'pasal-1__angka-4'],
      ['bengkayang', 'pasal-1__angka-4'],
      ['klaten', 'pasal-1__angka-3'],
      ['probolinggo', 'pasal-1__angka-7'],
    ],
    why: 'OPD = Perangkat Daerah; filler words dropped',
  },
  {
    q: 'sekda',
    want: [
      ['klaten', 'pasal-1__angka-5'],
      ['batang', 'pasal-1__angka-4'],
    ],
    why: 'Sekda defined in Klaten',
  },
  { q: 'kadis', want: [['klaten', 'lampiran__gambar-7']], why: 'Kadis = Kepala Dinas (Klaten Gambar 7)' },
  {
    q: 'kabid rsud',
    want: [['klaten', 'lampiran__b__5-6-2__perencanaan__b']],
    why: 'Kabid = Kepala Bidang, RSUD = rumah sakit umum daerah',
  },
  {
    q: 'kasubbag tu uptd',
    want: [
      ['klaten', 'lampiran__b__j__tabel'],
      ['klaten', 'lampiran__b__j__keterangan'],
    ],
    why: 'Kasubbag TU in UPTD kelas A',
  },
  {
    q: 'kasubbag tu',
    want: [
      ['klaten', 'lampiran__b__j__keterangan'],
      ['klaten', 'lampiran__b__j__tabel'],
      ['bengkayang', 'lampiran-i__i__3__b__p-1'],
      ['klaten', 'lampiran__b__5-4__perencanaan__g'],
    ],
    why: 'TU = tata usaha',
  },
  { q: 'uptd', want: [['klaten', 'lampiran__b__j']], why: 'UPTD section heading' },
  { q: 'puskesmas', want: [['bengkayang', 'lampiran-i__i__4__b']], why: 'Puskesmas in Bengkayang Lampiran' },
  { q: 'kepala puskesmas', want: [['klaten', 'lampiran__gambar-12']], why: 'Gambar caption' },
  {
    q: 'kepsek',
    want: [
      ['klaten', 'lampiran__b__l__tabel'],
      ['klaten', 'lampiran__gambar-15'],
      ['klaten', 'lampiran__b__l'],
    ],
    why: 'kepsek = kepala sekolah (Klaten Lampiran B huruf l)',
  },
  {
    q: 'puo',
    want: [
      ['pati', 'pasal-1__angka-13'],
      ['bengkayang', 'pasal-1__angka-13'],
      ['klaten', 'pasal-1__angka-19'],
      ['probolinggo', 'pasal-1__angka-9'],
    ],
    why: 'PUO = Pimpinan Unit Organisasi (definition)',
  },
  { q: 'perwali penghargaan', want: [['probolinggo', 'pasal-17__ayat-2']], why: 'perwali = Probolinggo' },
  { q: 'perbup klaten tpp', want: [['klaten', 'pasal-25']], why: 'TPP = tambahan penghasilan pegawai' },
  { q: 'tpp penanggungjawab', want: [['klaten', 'pasal-25']], why: 'allowance for a Penanggungjawab' },
  {
    q: 'sop',
    want: [
      ['pati', 'pasal-14__ayat-3'],
      ['batang', 'pasal-20__ayat-3'],
      ['bengkayang', 'pasal-20__ayat-3'],
      ['klaten', 'pasal-23__ayat-3'],
      ['probolinggo', 'pasal-20__ayat-3'],
    ],
    why: 'SOP = standar operasional prosedur',
  },
  {
    q: 'reviu sop',
    want: [
      ['pati', 'pasal-14__ayat-3'],
      ['batang', 'pasal-20__ayat-3'],
      ['bengkayang', 'pasal-20__ayat-3'],
      ['klaten', 'pasal-23__ayat-3'],
      ['probolinggo', 'pasal-20__ayat-3'],
    ],
    why: 'review of SOP',
  },
  { q: 'skp diatas ekspektasi', want: [['probolinggo', 'pasal-17__ayat-2']], why: 'SKP = sasaran kinerja pegawai' },
  {
    q: 'satpol pp',
    want: [
      ['pati', 'lampiran__b__1__e__2'],
      ['bengkayang', 'lampiran-i__i__1__b__4'],
    ],
    why: 'Satuan Polisi Pamong Praja',
  },
  { q: 'dpmptsp penanggungjawab', want: [['klaten', 'pasal-13__ayat-1']], why: 'Penanggungjawab in DPMPTSP' },
  {
    q: 'struktur penugasan kabag setda',
    want: [
      ['batang', 'lampiran__gambar-18'],
      ['batang', 'lampiran__bab-ii__b__2__p-4__e'],
    ],
    why: 'Kabag = Kepala Bagian, Setda = Sekretariat Daerah',
  },
  // Spelling: typos, variants, words that are not typos.
  { q: 'sekertaris daerah rekomendasi penanggungjawab', want: [['klaten', 'pasal-13__ayat-3']], why: 'misspelled sekretaris' },
  { q: 'kordinasi spbe', want: [['pati', 'pasal-13__ayat-2']], why: 'misspelled koordinasi' },
  {
    q: 'penyederhanan birokrasi tahapan',
    want: [
      ['bengkayang', 'pasal-3__ayat-1'],
      ['batang', 'pasal-3__ayat-1'],
      ['probolinggo', 'pasal-3__ayat-1'],
    ],
    why: 'misspelled penyederhanaan',
  },
  {
    q: 'penunjukkan',
    want: [
      ['probolinggo', 'pasal-11__ayat-1'],
      ['probolinggo', 'pasal-11__ayat-2'],
      ['probolinggo', 'pasal-1__angka-12'],
    ],
    why: 'Probolinggo prints "penunjukkan"',
  },
  {
    q: 'penunjukan probolinggo',
    want: [
      ['probolinggo', 'pasal-11__ayat-2'],
      ['probolinggo', 'pasal-11__ayat-1'],
      ['probolinggo', 'pasal-1__angka-12'],
    ],
    why: 'the other spelling finds Probolinggo\'s "penunjukkan"',
  },
  {
    q: 'sub koordinator dihapus',
    want: [
      ['batang', 'pasal-21'],
      ['bengkayang', 'pasal-21'],
      ['klaten', 'pasal-26'],
    ],
    why: 'Batang "dihapus", Bengkayang "dicabut", Klaten "subkoordinator"',
  },
  {
    q: 'subkoordinator',
    want: [
      ['klaten', 'pasal-26'],
      ['batang', 'pasal-21'],
      ['bengkayang', 'pasal-21'],
    ],
    why: 'written as one word or two',
  },
  { q: 'kinerja bagus dapat penghargaan', want: [['probolinggo', 'pasal-17__ayat-2']], why: '"bagus" is a common word, not "bagas"' },
  { q: 'penanggung jawab paraf', want: [['klaten', 'pasal-16__ayat-2']], why: 'Klaten writes "Penanggungjawab"' },
  // English words.
  { q: 'team leader', want: [['pati', 'pasal-1__angka-17']], why: 'Ketua Tim (definition)' },
  { q: 'performance agreement', want: [['klaten', 'pasal-16__ayat-3']], why: 'Perjanjian Kinerja' },
  {
    q: 'job description jf',
    want: [
      ['pati', 'lampiran__b__2-3'],
      ['pati', 'lampiran__b__1-3'],
      ['bengkayang', 'lampiran-i__ii__rincian-1__a__individu__tugas-a'],
    ],
    why: 'uraian tugas',
  },
  {
    q: 'what is sistem kerja',
    want: every({
      pati: 'pasal-1__angka-6',
      batang: 'pasal-1__angka-15',
      bengkayang: 'pasal-1__angka-6',
      klaten: 'pasal-1__angka-14',
      probolinggo: 'pasal-1__angka-2',
    }),
    why: 'English question, definition',
  },
  {
    q: 'business process',
    want: every({ pati: 'pasal-1__angka-9', bengkayang: 'pasal-1__angka-9', klaten: 'pasal-1__angka-17', probolinggo: 'pasal-1__angka-5' }),
    why: 'Proses Bisnis (definition)',
  },
  // Whole questions and phrases.
  { q: 'ketua tim lintas unit', want: [['pati', 'pasal-7__ayat-3']], why: 'ketua tim from the unit that owns the performance' },
  {
    q: 'siapa yang menetapkan penugasan',
    want: [
      ['pati', 'pasal-8__ayat-4'],
      ['batang', 'pasal-11__ayat-4'],
      ['klaten', 'pasal-11__ayat-4'],
      ['probolinggo', 'pasal-11__ayat-4'],
    ],
    why: 'menetapkan ~ ditetapkan',
  },
  { q: 'surat tugas', want: [['bengkayang', 'pasal-11__ayat-3']], why: 'Bengkayang only' },
  { q: 'format sk tim kerja', want: [['bengkayang', 'lampiran-ii__format-3']], why: 'letter template' },
  { q: 'kapan perbup batang berlaku', want: [['batang', 'pasal-22']], why: 'closing provision' },
  { q: 'mulai berlaku klaten', want: [['klaten', 'pasal-28']], why: 'closing provision' },
  { q: 'kapan perwali probolinggo berlaku', want: [['probolinggo', 'pasal-21']], why: 'closing provision' },
  {
    q: 'aplikasi umum berbagi pakai',
    want: [
      ['bengkayang', 'pasal-18__ayat-2'],
      ['batang', 'pasal-18__ayat-2'],
      ['probolinggo', 'pasal-18__ayat-2'],
      ['klaten', 'pasal-21__ayat-2'],
    ],
    why: 'SPBE',
  },
  {
    q: 'prinsip mekanisme kerja',
    want: [
      ['pati', 'pasal-4'],
      ['batang', 'pasal-5'],
      ['bengkayang', 'pasal-5'],
      ['klaten', 'pasal-4'],
      ['probolinggo', 'pasal-6'],
    ],
    why: 'principles',
  },
  { q: 'tidak boleh rangkap ketua pokja', want: [['klaten', 'pasal-27']], why: 'rangkap ~ merangkap' },
  { q: 'ketua pokja boleh rangkap?', want: [['klaten', 'pasal-27']], why: 'question form' },
  {
    q: 'siapa yg nunjuk ketua pokja',
    want: [['klaten', 'pasal-14__ayat-1']],
    why: 'nunjuk = menunjuk; ketua kelompok kerja ditunjuk oleh Pemilik Kinerja',
  },
  { q: 'definisi tim kerja', want: [['pati', 'pasal-1__angka-16']], why: 'definition' },
  { q: 'paraf koordinasi', want: [['klaten', 'pasal-16__ayat-2']], why: 'Penanggungjawab' },
  { q: 'kelompok substansi', want: [['batang', 'pasal-1__angka-19']], why: 'Batang definition' },
  { q: 'mutasi', want: [['klaten', 'pasal-13__ayat-4']], why: 'one word' },
  {
    q: 'dasar hukum permenpan',
    want: [
      ['pati', 'mengingat__angka-5'],
      ['batang', 'mengingat__angka-5'],
      ['bengkayang', 'mengingat__angka-9'],
    ],
    why: 'konsiderans Mengingat',
  },
  { q: 'gambar penunjukan lintas instansi', want: [['pati', 'lampiran__gambar-20']], why: 'Gambar caption' },
  { q: 'tambahan penghasilan 20 persen', want: [['klaten', 'pasal-25']], why: 'allowance' },
  { q: 'pejabat level I', want: [['probolinggo', 'pasal-1__angka-14']], why: 'Probolinggo definition' },
  { q: 'pejabat level 2 probolinggo', want: [['probolinggo', 'pasal-1__angka-15']], why: 'Probolinggo definition' },
  {
    q: 'ketua pokja dari luar unit',
    want: [
      ['klaten', 'lampiran__b__2__j'],
      ['klaten', 'pasal-14__ayat-2'],
    ],
    why: 'pokja + informal words',
  },
  { q: 'berapa lama tim ad hoc', want: [['klaten', 'pasal-1__angka-25']], why: '"lama" = jangka waktu' },
  {
    q: 'lapor ke siapa kalau kerja individu',
    want: every({ pati: 'pasal-10', batang: 'pasal-14', bengkayang: 'pasal-14', klaten: 'pasal-17', probolinggo: 'pasal-14' }),
    why: 'reporting of individual work',
  },
  {
    q: 'ketua tim lapor ke siapa',
    want: every({
      pati: 'pasal-11__ayat-2',
      batang: 'pasal-15__ayat-2',
      bengkayang: 'pasal-15__ayat-2',
      klaten: 'pasal-18__ayat-2',
      probolinggo: 'pasal-15__ayat-2',
    }),
    why: 'reporting of a team',
  },
  {
    q: 'bedanya penunjukan dan pengajuan sukarela',
    want: every({
      pati: 'pasal-8__ayat-1',
      batang: 'pasal-11__ayat-1',
      bengkayang: 'pasal-10__ayat-1',
      klaten: 'pasal-11__ayat-1',
      probolinggo: 'pasal-11__ayat-1',
    }),
    why: 'two ways of assignment',
  },
  {
    q: 'unit kerja mandiri dipimpin jf',
    want: [
      ...every({
        pati: 'pasal-6__ayat-2',
        batang: 'pasal-7__ayat-2',
        bengkayang: 'pasal-7__ayat-2',
        klaten: 'pasal-10__ayat-4',
        probolinggo: 'pasal-8__ayat-2',
      }),
      // The definitions of Unit Organisasi that say it "dapat dipimpin oleh ... Pejabat Fungsional
      // yang diangkat untuk memimpin suatu unit kerja mandiri" answer it in the same words.
      ['pati', 'pasal-1__angka-12'],
      ['batang', 'pasal-1__angka-21'],
      ['klaten', 'pasal-1__angka-18'],
    ],
    why: 'JF leading a unit (the ayat, or the definitions of Unit Organisasi that say so)',
  },
  {
    q: 'pejabat penilai kinerja itu siapa',
    want: every({
      pati: 'pasal-1__angka-15',
      batang: 'pasal-1__angka-17',
      bengkayang: 'pasal-1__angka-14',
      klaten: 'pasal-1__angka-22',
      probolinggo: 'pasal-1__angka-10',
    }),
    why: 'definition',
  },
  { q: 'nomenklatur pokja', want: [['klaten', 'pasal-24__ayat-2']], why: 'Keputusan Bupati' },
  { q: 'tim koordinasi spbe batang', want: [['batang', 'pasal-19__ayat-2']], why: 'regulation named' },
  { q: 'lurah penilai kinerja kelurahan', want: [['pati', 'lampiran__b__1__c__2']], why: 'Lampiran list item' },
  {
    q: 'alur kerja dinas perhubungan perencanaan',
    want: [
      ['klaten', 'lampiran__b__5-4-2__perencanaan'],
      ['klaten', 'lampiran__b__5-4-2'],
    ],
    why: 'block under the heading "Alur Mekanisme Kerja Pada Dinas Perhubungan"',
  },
  {
    q: 'dinas perhubungan',
    want: [
      ['pati', 'lampiran__b__1__e__1'],
      ['klaten', 'lampiran__b__5-4-2'],
      ['bengkayang', 'lampiran-i__i__1__b__4'],
      ['klaten', 'lampiran__b__f__keterangan'],
    ],
    why: 'Lampiran headings',
  },
  { q: 'maksud dan tujuan perbup batang', want: [['batang', 'pasal-4']], why: 'regulation named' },
  // Citations.
  {
    q: 'pasal 8 bengkayang',
    want: [
      ['bengkayang', 'pasal-8'],
      ['bengkayang', 'pasal-8__ayat-1'],
    ],
    why: 'citation',
  },
  { q: 'pasal 13 perbup klaten', want: [['klaten', 'pasal-13']], why: 'citation with the kind of regulation' },
  { q: 'pasal 25 klaten', want: [['klaten', 'pasal-25']], why: 'not Pasal 1 angka 25' },
  { q: 'psl 8 batang', want: [['batang', 'pasal-8']], why: 'psl = pasal' },
  { q: 'pasal 11 ayat 2 probolinggo', want: [['probolinggo', 'pasal-11__ayat-2']], why: 'citation with ayat' },
  { q: 'perwali probolinggo 88 2024', want: [['probolinggo', null]], why: 'the regulation itself' },
  { q: 'gambar 5 bengkayang', want: [['bengkayang', 'lampiran-i__gambar-5']], why: 'Gambar citation' },
];
