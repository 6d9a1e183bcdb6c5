/**
 * Fidelity of the encoded text to its seed: every sentence of the seed must
 * appear in the data, and every text of the data must appear in the seed, with
 * the editorial notes as the only allowed differences.
 *
 * Comparison is on the printed characters in order: letters with their
 * capitals, digits and punctuation all count; only whitespace (joined and
 * split words, line breaks) and markdown markers of the extraction do not.
 * Editorial notes of kind `artefak` are the only allowed differences (the
 * seed is read through them before comparing). This module is deliberately
 * independent of the importer's parsing.
 */
import type { Regulation } from './schema/regulation.ts';
import { bodyLabel } from './provisions.ts';
import { walkBody } from './ids.ts';

/** Letters and digits only (used to locate a note's quoted words). */
export const alnum = (s: string) => s.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '');

/** The printed characters: everything but whitespace, so capitals and punctuation count. */
export const printed = (s: string) => s.normalize('NFC').replace(/\s+/gu, '');

/** Lines the data says were page furniture must look like furniture. */
export const FURNITURE = [/^\s*[-–]\s*\d+\s*[-–]\s*$/, /^\s*SALINAN\s*$/, /(…|\.\.\.)\s*$/];

export interface SeedText {
  /** Sentences of the seed after removing furniture and markup. */
  sentences: string[];
  /** The whole seed as one alnum string. */
  stream: string;
  /** The whole seed as printed characters (see `printed`). */
  printedStream: string;
  /** Removed lines that do not look like furniture. */
  badRemovals: { baris: number; teks: string }[];
}

export function normaliseSeed(raw: string, reg: Pick<Regulation, 'dihapus' | 'catatan'>): SeedText {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const badRemovals: { baris: number; teks: string }[] = [];
  for (const d of reg.dihapus) {
    const line = lines[d.baris - 1];
    if (line === undefined || line.trim() !== d.teks.trim() || !FURNITURE.some((f) => f.test(line))) {
      badRemovals.push({ baris: d.baris, teks: d.teks });
      continue;
    }
    lines[d.baris - 1] = '';
  }
  let text = lines
    .map((l) => l.replace(/^\s*[-•#]+\s+/, '').replace(/\*+/g, ''))
    .join('\n')
    .replace(/\s+/g, ' ');
  // Artefacts: the data holds the reading, so read the seed the same way.
  for (const n of reg.catatan) {
    if (n.jenis !== 'artefak') continue;
    text = replaceLoosely(text, n.asli, n.bacaan);
  }
  const sentences = text
    .split(/(?<=[.;:?!])\s+/)
    .map((s) => s.trim())
    .filter((s) => alnum(s).length > 0);
  return { sentences, stream: alnum(text), printedStream: printed(text), badRemovals };
}

/** Replaces `from` with `to` in `text`, ignoring differences of whitespace. */
export function replaceLoosely(text: string, from: string, to: string): string {
  const words = from
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!words.length || !words[0]) return text;
  return text.replace(new RegExp(words.join('\\s*'), 'g'), to);
}

/** Every piece of text in the data, in document order, with where it sits. */
export function dataTexts(reg: Regulation): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  reg.pembukaan.forEach((t, i) => out.push({ where: `pembukaan[${i}]`, text: t }));
  out.push({ where: 'menimbang', text: reg.judulMenimbang });
  for (const m of reg.menimbang) out.push({ where: `menimbang ${m.label}`, text: `${m.label}. ${m.text}` });
  out.push({ where: 'mengingat', text: reg.judulMengingat });
  for (const m of reg.mengingat) out.push({ where: `mengingat ${m.label}`, text: `${m.label}. ${m.text}` });
  reg.diktum.forEach((t, i) => out.push({ where: `diktum[${i}]`, text: t }));
  for (const w of walkBody(reg.batangTubuh)) {
    const n = w.node;
    const parts = [bodyLabel(n), n.heading, n.text].filter(Boolean).join(' ');
    out.push({ where: w.id, text: parts });
  }
  reg.penutup.forEach((t, i) => out.push({ where: `penutup[${i}]`, text: t }));
  for (const l of reg.lampiran) {
    l.header.forEach((t, i) => out.push({ where: `${l.id} header[${i}]`, text: t }));
    for (const b of l.blocks) {
      switch (b.type) {
        case 'heading':
        case 'para':
          out.push({ where: b.id, text: [b.label, b.text].filter(Boolean).join(' ') });
          break;
        case 'figure':
          out.push({ where: b.id, text: [b.gambar ? `Gambar ${b.gambar}${b.tanda ?? ''}` : '', b.caption].filter(Boolean).join(' ') });
          break;
        case 'table':
          out.push({ where: b.id, text: b.rows.map((r) => r.join(' ')).join(' ') });
          break;
        case 'letter':
          out.push({ where: b.id, text: [b.label, b.title, ...b.lines].filter(Boolean).join(' ') });
          break;
        case 'lines':
          out.push({ where: b.id, text: b.lines.join(' ') });
          break;
      }
    }
  }
  return out;
}

export interface FidelityReport {
  /** Seed sentences not found in the data. */
  missing: string[];
  /** Data texts not found in the seed. */
  invented: { where: string; text: string }[];
  badRemovals: { baris: number; teks: string }[];
  /** Notes whose `asli` (artefak) is not in the seed or (salah-cetak) not in the data. */
  badNotes: { target: string; asli: string }[];
}

export function checkFidelity(raw: string, reg: Regulation): FidelityReport {
  const seed = normaliseSeed(raw, reg);
  const texts = dataTexts(reg);
  const dataStream = texts.map((t) => alnum(t.text)).join('');
  const dataPrinted = texts.map((t) => printed(t.text)).join('');
  const missing = seed.sentences.filter((s) => !dataPrinted.includes(printed(s)));
  const invented = texts.filter((t) => {
    const a = printed(t.text);
    return a.length > 0 && !seed.printedStream.includes(a);
  });
  const rawStream = alnum(raw);
  const badNotes = reg.catatan
    .filter((n) => (n.jenis === 'artefak' ? !rawStream.includes(alnum(n.asli)) : !dataStream.includes(alnum(n.asli))))
    .map((n) => ({ target: n.target, asli: n.asli }));
  return { missing, invented, badRemovals: seed.badRemovals, badNotes };
}
