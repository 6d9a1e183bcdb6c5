/**
 * The gate's own test: a small site with one of each violation must fail
 * every check that should catch it, and a clean page must pass them all.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './harness.ts';
import { checkLinks, LinkIndex } from '../gate/links.ts';
import { inlineCodeProblems } from '../gate/inline.ts';
import { validateHtml } from '../gate/html.ts';
import { cspDiff, cspProblems } from '../gate/headers.ts';
import { serveSite, type GateServer } from '../gate/server.ts';
import { checkPage } from '../gate/crawl.ts';
import { budgetProblems, measurePages, summarize } from '../gate/budgets.ts';
import { compareDirs } from '../gate/compare.ts';
import { pageKind } from '../gate/site.ts';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'";
const page = (title: string, body: string) => `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}"><title>${title}</title></head>
<body><main><h1>${title}</h1>${body}</main></body></html>
`;
const BROKEN = ['/bad/', '/bocor/'];
const dir = mkdtempSync(join(tmpdir(), 'sk-gate-self-'));
let browser: Browser;
let site: GateServer;

beforeAll(async () => {
  mkdirSync(join(dir, 'a'));
  mkdirSync(join(dir, 'bad'));
  writeFileSync(
    join(dir, '_headers'),
    `/*\n  Content-Security-Policy: ${CSP}; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n`,
  );
  writeFileSync(
    join(dir, 'index.html'),
    page(
      'Bersih',
      '<p id="x">Halaman ini menautkan ke <a href="/a/">halaman A yang lain</a>, lalu ke <a href="/a/#sini">bagian sini di halaman A</a>, kembali ke <a href="#x">paragraf ini sendiri</a>, dan ke <a href="https://jdih.example.go.id/">naskah resmi di JDIH</a> sebagai sumber.</p>',
    ),
  );
  writeFileSync(join(dir, 'a', 'index.html'), page('A', '<p id="sini">Sini. <a href="/">Beranda</a></p>'));
  writeFileSync(
    join(dir, 'bad', 'index.html'),
    page(
      'Rusak',
      [
        '<p><a href="/hilang/">hilang</a> <a href="/a">tanpa garis miring</a> <a href="/a/#tidak-ada">jangkar</a> <a href="javascript:void 0">js</a></p>',
        '<img src="https://cdn.example.org/x.png" alt="luar">',
        '<script>document.title = "inline"</script>',
        '<p style="color: red">gaya</p>',
        '<button type="button" onclick="alert(1)">klik</button>',
        '<ul><div>bukan li</div></ul>',
        '<label for="tidak-ada">label</label>',
        `<table><tr><td>${'lebar'.repeat(200)}</td></tr></table>`,
      ].join('\n'),
    ),
  );
  // A page with no policy at all, to see the foreign request itself (a CSP would block it first).
  mkdirSync(join(dir, 'bocor'));
  writeFileSync(
    join(dir, 'bocor', 'index.html'),
    page('Bocor', '<img src="https://cdn.example.org/y.png" alt="luar">').replace(/<meta http-equiv[^>]*>/, ''),
  );
  site = await serveSite(dir);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('gate self-test: it catches what it should', () => {
  it('link checker: missing page, missing trailing slash, missing anchor, javascript:, another host, dangling id reference', () => {
    const r = checkLinks(dir);
    const bad = r.problems
      .filter((p) => p.page === '/bad/')
      .map((p) => `${p.ref} ${p.message}`)
      .join('\n');
    expect(r.problems.filter((p) => !BROKEN.includes(p.page))).toEqual([]);
    for (const m of [
      '/hilang/ tidak ada di situs',
      '/a tanpa garis miring',
      '#tidak-ada tidak ada di /a/index.html',
      'javascript:',
      'cdn.example.org',
      'for="tidak-ada"',
    ])
      expect(bad).toContain(m);
    expect(r.external).toEqual(['https://jdih.example.go.id/']);
  });

  it('inline code: script, style attribute, handler', () => {
    const msgs = inlineCodeProblems(dir)
      .problems.filter((p) => p.page === '/bad/')
      .map((p) => p.message)
      .join('\n');
    expect(msgs).toMatch(/<script> sebaris/);
    expect(msgs).toMatch(/atribut style=/);
    expect(msgs).toMatch(/penangan onclick/);
    expect(inlineCodeProblems(dir).problems.filter((p) => !BROKEN.includes(p.page))).toEqual([]);
  });

  it('html-validate: content model and references', async () => {
    const r = await validateHtml(dir);
    expect(r.problems.filter((p) => !BROKEN.includes(p.page))).toEqual([]);
    const rules = r.problems.map((p) => p.rule);
    expect(rules).toContain('element-permitted-content');
    expect(rules).toContain('no-missing-references');
  });

  it('CSP: unsafe-inline refused, header and meta compared', () => {
    expect(cspProblems("default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'")).toContain(
      "script-src mengizinkan 'unsafe-inline'",
    );
    expect(cspProblems(CSP)).toEqual([]);
    expect(cspDiff(CSP, `${CSP}; frame-ancestors 'none'`)).toEqual([]);
    expect(cspDiff(CSP, CSP.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'"))).toHaveLength(1);
  });

  it('in Chromium: a clean page passes; the broken one has a foreign request, CSP violations, axe findings and overflows', async () => {
    const index = new LinkIndex(dir);
    const ok = await checkPage(browser, site.url, '/', 360, index);
    expect({ ...ok, metaCsp: !!ok.metaCsp }).toEqual({
      status: 200,
      axe: [],
      foreign: [],
      csp: [],
      errors: [],
      badLinks: [],
      metaCsp: true,
      overflow: { px: 0, widest: [] },
    });
    const bad = await checkPage(browser, site.url, '/bad/', 1280, index);
    expect(bad.csp.join('\n')).toMatch(/img-src blokir https:\/\/cdn\.example\.org\/x\.png/);
    expect(bad.csp.join('\n')).toMatch(/script-src/);
    expect(bad.csp.join('\n')).toMatch(/style-src/);
    expect(bad.badLinks.join('\n')).toMatch(/hilang/);
    expect(bad.axe.join('\n')).toMatch(/list/);
    expect(bad.overflow.px).toBeGreaterThan(0);
    expect(bad.overflow.widest.join('\n')).toMatch(/^table /);
    const plain = await serveSite(dir, { applyHeaders: false });
    try {
      const leak = await checkPage(browser, plain.url, '/bocor/', 360, index);
      expect(leak.foreign).toEqual(['https://cdn.example.org/y.png']);
      expect(leak.metaCsp).toBeNull();
    } finally {
      await plain.close();
    }
  }, 60_000);

  it('budgets: an over-budget page is named', () => {
    writeFileSync(
      join(dir, 'a', 'big.html'),
      page('Besar', `<p>${Array.from({ length: 40_000 }, (_, i) => (i * 7919).toString(36)).join(' ')}</p>`),
    );
    const problems = budgetProblems(summarize(measurePages(dir)));
    rmSync(join(dir, 'a', 'big.html'));
    expect(problems.join('\n')).toMatch(/lain: HTML\+CSS .* di \/a\/big\.html melebihi/);
  });

  it('reproducibility: a differing byte is found and located', () => {
    const b = mkdtempSync(join(tmpdir(), 'sk-gate-self-b-'));
    for (const f of ['index.html', '_headers']) writeFileSync(join(b, f), '');
    const d = compareDirs(dir, b);
    rmSync(b, { recursive: true, force: true });
    expect(d.onlyA).toContain('a/index.html');
    expect(d.differ.map((x) => x.file)).toContain('index.html');
  });

  it('page kinds', () => {
    const slugs = new Set(['pati']);
    expect(
      [
        '/',
        '/pati/',
        '/pati/catatan/',
        '/gambar/4/',
        '/pati/gambar/20/',
        '/perbandingan/',
        '/cari/',
        '/penilai-kinerja/',
        '/presentasi/x/',
        '/tentang/',
        '/404.html',
        '/unduhan/',
      ].map((p) => pageKind(p, slugs)),
    ).toEqual([
      'beranda',
      'peraturan',
      'catatan',
      'gambar',
      'gambar',
      'perbandingan',
      'cari',
      'penilai',
      'presentasi',
      'info',
      '404',
      'lain',
    ]);
  });
});
