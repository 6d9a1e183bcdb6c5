/**
 * Reads and checks the thematic decks in content/decks/*.yaml. Problems name
 * the file, the path inside it and what is wrong; any problem stops the build.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DeckDef } from './schema.ts';
import type { Regulation } from '../schema/regulation.ts';
import type { Catalogue } from '../figures/load.ts';
import { ContentError, type Problem } from '../validate.ts';
import { readYamlAs } from '../yaml-file.ts';
import { RESERVED_DECK_IDS } from '../reserved-segments.ts';

export const DECKS_DIR = join(process.cwd(), 'content', 'decks');
/** Path segments under /presentasi/ that a deck id may not take. */
export const RESERVED = RESERVED_DECK_IDS;

export interface DeckFile {
  file: string;
  def: DeckDef;
}

/** Parses every deck file; schema problems are collected, not thrown. */
export function readDeckFiles(dir = DECKS_DIR): { decks: DeckFile[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const decks: DeckFile[] = [];
  if (!existsSync(dir)) return { decks, problems };
  for (const name of readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()) {
    const path = join(dir, name);
    const file = relative(process.cwd(), path);
    const def = readYamlAs(path, DeckDef, problems, file);
    if (!def) continue;
    const expected = name.replace(/\.ya?ml$/, '');
    if (def.id !== expected) problems.push({ file, path: 'id', message: `id "${def.id}" harus sama dengan nama berkas "${expected}"` });
    decks.push({ file, def });
  }
  return { decks, problems };
}

/** Rules a schema cannot say: unique ids and aliases, no clash with regulation decks, figures that exist. */
export function checkDecks(decks: DeckFile[], regs: Regulation[], cat: Catalogue): Problem[] {
  const problems: Problem[] = [];
  const slugs = new Set(regs.map((r) => r.slug));
  const names = new Map<string, string>();
  for (const r of regs) names.set(r.slug, `peraturan ${r.slug}`);
  for (const { file, def } of decks) {
    if (slugs.has(def.id)) problems.push({ file, path: 'id', message: `id "${def.id}" sudah dipakai deck peraturan ${def.id}` });
    else if (RESERVED.includes(def.id))
      problems.push({ file, path: 'id', message: `id "${def.id}" dicadangkan untuk alamat /presentasi/${def.id}/` });
    else if (names.has(def.id)) problems.push({ file, path: 'id', message: `id "${def.id}" sudah dipakai (${names.get(def.id)})` });
    names.set(def.id, file);
    def.alias.forEach((a, i) => {
      const owner = names.get(a);
      if (owner && owner !== file) problems.push({ file, path: `alias[${i}]`, message: `alias "${a}" sudah dipakai (${owner})` });
      else names.set(a, file);
    });
    (def.gambar ?? []).forEach((id, i) => {
      if (!cat.figures.has(id)) problems.push({ file, path: `gambar[${i}]`, message: `gambar "${id}" tidak ada di diagrams/figures` });
    });
    if (def.kanonik && def.kanonik.sampai > 99)
      problems.push({ file, path: 'kanonik.sampai', message: 'nomor gambar kanonik di luar rentang' });
  }
  return problems;
}

/** Reads and checks; throws ContentError listing every problem. */
export function loadDecks(regs: Regulation[], cat: Catalogue, dir = DECKS_DIR): DeckFile[] {
  const { decks, problems } = readDeckFiles(dir);
  problems.push(...checkDecks(decks, regs, cat));
  if (problems.length) throw new ContentError(problems);
  return decks;
}
