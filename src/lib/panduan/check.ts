/**
 * Checks the guides before anything is built: frontmatter against the schema,
 * and every citation component (<Kutipan>, <Pasal>, <Gambar>, <Perbandingan>,
 * <CekPenilai>) against the data, each problem with the file, the line and a
 * plain message. Also: every section (## heading) cites at least one provision.
 */
import { parse as parseYaml } from 'yaml';
import type { Problem } from '../validate.ts';
import type { Regulation } from '../schema/regulation.ts';
import type { Catalogue } from '../figures/load.ts';
import type { Alignment } from '../compare/validate.ts';
import { provisionMap } from '../provisions.ts';
import { PanduanMeta } from './schema.ts';

export interface GuideSource {
  file: string;
  text: string;
}

const TAG = /<(Kutipan|Pasal|Gambar|Perbandingan|CekPenilai)\b([^>]*?)\/?>/g;
const ATTR = /(\w+)=(?:"([^"]*)"|\{([^}]*)\})/g;

export interface GuideUse {
  tag: string;
  attrs: Record<string, string>;
  line: number;
}

export function guideUses(text: string): GuideUse[] {
  const out: GuideUse[] = [];
  for (const m of text.matchAll(TAG)) {
    const attrs: Record<string, string> = {};
    for (const a of m[2]!.matchAll(ATTR)) attrs[a[1]!] = (a[2] ?? a[3] ?? '').trim();
    out.push({ tag: m[1]!, attrs, line: text.slice(0, m.index).split('\n').length });
  }
  return out;
}

/** Splits off the frontmatter; returns it and the body with its first line number. */
export function splitFrontmatter(text: string): { front: string | undefined; bodyStart: number } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  return m ? { front: m[1], bodyStart: m[0].split('\n').length } : { front: undefined, bodyStart: 1 };
}

const CITES = new Set(['Kutipan', 'Pasal', 'Perbandingan']);

export function checkGuide(src: GuideSource, regs: Regulation[], cat: Catalogue, alignment: Alignment): Problem[] {
  const problems: Problem[] = [];
  const at = (line: number, message: string, path = '') => problems.push({ file: src.file, path: path || `baris ${line}`, message });
  const { front } = splitFrontmatter(src.text);
  if (front === undefined) at(1, 'panduan wajib diawali frontmatter (--- ... ---)');
  else {
    let doc: unknown;
    try {
      doc = parseYaml(front);
    } catch (e) {
      at(1, `frontmatter tidak dapat dibaca: ${(e as Error).message}`);
    }
    if (doc !== undefined) {
      const r = PanduanMeta.safeParse(doc);
      if (!r.success)
        for (const i of r.error.issues) problems.push({ file: src.file, path: `frontmatter.${i.path.join('.')}`, message: i.message });
      else
        for (const s of r.data.peraturan)
          if (!regs.some((x) => x.slug === s))
            problems.push({ file: src.file, path: 'frontmatter.peraturan', message: `peraturan "${s}" tidak ada` });
    }
  }
  const ids = new Map(regs.map((r) => [r.slug, provisionMap(r)]));
  for (const u of guideUses(src.text)) {
    const reg = u.attrs.peraturan;
    if ((u.tag === 'Kutipan' || u.tag === 'Pasal') && (!reg || !u.attrs.id))
      at(u.line, `<${u.tag}> wajib punya peraturan="..." dan id="..."`);
    if (reg && !ids.has(reg)) {
      at(u.line, `<${u.tag}>: peraturan "${reg}" tidak ada`);
      continue;
    }
    if ((u.tag === 'Kutipan' || u.tag === 'Pasal') && reg && u.attrs.id && !ids.get(reg)!.has(u.attrs.id)) {
      at(u.line, `<${u.tag}>: ketentuan "${u.attrs.id}" tidak ada dalam ${reg}`);
    }
    if (u.tag === 'Gambar') {
      if (reg) {
        if (!cat.maps.get(reg)?.some((e) => e.nomor === u.attrs.nomor))
          at(u.line, `<Gambar>: ${reg} tidak punya Gambar ${u.attrs.nomor ?? '(nomor kosong)'}`);
      } else if (!cat.figures.has(`kanonik-${String(u.attrs.kanonik ?? '').padStart(2, '0')}`))
        at(u.line, `<Gambar>: gambar model nasional ${u.attrs.kanonik ?? '(kosong)'} tidak ada`);
    }
    if (u.tag === 'Perbandingan') {
      const t = alignment.topics.find((x) => x.id === u.attrs.topik);
      if (!t) at(u.line, `<Perbandingan>: topik "${u.attrs.topik}" tidak ada`);
      else if (!t.baris.some((b) => b.id === u.attrs.baris))
        at(u.line, `<Perbandingan>: baris "${u.attrs.baris}" tidak ada dalam topik ${t.id}`);
    }
  }
  // Every section cites: between two "## " headings there is at least one citing component.
  const lines = src.text.split('\n');
  const heads = lines.map((l, i) => (/^## /.test(l) ? i : -1)).filter((i) => i >= 0);
  heads.forEach((h, k) => {
    const section = lines.slice(h, heads[k + 1] ?? lines.length).join('\n');
    if (!guideUses(section).some((u) => CITES.has(u.tag)))
      at(h + 1, `bagian "${lines[h]!.slice(3)}" tidak mengutip satu ketentuan pun (pakai <Kutipan>, <Pasal> atau <Perbandingan>)`);
  });
  if (!heads.length) at(1, 'panduan wajib dibagi dalam bagian bertajuk "## ..."');
  return problems;
}
