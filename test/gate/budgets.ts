/**
 * Budgets per page kind, measured on the built site: compressed (gzip) HTML
 * plus the CSS each page links, and the JavaScript each page loads (its
 * script elements and their static imports), with the total size of the
 * output directory and the build time. The gate checks them on every test
 * run; `npm run bench` reports them.
 *
 * Budgets are per page (the largest page of a kind must fit) and leave room
 * for the text to grow; raising one is a decision to write down in
 * docs/quality.md, not a fix.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { scanTags } from './html-scan.ts';
import { dirSize, htmlPages, listFiles, pageKind, PAGE_KINDS, type PageKind } from './site.ts';

const KB = 1024;

export interface Budget {
  htmlCss: number;
  js: number;
}

/** gzip bytes per page. Reading pages need no JavaScript: the 6 KB is the one enhancement script. */
export const BUDGETS: Record<PageKind, Budget> = {
  beranda: { htmlCss: 40 * KB, js: 6 * KB },
  peraturan: { htmlCss: 100 * KB, js: 6 * KB },
  catatan: { htmlCss: 40 * KB, js: 6 * KB },
  info: { htmlCss: 40 * KB, js: 6 * KB },
  '404': { htmlCss: 20 * KB, js: 6 * KB },
  gambar: { htmlCss: 80 * KB, js: 20 * KB },
  perbandingan: { htmlCss: 150 * KB, js: 30 * KB },
  cari: { htmlCss: 40 * KB, js: 80 * KB },
  penilai: { htmlCss: 60 * KB, js: 60 * KB },
  presentasi: { htmlCss: 80 * KB, js: 40 * KB },
  lain: { htmlCss: 80 * KB, js: 40 * KB },
};
/** The whole output directory (uncompressed), and one build of the real site on this 2-core machine. */
// 120 MB: downloads the site serves on purpose: the PowerPoint decks (≈14 MB), one .pptx per figure page
// (143 files, 15.7 MB, issue 15) and the 16:9 slide PNGs of every figure part. Measured 100.3 MB on 2026-12-05.
export const TOTAL_BUDGET = { distBytes: 120 * KB * KB, buildMs: 180_000 };

/** Bytes (gzip) per page; `img` (reported, no budget) counts the images the page loads eagerly or lazily. */
export interface PageMeasure {
  path: string;
  kind: PageKind;
  html: number;
  css: number;
  js: number;
  img: number;
  htmlCss: number;
}
export interface KindSummary {
  kind: PageKind;
  pages: number;
  maxHtmlCss: number;
  maxHtmlCssPage: string;
  medianHtmlCss: number;
  maxJs: number;
  maxJsPage: string;
  maxImg: number;
  budget: Budget;
  ok: boolean;
}

const gz = (b: Buffer) => gzipSync(b, { level: 6 }).length;

