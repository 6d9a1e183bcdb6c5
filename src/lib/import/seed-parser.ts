/**
 * Turns a seed text extraction (../shared/seeds/*.txt) into a draft of the
 * regulation data. The draft is a starting point: the committed YAML in
 * content/regulations is hand-checked and is the source of truth.
 *
 * Steps: clean lines (markdown markers, page furniture) -> join wrapped lines
 * into paragraphs -> cut into parts (pembukaan, menimbang, mengingat, diktum,
 * batang tubuh, penutup, lampiran) -> parse each part into the schema's shape.
 */
import type { BodyNode, EditorialNote, Lampiran, LampiranBlock, LabelledText, RemovedFurniture } from '../schema/regulation.ts';
import { slugPart } from '../ids.ts';

export interface Line {
  /** 1-based line number in the seed file. */
  n: number;
  text: string;
  /** Leading spaces before a markdown bullet, or -1 when the line had none. */
  bullet: number;
  /** The raw line contained a tab (table cells, letter fields). */
  tab: boolean;
  raw: string;
  /** Part of a Lampiran's header block ("LAMPIRAN", "PERATURAN ...", "NOMOR ...", title). */
  header?: boolean;
}

export interface Paragraph {
  text: string;
  lines: Line[];
  bullet: number;
  tab: boolean;
  header?: boolean;
}

export interface Draft {
  pembukaan: string[];
  menimbang: LabelledText[];
  mengingat: LabelledText[];
  diktum: string[];
  batangTubuh: BodyNode[];
  penutup: string[];
  lampiran: Lampiran[];
  catatan: EditorialNote[];
  dihapus: RemovedFurniture[];
}

const collapse = (s: string) => s.replace(/[ \u00a0]+/g, ' ').trim();
const squash = (s: string) => s.replace(/\s+/g, '').replace(/…/g, '...');

// ---------------------------------------------------------------- lines

const PAGE_NUMBER = /^\s*[-–]\s*\d+\s*[-–]\s*$/;
const SALINAN_STAMP = /^\s*SALINAN\s*$/;

