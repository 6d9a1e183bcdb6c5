/**
 * Quality gate over the built files (no browser needed): links and anchors,
 * HTML validity, no inline code under the CSP, the headers files for static
 * hosts, and the size budgets per page kind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, htmlPages, listFiles } from '../gate/site.ts';
import { checkLinks, siteOriginFromConfig } from '../gate/links.ts';
import { validateHtml } from '../gate/html.ts';
import { inlineCodeProblems } from '../gate/inline.ts';
import { cspDiff, cspProblems, headersFor, nginxHeadersFor, parseHeadersFile, parseVercel } from '../gate/headers.ts';
import { budgetProblems, distTotals, kb, mb, measurePages, summarize, TOTAL_BUDGET } from '../gate/budgets.ts';
import { loadRegulations } from '../../src/lib/load.ts';
import { HEADER_POLICY, PAGEFIND_PAGES, pagePolicy } from '../../src/lib/csp.ts';

const DIST = distDir();
const ROOT = process.cwd();
const fmt = (xs: { page: string; line: number; message: string; ref?: string; rule?: string }[]) =>
  xs.slice(0, 40).map((x) => `${x.page}:${x.line} ${x.rule ? `[${x.rule}] ` : ''}${x.ref ? `${x.ref} — ` : ''}${x.message}`);

describe(`gate: the built files in ${DIST}`, () => {
  it('every internal link, resource and anchor resolves; nothing loads from another host', () => {
    const r = checkLinks(DIST, siteOriginFromConfig(ROOT));
    console.log(
      `tautan: ${r.pages} halaman, ${r.internal} tautan internal (${r.fragments} dengan jangkar), ${r.external.length} tautan ke situs lain (tidak diambil)`,
    );
    expect(r.pages).toBeGreaterThan(0);
    expect(fmt(r.problems)).toEqual([]);
  }, 120_000);

  it('every page is valid HTML (html-validate, test/gate/htmlvalidate.json)', async () => {
    const r = await validateHtml(DIST);
    expect(r.pages).toBeGreaterThan(0);
    expect(fmt(r.problems)).toEqual([]);
  }, 300_000);

  it("no inline script, style or handler; one CSP <meta> per page, strict, and the page's policy of src/lib/csp.ts", () => {
    const { problems, policies } = inlineCodeProblems(DIST);
    expect(fmt(problems)).toEqual([]);
    for (const policy of policies.keys()) expect(cspProblems(policy), policy).toEqual([]);
    // 'wasm-unsafe-eval' only where Pagefind runs: every other page has the policy without it.
    const wrong = [...policies].flatMap(([policy, pages]) => pages.filter((p) => pagePolicy(p) !== policy).map((p) => `${p}: ${policy}`));
    expect(wrong.slice(0, 10), 'kebijakan <meta> yang bukan pagePolicy(halaman)').toEqual([]);
    expect([...policies.keys()].filter((p) => p.includes("'wasm-unsafe-eval'")).flatMap((p) => policies.get(p)!)).toEqual([
      ...PAGEFIND_PAGES,
    ]);
  });

  describe('response headers for static hosts', () => {
    const netlify = parseHeadersFile(readFileSync(join(ROOT, 'public/_headers'), 'utf8'));
    const vercel = parseVercel(readFileSync(join(ROOT, 'vercel.json'), 'utf8'));
    const nginx = readFileSync(join(ROOT, 'docs/hosting/nginx.conf'), 'utf8');
    const samples = [
      '/',
      '/404.html',
      '/cari/',
      ...htmlPages(DIST)
        .slice(0, 50)
        .map((p) => p.path),
      '/_astro/x.css',
      '/js/site.js',
      '/favicon.svg',
      '/penilai-kinerja/data/indeks.json',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/fragment/id_1.pf_fragment',
      '/pagefind/index/id_1.pf_index',
      '/pagefind/filter/id_1.pf_filter',
    ];
    const sorted = (h: Map<string, string>) => [...h].sort((a, b) => a[0].localeCompare(b[0]));
    /** Netlify, Cloudflare Pages and Vercel send this when no rule sets Cache-Control; nginx must say it. */
    const HOST_DEFAULT_CACHE = 'public, max-age=0, must-revalidate';
    const withHostDefault = (h: Map<string, string>) => new Map([['cache-control', HOST_DEFAULT_CACHE], ...h]);
    const isHashed = (p: string) => /^\/(_astro|pagefind\/(fragment|index|filter))\//.test(p);

    it('public/_headers is copied into the build', () => {
      expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(readFileSync(join(ROOT, 'public/_headers'), 'utf8'));
    });

    it('_headers, vercel.json and the nginx snippet send the same headers for the same paths', () => {
      for (const p of samples) {
        expect(sorted(headersFor(vercel, p)), `vercel.json ${p}`).toEqual(sorted(headersFor(netlify, p)));
        expect(sorted(nginxHeadersFor(nginx, p)), `nginx.conf ${p}`).toEqual(sorted(withHostDefault(headersFor(netlify, p))));
      }
    });

    it('every path gets the security headers; hashed assets are cached for a year', () => {
      for (const p of samples) {
        const h = headersFor(netlify, p);
        for (const name of [
          'content-security-policy',
          'x-content-type-options',
          'referrer-policy',
          'x-frame-options',
          'permissions-policy',
        ]) {
          expect(h.has(name), `${name} untuk ${p}`).toBe(true);
        }
        expect(h.get('x-content-type-options')).toBe('nosniff');
      }
      expect(headersFor(netlify, '/_astro/x.css').get('cache-control')).toMatch(/max-age=31536000.*immutable/);
    });

    it('HTML, JSON and Pagefind entry files are revalidated; only content-hashed files are cached for long', () => {
      for (const p of samples) {
        const cache = withHostDefault(headersFor(netlify, p)).get('cache-control');
        if (isHashed(p)) expect(cache, p).toBe('public, max-age=31536000, immutable');
        else expect(cache, p).toBe(HOST_DEFAULT_CACHE);
      }
      // Every file under a long-cached folder must carry a content hash: Pagefind's names end in one.
      const pf = listFiles(DIST).filter((f) => /^pagefind\/(fragment|index|filter)\//.test(f));
      expect(pf.length).toBeGreaterThan(0);
      expect(pf.filter((f) => !/_[0-9a-f]{6,}\.pf_(fragment|index|filter)$/.test(f))).toEqual([]);
    });

    it('nginx: no version in headers, _headers not served, HSTS only on the TLS server', () => {
      const code = nginx.replace(/#[^\n]*/g, '');
      expect(code).toMatch(/^server_tokens off;/m);
      expect(code).toMatch(/location = \/_headers \{\s*return 404;/);
      const servers = code.split(/^server \{/m).slice(1);
      for (const srv of servers) {
        if (/Strict-Transport-Security/.test(srv)) expect(srv, 'HSTS hanya dengan TLS').toMatch(/listen 443 ssl/);
      }
      expect(servers.some((srv) => /listen 443 ssl/.test(srv) && /Strict-Transport-Security/.test(srv))).toBe(true);
    });

    it("the header CSP is strict, is HEADER_POLICY of src/lib/csp.ts, and the Pagefind page's <meta> CSP plus frame-ancestors", () => {
      const header = headersFor(netlify, '/').get('content-security-policy')!;
      expect(cspProblems(header)).toEqual([]);
      expect(header).toMatch(/frame-ancestors 'none'/);
      expect(
        cspDiff(header, HEADER_POLICY),
        'samakan public/_headers, vercel.json dan docs/hosting/nginx.conf dengan src/lib/csp.ts',
      ).toEqual([]);
      expect(header.includes("frame-ancestors 'none'") && HEADER_POLICY.includes("frame-ancestors 'none'")).toBe(true);
      const { policies } = inlineCodeProblems(DIST);
      const widest = [...policies].find(([, pages]) => pages.includes(PAGEFIND_PAGES[0]!))?.[0];
      expect(widest, `<meta> CSP di ${PAGEFIND_PAGES[0]}`).toBeDefined();
      expect(cspDiff(widest!, header)).toEqual([]);
    });
  });

  it('budgets per page kind (gzip HTML+CSS, JavaScript) and total size', () => {
    const slugs = new Set(loadRegulations().map((r) => r.slug));
    const summary = summarize(measurePages(DIST, slugs));
    const totals = distTotals(DIST);
    console.table(
      summary.map((s) => ({
        kind: s.kind,
        pages: s.pages,
        'HTML+CSS max': kb(s.maxHtmlCss),
        budget: kb(s.budget.htmlCss),
        'JS max': kb(s.maxJs),
        'JS budget': kb(s.budget.js),
        ok: s.ok,
      })),
    );
    console.log(`dist: ${mb(totals.bytes)} in ${totals.files} files, ${totals.htmlPages} pages (budget ${mb(TOTAL_BUDGET.distBytes)})`);
    expect(budgetProblems(summary)).toEqual([]);
    expect(totals.bytes, `dist melebihi ${mb(TOTAL_BUDGET.distBytes)}`).toBeLessThanOrEqual(TOTAL_BUDGET.distBytes);
  });
});
