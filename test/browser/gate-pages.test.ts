/**
 * Quality gate, in Chromium, on every HTML page of the built site (found by
 * listing the output directory, so pages added later are covered), at a
 * desktop and a 360px phone width, served with the site's own _headers (so
 * both the header and the <meta> Content-Security-Policy are in force):
 *
 * - axe-core (WCAG 2.0-2.2 A/AA): no violations;
 * - no request to any other host;
 * - no Content-Security-Policy violation, no script error, no failed request;
 * - every link in the live DOM (after scripts ran) resolves, anchors too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './harness.ts';
import { distDir, htmlPages } from '../gate/site.ts';
import { serveSite, type GateServer } from '../gate/server.ts';
import { LinkIndex, siteOriginFromConfig } from '../gate/links.ts';
import { checkPage, type PageCheck } from '../gate/crawl.ts';

const DIST = distDir();
const PAGES = htmlPages(DIST);
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
      const limit = new Promise<Error>((r) => setTimeout(() => r(new Error(`${path} at ${width}px: no result within 300 s`)), 300_000).unref());
      resolvers[i]!(await Promise.race([checkPage(browser, site.url, path, width, index), limit]).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))));
    }
  };
  for (let w = 0; w < CONCURRENCY; w++) void worker();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe(`gate: every page of ${DIST} in Chromium`, () => {
  it('finds the pages to check', () => {
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
      expect(r.metaCsp, '<meta http-equiv="Content-Security-Policy">').not.toBeNull();
    }, 600_000);
  });
});
