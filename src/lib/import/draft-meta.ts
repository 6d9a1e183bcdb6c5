/**
 * A first draft of a regulation's metadata, read from its own opening lines
 * (kepala: "PERATURAN BUPATI X", "NOMOR n TAHUN y", the title after
 * "TENTANG") and its penutup (where and when it was enacted and promulgated,
 * who signed, the Berita Daerah number). Used by the importer when the folder
 * has no meta.yaml.
 *
 * Every value that is not read verbatim from the text (names put into title
 * case, a province in title case, the status, the subjects, where the
 * official text is published) is listed in `guesses`, so the importer can
 * mark it for a person to check. A value that cannot be found is left empty:
 * the content check then names the field.
 */
import type { Meta } from '../schema/regulation.ts';

export interface MetaDraft {
  meta: Meta;
  /** Paths inside meta ("daerah.provinsi") whose value is a guess, with why. */
  guesses: Map<string, string>;
}

const BULAN: Record<string, number> = {
  januari: 1,
  februari: 2,
  pebruari: 2,
  maret: 3,
  april: 4,
  mei: 5,
  juni: 6,
  juli: 7,
  agustus: 8,
  september: 9,
  oktober: 10,
  nopember: 11,
  november: 11,
  desember: 12,
};

const SMALL = new Set(['dan', 'di', 'untuk', 'pada', 'dalam', 'atas', 'dengan', 'yang', 'ke', 'dari', 'tentang', 'atau', 'oleh']);

