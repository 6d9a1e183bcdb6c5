import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { base, browser, context, useSite } from './harness.ts';
import { loadRegulations } from '../../src/lib/load.ts';
import { canonicalFigures, regulationFigures, regFigurePath, canonicalPath } from '../../src/lib/figures/catalogue.ts';

const regs = loadRegulations();
const canon = canonicalFigures();
const regFigs = regs.flatMap((r) => regulationFigures(r));
useSite();

const figurePages = [
  ...canon.map((f) => `/${canonicalPath(f.nomor!)}`),
  ...regFigs.map((rf) => `/${regFigurePath(rf.reg.slug, rf.entry.nomor)}`),
];

describe('figure pages without JavaScript', () => {
  it.each(figurePages)('%s shows its SVG with a title, a text equivalent and downloads', async (path) => {
    const { ctx, foreign } = await context(browser, base, { javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await ctx.newPage();
    const res = await page.goto(`${base}${path}`);
    expect(res?.status()).toBe(200);
    const svg = page.locator('.fig-scroll > svg.fig-svg');
    expect(await svg.count()).toBe(1);
    expect((await svg.locator('title').textContent())?.trim().length).toBeGreaterThan(0);
    expect(await page.locator('#isi-teks').count()).toBe(1);
    for (const ext of ['svg', 'png', 'mmd']) {
      const href = await page.locator(`.fig-downloads a[href$="gambar.${ext}"]`).getAttribute('href');
      const r = await page.request.get(`${base}${href}`);
      expect(r.status(), `${href}`).toBe(200);
      expect((await r.body()).length).toBeGreaterThan(50);
    }
    expect(foreign).toEqual([]);
    await ctx.close();
    // axe-core runs in the quality gate (gate-pages.test.ts) at 1280 and 360 px, on the largest figure page of each regulation and of the canonical set.
  });

  it('the gallery lists every canonical figure and the crosswalk', async () => {
    // axe-core on the gallery runs in the quality gate (gate-pages.test.ts) at 1280 and 360 px.
    const { ctx } = await context(browser, base, { viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(`${base}/gambar/`);
    expect(await page.locator('.gallery').first().locator('li').count()).toBe(canon.length);
    expect(await page.locator('table.crosswalk tbody tr').count()).toBe(canon.length);
    await ctx.close();
  });

  it('a node named in the URL is highlighted without script', async () => {
    const { ctx } = await context(browser, base, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${base}/gambar/4/#g-kanonik-04-n-jf`);
    const stroke = await page
      .locator('#g-kanonik-04-n-jf rect')
      .first()
      .evaluate((e) => getComputedStyle(e).stroke);
    expect(stroke).toBe('rgb(212, 53, 28)');
    await ctx.close();
  });
});

describe('links between text and figures', () => {
  it('a figure in the regulation page links to its figure page, which links back to the paragraphs that refer to it', async () => {
    const { ctx } = await context(browser, base, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${base}/batang/`);
    const img = page.locator('#lampiran__gambar-20 a.gambar-link');
    expect(await img.getAttribute('href')).toBe('/batang/gambar/20/');
    await img.click();
    await page.waitForURL(`${base}/batang/gambar/20/`);
    const refs = await page.locator('#dirujuk + ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.every((h) => h!.startsWith('/batang/#'))).toBe(true);
    await ctx.close();
  });
});

describe('projector and phone (issue 11)', () => {
  it('a figure wider than a 360 px screen says it scrolls; 16:9 slide PNGs are 1920x1080', async () => {
    const { ctx } = await context(browser, base, { javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await ctx.newPage();
    await page.goto(`${base}/gambar/25/`);
    expect(await page.locator('.fig-scroll-hint').isVisible()).toBe(true);
    const [sw, cw] = await page.locator('.fig-scroll').evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(sw).toBeGreaterThan(cw);
    // Lane headers stay in view: scrolled far down inside the frame, the header strip is still at its top.
    const [frameTop, headTop, headH, visible] = await page.locator('.fig-scroll').evaluate((el) => {
      el.scrollTop = el.scrollHeight / 2;
      const head = el.querySelector('.fig-lane-head svg')!;
      return [el.getBoundingClientRect().top, head.getBoundingClientRect().top, head.getBoundingClientRect().height, el.scrollTop > 0];
    });
    expect(visible).toBe(true);
    expect(headH).toBeGreaterThan(20);
    expect(Math.abs(headTop - frameTop)).toBeLessThan(2);
    await page.goto(`${base}/pati/gambar/23/`);
    const slides = await page.locator('.fig-downloads a[href*="gambar-16x9-"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(slides.length).toBeGreaterThan(1);
    for (const href of slides) {
      const body = await (await page.request.get(`${base}${href}`)).body();
      expect([body.readUInt32BE(16), body.readUInt32BE(20)], href).toEqual([1920, 1080]);
    }
    await ctx.close();
  });

  it("a regulation's Gambar cites that regulation (Pati 19 lists Perbup Pati provisions only)", async () => {
    const { ctx } = await context(browser, base, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${base}/pati/gambar/19/`);
    const hrefs = await page.locator('.fig-sources a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(5);
    expect(hrefs.every((h) => h.startsWith('/pati/'))).toBe(true);
    await ctx.close();
  });
});

describe('Mermaid sources', () => {
  it('a swimlane .mmd renders with its lanes in order, top to bottom', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await page.goto('about:blank');
    await page.addScriptTag({ content: readFileSync(join(process.cwd(), 'node_modules/mermaid/dist/mermaid.min.js'), 'utf8') });
    const src = await (await ctx.request.get(`${base}/gambar/25/gambar.mmd`)).text();
    const ys = await page.evaluate(async (text) => {
      // @ts-expect-error mermaid is injected above
      window.mermaid.initialize({ startOnLoad: false });
      // @ts-expect-error mermaid is injected above
      const { svg } = await window.mermaid.render('m', text);
      document.body.innerHTML = svg;
      return [...document.querySelectorAll('g.cluster')].map((g) => ({ id: g.id, y: g.getBoundingClientRect().top }));
    }, src);
    const lanes = [...src.matchAll(/subgraph (lane_\w+)/g)].map((m) => m[1]!);
    const order = lanes.map((l) => ys.find((c) => c.id.includes(l))!.y);
    expect(order.length).toBe(3);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    await ctx.close();
  });

  it('every .mmd parses with mermaid 12', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    // A blank page (no site CSP) so mermaid can be added as a script.
    await page.goto('about:blank');
    await page.addScriptTag({ content: readFileSync(join(process.cwd(), 'node_modules/mermaid/dist/mermaid.min.js'), 'utf8') });
    const failures: string[] = [];
    const seen = new Set<string>();
    for (const path of figurePages) {
      const href = await (async () => {
        const html = await (await ctx.request.get(`${base}${path}`)).text();
        return html.match(/href="([^"]+gambar\.mmd)"/)?.[1];
      })();
      if (!href || seen.has(href)) continue;
      seen.add(href);
      const src = await (await ctx.request.get(`${base}${href}`)).text();
      const err = await page.evaluate(async (text) => {
        try {
          // @ts-expect-error mermaid is injected above
          await window.mermaid.parse(text);
          return '';
        } catch (e) {
          return String((e as Error).message ?? e);
        }
      }, src);
      if (err) failures.push(`${href}: ${err.slice(0, 200)}`);
    }
    expect(seen.size).toBeGreaterThan(0);
    expect(failures).toEqual([]);
    await ctx.close();
  });
});