/** Cleans raw seed lines: strips markdown markers, drops page furniture (recorded). */
export function cleanLines(raw: string): { lines: Line[]; removed: RemovedFurniture[] } {
  const rawLines = raw.replace(/\r\n?/g, '\n').split('\n');
  const lines: Line[] = [];
  const removed: RemovedFurniture[] = [];
  const nextNonBlank = (i: number) => {
    for (let j = i + 1; j < rawLines.length; j++) {
      const r = rawLines[j]!;
      if (r.trim() && !PAGE_NUMBER.test(r) && !SALINAN_STAMP.test(r)) return r;
    }
    return '';
  };
  rawLines.forEach((rawLine, i) => {
    const n = i + 1;
    let t = rawLine.replace(/\s+$/, '');
    if (!t.trim()) {
      lines.push({ n, text: '', bullet: -1, tab: false, raw: rawLine });
      return;
    }
    if (PAGE_NUMBER.test(t)) {
      removed.push({ baris: n, teks: t.trim(), alasan: 'nomor halaman' });
      return;
    }
    if (SALINAN_STAMP.test(t)) {
      removed.push({ baris: n, teks: t.trim(), alasan: 'cap "SALINAN" pada halaman' });
      return;
    }
    // Continuation marker at the foot of a page: "Pasal…", "2. Pemerintah…", repeated on the next page.
    const cont = t.trim().match(/^(.{1,80}?)\s*(…|\.{3})$/);
    if (cont) {
      const head = squash(cont[1]!);
      const next = squash(nextNonBlank(i).replace(/^\s*[-#*]+\s*/, ''));
      if (head.length > 0 && next.startsWith(head)) {
        removed.push({ baris: n, teks: t.trim(), alasan: 'penanda sambungan halaman (diulang pada halaman berikutnya)' });
        return;
      }
    }
    const tab = t.includes('\t');
    let bullet = -1;
    const b = t.match(/^(\s*)[-•]\s+(?=\S)/);
    if (b && !PAGE_NUMBER.test(t)) {
      bullet = b[1]!.length;
      t = t.slice(b[0].length);
    }
    t = t.replace(/^#+\s+/, '');
    t = t.replace(/\*\*/g, '').replace(/(^|[\s(/])\*([^*\s][^*]*?)\*(?=[\s.,;:)/]|$)/g, '$1$2');
    t = t.replace(/\t+/g, tab ? '\t' : ' ');
    lines.push({ n, text: t, bullet, tab, raw: rawLine });
  });
  return { lines, removed };
}

/**
 * Marks the header block of each Lampiran: the LAMPIRAN line, the lines naming
 * the regulation (PERATURAN, NOMOR, TANGGAL, TENTANG) and its title, which is
 * either a prefix of the regulation's title or a run of capitalised lines.
 */
export function markLampiranHeaders(lines: Line[], judulCaps: string): void {
  const judul = squash(judulCaps).toUpperCase();
  for (let i = 0; i < lines.length; i++) {
    if (!LAMPIRAN_START.test(collapse(lines[i]!.text))) continue;
    lines[i]!.header = true;
    let j = i + 1;
    let title = '';
    let sawTentang = false;
    let lastNonBlank = i;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      const t = collapse(l.text);
      if (!t) continue;
      if (LABEL.test(t) || /^BAB\s/.test(t)) break;
      const contiguous = j - lastNonBlank === 1;
      if (!sawTentang) {
        if (/^(PERATURAN|NOMOR|TANGGAL|TENTANG)\b/.test(t)) {
          l.header = true;
          lastNonBlank = j;
          if (/^TENTANG\b/.test(t)) {
            sawTentang = true;
            title = t.replace(/^TENTANG\s*/, '');
          }
          continue;
        }
        break;
      }
      if (!isCaps(t)) break;
      const candidate = squash(`${title} ${t}`).toUpperCase();
      const prefix = judul.startsWith(candidate) && squash(title).length < judul.length;
      if (prefix || contiguous) {
        l.header = true;
        title = `${title} ${t}`;
        lastNonBlank = j;
        continue;
      }
      break;
    }
  }
}

// ---------------------------------------------------------------- paragraphs

const LABEL = /^(?:\(\d+\)|\([a-z]\)|\d+\.(?!\d)|\d+\)|[a-z]\.(?![a-z])|[a-z]\)|[A-Z]\.(?![A-Z])|[IVX]+\.|(?:i{1,3}|iv|vi{0,3}|ix|x)\.)\s/;
const STRUCT =
  /^(?:BAB\s*[IVXLC]+\b|Bagian\s+Ke\w+|Paragraf\s+\d+|Pasal\s+\d+[A-Z]?\s*$|(?:SALINAN\s+)?LAMPIRAN(?:\s+[IVX]+)?\s*$|Menimbang\b|Mengingat\b|MEMUTUSKAN|Menetapkan\b|Agar setiap orang|Ditetapkan di|Diundangkan di)/;
const FIGURE = /^Gambar\s*(\d+[a-z]?)(?:\s*[.:]|\s+(?=[A-Z])|\s*$)(?!\))/;
const TERMINAL = /[.;:!?]["”)]?$/;
const isCaps = (s: string) => /[A-Z]/.test(s) && !/[a-z]/.test(s);

/** Joins wrapped lines into paragraphs. */
export function toParagraphs(lines: Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  let cur: Paragraph | undefined;
  let forceBreak = false;
  const flush = () => {
    if (cur) out.push(cur);
    cur = undefined;
  };
  for (const line of lines) {
    const t = collapse(line.text.replace(/\t/g, '\u0009'));
    if (!line.text.trim()) continue;
    const text = line.tab ? line.text.trim() : t;
    if (line.header) {
      flush();
      out.push({ text, lines: [line], bullet: -1, tab: false, header: true });
      continue;
    }
    const startsNew =
      line.tab ||
      (cur?.tab ?? false) ||
      forceBreak ||
      STRUCT.test(text) ||
      LABEL.test(text) ||
      (FIGURE.test(text) &&
        !/^Gambar\s*\d+[a-z]?\s*\)/.test(text) &&
        (!cur || !/(\b(pada|dalam|di|dan|dengan|lihat|ilustrasi|dijelaskan)|,)\s*$/i.test(cur.text))) ||
      (line.bullet >= 0 && !(cur && /^[a-z0-9(]/.test(text) && !LABEL.test(text) && !/[.;:,!?]$/.test(cur.text))) ||
      !cur ||
      (TERMINAL.test(cur.text) && !/^[a-z]/.test(text)) ||
      (LABEL.test(cur.text) && cur.text.length < 80 && /^[A-Z]/.test(text) && !isCaps(cur.text.replace(LABEL, ''))) ||
      (isCaps(cur.text) && !isCaps(text)) ||
      (!isCaps(cur.text) && isCaps(text) && text.length > 3);
    forceBreak = /^Pasal\s+\d+[A-Z]?\s*$/.test(text) || /^Gambar\s*\d+[a-z]?\.?\s*$/.test(text);
    if (startsNew) {
      flush();
      cur = { text, lines: [line], bullet: line.bullet, tab: line.tab };
    } else if (cur) {
      cur.text = /[a-z]-$/.test(cur.text) && /^[a-z]/.test(text) ? cur.text + text : `${cur.text} ${text}`;
      cur.lines.push(line);
    }
  }
  flush();
  return out;
}

// ---------------------------------------------------------------- parts

const MENIMBANG = /^Menimbang\s*:?\s*/;
const MENGINGAT = /^Mengingat\s*:?\s*/;
const LAMPIRAN_START = /^(?:SALINAN\s+)?LAMPIRAN(?:\s+([IVX]+))?\s*$/;

function splitLabelled(paras: Paragraph[], strip: RegExp, labelRe: RegExp): LabelledText[] {
  const items: LabelledText[] = [];
  for (const p of paras) {
    const t = p.text.replace(strip, '');
    const m = t.match(labelRe);
    if (m) items.push({ label: m[1]!, text: t.slice(m[0].length).trim() });
    else if (items.length) items[items.length - 1]!.text += ` ${t}`;
    else if (t.trim()) items.push({ label: '', text: t.trim() });
  }
  return items.filter((i) => i.text.length > 0);
}

/** Parses one seed file into a draft. */
export function parseSeed(raw: string): Draft {
  const { lines, removed } = cleanLines(raw);
  const iTentang = lines.findIndex((l) => /^\s*TENTANG\s*$/.test(l.text) || /^\s*TENTANG\s+\S/.test(l.text));
  const judulLines: string[] = [];
  for (let k = iTentang + (/^\s*TENTANG\s*$/.test(lines[iTentang]?.text ?? '') ? 1 : 0); k < lines.length; k++) {
    const t = collapse(lines[k]!.text.replace(/^\s*TENTANG\s*/, ''));
    if (!t) continue;
    if (/^DENGAN RAHMAT/.test(t)) break;
    judulLines.push(t);
  }
  markLampiranHeaders(lines, judulLines.join(' '));
  const paras = toParagraphs(lines);
  const catatan: EditorialNote[] = [];
  const idx = (re: RegExp, from = 0) => paras.findIndex((p, i) => i >= from && re.test(p.text));

  const iMenimbang = idx(MENIMBANG);
  const iMengingat = idx(MENGINGAT, iMenimbang);
  const iMemutuskan = idx(/^MEMUTUSKAN/, iMengingat);
  const iBody = idx(/^(BAB\s*[IVX]+|Pasal\s+1\s*$)/, iMemutuskan);
  const iPenutup = idx(/^(Agar setiap orang|Ditetapkan di)/, iBody);
  const iLampiran = idx(LAMPIRAN_START, iPenutup);

  const pembukaan = paras.slice(0, iMenimbang).flatMap((p) => p.lines.map((l) => collapse(l.text)).filter(Boolean));
  const menimbang = splitLabelled(paras.slice(iMenimbang, iMengingat), MENIMBANG, /^([a-z])\.\s+/);
  const mengingat = splitLabelled(paras.slice(iMengingat, iMemutuskan), MENGINGAT, /^(\d+)\.\s+/);
  const diktum = paras.slice(iMemutuskan, iBody).map((p) => p.text);

  // The closing Pasal's sentence may be glued to "Agar setiap orang..." on one line: keep the body intact.
  const bodyParas = paras.slice(iBody, iPenutup);
  const batangTubuh = parseBody(bodyParas);

  const penutupEnd = iLampiran === -1 ? paras.length : iLampiran;
  const penutup = paras
    .slice(iPenutup, penutupEnd)
    .flatMap((p) => (/^Agar setiap orang/.test(p.text) ? [p.text] : p.lines.map((l) => collapse(l.text)).filter(Boolean)));

  const lampiran: Lampiran[] = [];
  if (iLampiran !== -1) {
    const starts: number[] = [];
    paras.forEach((p, i) => {
      if (i >= iLampiran && LAMPIRAN_START.test(p.text)) starts.push(i);
    });
    starts.forEach((s, k) => {
      const end = k + 1 < starts.length ? starts[k + 1]! : paras.length;
      lampiran.push(parseLampiran(paras.slice(s, end), starts.length > 1));
    });
  }
  return { pembukaan, menimbang, mengingat, diktum, batangTubuh, penutup, lampiran, catatan, dihapus: removed };
}

// ---------------------------------------------------------------- body

const BODY_RANK: Record<string, number> = { ayat: 1, huruf: 2, angka: 3, hurufP: 4, angkaP: 5 };

function bodyLabel(t: string): { kind: 'ayat' | 'huruf' | 'angka'; style: keyof typeof BODY_RANK; num: string; rest: string } | undefined {
  let m = t.match(/^\((\d+)\)\s*/);
  if (m) return { kind: 'ayat', style: 'ayat', num: m[1]!, rest: t.slice(m[0].length) };
  m = t.match(/^([a-z])\.\s+/);
  if (m) return { kind: 'huruf', style: 'huruf', num: m[1]!, rest: t.slice(m[0].length) };
  m = t.match(/^(\d+)\.\s+/);
  if (m) return { kind: 'angka', style: 'angka', num: m[1]!, rest: t.slice(m[0].length) };
  m = t.match(/^([a-z])\)\s+/);
  if (m) return { kind: 'huruf', style: 'hurufP', num: m[1]!, rest: t.slice(m[0].length) };
  m = t.match(/^(\d+)\)\s+/);
  if (m) return { kind: 'angka', style: 'angkaP', num: m[1]!, rest: t.slice(m[0].length) };
  return undefined;
}

