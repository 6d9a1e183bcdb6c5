/**
 * One page of the site in Chromium, as the gate checks it: axe-core, requests
 * to other hosts, CSP violations, script and console errors, failed or 4xx
 * requests, horizontal overflow (the page wider than the window), and the
 * links of the live DOM (after scripts ran).
 */
import type { Browser } from 'playwright-core';
import { axe, context } from '../browser/harness.ts';
import type { LinkIndex } from './links.ts';

export interface PageCheck {
  status: number | undefined;
  axe: string[];
  foreign: string[];
  csp: string[];
  errors: string[];
  badLinks: string[];
  metaCsp: string | null;
  /** How far the document is wider than the viewport, in CSS px (0 when it fits), with the widest elements. */
  overflow: { px: number; widest: string[] };
}

export async function checkPage(browser: Browser, siteUrl: string, path: string, width: number, index: LinkIndex): Promise<PageCheck> {
  const { ctx, foreign } = await context(browser, siteUrl, { viewport: { width, height: 800 } });
  try {
    await ctx.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__csp.push(`${e.effectiveDirective} blokir ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
      );
    });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('response', (r) => {
      const u = new URL(r.url());
      if (u.origin === siteUrl && r.status() >= 400) errors.push(`HTTP ${r.status()} ${u.pathname}`);
    });
    page.on('requestfailed', (r) => {
      if (r.url().startsWith(siteUrl)) errors.push(`gagal: ${r.url()} ${r.failure()?.errorText}`);
    });

    const res = await page.goto(`${siteUrl}${path}`, { waitUntil: 'load', timeout: 180_000 });
    // Load lazy images too (loading=lazy only loads near the viewport), so their requests are
    // checked; wait for them at most 10 s.
    await page.evaluate(async () => {
      for (const i of document.images) if (i.loading === 'lazy') i.loading = 'eager';
      const all = Promise.all(
        [...document.images].map((i) =>
          i.complete
            ? null
            : new Promise((r) => {
                i.addEventListener('load', r);
                i.addEventListener('error', r);
              }),
        ),
      );
      await Promise.race([all, new Promise((r) => setTimeout(r, 10_000))]);
    });
    const violations = await axe(page);
    const live = await page.evaluate(() => ({
      hrefs: [...new Set([...document.querySelectorAll('a[href], area[href]')].map((a) => a.getAttribute('href')!))],
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      csp: (window as unknown as { __csp: string[] }).__csp,
      metaCsp: document.querySelector('meta[http-equiv="Content-Security-Policy" i]')?.getAttribute('content') ?? null,
      overflow: (() => {
        const vw = document.documentElement.clientWidth;
        const px = Math.max(0, document.documentElement.scrollWidth - vw);
        const widest = px
          ? [...document.body.querySelectorAll('*')]
              .map((e) => ({ e, right: e.getBoundingClientRect().right }))
              .filter((x) => x.right > vw + 1)
              // Inside a scroller it is clipped, unless it is positioned and escapes it (a visually hidden span in a table).
              .filter((x) => {
                if (['absolute', 'fixed'].includes(getComputedStyle(x.e).position)) return true;
                for (let a = x.e.parentElement; a && a !== document.body; a = a.parentElement)
                  if (getComputedStyle(a).overflowX !== 'visible') return false;
                return true;
              })
              .sort((a, b) => b.right - a.right)
              .slice(0, 3)
              .map(
                (x) =>
                  `${x.e.tagName.toLowerCase()}${x.e.id ? `#${x.e.id}` : ''}${x.e.classList.length ? `.${[...x.e.classList].join('.')}` : ''} (${Math.round(x.right)} px)`,
              )
          : [];
        return { px, widest };
      })(),
    }));
    const ids = new Set(live.ids);
    const badLinks = live.hrefs
      .map((h) => ({ h, r: index.check(path, h, false, ids) }))
      .filter((x) => x.r.problem)
      .map((x) => `${x.h}: ${x.r.problem}`);
    return {
      status: res?.status(),
      axe: violations,
      foreign: [...foreign],
      csp: live.csp,
      errors,
      badLinks,
      metaCsp: live.metaCsp,
      overflow: live.overflow,
    };
  } finally {
    await ctx.close();
  }
}
