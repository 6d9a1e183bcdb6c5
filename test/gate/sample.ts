/**
 * Which built pages the browser gate opens on every `npm test` (the full crawl,
 * `npm run gate:full`, opens them all).
 *
 * A page's template is the Astro route file that produced it, found by
 * matching its URL path against the route patterns of `src/pages/` the way
 * Astro ranks routes (a static segment beats a parameter, a parameter beats a
 * rest parameter). So a route file added later is a new template and is
 * sampled the moment it produces a page, with no list to update. A page no
 * route explains (a file copied from `public/`) is its own template.
 *
 * The sample: for every template and every regulation a page of it belongs
 * to (a page belongs to a regulation when one of its path segments is that
 * regulation's slug; pages of no regulation form one group), the largest
 * page; plus the largest page of each page kind (budgets' kinds), which the
 * first rule already includes but is kept explicit.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pageKind, type PageKind } from './site.ts';

/** One segment of a route pattern. */
type Segment = { kind: 'static'; value: string } | { kind: 'param' } | { kind: 'rest' };

export interface Route {
  /** The route file relative to src/pages, e.g. "[slug]/gambar/[nomor]/index.astro". */
  file: string;
  /** The URL pattern, e.g. "/[slug]/gambar/[nomor]/". */
  pattern: string;
  segments: Segment[];
}

/** File extensions of routes that render HTML pages (endpoints, *.ts, make other files). */
const PAGE_ROUTE = /\.(astro|md|mdx|html)$/;

/** A route from its file path relative to src/pages ("/" separators). */
export function routeOf(file: string): Route {
  const parts = file.replace(PAGE_ROUTE, '').split('/');
  if (parts.at(-1) === 'index') parts.pop();
  const segments: Segment[] = parts.map((p) =>
    /^\[\.\.\.[^\]]+\]$/.test(p) ? { kind: 'rest' } : /^\[[^\]]+\]$/.test(p) ? { kind: 'param' } : { kind: 'static', value: p },
  );
  return { file, pattern: `/${parts.join('/')}${parts.length ? '/' : ''}`, segments };
}

/** Every page route under `pagesDir` (default src/pages), sorted by file. */
export function pageRoutes(pagesDir = join(process.cwd(), 'src', 'pages')): Route[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (PAGE_ROUTE.test(e.name) && !e.name.startsWith('_')) files.push(relative(pagesDir, p).split(sep).join('/'));
    }
  };
  walk(pagesDir);
  return files.sort().map(routeOf);
}

/** URL path segments of a built page: "/a/b/" -> [a, b]; "/404.html" -> [404]. */
const pathSegments = (path: string): string[] =>
  path
    .replace(/\.html$/, '')
    .split('/')
    .filter(Boolean);

function matches(route: Route, segs: string[]): boolean {
  const rs = route.segments;
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i]!;
    if (r.kind === 'rest') return true;
    if (i >= segs.length) return false;
    if (r.kind === 'static' && r.value !== segs[i]) return false;
  }
  return rs.length === segs.length;
}

/** Astro's order: at the first segment where two routes differ, static before param before rest. */
const RANK = { static: 0, param: 1, rest: 2 } as const;
function moreSpecific(a: Route, b: Route): number {
  for (let i = 0; i < Math.max(a.segments.length, b.segments.length); i++) {
    const x = a.segments[i];
    const y = b.segments[i];
    if (!x || !y) return x ? -1 : 1;
    if (RANK[x.kind] !== RANK[y.kind]) return RANK[x.kind] - RANK[y.kind];
  }
  return a.file.localeCompare(b.file);
}

/** The template of a page: the pattern of the route that produced it, or "(berkas) <path>" for none. */
export function templateOf(path: string, routes: readonly Route[]): string {
  const segs = pathSegments(path);
  const best = routes.filter((r) => matches(r, segs)).sort(moreSpecific)[0];
  return best ? best.pattern : `(berkas) ${path}`;
}

/** The regulation a page belongs to: the first path segment that is a regulation's slug. */
export function regulationOf(path: string, slugs: ReadonlySet<string>): string | null {
  return pathSegments(path).find((s) => slugs.has(s)) ?? null;
}

export interface SampledPage {
  path: string;
  template: string;
  regulation: string | null;
  kind: PageKind;
  bytes: number;
}

/**
 * The sample, sorted by path. `pages` are the built pages with their size in
 * bytes (the HTML file); ties in size go to the first path in sort order, so
 * the sample is the same on every run.
 */
export function samplePages(
  pages: readonly { path: string; bytes: number }[],
  routes: readonly Route[],
  slugs: ReadonlySet<string>,
): SampledPage[] {
  const all: SampledPage[] = [...pages]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((p) => ({ ...p, template: templateOf(p.path, routes), regulation: regulationOf(p.path, slugs), kind: pageKind(p.path, slugs) }));
  const largest = new Map<string, SampledPage>();
  const keep = (key: string, p: SampledPage) => {
    const cur = largest.get(key);
    if (!cur || p.bytes > cur.bytes) largest.set(key, p);
  };
  for (const p of all) {
    keep(`template ${p.template} ${p.regulation ?? '-'}`, p);
    keep(`kind ${p.kind}`, p);
  }
  return [...new Map([...largest.values()].map((p) => [p.path, p])).values()].sort((a, b) => a.path.localeCompare(b.path));
}

/** Pages per template in a sample, for reports: template -> count. */
export function sampleCoverage(sample: readonly SampledPage[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const p of sample) m.set(p.template, (m.get(p.template) ?? 0) + 1);
  return new Map([...m].sort((a, b) => a[0].localeCompare(b[0])));
}
