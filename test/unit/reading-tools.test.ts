import { describe, expect, it } from 'vitest';
import { citationOf, clipboardText, wordingOf } from '../../src/lib/cite-copy.ts';
import { definitions } from '../../src/lib/definitions.ts';
import { definedTerms } from '../../src/lib/crossref.ts';
import { pageHref } from '../../src/lib/permalink.ts';
import { loadRegulations } from '../../src/lib/load.ts';
import { buildView } from '../../src/lib/regulation-view.ts';
import { walkBody } from '../../src/lib/ids.ts';

const regs = loadRegulations();

describe('what "Salin kutipan" copies', () => {
  it("uses the element's own citation when it has one, else the pinpoint and the title", () => {
    expect(citationOf('Pasal 11 ayat (1)', 'Peraturan Bupati X')).toBe('Pasal 11 ayat (1) Peraturan Bupati X');
    expect(citationOf('Pasal 11 ayat (1)', 'Peraturan Bupati X', '  Pasal 11 ayat (1) Perbup X  ')).toBe('Pasal 11 ayat (1) Perbup X');
    expect(citationOf('Pasal 11', 'Peraturan Bupati X', '')).toBe('Pasal 11 Peraturan Bupati X');
  });
  it('collapses whitespace of the wording and puts citation, wording and address on their own lines', () => {
    expect(wordingOf(['  (1)\n  Penunjukan   dilakukan ', '', 'a.  oleh'])).toBe('(1) Penunjukan dilakukan\na. oleh');
    expect(clipboardText('Pasal 1 Perbup X', 'bunyi', 'https://x/#pasal-1')).toBe('Pasal 1 Perbup X\n“bunyi”\nhttps://x/#pasal-1');
    expect(clipboardText('Pasal 1 Perbup X', '', 'https://x/#pasal-1')).toBe('Pasal 1 Perbup X\nhttps://x/#pasal-1');
  });
  it('the page carries a citation attribute only where the citation is not pinpoint + title', () => {
    for (const reg of regs) {
      const view = buildView(reg);
      for (const p of view.provisions) {
        const c = view.citeData(p.id);
        expect(citationOf(view.pin(p.id), view.title, c)).toBe(view.citation(p.id));
      }
    }
  });
});

describe('definitions for the in-place popover', () => {
  for (const reg of regs) {
    it(`${reg.slug}: every linked term has its definition, copied exactly`, () => {
      const defs = definitions(reg);
      const texts = new Map([...walkBody(reg.batangTubuh)].map((w) => [w.id, w.node.text]));
      for (const t of definedTerms(reg)) {
        expect(defs[t.id], t.term).toBeDefined();
        expect(defs[t.id]!.text).toBe(texts.get(t.id));
        expect(defs[t.id]!.pin).toMatch(/^Pasal \d+[A-Z]? (angka|huruf) \w+$/);
      }
    });
  }
});

describe('links on a page that holds part of the text', () => {
  it('keeps anchors to provisions on the page and sends the rest to their page', () => {
    const r = pageHref('/', 'klaten', new Set(['pasal-13', 'pasal-13__ayat-1']));
    expect(r('#pasal-13__ayat-1')).toBe('#pasal-13__ayat-1');
    expect(r('#pasal-1__angka-3')).toBe('/klaten/pasal-1/#pasal-1__angka-3');
    expect(r('#bab-ii')).toBe('/klaten/#bab-ii');
    expect(r('/gambar/1/')).toBe('/gambar/1/');
  });
});

describe('lighthouse report: the median of several runs', () => {
  it('takes the middle run by performance, then by total blocking time', async () => {
    const { medianRun } = await import('../../scripts/lighthouse.ts');
    const run = (performance: number, tbt: string) => ({
      url: 'x',
      scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
      metrics: { 'total-blocking-time': tbt },
      failing: [],
      benchmarkIndex: 1,
      lighthouseVersion: '12',
    });
    expect(medianRun([run(90, '10 ms'), run(100, '0 ms'), run(95, '30 ms')] as never).scores.performance).toBe(95);
    expect(medianRun([run(100, '40 ms'), run(100, '0 ms'), run(100, '20 ms')] as never).metrics['total-blocking-time']).toBe('20 ms');
    expect(() => medianRun([])).toThrow();
  });
  it('chooses the reading pages from the built site: the largest Pasal page, Lampiran section page and guide', async () => {
    const { readingTargets } = await import('../../scripts/lighthouse.ts');
    const pages = [
      { path: '/a/', size: 900 },
      { path: '/a/pasal-1/', size: 10 },
      { path: '/b/pasal-7/', size: 30 },
      { path: '/b/pasal-12/', size: 20 },
      { path: '/a/lampiran/b-5/', size: 50 },
      { path: '/b/lampiran/i-a/', size: 70 },
      { path: '/b/gambar/alur/', size: 999 },
      { path: '/panduan/', size: 500 },
      { path: '/panduan/02-tim/', size: 40 },
      { path: '/panduan/01-apa/', size: 60 },
    ];
    expect(readingTargets(pages).map((t) => t.path)).toEqual(['/b/pasal-7/', '/b/lampiran/i-a/', '/panduan/01-apa/']);
    expect(readingTargets(pages.filter((p) => !p.path.includes('lampiran'))).map((t) => t.label)).toEqual(['Pasal page', 'guide']);
  });
});

describe('main-thread benchmark: tasks from a Chromium trace', () => {
  it("takes the top-level tasks of the thread that parsed the page, each group's thread time once, and marks layout", async () => {
    const { mainThreadTasks } = await import('../../scripts/bench-main-thread.ts');
    const url = 'http://x/klaten/';
    const ev = (name: string, ts: number, dur: number, tdur: number, tid = 1, args?: object) => ({
      name,
      ph: 'X',
      ts,
      dur,
      tdur,
      pid: 7,
      tid,
      args,
    });
    const events = [
      { name: 'thread_name', ph: 'M', ts: 0, pid: 7, tid: 1, args: { name: 'CrRendererMain' } },
      ev('RunTask', 1000, 5000, 4000, 1),
      ev('ParseHTML', 1100, 4000, 3500, 1, { beginData: { url } }),
      ev('RunTask', 10_000, 40_000, 20_000, 1),
      ev('UpdateLayoutTree', 10_100, 5000, 3000, 1),
      ev('Layout', 16_000, 10_000, 8000, 1),
      // A layout nested in a layout is counted once, by the outer one.
      ev('Layout', 17_000, 2000, 2000, 1),
      ev('Paint', 30_000, 5000, 4000, 1),
      // Another thread's work is not the page's.
      ev('RunTask', 10_000, 90_000, 90_000, 2),
      ev('Layout', 11_000, 80_000, 80_000, 2),
    ];
    const { tasks, parseStart } = mainThreadTasks(events as never, url);
    expect(parseStart).toBe(1100);
    expect(tasks.map((t) => [t.wall, t.thread, t.layout])).toEqual([
      [5, 4, false],
      [40, 20, true],
    ]);
    expect(tasks[1]!.parts).toEqual({ style: 3, layout: 8, paint: 4 });
    expect(() => mainThreadTasks(events as never, 'http://y/')).toThrow(/ParseHTML/);
  });
});

describe('the page stays light', () => {
  it('no provision of the five regulations needs its own citation attribute today (pinpoint + title is the citation)', () => {
    for (const reg of regs) {
      const view = buildView(reg);
      expect(view.provisions.filter((p) => view.citeData(p.id) !== undefined).map((p) => p.id)).toEqual([]);
    }
  });
});
