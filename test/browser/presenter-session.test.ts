/**
 * Session builder: build a selection with the keyboard and buttons, reload
 * from the address (same slides, same order), present it with the presenter
 * runtime; the PPTX is made in the browser; without JavaScript the page says
 * the builder needs it and links to the ready-made decks.
 */
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { base, browser, context, useSite } from './harness.ts';
import { siteDecks } from '../../src/lib/decks/build.ts';

useSite();
const { decks } = siteDecks();
const theme = decks.find((d) => d.id === 'penugasan')!;
const reg = decks.find((d) => d.kind === 'peraturan' && d.slides.length >= 2)!;

describe('session builder', () => {
  it('selection round trip through the address, then present it', async () => {
    const { ctx, foreign } = await context(browser, base, { viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await ctx.newPage();
    await page.goto(`${base}/presentasi/sesi/`);
    await page.locator('.sesi-app').waitFor();
    expect(await page.locator('.sesi-nojs').isVisible()).toBe(false);
    // Filter, then add: slide 2 of the regulation deck, slide 1 of Penugasan, a comparison.
    await page.fill('#sesi-saring', reg.slides[1]!.title.slice(0, 25));
    await page.locator(`button[data-key="${reg.id}:2"]`).click();
    await page.fill('#sesi-saring', '');
    await page.locator('details', { hasText: theme.title }).first().locator('summary').click();
    await page.locator(`button[data-key="${theme.id}:1"]`).click();
    const kinds = await page.locator('#sesi-banding-jenis option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
    expect(kinds.length).toBeGreaterThan(0);
    await page.selectOption('#sesi-banding-jenis', kinds.includes('dinas') ? 'dinas' : kinds[0]!);
    const boxes = page.locator('.sesi-banding-regs input');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.locator('.sesi-banding button[type=submit]').click();
    // Reorder with the keyboard: focus "Turunkan" of the first item and press Enter.
    await page.locator('.sesi-urutan li').first().locator('[data-act="turun"]').focus();
    await page.keyboard.press('Enter');
    const order = await page.locator('.sesi-urutan li .sesi-teks').allTextContents();
    expect(order).toHaveLength(3);
    expect(order[0]).toContain(theme.slides[0]!.title);
    expect(order[1]).toContain(reg.slides[1]!.title);
    expect(order[2]).toContain('Siapa Pejabat Penilai Kinerja');
    const url = page.url();
    expect(decodeURIComponent(new URL(url).searchParams.get('s')!)).toMatch(new RegExp(`^${theme.id}:1,${reg.id}:2,banding:`));
    // Reload from the address: same slides, same order.
    await page.goto(url);
    await page.locator('.sesi-urutan li').first().waitFor();
    expect(await page.locator('.sesi-urutan li .sesi-teks').allTextContents()).toEqual(order);
    // Present: the runtime takes the assembled slides.
    await page.locator('[data-sesi="present"]').click();
    await page.locator('.sesi-deck.presenting').waitFor();
    const n = await page.locator('.sesi-deck li.slide').count();
    expect(n).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.sesi-deck li.slide.is-current .slide-title').textContent()).toContain(theme.slides[0]!.title);
    expect(await page.locator('.pres-count').textContent()).toMatch(new RegExp(`^1 / ${n}`));
    await page.keyboard.press('End');
    const last = page.locator('.sesi-deck li.slide.is-current');
    expect(await last.locator('.slide-title').textContent()).toContain('Siapa Pejabat Penilai Kinerja');
    expect(await last.locator('table tbody tr').count()).toBeGreaterThanOrEqual(2);
    expect(await last.locator('a[data-cite]').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('s')).toBeTruthy();
    // Reloading while presenting reopens the same session at the same slide.
    await page.goto(page.url());
    await page.locator('.sesi-deck.presenting').waitFor();
    expect(await page.locator('.sesi-deck li.slide.is-current .slide-title').textContent()).toContain('Siapa Pejabat Penilai Kinerja');
    expect(await page.locator('.sesi-urutan li .sesi-teks').allTextContents()).toEqual(order);
    // Slide ids stay unique when slides come from several pages.
    const ids = await page.locator('.sesi-deck [id]').evaluateAll((els) => els.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    // PPTX made in the browser: cover plus one slide per item, figures as SVG.
    await page.keyboard.press('Escape');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-sesi="pptx"]').click()]);
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    expect(Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(4);
    expect(Object.keys(zip.files).filter((f) => /^ppt\/media\/.+\.svg$/.test(f))).toHaveLength(2);
    expect(foreign).toEqual([]);
    await ctx.close();
  }, 120_000);

  it('without JavaScript says the builder needs it and links to the ready-made decks', async () => {
    const { ctx } = await context(browser, base, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${base}/presentasi/sesi/`);
    expect(await page.locator('.sesi-nojs').textContent()).toContain('memerlukan JavaScript');
    expect(await page.locator('.sesi-nojs a[href$="/presentasi/#tema"]').count()).toBe(1);
    expect(await page.locator('.sesi-app').isVisible()).toBe(false);
    await ctx.close();
  });
});