const DEFINITION = /^(.+?),?\s+(?:yang\s+selanjutnya\s+(?:dapat\s+)?(?:disingkat|disebut|dengan)\s+(.+?)\s+)?adalah\s/;

export function parseBody(paras: Paragraph[]): BodyNode[] {
  const top: BodyNode[] = [];
  let bab: BodyNode | undefined;
  let bagian: BodyNode | undefined;
  let paragraf: BodyNode | undefined;
  let pasal: BodyNode | undefined;
  let stack: { node: BodyNode; style: string }[] = [];
  let pendingHeading: BodyNode | undefined;

  const container = (): BodyNode[] => {
    const host = paragraf ?? bagian ?? bab;
    if (!host) return top;
    host.children ??= [];
    return host.children;
  };

  for (const p of paras) {
    const t = p.text;
    let m: RegExpMatchArray | null;
    if ((m = t.match(/^BAB\s*([IVXLC]+)\b\s*(.*)$/))) {
      bab = { kind: 'bab', num: m[1]!, children: [] };
      if (m[2]) bab.heading = m[2];
      else pendingHeading = bab;
      top.push(bab);
      bagian = paragraf = pasal = undefined;
      stack = [];
      continue;
    }
    if ((m = t.match(/^Bagian\s+(Ke\w+)\s*(.*)$/))) {
      bagian = { kind: 'bagian', num: m[1]!, children: [] };
      if (m[2]) bagian.heading = m[2];
      else pendingHeading = bagian;
      (bab ? (bab.children ??= []) : top).push(bagian);
      paragraf = pasal = undefined;
      stack = [];
      continue;
    }
    if ((m = t.match(/^Paragraf\s+(\d+)\s*(.*)$/))) {
      paragraf = { kind: 'paragraf', num: m[1]!, children: [] };
      if (m[2]) paragraf.heading = m[2];
      else pendingHeading = paragraf;
      (bagian ?? bab)?.children?.push(paragraf);
      pasal = undefined;
      stack = [];
      continue;
    }
    if ((m = t.match(/^Pasal\s+(\d+[A-Z]?)\s*$/))) {
      pendingHeading = undefined;
      pasal = { kind: 'pasal', num: m[1]! };
      container().push(pasal);
      stack = [];
      continue;
    }
    if (pendingHeading) {
      pendingHeading.heading = t;
      pendingHeading = undefined;
      continue;
    }
    if (!pasal) {
      // Text outside any Pasal: keep it, never drop it.
      container().push({ kind: 'teks', text: t });
      continue;
    }
    const label = bodyLabel(t);
    if (label) {
      while (stack.length && BODY_RANK[stack[stack.length - 1]!.style]! >= BODY_RANK[label.style]!) stack.pop();
      const node: BodyNode = { kind: label.kind, num: label.num, text: label.rest };
      if (label.style === 'hurufP' || label.style === 'angkaP') node.label = `${label.num})`;
      const parent = stack.length ? stack[stack.length - 1]!.node : pasal;
      (parent.children ??= []).push(node);
      if (pasal.num === '1' && label.kind === 'angka' && stack.length === 0) {
        const d = label.rest.match(DEFINITION);
        if (d) {
          node.term = d[1]!.trim();
          if (d[2]) node.abbr = d[2].trim();
        }
      }
      stack.push({ node, style: label.style });
      continue;
    }
    // Unlabelled paragraph.
    if (!stack.length && !pasal.text && !pasal.children) {
      pasal.text = t;
    } else if (stack.length) {
      stack.pop();
      const parent = stack.length ? stack[stack.length - 1]!.node : pasal;
      (parent.children ??= []).push({ kind: 'teks', text: t });
    } else {
      (pasal.children ??= []).push({ kind: 'teks', text: t });
    }
  }
  return top;
}

