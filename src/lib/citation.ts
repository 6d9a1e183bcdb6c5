/**
 * Citations in the conventional Indonesian form:
 * "Pasal 11 ayat (1) huruf a Peraturan Bupati Bengkayang Nomor 5 Tahun 2024 tentang ...".
 */
import type { Regulation } from './schema/regulation.ts';
import type { Provision } from './provisions.ts';
import { lampiranTitle } from './provisions.ts';

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

/** The pinpoint part of a citation: "Pasal 11 ayat (1) huruf a angka 2". */
export function pinpoint(p: Provision, byId: Map<string, Provision>): string {
  if (p.kind === 'menimbang') return `konsiderans Menimbang huruf ${p.label.replace(/\.$/, '')}`;
  if (p.kind === 'mengingat') return `konsiderans Mengingat angka ${p.label.replace(/\.$/, '')}`;
  if (p.kind === 'lampiran' || p.kind === 'naskah') return p.label;
  if (p.kind === 'lampiran-blok') {
    const l = byId.get(p.lampiran!);
    const where = l ? l.label : 'Lampiran';
    return p.label.startsWith('Gambar') ? `${p.label} ${where}` : `${where} bagian ${humanBlock(p.id)}`;
  }
  if (p.kind === 'bab' || p.kind === 'bagian' || p.kind === 'paragraf') {
    return [...p.ancestors.map((a) => byId.get(a)?.label ?? ''), p.label].filter(Boolean).join(' ');
  }
  const chain = [...p.ancestors, p.id]
    .map((id) => byId.get(id))
    .filter((x): x is Provision => !!x && ['pasal', 'ayat', 'huruf', 'angka'].includes(x.kind));
  return chain
    .map((x) => {
      const num = x.node?.num ?? '';
      switch (x.kind) {
        case 'pasal': return `Pasal ${num}`;
        case 'ayat': return `ayat (${num})`;
        case 'huruf': return `huruf ${num}`;
        case 'angka': return `angka ${num}`;
        default: return '';
      }
    })
    .join(' ') + (p.kind === 'teks' ? ' (kalimat penutup)' : '');
}

/** Readable form of a Lampiran block id: "lampiran__b__1__a" -> "B.1.a". */
export function humanBlock(id: string): string {
  const parts = id.split('__').slice(1).filter((x) => !/^(p|tabel|gambar|format)-\d+/.test(x) && x !== 'tanda-tangan');
  return parts.map((x) => x.replace(/^bab-/, 'BAB ').replace(/-\d+$/, '').toUpperCase().replace(/^BAB (\w+)/, 'BAB $1')).join('.') || 'awal';
}

export function cite(reg: Regulation, p: Provision, byId: Map<string, Provision>): string {
  return `${pinpoint(p, byId)} ${regulationTitle(reg)}`;
}

export { lampiranTitle };
