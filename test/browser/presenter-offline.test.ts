/**
 * The presenter offline: a deck never opened does not loop (it says it is not
 * on this device and lists what is), and the cache follows the build: a new
 * version drops the old cache, and a deck the server now answers with 404 is
 * no longer served from the copy.
 */
import { describe, expect, it } from 'vitest';
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { base, browser, useSite } from './harness.ts';
import { siteDecks } from '../../src/lib/decks/build.ts';

const { decks } = siteDecks();
const opened = decks.find((d) => d.id === 'penugasan')!;
const never = decks.find((d) => d.id === 'pengantar')!;
useSite();

describe('presenter offline', () => {
  it('an unopened deck offline says it is not saved, lists the saved decks, and does not reload itself', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'allow' });
    const page = await ctx.newPage();
    await page.goto(`${base}/${opened.path}`);
    await page.waitForSelector('.deck-page[data-offline="siap"]', { timeout: 30_000 });
    await ctx.setOffline(true);
    let navigations = 0;
    page.on('framenavigated', (f) => {
      if (f === page.mainFrame()) navigations += 1;
    });
    await page.goto(`${base}/${never.path}`);
    const notice = page.locator('.deck-notice');
    await notice.getByText('belum tersimpan di perangkat ini').waitFor({ timeout: 10_000 });
    await page.waitForTimeout(1500);
    expect(navigations).toBeLessThanOrEqual(2);
    expect(new URL(page.url()).pathname).toBe(`/${never.path}`);
    expect(await notice.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain(`/${opened.path}`);
    await ctx.close();
  });

  it('a new build drops the old cache, and a 404 from the server is respected', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'allow' });
    const page = await ctx.newPage();
    await page.goto(`${base}/${opened.path}`);
    await page.waitForSelector('.deck-page[data-offline="siap"]', { timeout: 30_000 });
    const before = await page.evaluate(() => caches.keys());
    expect(before.filter((k) => k.startsWith('sk-presentasi-'))).toHaveLength(1);
    // A redeploy: the same worker script under a new build version. Activating it drops every older cache.
    const after = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.register('/sw-presentasi.js?v=redeploy-test', { scope: '/presentasi/' });
      await new Promise<void>((done) => {
        const w = reg.installing ?? reg.waiting ?? reg.active!;
        if (w.state === 'activated') return done();
        w.addEventListener('statechange', () => {
          if (w.state === 'activated') done();
        });
      });
      return caches.keys();
    });
    expect(after.filter((k) => k.startsWith('sk-presentasi-')).filter((k) => before.includes(k))).toEqual([]);
    // Back on the deck (it registers the build's worker again and saves itself). Not waiting for the load event: the
    // new worker fetches everything the deck needs into its cache meanwhile, which under load can take long.
    await page.goto(`${base}/${opened.path}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.waitForSelector('.deck-page[data-offline="siap"]', { timeout: 60_000 });
    // The redeployed server no longer has the deck.
    const file = join(process.env.SITE_DIST ?? 'dist', opened.path, 'index.html');
    renameSync(file, `${file}.weg`);
    try {
      const res = await page.goto(`${base}/${opened.path}`, { waitUntil: 'commit' });
      expect(res?.status()).toBe(404);
      await page.locator('.deck-notice').getByText('tidak ada lagi di situs').waitFor({ timeout: 10_000 });
      const kept = await page.evaluate(async (p) => {
        for (const k of await caches.keys()) if (await (await caches.open(k)).match(p)) return true;
        return false;
      }, `/${opened.path}`);
      expect(kept).toBe(false);
    } finally {
      renameSync(`${file}.weg`, file);
    }
    await ctx.close();
  });
});
