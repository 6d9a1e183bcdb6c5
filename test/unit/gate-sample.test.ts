/**
 * The browser gate's sample (test/gate/sample.ts): every template, per
 * regulation, is covered, and a template added later is sampled with no list
 * to update.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageRoutes, regulationOf, routeOf, sampleCoverage, samplePages, templateOf } from '../gate/sample.ts';

const ROUTES = [
  'index.astro',
  '404.astro',
  'tentang.astro',
  '[slug]/index.astro',
  '[slug]/gambar/[nomor]/index.astro',
  'perbandingan/index.astro',
  'perbandingan/[topik]/index.astro',
  'perbandingan/definisi/index.astro',
  'presentasi/[deck]/index.astro',
  'presentasi/[slug]/gambar/[nomor]/index.astro',
  'dok/[...rest].astro',
].map(routeOf);
const SLUGS = new Set(['pati', 'klaten']);

describe('gate sample: templates', () => {
  it('turns route files into URL patterns', () => {
    expect(ROUTES.map((r) => r.pattern)).toEqual([
      '/',
      '/404/',
      '/tentang/',
      '/[slug]/',
      '/[slug]/gambar/[nomor]/',
      '/perbandingan/',
      '/perbandingan/[topik]/',
      '/perbandingan/definisi/',
      '/presentasi/[deck]/',
      '/presentasi/[slug]/gambar/[nomor]/',
      '/dok/[...rest]/',
    ]);
  });

  it('finds the route that produced a page, static segments before parameters, as Astro ranks them', () => {
    expect(templateOf('/', ROUTES)).toBe('/');
    expect(templateOf('/404.html', ROUTES)).toBe('/404/');
    expect(templateOf('/tentang/', ROUTES)).toBe('/tentang/');
    expect(templateOf('/pati/', ROUTES)).toBe('/[slug]/');
    expect(templateOf('/pati/gambar/3/', ROUTES)).toBe('/[slug]/gambar/[nomor]/');
    expect(templateOf('/perbandingan/definisi/', ROUTES)).toBe('/perbandingan/definisi/');
    expect(templateOf('/perbandingan/cuti/', ROUTES)).toBe('/perbandingan/[topik]/');
    expect(templateOf('/presentasi/pati/', ROUTES)).toBe('/presentasi/[deck]/');
    expect(templateOf('/presentasi/pati/gambar/3/', ROUTES)).toBe('/presentasi/[slug]/gambar/[nomor]/');
    expect(templateOf('/dok/a/b/c/', ROUTES)).toBe('/dok/[...rest]/');
    expect(templateOf('/lepas/halaman.html', ROUTES)).toBe('(berkas) /lepas/halaman.html');
  });

  it('knows the regulation of a page from its path', () => {
    expect(regulationOf('/klaten/gambar/2/', SLUGS)).toBe('klaten');
    expect(regulationOf('/presentasi/pati/', SLUGS)).toBe('pati');
    expect(regulationOf('/perbandingan/cuti/', SLUGS)).toBeNull();
  });

  it('reads every page route of src/pages, and only page routes', () => {
    const routes = pageRoutes();
    expect(routes.map((r) => r.pattern)).toContain('/[slug]/');
    expect(routes.map((r) => r.pattern)).toContain('/');
    expect(routes.every((r) => /\.(astro|md|mdx|html)$/.test(r.file))).toBe(true);
  });
});

describe('gate sample: which pages', () => {
  const pages = [
    { path: '/', bytes: 10 },
    { path: '/404.html', bytes: 5 },
    { path: '/pati/', bytes: 900 },
    { path: '/klaten/', bytes: 700 },
    { path: '/pati/gambar/1/', bytes: 50 },
    { path: '/pati/gambar/2/', bytes: 80 },
    { path: '/klaten/gambar/1/', bytes: 60 },
    { path: '/perbandingan/', bytes: 300 },
    { path: '/perbandingan/cuti/', bytes: 200 },
    { path: '/perbandingan/jam/', bytes: 400 },
  ];

  it('takes the largest page of each template per regulation, and the largest of each kind', () => {
    const s = samplePages(pages, ROUTES, SLUGS);
    expect(s.map((p) => p.path)).toEqual([
      '/',
      '/404.html',
      '/klaten/',
      '/klaten/gambar/1/',
      '/pati/',
      '/pati/gambar/2/',
      '/perbandingan/',
      '/perbandingan/jam/',
    ]);
    expect(Object.fromEntries(sampleCoverage(s))).toEqual({
      '/': 1,
      '/404/': 1,
      '/[slug]/': 2,
      '/[slug]/gambar/[nomor]/': 2,
      '/perbandingan/': 1,
      '/perbandingan/[topik]/': 1,
    });
  });

  it('samples a page of a template added later, found by listing the route files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-sample-'));
    try {
      for (const f of ['index.astro', '[slug]/index.astro', 'perbandingan/[topik]/index.astro']) {
        mkdirSync(dirname(join(dir, f)), { recursive: true });
        writeFileSync(join(dir, f), '---\n---\n');
      }
      const built = [...pages, { path: '/pati/ringkasan/', bytes: 1 }, { path: '/klaten/ringkasan/', bytes: 2 }];
      const before = samplePages(built, pageRoutes(dir), SLUGS);
      // Before the route file exists, the new pages are still sampled, each as its own "file" template.
      expect(before.map((p) => p.path)).toEqual(expect.arrayContaining(['/pati/ringkasan/', '/klaten/ringkasan/']));
      mkdirSync(join(dir, '[slug]', 'ringkasan'), { recursive: true });
      writeFileSync(join(dir, '[slug]', 'ringkasan', 'index.astro'), '---\n---\n');
      const after = samplePages(built, pageRoutes(dir), SLUGS);
      const fresh = after.filter((p) => p.template === '/[slug]/ringkasan/');
      expect(fresh.map((p) => `${p.regulation} ${p.path}`)).toEqual(['klaten /klaten/ringkasan/', 'pati /pati/ringkasan/']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is the same for the same pages in any order', () => {
    const a = samplePages(pages, ROUTES, SLUGS);
    const b = samplePages([...pages].reverse(), ROUTES, SLUGS);
    expect(b).toEqual(a);
  });
});
