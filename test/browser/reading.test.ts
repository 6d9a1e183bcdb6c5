import { describe, expect, it } from 'vitest';
import { axe, base, browser, context, useSite } from './harness.ts';
import { loadRegulations } from '../../src/lib/load.ts';
import { regulationTitle } from '../../src/lib/citation.ts';
import { provisionPath } from '../../src/lib/permalink.ts';
import { readingPages } from '../../src/lib/reading-pages.ts';
import { definitions } from '../../src/lib/definitions.ts';
import { buildView } from '../../src/lib/regulation-view.ts';
import { walkBody } from '../../src/lib/ids.ts';

const regs = loadRegulations();
const klaten = regs.find((r) => r.slug === 'klaten')!;
useSite();

describe('home page', () => {
  it('leads to the three tasks and lists the five regulations, with a later date of effect where there is one', async () => {
    const { ctx, foreign } = await context(browser, base, { viewport: { width: 360, height: 740 } });
    const page = await ctx.newPage();
    await page.goto(`${base}/`);
    const tasks = await page
      .locator('.tasks a')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), top: a.getBoundingClientRect().top })));
    expect(tasks.map((t) => t.href)).toEqual(['#peraturan', '/penilai-kinerja/', '/presentasi/']);
    // All three start on the first screen.
    for (const t of tasks) expect(t.top).toBeLessThan(740);
    const titles = await page.locator('.card h3 a').allTextContents();
    expect(titles.sort()).toEqual(regs.map(regulationTitle).sort());
    const klatenCard = await page.locator('.card', { hasText: 'Klaten' }).textContent();
    expect(klatenCard).toContain('Mulai berlaku');
    expect(klatenCard).toContain('1 Januari 2025');
    const later = regs.filter((r) => r.meta.mulaiBerlaku.tanggal !== r.meta.ditetapkan.tanggal).length;
    expect(await page.locator('.card dt', { hasText: 'Mulai berlaku' }).count()).toBe(later);
    expect(foreign).toEqual([]);
    await ctx.close();
  });
});

describe('compact header', () => {
  for (const width of [360, 320]) {
    it(`at ${width} px takes at most 20% of a 740 px screen, with search in view and the menu working without JavaScript`, async () => {
      const { ctx } = await context(browser, base, { viewport: { width, height: 740 }, javaScriptEnabled: false });
      const page = await ctx.newPage();
      for (const path of ['/', '/klaten/pasal-13/', '/klaten/']) {
        await page.goto(`${base}${path}`);
        const h = await page.locator('.site-header').evaluate((e) => e.getBoundingClientRect().height);
        expect(h, path).toBeLessThanOrEqual(148);
        expect(await page.locator('#cari-situs').isVisible()).toBe(true);
      }
      const link = page.locator('nav[aria-label="Navigasi utama"] a[href="/penilai-kinerja/"]');
      expect(await link.isVisible()).toBe(false);
      await page.locator('.menu > summary').click();
      expect(await link.isVisible()).toBe(true);
      await link.click();
      await page.waitForURL(`${base}/penilai-kinerja/`);
      await ctx.close();
    });
  }
});