// ---------------------------------------------------------------- lampiran

type Style = 'BAB' | 'ROMAN' | 'UPPER' | 'num' | 'lower' | 'numP' | 'lowerP' | 'pnum' | 'plower' | 'roman' | 'bullet';

function lampiranLabel(t: string, prevLower: string | undefined): { style: Style; label: string; rest: string } | undefined {
  const tests: [Style, RegExp][] = [
    ['ROMAN', /^([IVX]+)\.\s+/],
    ['UPPER', /^([A-Z])\.\s+/],
    ['num', /^(\d+)\.(?!\d)\s*/],
    ['lower', /^([a-z])\.\s+/],
    ['numP', /^(\d+)\)\s+/],
    ['lowerP', /^([a-z])\)\s+/],
    ['pnum', /^\((\d+)\)\s+/],
    ['plower', /^\(([a-z])\)\s+/],
  ];
  const r = t.match(/^((?:i{1,3}|iv|vi{0,3}|ix|x))\.\s+/);
  if (r && !(r[1] === 'i' && prevLower === 'h') && !(r[1] === 'v' && prevLower === 'u') && !(r[1] === 'x' && prevLower === 'w')) {
    return { style: 'roman', label: `${r[1]}.`, rest: t.slice(r[0].length) };
  }
  for (const [style, re] of tests) {
    const m = t.match(re);
    if (m) {
      if (style === 'ROMAN' && m[1]!.length === 1 && m[1] !== 'I' && m[1] !== 'V' && m[1] !== 'X') continue;
      const label = style === 'pnum' || style === 'plower' ? `(${m[1]})` : style === 'numP' || style === 'lowerP' ? `${m[1]})` : `${m[1]}.`;
      return { style, label, rest: t.slice(m[0].length) };
    }
  }
  return undefined;
}

