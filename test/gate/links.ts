/**
 * Link checker over the built HTML: every internal link, resource and
 * fragment (#anchor) must resolve to a file in the output directory and an id
 * in that page; in-page references (label for, aria-labelledby, ...) must name
 * an id of the page; nothing may load from another host. Links to other sites
 * (the official JDIH sources) are counted, not fetched.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { lineOf, scanTags, type Tag } from './html-scan.ts';
import { htmlPages, listFiles } from './site.ts';

export interface LinkProblem {
  page: string;
  line: number;
  ref: string;
  message: string;
}
export interface LinkReport {
  problems: LinkProblem[];
  pages: number;
  internal: number;
  fragments: number;
  external: string[];
}

const LOCAL = 'http://gate.invalid';

/** Attributes that make the browser fetch something, per element. */
const RESOURCE_ATTRS: Record<string, string[]> = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  image: ['href', 'xlink:href'],
  input: ['src'],
};
const NAV_ATTRS: Record<string, string[]> = { a: ['href'], area: ['href'], form: ['action'], use: ['href', 'xlink:href'] };
const IDREF_ATTRS = [
  'for',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
  'list',
  'headers',
  'popovertarget',
  'commandfor',
  'form',
];
/** <link rel> values that make the browser fetch the href. */
const FETCHING_RELS = new Set([
  'stylesheet',
  'icon',
  'apple-touch-icon',
  'manifest',
  'preload',
  'modulepreload',
  'prefetch',
  'preconnect',
  'dns-prefetch',
  'mask-icon',
]);

const srcsetUrls = (v: string) =>
  v
    .split(',')
    .map((s) => s.trim().split(/\s+/)[0]!)
    .filter(Boolean);

/** Ids (and a[name]) of one page. */
export const idsOf = (tags: Tag[]): Set<string> =>
  new Set(tags.flatMap((t) => [t.attrs.id, t.name === 'a' ? t.attrs.name : undefined]).filter((x): x is string => !!x));

/**
 * The built site's files and the ids of each HTML page, to resolve links
 * against; `siteOrigin` is the production origin (astro.config.mjs `site`):
 * absolute links to it count as internal.
 */
export class LinkIndex {
  readonly dir: string;
  readonly siteOrigin: string | undefined;
  readonly files: Set<string>;
  private parsed = new Map<string, { html: string; tags: Tag[]; ids: Set<string> }>();
  constructor(dir: string, siteOrigin?: string) {
    this.dir = dir;
    this.siteOrigin = siteOrigin;
    this.files = new Set(listFiles(dir));
  }

  page(file: string): { html: string; tags: Tag[]; ids: Set<string> } | undefined {
    if (!file.endsWith('.html') || !this.files.has(file)) return undefined;
    let p = this.parsed.get(file);
    if (!p) {
      const html = readFileSync(join(this.dir, file), 'utf8');
      const tags = scanTags(html);
      this.parsed.set(file, (p = { html, tags, ids: idsOf(tags) }));
    }
    return p;
  }

