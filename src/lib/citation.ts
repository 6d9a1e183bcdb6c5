/**
 * Citations in the conventional Indonesian form:
 * "Pasal 11 ayat (1) huruf a Peraturan Bupati Bengkayang Nomor 5 Tahun 2024 tentang ...".
 */
import type { Regulation } from './schema/regulation.ts';
import type { Provision } from './provisions.ts';
import { lampiranTitle } from './provisions.ts';
import { numberLampiran, type BlockNumbering } from './lampiran-numbering.ts';

/** "Peraturan Bupati Pati Nomor 36 Tahun 2023 tentang Sistem Kerja". */
export function regulationTitle(reg: Regulation): string {
  const m = reg.meta;
  return `${m.jenis} ${daerahShort(reg)} Nomor ${m.nomor} Tahun ${m.tahun} tentang ${m.judul}`;
}

/** "Perbup Pati 36/2023". */
export function regulationShortTitle(reg: Regulation): string {
  return `${reg.meta.singkatan} ${daerahShort(reg)} ${reg.meta.nomor}/${reg.meta.tahun}`;
}

/** "Pati" from "Kabupaten Pati", "Probolinggo" from "Kota Probolinggo". */
export function daerahShort(reg: Regulation): string {
  return reg.meta.daerah.nama.replace(/^(Kabupaten|Kota)\s+/, '');
}

/** Printed numbering of every Lampiran block of a regulation (cached per regulation object). */
const numberingCache = new WeakMap<Regulation, Map<string, BlockNumbering>>();
export function lampiranNumbering(reg: Regulation): Map<string, BlockNumbering> {
  let m = numberingCache.get(reg);
  if (!m) {
    m = new Map();
    for (const l of reg.lampiran) for (const [id, n] of numberLampiran(l)) m.set(id, n);
    numberingCache.set(reg, m);
  }
  return m;
}

/**
 * The pinpoint part of a citation, in the regulation's printed numbering:
 * "Pasal 11 ayat (1) huruf a angka 2", "Lampiran huruf B angka 5 huruf d angka 1)",
 * "Gambar 4 dalam Lampiran huruf B huruf a".
 */
export function pinpoint(p: Provision, byId: Map<string, Provision>, reg?: Regulation): string {
  if (p.kind === 'menimbang') return `konsiderans Menimbang huruf ${p.label.replace(/\.$/, '')}`;
  if (p.kind === 'mengingat') return `konsiderans Mengingat angka ${p.label.replace(/\.$/, '')}`;
  if (p.kind === 'lampiran' || p.kind === 'naskah') return p.label;
  if (p.kind === 'lampiran-blok') {
    const l = byId.get(p.lampiran!);
    const where = l ? l.label : 'Lampiran';
    const n = reg ? lampiranNumbering(reg).get(p.id) : undefined;
    if (!n) return `${where} ${p.label}`.trim();
    if (n.gambar) return [n.gambar, 'dalam', where, n.path].filter(Boolean).join(' ');
    return `${where} ${n.path}`.trim();
  }
  if (p.kind === 'bab' || p.kind === 'bagian' || p.kind === 'paragraf') {
    return [...p.ancestors.map((a) => byId.get(a)?.label ?? ''), p.label].filter(Boolean).join(' ');
  }
  const chain = [...p.ancestors, p.id]
    .map((id) => byId.get(id))
    .filter((x): x is Provision => !!x && ['pasal', 'ayat', 'huruf', 'angka'].includes(x.kind));
  const pin = chain
    .map((x) => {
      const num = x.node?.num ?? '';
      switch (x.kind) {
        case 'pasal':
          return `Pasal ${num}`;
        case 'ayat':
          return `ayat (${num})`;
        case 'huruf':
          return `huruf ${num}`;
        case 'angka':
          return `angka ${num}`;
        default:
          return '';
      }
    })
    .join(' ');
  if (p.kind !== 'teks') return pin;
  // An unnumbered sentence inside a Pasal or ayat: "kalimat penutup" when it is the only one.
  const parentId = p.ancestors[p.ancestors.length - 1];
  const siblings = [...byId.values()].filter((x) => x.kind === 'teks' && x.ancestors[x.ancestors.length - 1] === parentId);
  return `${pin} ${siblings.length > 1 ? `kalimat tanpa nomor ke-${siblings.indexOf(p) + 1}` : 'kalimat tanpa nomor'}`;
}

/** The full citation: pinpoint and title, "Pasal 11 ayat (1) Peraturan Bupati Bengkayang Nomor 5 Tahun 2024 tentang ...". */
export function cite(reg: Regulation, p: Provision, byId: Map<string, Provision>): string {
  return `${pinpoint(p, byId, reg)} ${regulationTitle(reg)}`;
}

export { lampiranTitle };
