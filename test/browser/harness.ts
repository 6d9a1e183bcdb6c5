/**
 * Browser test harness: serves dist/ on a local port and drives Debian's
 * Chromium through playwright-core. Every request to another host fails the
 * test that made it.
 *
 * A test file calls `useSite()` once at its top; `base` (the server's URL)
 * and `browser` are then set for its tests (live bindings of this module).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { findChromium } from './chromium.ts';

/** The built site; SITE_DIST points elsewhere when several builds run side by side. */
const DIST = process.env.SITE_DIST ?? join(process.cwd(), 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.mmd': 'text/plain; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
};

export function serveDist(): Promise<{ server: Server; url: string }> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ belum dibangun: jalankan "npm run build" dulu');
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(DIST, path));
    if (!file.startsWith(DIST)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      const body = existsSync(join(DIST, '404.html')) ? readFileSync(join(DIST, '404.html')) : 'not found';
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    }),
  );
}

/** The Chromium the tests drive (see chromium.ts); `npm run setup` installs one when it can. */
export const CHROMIUM = findChromium() ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium tidak ditemukan di ${CHROMIUM}: jalankan "npm run setup" (memasang paket Debian "chromium" bila bisa) atau set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** URL of the local server for the current test file (set by useSite before its tests run). */
export let base = '';
/** Chromium for the current test file (set by useSite before its tests run). */
export let browser: Browser;

/** Serves dist/ and launches Chromium before the file's tests, closes both after them. */
export function useSite(): void {
  let server: Server | undefined;
  beforeAll(async () => {
    ({ server, url: base } = await serveDist());
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });
}

/** A context that records every request to a host other than the local server. */
export async function context(
  browser: Browser,
  base: string,
  opts: Parameters<Browser['newContext']>[0] = {},
): Promise<{ ctx: BrowserContext; foreign: string[] }> {
  const ctx = await browser.newContext({ locale: 'id-ID', ...opts });
  const foreign: string[] = [];
  const origin = new URL(base).origin;
  await ctx.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
    foreign.push(u);
    return route.abort();
  });
  return { ctx, foreign };
}

const AXE = readFileSync(join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2.0-2.2 A/AA rules) on the page; returns violations as readable lines. */
export async function axe(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return r.violations.map(
      (v: { id: string; help: string; nodes: { target: string[] }[] }) =>
        `${v.id}: ${v.help} (${v.nodes.length}x, ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')})`,
    );
  });
  return result as string[];
}