describe('desktop header', () => {
  it('at 1280 px the eight links sit in one line beside the search; at 1024 px they wait behind the Menu button', async () => {
    const { ctx } = await context(browser, base, { viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(`${base}/klaten/`);
    const nav = page.locator('nav[aria-label="Navigasi utama"] a');
    expect(await nav.count()).toBe(8);
    const tops = await nav.evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    expect(await page.locator('.menu > summary').isVisible()).toBe(false);
    expect(await page.locator('#cari-situs').isVisible()).toBe(true);
    const one = await page.locator('.site-header').evaluate((e) => e.getBoundingClientRect().height);
    // One row: the 44 px search box and the bar's padding.
    expect(one).toBeLessThanOrEqual(64);
    // The bar lines up with the reading column below it: brand at its left edge, search at its right edge.
    const edges = await page.evaluate(() => {
      const box = (s: string) => document.querySelector(s)!.getBoundingClientRect();
      const col = document.querySelector('main .wrap')!;
      const pad = getComputedStyle(col);
      const c = col.getBoundingClientRect();
      return {
        brand: Math.round(box('.brand').left),
        search: Math.round(box('.site-search').right),
        left: Math.round(c.left + parseFloat(pad.paddingLeft)),
        right: Math.round(c.right - parseFloat(pad.paddingRight)),
      };
    });
    expect([edges.brand, edges.search]).toEqual([edges.left, edges.right]);
    await page.setViewportSize({ width: 1024, height: 768 });
    expect(await page.locator('.menu > summary').isVisible()).toBe(true);
    expect(await page.locator('#cari-situs').isVisible()).toBe(true);
    expect(await page.locator('.site-header').evaluate((e) => e.getBoundingClientRect().height)).toBeLessThanOrEqual(64);
    await ctx.close();
  });
});

describe('provision pages', () => {
  it('a Pasal page holds the Pasal with its context, anchors, previous/next and the table of contents, without JavaScript', async () => {
    const { ctx, foreign } = await context(browser, base, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    const pages = readingPages(klaten);
    const i = pages.findIndex((p) => p.id === 'pasal-13');
    await page.goto(`${base}/klaten/pasal-13/`);
    expect(await page.locator('h1').textContent()).toContain('Pasal 13');
    expect(await page.locator('.ctx').textContent()).toContain(pages[i]!.context[0]!.label);
    expect(await page.locator('#pasal-13__ayat-1').count()).toBe(1);
    expect(await page.locator('section.pasal').count()).toBe(1);
    expect(await page.locator('a[rel=prev]').getAttribute('href')).toBe(`/klaten/${pages[i - 1]!.segment}`);
    expect(await page.locator('a[rel=next]').getAttribute('href')).toBe(`/klaten/${pages[i + 1]!.segment}`);
    expect(await page.locator('.page-toc a').count()).toBeGreaterThanOrEqual(pages.length);
    // No per-provision citation buttons: one delegated control, made by the script.
    expect(await page.locator('main button').count()).toBe(0);
    expect(foreign).toEqual([]);
    await ctx.close();
  });

  it('old anchors on the whole-regulation page still resolve, and provision links land on the page holding them', async () => {
    const { ctx } = await context(browser, base, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    const samples = ['pasal-13__ayat-1', 'pasal-1__angka-3', 'lampiran__b__5-1', 'lampiran__b__a__tabel'];
    for (const id of samples) {
      await page.goto(`${base}/klaten/#${id}`);
      expect(await page.locator(`[id="${id}"]`).evaluate((e) => e.matches(':target')), id).toBe(true);
      const small = `/${provisionPath('klaten', id)}`;
      expect(small, id).not.toBe(`/klaten/#${id}`);
      await page.goto(`${base}${small}`);
      expect(await page.locator(`[id="${id}"]`).evaluate((e) => e.matches(':target')), small).toBe(true);
    }
    // Every Pasal and Lampiran section page exists.
    for (const p of readingPages(klaten)) {
      const res = await page.request.get(`${base}/klaten/${p.segment}`);
      expect(res.status(), p.segment).toBe(200);
    }
    await ctx.close();
  });

  it('an old anchor on the whole-regulation page offers the Pasal or Lampiran section page holding it, with and without JavaScript', async () => {
    const pages = readingPages(klaten);
    const ayat = [...walkBody(klaten.batangTubuh)].filter((w) => w.node.kind === 'ayat');
    const pasal = pages.find((p) => p.kind === 'pasal' && ayat.filter((w) => w.pasal === p.id).length > 1)!;
    const lampiran = pages.filter((p) => p.kind === 'lampiran')[2]!;
    const samples = [
      { id: ayat.filter((w) => w.pasal === pasal.id)[1]!.id, text: `Buka halaman ${pasal.label} saja`, segment: pasal.segment },
      {
        id: lampiran.kind === 'lampiran' ? lampiran.blocks[Math.min(2, lampiran.blocks.length - 1)]!.id : '',
        text: 'Buka bagian ini saja',
        segment: lampiran.segment,
      },
    ];
    for (const js of [false, true]) {
      const { ctx } = await context(browser, base, { viewport: { width: 360, height: 740 }, javaScriptEnabled: js });
      const page = await ctx.newPage();
      for (const s of samples) {
        expect(`/${provisionPath('klaten', s.id)}`).toBe(`/klaten/${s.segment}#${s.id}`);
        await page.goto(`${base}/klaten/#${s.id}`);
        const offer = page.locator('a.own, p.own > a').filter({ visible: true });
        await expect.poll(() => offer.count(), { message: `${s.id} js=${js}`, timeout: 10_000 }).toBe(1);
        expect(await offer.textContent()).toBe(s.text);
        // Linked to the small page (the script adds the provision's anchor), on screen and not covered.
        expect(new URL((await offer.getAttribute('href'))!, base).href).toBe(
          new URL(js ? `/klaten/${s.segment}#${s.id}` : `/klaten/${s.segment}`, base).href,
        );
        const onTop = await offer.evaluate((a) => {
          const r = a.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return r.top >= 0 && r.bottom <= innerHeight && (hit === a || a.contains(hit));
        });
        expect(onTop, `${s.id} js=${js}`).toBe(true);
        await offer.click();
        await page.waitForURL(`**/klaten/${s.segment}*`);
        if (js) expect(await page.locator(`[id="${s.id}"]`).evaluate((e) => e.matches(':target'))).toBe(true);
      }
      // Read from the top, no offer shows.
      await page.goto(`${base}/klaten/`);
      expect(await page.locator('a.own, p.own > a').filter({ visible: true }).count()).toBe(0);
      await ctx.close();
    }
  });

  for (const [path, id, heading] of [
    ['/klaten/pasal-13/', 'pasal-13__ayat-3', '.pasal-h'],
    ['/klaten/', 'pasal-13__ayat-3', '#pasal-13-judul'],
    ['/klaten/lampiran/b-5/', 'lampiran__b__5-1__pelaksanaan', '.ctx-bar'],
  ] as const) {
    it(`landing on ${path}#${id} at 360 px shows the provision with its heading`, async () => {
      const { ctx } = await context(browser, base, { viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
      const page = await ctx.newPage();
      await page.goto(`${base}${path}#${id}`);
      const box = async (sel: string) =>
        page
          .locator(sel)
          .first()
          .evaluate((e) => {
            const r = e.getBoundingClientRect();
            return { top: r.top, bottom: r.bottom };
          });
      await expect.poll(async () => (await box(`[id="${id}"]`)).top, { timeout: 15_000 }).toBeLessThan(300);
      // Once the landing has settled (sections near the screen are laid out as it scrolls).
      // Under load a frame can take a second or more, hence the long poll.
      await expect.poll(async () => (await box(heading)).top, { timeout: 15_000 }).toBeGreaterThanOrEqual(0);
      const t = await box(`[id="${id}"]`);
      const h = await box(heading);
      expect(h.top).toBeGreaterThanOrEqual(0);
      // The heading is on screen, above the target and not covering it.
      expect(h.bottom).toBeLessThanOrEqual(t.top + 1);
      await ctx.close();
    });
  }
});

describe('reading tools with JavaScript', () => {
  it('"Salin kutipan": one control for the targeted provision copies citation, wording and address', async () => {
    const { ctx } = await context(browser, base, { permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/bengkayang/pasal-11/`);
    expect(await page.locator('.cite-bar').isVisible()).toBe(false);
    await page.locator('#pasal-11__ayat-1 .pin').first().click();
    await page.locator('.cite-bar .cite').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const view = buildView(regs.find((r) => r.slug === 'bengkayang')!);
    const lines = copied.split('\n');
    expect(lines[0]).toBe(view.citation('pasal-11__ayat-1'));
    expect(lines[1]).toMatch(/^“\(1\) .+”$/);
    expect(lines[lines.length - 1]).toBe(`${base}/bengkayang/pasal-11/#pasal-11__ayat-1`);
    expect(await page.locator('[role=status]').textContent()).toContain('Kutipan disalin');
    expect(await page.locator('button.cite').count()).toBe(1);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('a defined term opens its definition in place by keyboard, and Escape returns to the term', async () => {
    const defs = definitions(klaten);
    const { ctx } = await context(browser, base, { viewport: { width: 360, height: 740 } });
    const page = await ctx.newPage();
    await page.goto(`${base}/klaten/pasal-11/`);
    const term = page.locator('main a.x-term').first();
    const href = (await term.getAttribute('href'))!;
    expect(href).toMatch(/^\/klaten\/pasal-1\/#pasal-1__/);
    const def = defs[href.split('#')[1]!]!;
    await term.focus();
    await page.keyboard.press('Enter');
    const pop = page.locator('.def-pop');
    await expect.poll(() => pop.isVisible()).toBe(true);
    expect(await pop.getAttribute('role')).toBe('dialog');
    expect(await pop.textContent()).toContain(def.text);
    expect(await page.evaluate(() => document.activeElement?.closest('.def-pop') !== null)).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/klaten/pasal-11/');
    await page.keyboard.press('Escape');
    await expect.poll(() => pop.isVisible()).toBe(false);
    expect(await term.evaluate((e) => e === document.activeElement)).toBe(true);
    await ctx.close();
  });
});

describe('phone widths and colour schemes', () => {
  it('no page widens at 360 px', async () => {
    const { ctx } = await context(browser, base, { viewport: { width: 360, height: 740 } });
    const page = await ctx.newPage();
    for (const path of ['/', '/klaten/', '/klaten/pasal-1/', '/klaten/lampiran/b-a/', '/bengkayang/lampiran/i-i/', '/perbandingan/']) {
      await page.goto(`${base}${path}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    }
    await ctx.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`a Pasal page and a Lampiran page pass axe in the ${scheme} scheme`, async () => {
      const { ctx } = await context(browser, base, { colorScheme: scheme, viewport: { width: 360, height: 740 } });
      const page = await ctx.newPage();
      for (const path of ['/klaten/pasal-13/', '/klaten/lampiran/b-a/']) {
        await page.goto(`${base}${path}`);
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
          scheme === 'dark' ? 'rgb(21, 24, 28)' : 'rgb(255, 255, 255)',
        );
        expect(await axe(page), `${path} ${scheme}`).toEqual([]);
      }
      await ctx.close();
    });
  }
});

describe('whole-regulation pages', () => {
  for (const reg of regs) {
    it(`${reg.slug}: title, not-official notice and every Pasal, without JavaScript`, async () => {
      const { ctx, foreign } = await context(browser, base, { javaScriptEnabled: false });
      const page = await ctx.newPage();
      const res = await page.goto(`${base}/${reg.slug}/`);
      expect(res?.status()).toBe(200);
      expect(await page.locator('h1').textContent()).toBe(regulationTitle(reg));
      expect(await page.locator('.official').textContent()).toContain(reg.meta.sumber);
      const expected = JSON.stringify(reg.batangTubuh).match(/"kind":"pasal"/g)?.length ?? 0;
      expect(await page.locator('section.pasal').count()).toBe(expected);
      expect(await page.locator('main button').count()).toBe(0);
      expect(foreign).toEqual([]);
      await ctx.close();
    });
  }
});