  /**
   * What is wrong with `ref` found on the page at `pagePath` (undefined when
   * nothing). `fetches`: the browser loads it (script, img, stylesheet...).
   * `pageIds`: the page's ids when they differ from its file (the live DOM).
   */
  check(
    pagePath: string,
    ref: string,
    fetches: boolean,
    pageIds?: Set<string>,
  ): { problem?: string; external?: string; fragment?: boolean; internal?: boolean } {
    const raw = ref.trim();
    if (raw === '') return { problem: 'alamat kosong' };
    if (/^javascript:/i.test(raw)) return { problem: 'tautan javascript: (melanggar CSP dan tidak jalan tanpa JavaScript)' };
    if (/^(mailto|tel|sms|data|blob):/i.test(raw)) return {};
    let url: URL;
    try {
      url = new URL(raw, LOCAL + pagePath);
    } catch {
      return { problem: 'alamat tidak sah' };
    }
    const internal = url.origin === LOCAL || (this.siteOrigin !== undefined && url.origin === this.siteOrigin);
    if (!internal) return fetches ? { problem: `memuat dari host lain (${url.host || url.protocol})` } : { external: url.href };
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return { problem: 'alamat tidak dapat didekode', internal: true };
    }
    let file: string;
    if (path.endsWith('/')) file = `${path.slice(1)}index.html`;
    else if (this.files.has(path.slice(1))) file = path.slice(1);
    else if (this.files.has(`${path.slice(1)}/index.html`))
      return { problem: `tanpa garis miring penutup: situs memakai trailingSlash "always", tulis ${path}/`, internal: true };
    else file = path.slice(1);
    if (!this.files.has(file)) return { problem: `tidak ada di situs (${file})`, internal: true };
    if (!url.hash || url.hash === '#' || url.hash.startsWith('#:~:')) return { internal: true };
    let frag: string;
    try {
      frag = decodeURIComponent(url.hash.slice(1));
    } catch {
      return { problem: 'jangkar tidak dapat didekode', internal: true, fragment: true };
    }
    const samePage = url.pathname === new URL(LOCAL + pagePath).pathname;
    const ids = samePage && pageIds ? pageIds : this.page(file)?.ids;
    if (!ids) return { internal: true, fragment: true }; // a fragment into a non-HTML file (SVG, PDF) is not checked
    if (frag === 'top' || ids.has(frag)) return { internal: true, fragment: true };
    return { problem: `jangkar #${frag} tidak ada di ${samePage ? 'halaman ini' : `/${file}`}`, internal: true, fragment: true };
  }
}

/** Checks every HTML file under `dir`. */
export function checkLinks(dir: string, siteOrigin?: string): LinkReport {
  const index = new LinkIndex(dir, siteOrigin);
  const pages = htmlPages(dir);
  const report: LinkReport = { problems: [], pages: pages.length, internal: 0, fragments: 0, external: [] };

  for (const p of pages) {
    const { html, tags, ids } = index.page(p.file)!;
    const problem = (t: Tag, ref: string, message: string) =>
      report.problems.push({ page: p.path, line: lineOf(html, t.offset), ref, message });
    const check = (t: Tag, ref: string, fetches: boolean) => {
      const r = index.check(p.path, ref, fetches);
      if (r.internal) report.internal += 1;
      if (r.fragment) report.fragments += 1;
      if (r.external) report.external.push(r.external);
      if (r.problem) problem(t, ref, r.problem);
    };

    for (const t of tags) {
      for (const a of RESOURCE_ATTRS[t.name] ?? []) {
        const v = t.attrs[a];
        if (v === undefined) continue;
        for (const u of a === 'srcset' ? srcsetUrls(v) : [v]) check(t, u, true);
      }
      for (const a of NAV_ATTRS[t.name] ?? []) {
        const v = t.attrs[a];
        if (v !== undefined) check(t, v, t.name === 'use');
      }
      if (t.name === 'link' && t.attrs.href !== undefined) {
        const rels = (t.attrs.rel ?? '').toLowerCase().split(/\s+/);
        check(
          t,
          t.attrs.href,
          rels.some((r) => FETCHING_RELS.has(r)),
        );
      }
      if (t.name === 'meta' && t.attrs['http-equiv']?.toLowerCase() === 'refresh') {
        const u = /url\s*=\s*(.+)$/i.exec(t.attrs.content ?? '')?.[1];
        if (u) check(t, u.replace(/^['"]|['"]$/g, ''), false);
      }
      for (const a of IDREF_ATTRS) {
        const v = t.attrs[a];
        if (v === undefined || (a === 'form' && t.name === 'form')) continue;
        for (const id of v.split(/\s+/).filter(Boolean)) {
          if (!ids.has(id)) problem(t, `${a}="${v}"`, `${a} menunjuk ke id "${id}" yang tidak ada di halaman ini`);
        }
      }
    }
  }
  return report;
}

/** The production origin (SITE_URL, or a literal `site: '...'` in astro.config.mjs), if set. */
export function siteOriginFromConfig(root = process.cwd()): string | undefined {
  if (process.env.SITE_URL) return new URL(process.env.SITE_URL).origin;
  const f = join(root, 'astro.config.mjs');
  if (!existsSync(f)) return undefined;
  const m = /\bsite:\s*['"]([^'"]+)['"]/.exec(readFileSync(f, 'utf8'));
  return m ? new URL(m[1]!).origin : undefined;
}