/** Local asset path of a URL on the page, or undefined for other hosts and data: URLs. */
function localFile(pagePath: string, ref: string): string | undefined {
  if (/^(data|blob|mailto|tel):/i.test(ref)) return undefined;
  const u = new URL(ref, `http://x${pagePath}`);
  if (u.host !== 'x') return undefined;
  return decodeURIComponent(u.pathname).replace(/^\//, '');
}

export function measurePages(dir: string, slugs?: ReadonlySet<string>): PageMeasure[] {
  const cache = new Map<string, number>();
  const size = (file: string) => {
    let n = cache.get(file);
    if (n === undefined) {
      try {
        n = gz(readFileSync(join(dir, file)));
      } catch {
        n = 0;
      }
      cache.set(file, n);
    }
    return n;
  };
  const rawSize = (file: string) => {
    try {
      return statSync(join(dir, file)).size;
    } catch {
      return 0;
    }
  };
  // JS: the file and, transitively, the modules it imports statically.
  const jsClosure = (file: string, seen: Set<string>) => {
    if (seen.has(file)) return;
    seen.add(file);
    let src: string;
    try {
      src = readFileSync(join(dir, file), 'utf8');
    } catch {
      return;
    }
    for (const m of src.matchAll(/\bimport\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']/g)) {
      const spec = m[1]!;
      if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
      jsClosure(spec.startsWith('/') ? spec.slice(1) : posix.normalize(posix.join(dirname(file), spec)), seen);
    }
  };
  return htmlPages(dir).map(({ file, path }) => {
    const tags = scanTags(readFileSync(join(dir, file), 'utf8'));
    const css = new Set<string>();
    const js = new Set<string>();
    const img = new Set<string>();
    for (const t of tags) {
      if (t.name === 'img' && t.attrs.src) {
        const f = localFile(path, t.attrs.src);
        if (f) img.add(f);
      }
      if (t.name === 'link' && /\bstylesheet\b/i.test(t.attrs.rel ?? '') && t.attrs.href) {
        const f = localFile(path, t.attrs.href);
        if (f) css.add(f);
      }
      if (t.name === 'link' && /\bmodulepreload\b/i.test(t.attrs.rel ?? '') && t.attrs.href) {
        const f = localFile(path, t.attrs.href);
        if (f) jsClosure(f, js);
      }
      if (t.name === 'script' && t.attrs.src) {
        const f = localFile(path, t.attrs.src);
        if (f) jsClosure(f, js);
      }
    }
    const html = size(file);
    const cssBytes = [...css].reduce((n, f) => n + size(f), 0);
    const jsBytes = [...js].reduce((n, f) => n + size(f), 0);
    const imgBytes = [...img].reduce((n, f) => n + (f.endsWith('.svg') ? size(f) : rawSize(f)), 0);
    return { path, kind: pageKind(path, slugs), html, css: cssBytes, js: jsBytes, img: imgBytes, htmlCss: html + cssBytes };
  });
}

export function summarize(pages: PageMeasure[]): KindSummary[] {
  return PAGE_KINDS.flatMap((kind) => {
    const ps = pages.filter((p) => p.kind === kind);
    if (!ps.length) return [];
    const byHtml = [...ps].sort((a, b) => a.htmlCss - b.htmlCss);
    const maxJs = ps.reduce((a, b) => (b.js > a.js ? b : a));
    const budget = BUDGETS[kind];
    const top = byHtml.at(-1)!;
    return [
      {
        kind,
        pages: ps.length,
        maxHtmlCss: top.htmlCss,
        maxHtmlCssPage: top.path,
        medianHtmlCss: byHtml[Math.floor(byHtml.length / 2)]!.htmlCss,
        maxJs: maxJs.js,
        maxJsPage: maxJs.path,
        maxImg: Math.max(...ps.map((p) => p.img)),
        budget,
        ok: top.htmlCss <= budget.htmlCss && maxJs.js <= budget.js,
      },
    ];
  });
}

/** Lines saying which budget each over-budget kind breaks (empty when all fit). */
export function budgetProblems(summary: KindSummary[]): string[] {
  const out: string[] = [];
  for (const s of summary) {
    if (s.maxHtmlCss > s.budget.htmlCss)
      out.push(`${s.kind}: HTML+CSS ${kb(s.maxHtmlCss)} di ${s.maxHtmlCssPage} melebihi anggaran ${kb(s.budget.htmlCss)} (gzip)`);
    if (s.maxJs > s.budget.js)
      out.push(`${s.kind}: JavaScript ${kb(s.maxJs)} di ${s.maxJsPage} melebihi anggaran ${kb(s.budget.js)} (gzip)`);
  }
  return out;
}

export const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
export const mb = (n: number) => `${(n / KB / KB).toFixed(1)} MB`;

export function distTotals(dir: string): { bytes: number; files: number; htmlPages: number } {
  return { bytes: dirSize(dir), files: listFiles(dir).length, htmlPages: htmlPages(dir).length };
}