/** "SISTEM KERJA DI LINGKUNGAN PEMERINTAH" -> "Sistem Kerja di Lingkungan Pemerintah"; keeps "Pj." and abbreviations with dots. */
export function titleCase(s: string): string {
  return s
    .toLowerCase()
    .split(/(\s+)/)
    .map((w, i) => {
      if (/^\s+$/.test(w) || (i > 0 && SMALL.has(w))) return w;
      return w.replace(/(^|[-(])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
    })
    .join('');
}

/** "29 pebruari 2024" -> "2024-02-29" (undefined when it is not a date). */
export function parseTanggal(s: string): string | undefined {
  const m = /(\d{1,2})\s+(\p{L}+)\s+(\d{4})/u.exec(s);
  const mo = m ? BULAN[m[2]!.toLowerCase()] : undefined;
  if (!m || !mo) return undefined;
  return `${m[3]}-${String(mo).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

const isSignMark = (l: string) => /^(ttd|cap|t\.t\.d)[.,]?$/i.test(l.trim());

/** The official block after "Ditetapkan di" / "Diundangkan di": place, date, office, signatory. */
function official(penutup: string[], lead: RegExp) {
  const i = penutup.findIndex((l) => lead.test(l));
  if (i < 0) return undefined;
  const tempat = penutup[i]!.replace(lead, '').trim();
  const dateLine = penutup.slice(i + 1, i + 3).find((l) => /tanggal/i.test(l)) ?? '';
  const tanggalTertulis = dateLine.replace(/^.*tanggal\s*:?\s*/i, '').trim();
  // Office: the lines up to the one ending with ","; signatory: the first line after the sign marks.
  // Lines of the certified-copy block printed beside the signatures are not the office.
  const rest = penutup.slice(i + 2).filter((l) => !/^(Salinan sesuai|Mengesahkan|KEPALA BAGIAN|a\.n\.?\s|u\.b)/i.test(l.trim()));
  const office: string[] = [];
  let k = 0;
  for (; k < rest.length && office.length < 3; k++) {
    const l = rest[k]!;
    if (isSignMark(l) || /^(Diundangkan|Ditetapkan)\b/i.test(l)) break;
    office.push(l);
    if (l.trim().endsWith(',')) {
      k++;
      break;
    }
  }
  while (k < rest.length && isSignMark(rest[k]!)) k++;
  const name = rest[k] && !/^(Diundangkan|BERITA|Salinan)/i.test(rest[k]!) ? rest[k]! : '';
  return { tempat, tanggalTertulis, jabatan: office.join(' ').replace(/,\s*$/, ''), penandatangan: name };
}

export function draftMeta(pembukaan: string[], penutup: string[], bodyText: string): MetaDraft {
  const guesses = new Map<string, string>();
  const guess = <T>(path: string, value: T, why: string): T => {
    guesses.set(path, why);
    return value;
  };
  const head = pembukaan.map((l) => l.trim());
  const jenisLine = head.find((l) => /^PERATURAN (BUPATI|WALI ?KOTA)\b/i.test(l)) ?? '';
  const isKota = /WALI ?KOTA/i.test(jenisLine);
  const baseName = titleCase(jenisLine.replace(/^PERATURAN (BUPATI|WALI ?KOTA)\s*(KABUPATEN|KOTA)?\s*/i, ''));
  const nomorLine = head.find((l) => /^NOMOR\b/i.test(l)) ?? '';
  const nm = /NOMOR\s*:?\s*([\w./-]+?)\s*(?:\/[\w/]+\/)?\s*TAHUN\s+(\d{4})/i.exec(nomorLine);
  const t = head.findIndex((l) => /^TENTANG$/i.test(l));
  const end = head.findIndex((l, i) => i > t && /^DENGAN RAHMAT/i.test(l));
  const judulCaps = t >= 0 ? head.slice(t + 1, end > t ? end : undefined).join(' ') : '';
  const provLine = head.find((l) => /^PROVINSI\b/i.test(l)) ?? '';
  const daerah = `${isKota ? 'Kota' : 'Kabupaten'} ${baseName}`;

  const tetap = official(penutup, /^Ditetapkan di\s*/i);
  const undang = official(penutup, /^Diundangkan di\s*/i);
  const mk = (o: ReturnType<typeof official>, path: string) => {
    const tanggal = o ? parseTanggal(o.tanggalTertulis) : undefined;
    if (o?.jabatan) guess(`${path}.jabatan`, 0, 'huruf kapital tercetak diubah ke huruf judul');
    if (o?.penandatangan) guess(`${path}.penandatangan`, 0, 'nama tercetak huruf kapital diubah ke huruf judul; gelar periksa');
    return {
      tempat: o?.tempat ? titleCase(o.tempat) : '',
      tanggal: tanggal ?? '',
      tanggalTertulis: o?.tanggalTertulis ?? '',
      penandatangan: o?.penandatangan ? titleCase(o.penandatangan.replace(/,\s*$/, '')) : '',
      jabatan: o?.jabatan ? titleCase(o.jabatan).replace(/^Pj\b/, 'Pj') : '',
    };
  };
  const ditetapkan = mk(tetap, 'ditetapkan');
  const diundangkan = mk(undang, 'diundangkan');
  const beritaLine = penutup.find((l) => /^BERITA DAERAH\b/i.test(l)) ?? '';
  const bm = /TAHUN\s+(\d{4})\s+NOMOR\s*:?\s*(\S+)/i.exec(beritaLine);
  const berlaku = /(?:mulai )?berlaku pada (?:tanggal|saat) (diundangkan|ditetapkan|\d{1,2} \p{L}+ \d{4})/iu.exec(bodyText);
  if (judulCaps) guess('judul', 0, 'judul tercetak huruf kapital diubah ke huruf judul');
  if (provLine) guess('daerah.provinsi', 0, 'huruf kapital tercetak diubah ke huruf judul');
  if (berlaku) guess('mulaiBerlaku.tanggal', 0, `tanggal ${berlaku[1]}, menurut ketentuan penutup`);

  const meta: Meta = {
    jenis: isKota ? 'Peraturan Wali Kota' : 'Peraturan Bupati',
    singkatan: isKota ? 'Perwali' : 'Perbup',
    nomor: nm?.[1] ?? '',
    tahun: nm ? Number(nm[2]) : 0,
    judul: titleCase(judulCaps),
    daerah: {
      nama: daerah,
      teu: guess('daerah.teu', daerah, 'badan pembentuk dianggap sama dengan daerah'),
      provinsi: titleCase(provLine.replace(/^PROVINSI\s*/i, '')),
    },
    ditetapkan,
    diundangkan,
    sumber: bm ? `Berita Daerah ${daerah} Tahun ${bm[1]} Nomor ${bm[2]}` : '',
    mulaiBerlaku: {
      tanggal: !berlaku
        ? ''
        : /^ditetapkan$/i.test(berlaku[1]!)
          ? ditetapkan.tanggal
          : /^diundangkan$/i.test(berlaku[1]!)
            ? diundangkan.tanggal
            : (parseTanggal(berlaku[1]!) ?? ''),
      ketentuan: berlaku?.[0] ?? '',
    },
    status: guess('status', 'Berlaku', 'tidak tertulis dalam teks; periksa di JDIH'),
    bahasa: 'id',
    subjek: guess('subjek', ['Sistem Kerja'], 'pilih subjek seperti peraturan lain'),
    sumberResmi: guess('sumberResmi', `JDIH ${daerah}`, 'tulis tempat teks resmi diterbitkan'),
    berkasSumber: 'sumber.txt',
  };
  return { meta, guesses };
}