function parseLampiran(paras: Paragraph[], numbered: boolean): Lampiran {
  const first = paras[0]!.text.match(LAMPIRAN_START)!;
  const num = first[1];
  const lampId = num ? `lampiran-${slugPart(num)}` : numbered ? 'lampiran-i' : 'lampiran';
  const header: string[] = [];
  let i = 0;
  while (i < paras.length && paras[i]!.header) header.push(paras[i++]!.text);
  const blocks: LampiranBlock[] = [];
  const used = new Set<string>();
  const uniq = (base: string) => {
    let id = base;
    let k = 2;
    while (used.has(id)) id = `${base}-${k++}`;
    used.add(id);
    return id;
  };
  let stack: { style: Style; key: string; label: string }[] = [];
  let prevLower: string | undefined;
  const counters = new Map<string, number>();
  const pathOf = () => [lampId, ...stack.map((s) => s.key)].join('__');
  const nextCount = (base: string, kind: string) => {
    const key = `${base}|${kind}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return n;
  };
  let letter: { label?: string; title: string; lines: string[]; id: string } | undefined;
  const endLetter = () => {
    if (letter)
      blocks.push({
        type: 'letter',
        id: letter.id,
        ...(letter.label ? { label: letter.label } : {}),
        title: letter.title,
        lines: letter.lines,
      });
    letter = undefined;
  };

  for (let k = i; k < paras.length; k++) {
    const p = paras[k]!;
    const t = p.text;
    // Signature block at the end: "BUPATI X," / "WALI KOTA X," then ttd and name.
    if (/^(Pj\.\s+)?(BUPATI|WALI ?KOTA)\s+[A-Z ]+,?$/.test(t) && paras.length - k <= 8) {
      endLetter();
      const lines = paras.slice(k).flatMap((q) => q.lines.map((l) => collapse(l.text)).filter(Boolean));
      blocks.push({ type: 'lines', id: uniq(`${lampId}__tanda-tangan`), role: 'tanda-tangan', lines });
      break;
    }
    const fmt = t.match(/^(\d+)\.\s+(Format\s.+)$/);
    if (fmt) {
      endLetter();
      letter = { label: `${fmt[1]}.`, title: fmt[2]!, lines: [], id: uniq(`${lampId}__format-${fmt[1]}`) };
      continue;
    }
    if (letter) {
      letter.lines.push(...p.lines.map((l) => collapse(l.text.replace(/\t/g, ' '))).filter(Boolean));
      continue;
    }
    if (p.tab) {
      // A run of tab-separated lines is a table.
      const rows: string[][] = [];
      let j = k;
      while (j < paras.length && paras[j]!.tab) {
        for (const l of paras[j]!.lines) rows.push(l.text.split('\t').map((c) => collapse(c)));
        j++;
      }
      const width = Math.max(...rows.map((r) => r.length));
      const norm = rows.map((r) => [...r, ...Array(width - r.length).fill('')]);
      blocks.push({
        type: 'table',
        id: uniq(`${pathOf()}__tabel-${nextCount(pathOf(), 'tabel')}`),
        headerRows: 1,
        rows: norm,
        depth: stack.length,
      });
      k = j - 1;
      continue;
    }
    const fig = t.match(FIGURE);
    if (fig && !/^Gambar\s*\d+[a-z]?\s*\)/.test(t)) {
      let caption = t.slice(fig[0].length).trim();
      // Caption printed on the next line ("Gambar 1." then the caption).
      if (
        !caption &&
        paras[k + 1] &&
        !LABEL.test(paras[k + 1]!.text) &&
        !FIGURE.test(paras[k + 1]!.text) &&
        paras[k + 1]!.bullet < 0 &&
        paras[k + 1]!.text.length < 220
      ) {
        caption = paras[k + 1]!.text;
        k++;
      }
      const n = fig[1]!;
      blocks.push({ type: 'figure', id: uniq(`${lampId}__gambar-${n}`), gambar: n, caption, depth: stack.length });
      continue;
    }
    const bab = t.match(/^BAB\s+([IVX]+)\s*(.*)$/);
    if (bab) {
      stack = [{ style: 'BAB', key: `bab-${bab[1]!.toLowerCase()}`, label: `BAB ${bab[1]}` }];
      let heading = bab[2]!;
      if (!heading && paras[k + 1] && isCaps(paras[k + 1]!.text)) {
        heading = paras[k + 1]!.text;
        k++;
      }
      blocks.push({ type: 'heading', id: uniq(pathOf()), label: `BAB ${bab[1]}`, text: heading || `BAB ${bab[1]}`, level: 1 });
      continue;
    }
    const lab = lampiranLabel(t, prevLower);
    if (lab) {
      if (lab.style === 'lower') prevLower = lab.label.slice(0, -1);
      const pos = stack.findIndex((s) => s.style === lab.style);
      if (pos >= 0) stack = stack.slice(0, pos);
      if (lab.style === 'lower' || lab.style === 'roman') {
        // a new lettered list below a higher item
      }
      const key = slugPart(lab.label) || 'x';
      stack.push({ style: lab.style, key, label: lab.label });
      const id = uniq(pathOf());
      const isHeading = (lab.style === 'UPPER' || lab.style === 'ROMAN') && lab.rest.length < 140 && !/[;,]$/.test(lab.rest);
      if (isHeading) {
        const hasBab = stack[0]?.style === 'BAB';
        blocks.push({ type: 'heading', id, label: lab.label, text: lab.rest, level: Math.min(4, stack.length + (hasBab ? 0 : 1)) });
      } else {
        blocks.push({
          type: 'para',
          id,
          label: lab.label,
          text: lab.rest,
          depth: stack.length - 1,
          ...(p.bullet >= 0 ? { bullet: true } : {}),
        });
      }
      continue;
    }
    const base = pathOf();
    const id = uniq(`${base}__p-${nextCount(base, 'p')}`);
    if (isCaps(t) && t.length < 160 && !p.bullet) {
      blocks.push({ type: 'heading', id, text: t, level: Math.min(4, stack.length + 1) });
      continue;
    }
    const depth = stack.length + (p.bullet > 0 ? 1 : 0);
    blocks.push({ type: 'para', id, text: t, depth, ...(p.bullet >= 0 ? { bullet: true } : {}) });
  }
  endLetter();
  return { id: lampId, ...(num ? { num } : {}), header, blocks };
}
