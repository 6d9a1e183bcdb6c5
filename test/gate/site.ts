/**
 * The built site as the quality gate sees it: every HTML file in the output
 * directory (no fixed list, so pages added later are covered), its URL path,
 * and its page kind (for budgets and reports).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** The built site under test; SITE_DIST points at a side-by-side build. */
export const distDir = (): string => resolve(process.env.SITE_DIST ?? 'dist');

/** Every file under `dir`, as paths relative to it with "/" separators, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** "klaten/index.html" -> "/klaten/", "404.html" -> "/404.html". */
export const urlPathOf = (file: string): string =>
  file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;

/** Every HTML page of the built site as URL paths, sorted. */
export function htmlPages(dir = distDir()): { file: string; path: string }[] {
  return (
    listFiles(dir)
      .filter((f) => f.endsWith('.html'))
      // Pagefind's and other tools' generated fragments are not pages.
      .filter((f) => !f.startsWith('pagefind/'))
      .map((file) => ({ file, path: urlPathOf(file) }))
  );
}

/**
 * A moved page's stub: it only sends the reader on (meta refresh) to the
 * page that now holds its content. The browser gate checks pages a reader
 * stays on; the stubs' targets are checked by the static link check, and
 * the redirect itself by the comparison's browser test.
 */
export const isRedirectStub = (html: string): boolean => /<meta\s+http-equiv="refresh"/i.test(html);

/**
 * Page kinds, each with its own budgets. `lain` catches any page a later
 * feature adds under a path not listed here, so it is still measured.
 */
export const PAGE_KINDS = [
  'beranda',
  'peraturan',
  'catatan',
  'gambar',
  'perbandingan',
  'cari',
  'penilai',
  'presentasi',
  'info',
  '404',
  'lain',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export const KIND_LABEL: Record<PageKind, string> = {
  beranda: 'home page (/)',
  peraturan: 'regulation (/<slug>/)',
  catatan: 'editorial notes (/<slug>/catatan/)',
  gambar: 'figures (/gambar/…, /<slug>/gambar/…)',
  perbandingan: 'comparison (/perbandingan/…)',
  cari: 'search (/cari/)',
  penilai: 'assessor checker (/penilai-kinerja/…)',
  presentasi: 'trainer decks (/presentasi/…)',
  info: 'about and glossary (/tentang/, /glosarium/)',
  '404': 'not found (/404.html)',
  lain: 'any other page',
};

/**
 * The kind of a page from its URL path. With `slugs` (the regulations' slugs)
 * a one-segment path is a regulation only if it names one; without, any
 * one-segment path not listed above is taken for a regulation.
 */
export function pageKind(path: string, slugs?: ReadonlySet<string>): PageKind {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return 'beranda';
  if (path === '/404.html' || parts[0] === '404') return '404';
  if (parts[0] === 'tentang' || parts[0] === 'glosarium') return 'info';
  if (parts[0] === 'cari') return 'cari';
  if (parts[0] === 'penilai-kinerja') return 'penilai';
  if (parts[0] === 'perbandingan') return 'perbandingan';
  if (parts[0] === 'presentasi') return 'presentasi';
  if (parts[0] === 'gambar' || parts[1] === 'gambar') return 'gambar';
  if (parts.length === 2 && parts[1] === 'catatan') return 'catatan';
  if (parts.length === 1 && path.endsWith('/') && (slugs ? slugs.has(parts[0]!) : /^[a-z][a-z0-9-]*$/.test(parts[0]!))) return 'peraturan';
  return 'lain';
}

/** Total size in bytes of every file under `dir`. */
export function dirSize(dir: string): number {
  return listFiles(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}
