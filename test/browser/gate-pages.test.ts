/**
 * Quality gate, in Chromium, at a desktop and a 360px phone width, served with
 * the site's own _headers (so both the header and the <meta>
 * Content-Security-Policy are in force):
 *
 * - axe-core (WCAG 2.0-2.2 A/AA): no violations;
 * - no request to any other host;
 * - no Content-Security-Policy violation, no script error, no failed request;
 * - no horizontal overflow (the document no wider than the window);
 * - every link in the live DOM (after scripts ran) resolves, anchors too.
 *
 * On `npm test` it opens a sample (test/gate/sample.ts): the largest page of
 * every template (Astro route file) per regulation, and of every page kind, so
 * a template added later is covered at once. `npm run gate:full` (GATE_FULL=1)
 * opens every HTML page of the build. The static checks (gate-static) cover
 * every page either way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './harness.ts';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, htmlPages, isRedirectStub } from '../gate/site.ts';
import { pageRoutes, sampleCoverage, samplePages } from '../gate/sample.ts';
import { loadRegulations } from '../../src/lib/load.ts';
import { serveSite, type GateServer } from '../gate/server.ts';
import { LinkIndex, siteOriginFromConfig } from '../gate/links.ts';
import { checkPage, type PageCheck } from '../gate/crawl.ts';

const DIST = distDir();
const ALL = htmlPages(DIST).filter(({ file }) => !isRedirectStub(readFileSync(join(DIST, file), 'utf8')));
const FULL = process.env.GATE_FULL === '1';
const SAMPLE = samplePages(
  ALL.map(({ file, path }) => ({ path, bytes: statSync(join(DIST, file)).size })),
  pageRoutes(),
  new Set(loadRegulations().map((r) => r.slug)),
);
const PAGES = FULL ? ALL : SAMPLE;
const WIDTHS = [1280, 360];
/** Pages checked at once (two Chromium tabs suit the 2-core machine); GATE_CONCURRENCY overrides. */
const CONCURRENCY = Math.max(1, Number(process.env.GATE_CONCURRENCY ?? 2));
const JOBS = PAGES.flatMap(({ path }) => WIDTHS.map((width) => ({ path, width })));
let site: GateServer;
let browser: Browser;
let index: LinkIndex;
/**
 * The checks run ahead in a pool of CONCURRENCY, in the order of the tests;
 * each test awaits its own page's result, so a test's time limit covers its
 * page, not the queue.
 */
const results: Promise<PageCheck | Error>[] = [];

beforeAll(async () => {
  site = await serveSite(DIST);
  browser = await launch();
  index = new LinkIndex(DIST, siteOriginFromConfig());
  const resolvers: ((r: PageCheck | Error) => void)[] = [];
  for (let i = 0; i < JOBS.length; i++) results.push(new Promise((r) => resolvers.push(r)));
  let next = 0;
  const worker = async () => {
    while (next < JOBS.length) {
      const i = next++;
      const { path, width } = JOBS[i]!;
      // A page that never settles fails its own test after 5 minutes and frees the worker.
      const limit = new Promise<Error>((r) =>
        setTimeout(() => r(new Error(`${path} at ${width}px: no result within 300 s`)), 300_000).unref(),
      );
      resolvers[i]!(
        await Promise.race([checkPage(browser, site.url, path, width, index), limit]).catch((e: unknown) =>
          e instanceof Error ? e : new Error(String(e)),
        ),
      );
    }
  };
  for (let w = 0; w < CONCURRENCY; w++) void worker();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe(`gate: ${FULL ? 'every page' : 'sampled pages'} of ${DIST} in Chromium`, () => {
  it('finds the pages to check', () => {
    console.log(
      `gate: ${PAGES.length} of ${ALL.length} pages, ${[...sampleCoverage(SAMPLE)].length} templates${FULL ? ' (full crawl)' : ''}`,
    );
    if (!FULL) console.log([...sampleCoverage(SAMPLE)].map(([t, n]) => `  ${t}: ${n}`).join('\n'));
    expect(PAGES.length).toBeGreaterThan(0);
    expect(PAGES.map((p) => p.path)).toContain('/');
  });

  JOBS.forEach(({ path, width }, i) => {
    it(`${path} at ${width}px: axe, no other host, no CSP violation or error, links resolve`, async () => {
      const r = await results[i]!;
      if (r instanceof Error) throw r;
      expect(r.status, 'status halaman').toBe(200);
      expect(r.axe, 'axe-core').toEqual([]);
      expect(r.foreign, 'permintaan ke host lain').toEqual([]);
      expect(r.csp, 'pelanggaran Content-Security-Policy').toEqual([]);
      expect(r.errors, 'galat skrip, konsol atau permintaan').toEqual([]);
      expect(r.badLinks, 'tautan di DOM').toEqual([]);
      expect(r.overflow, 'halaman lebih lebar dari jendela (px, elemen terlebar)').toEqual({ px: 0, widest: [] });
      expect(r.metaCsp, '<meta http-equiv="Content-Security-Policy">').not.toBeNull();
    }, 600_000);
  });
});
