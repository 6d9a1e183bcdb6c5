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
import { axe, context, launch } from './harness.ts';
import { distDir, htmlPages } from '../gate/site.ts';
import { serveSite, type GateServer } from '../gate/server.ts';
import { LinkIndex, siteOriginFromConfig } from '../gate/links.ts';

const DIST = distDir();
const PAGES = htmlPages(DIST);
const WIDTHS = [1280, 360];
let site: GateServer;
let browser: Browser;
let index: LinkIndex;

beforeAll(async () => {
  site = await serveSite(DIST);
  browser = await launch();
  index = new LinkIndex(DIST, siteOriginFromConfig());
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

  for (const { path } of PAGES) {
    for (const width of WIDTHS) {
      it(`${path} at ${width}px: axe, no other host, no CSP violation or error, links resolve`, async () => {
        const { ctx, foreign } = await context(browser, site.url, { viewport: { width, height: 800 } });
        await ctx.addInitScript(() => {
          const w = window as unknown as { __csp: string[] };
          w.__csp = [];
          document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} blokir ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
        });
        const page = await ctx.newPage();
        const errors: string[] = [];
        page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
        page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
        page.on('response', (r) => {
          const u = new URL(r.url());
          if (u.origin === site.url && r.status() >= 400) errors.push(`HTTP ${r.status()} ${u.pathname}`);
        });
        page.on('requestfailed', (r) => { if (r.url().startsWith(site.url)) errors.push(`gagal: ${r.url()} ${r.failure()?.errorText}`); });

        const res = await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
        expect(res?.status(), 'status halaman').toBe(200);
        // Bring lazy content (images with loading=lazy) in, then let it settle.
        await page.evaluate(async () => {
          window.scrollTo(0, document.body.scrollHeight);
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
          window.scrollTo(0, 0);
        });
        await page.waitForLoadState('networkidle').catch(() => {});

        const violations = await axe(page);
        const live = await page.evaluate(() => ({
          hrefs: [...new Set([...document.querySelectorAll('a[href], area[href]')].map((a) => a.getAttribute('href')!))],
          ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
          csp: (window as unknown as { __csp: string[] }).__csp,
          metaCsp: document.querySelector('meta[http-equiv="Content-Security-Policy" i]')?.getAttribute('content') ?? null,
        }));
        const ids = new Set(live.ids);
        const badLinks = live.hrefs
          .map((h) => ({ h, r: index.check(path, h, false, ids) }))
          .filter((x) => x.r.problem)
          .map((x) => `${x.h}: ${x.r.problem}`);
        await ctx.close();

        expect(violations, 'axe-core').toEqual([]);
        expect(foreign, 'permintaan ke host lain').toEqual([]);
        expect(live.csp, 'pelanggaran Content-Security-Policy').toEqual([]);
        expect(errors, 'galat skrip, konsol atau permintaan').toEqual([]);
        expect(badLinks, 'tautan di DOM').toEqual([]);
        expect(live.metaCsp, '<meta http-equiv="Content-Security-Policy">').not.toBeNull();
      }, 120_000);
    }
  }
});
