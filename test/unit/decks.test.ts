import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { extractText, getDocumentProxy } from 'unpdf';
import {
  editDistance,
  first,
  last,
  nearestNumber,
  next,
  nextSlide,
  normalizeName,
  parseSlide,
  parseStep,
  positionQuery,
  prev,
  prevSlide,
  readPosition,
  readRequest,
  resolveDeck,
  slideFromHash,
  atEnd,
  atStart,
} from '../../src/lib/decks/nav.ts';
import { checkDecks, readDeckFiles, loadDecks } from '../../src/lib/decks/load.ts';
import { buildDecks, deckShape, figureDecks, Citer } from '../../src/lib/decks/build.ts';
import { tagEdges, slideSvg, slidePrefix } from '../../src/lib/decks/svg.ts';
import { deckPdf } from '../../src/lib/decks/pdf.ts';
import { loadRegulations } from '../../src/lib/load.ts';
import { loadCatalogue } from '../../src/lib/figures/load.ts';
import { canonicalFigures, regulationFigures } from '../../src/lib/figures/catalogue.ts';
import { orderedSteps } from '../../src/lib/figures/text-alt.ts';
import { layoutFigure } from '../../src/lib/figures/layout.ts';
import { renderFigure } from '../../src/lib/figures/render.ts';
import { ContentError } from '../../src/lib/validate.ts';
import { provisionPath } from '../../src/lib/permalink.ts';

const regs = loadRegulations();
const cat = loadCatalogue(regs);
const citer = new Citer(regs);
const files = loadDecks(regs, cat);
const decks = buildDecks(files, regs, cat, citer);
const deck = (id: string) => decks.find((d) => d.id === id)!;

describe('moving through a deck (slides and steps)', () => {
  const shape = [0, 3, 0];
  it('steps through a flow before moving on, and back into the previous slide fully revealed', () => {
    const seq = [first()];
    while (!atEnd(shape, seq[seq.length - 1]!)) seq.push(next(shape, seq[seq.length - 1]!));
    expect(seq).toEqual([
      { slide: 0, step: 0 },
      { slide: 1, step: 0 },
      { slide: 1, step: 1 },
      { slide: 1, step: 2 },
      { slide: 1, step: 3 },
      { slide: 2, step: 0 },
    ]);
    expect(prev(shape, { slide: 2, step: 0 })).toEqual({ slide: 1, step: 3 });
    expect(prev(shape, { slide: 1, step: 2 })).toEqual({ slide: 1, step: 1 });
  });
  it('stops at both ends', () => {
    expect(next(shape, { slide: 2, step: 0 })).toEqual({ slide: 2, step: 0 });
    expect(prev(shape, first())).toEqual(first());
    expect(atStart(first())).toBe(true);
  });
  it('skips whole slides and jumps to the ends (arrows up/down, Home/End)', () => {
    expect(nextSlide(shape, { slide: 1, step: 2 })).toEqual({ slide: 2, step: 0 });
    expect(prevSlide(shape, { slide: 1, step: 2 })).toEqual({ slide: 0, step: 0 });
    expect(last(shape)).toEqual({ slide: 2, step: 0 });
    expect(nextSlide(shape, last(shape))).toEqual(last(shape));
  });
  it('a one-slide deck and an empty shape do not break', () => {
    expect(next([0], first())).toEqual(first());
    expect(last([])).toEqual(first());
  });
});

describe('slide numbers from the address (bad input opens the nearest slide with a notice)', () => {
  it('accepts a good number silently', () => {
    expect(parseSlide('5', 11)).toEqual({ slide: 5 });
    expect(parseSlide(null, 11)).toEqual({ slide: 1 });
    expect(parseSlide('', 11)).toEqual({ slide: 1 });
  });
  it('clamps numbers past the end or before the start', () => {
    const hi = parseSlide('99', 11);
    expect(hi.slide).toBe(11);
    expect(hi.notice).toMatch(/Slide 99 tidak ada.*11 slide.*terakhir \(11\)/);
    expect(parseSlide('0', 11)).toMatchObject({ slide: 1, notice: expect.stringMatching(/Slide 0 tidak ada/) });
    expect(parseSlide('-4', 11)).toMatchObject({ slide: 1 });
  });
  it('rounds fractions and rejects words', () => {
    expect(parseSlide('2.5', 11)).toMatchObject({ slide: 3, notice: expect.stringMatching(/2,5.*terdekat \(3\)/) });
    expect(parseSlide('2,4', 11)).toMatchObject({ slide: 2 });
    expect(parseSlide('lima', 11)).toMatchObject({ slide: 1, notice: expect.stringMatching(/“lima” bukan nomor slide/) });
    expect(parseSlide('5abc', 11).slide).toBe(1);
    expect(parseSlide('1e3', 11).slide).toBe(1);
  });
  it('clamps steps to the slide', () => {
    expect(parseStep('2', 3, 4)).toEqual({ step: 2 });
    expect(parseStep('9', 3, 4)).toMatchObject({ step: 3, notice: expect.stringMatching(/3 langkah/) });
    expect(parseStep('2', 0, 4)).toMatchObject({ step: 0, notice: expect.stringMatching(/tidak bertahap/) });
    expect(parseStep('x', 3, 4)).toMatchObject({ step: 0 });
  });
  it('reads ?slide= and #N; the query wins', () => {
    const shape = [0, 3, 0, 0, 2];
    expect(readPosition('?slide=2&langkah=1', '', shape)).toEqual({ pos: { slide: 1, step: 1 }, notices: [] });
    expect(readPosition('', '#5', shape).pos).toEqual({ slide: 4, step: 0 });
    expect(readPosition('', '#slide-3', shape).pos).toEqual({ slide: 2, step: 0 });
    expect(readPosition('?slide=4', '#2', shape).pos.slide).toBe(3);
    const bad = readPosition('?slide=12&langkah=7', '', shape);
    expect(bad.pos).toEqual({ slide: 4, step: 2 });
    expect(bad.notices).toHaveLength(2);
    expect(slideFromHash('')).toBeNull();
  });
  it('writes the position back as a query', () => {
    expect(positionQuery({ slide: 4, step: 0 })).toBe('?slide=5');
    expect(positionQuery({ slide: 0, step: 2 })).toBe('?slide=1&langkah=2');
  });
});

describe('finding the nearest deck', () => {
  const names = decks.filter((d) => d.slides.length).map((d) => ({ id: d.id, alias: d.alias }));
  it('finds a deck by id, alias, part of its name or a typo', () => {
    expect(resolveDeck('penugasan', names)).toMatchObject({ deck: { id: 'penugasan' }, exact: true });
    expect(resolveDeck('Penugasan', names)?.deck.id).toBe('penugasan');
    expect(resolveDeck('mekanisme', names)).toMatchObject({ deck: { id: 'mekanisme-kerja' }, exact: false });
    expect(resolveDeck('penugasn', names)?.deck.id).toBe('penugasan');
    expect(resolveDeck('kedudukkan', names)?.deck.id).toBe('kedudukan');
    expect(resolveDeck('Perbup Klaten', names)?.deck.id).toBe('klaten');
    expect(resolveDeck('', names)?.deck.id).toBe(names[0]!.id);
    expect(resolveDeck('zzz', [])).toBeUndefined();
  });
  it('reads what an address asks for', () => {
    expect(readRequest('/presentasi/penugasn/', '')).toEqual({ deck: 'penugasn', raw: 'penugasn' });
    expect(readRequest('/presentasi/gambar/99/', '')).toEqual({ figure: 99, raw: 'gambar/99' });
    expect(readRequest('/presentasi/', '?dek=gambar-22')).toEqual({ figure: 22, raw: 'gambar-22' });
    expect(readRequest('/presentasi/', '?dek=tugas')).toEqual({ deck: 'tugas', raw: 'tugas' });
    expect(readRequest('/presentasi/', '')).toBeUndefined();
    expect(nearestNumber(99, [1, 2, 34])).toBe(34);
    expect(nearestNumber(3, [2, 4])).toBe(2);
  });
  it('normalizes names and measures distance', () => {
    expect(normalizeName('  Mekanisme  Kérja! ')).toBe('mekanisme-kerja');
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('deck files (bad input names the file and the path)', () => {
  const write = (name: string, body: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'decks-'));
    writeFileSync(join(dir, name), body);
    return dir;
  };
  it('rejects a deck with neither a range nor a list, and a reversed range', () => {
    const a = readDeckFiles(write('x.yaml', 'id: x\njudul: X\nringkasan: R\n'));
    expect(a.problems).toContainEqual(expect.objectContaining({ path: 'kanonik', message: expect.stringMatching(/tepat satu/) }));
    const b = readDeckFiles(write('x.yaml', 'id: x\njudul: X\nringkasan: R\nkanonik: { dari: 9, sampai: 3 }\n'));
    expect(b.problems).toContainEqual(expect.objectContaining({ path: 'kanonik.sampai' }));
  });
  it('rejects an id unlike its file name, a bad id and unknown keys', () => {
    const dir = write('y.yaml', 'id: Z_1\njudul: X\nringkasan: R\nkanonik: { dari: 1, sampai: 3 }\nwarna: merah\n');
    const r = readDeckFiles(dir);
    expect(r.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['id']));
    expect(r.problems.every((p) => p.file.endsWith('y.yaml'))).toBe(true);
    expect(r.problems.some((p) => /warna/.test(p.message))).toBe(true);
  });
  it('rejects an id taken by a regulation deck or reserved, a shared alias and an unknown figure', () => {
    const file = 'content/decks/x.yaml';
    const p = checkDecks(
      [
        { file, def: { id: 'batang', judul: 'B', ringkasan: 'R', urutan: 1, alias: [], kanonik: { dari: 1, sampai: 2 } } },
        { file: 'g.yaml', def: { id: 'gambar', judul: 'G', ringkasan: 'R', urutan: 1, alias: ['umum'], gambar: ['kanonik-999'] } },
        { file: 'h.yaml', def: { id: 'h', judul: 'H', ringkasan: 'R', urutan: 1, alias: ['umum'], kanonik: { dari: 1, sampai: 2 } } },
      ],
      regs,
      cat,
    );
    expect(p).toContainEqual({ file, path: 'id', message: 'id "batang" sudah dipakai deck peraturan batang' });
    expect(p).toContainEqual(expect.objectContaining({ file: 'g.yaml', path: 'id', message: expect.stringMatching(/dicadangkan/) }));
    expect(p).toContainEqual(
      expect.objectContaining({ file: 'g.yaml', path: 'gambar[0]', message: 'gambar "kanonik-999" tidak ada di diagrams/figures' }),
    );
    expect(p).toContainEqual(
      expect.objectContaining({ file: 'h.yaml', path: 'alias[0]', message: expect.stringMatching(/"umum" sudah dipakai/) }),
    );
  });
  it('loadDecks throws a ContentError listing the problems', () => {
    const dir = write('x.yaml', 'id: x\njudul: ""\nringkasan: R\nkanonik: { dari: 1, sampai: 2 }\n');
    expect(() => loadDecks(regs, cat, dir)).toThrow(ContentError);
    try {
      loadDecks(regs, cat, dir);
    } catch (e) {
      expect((e as ContentError).problems[0]).toMatchObject({ file: relative(process.cwd(), join(dir, 'x.yaml')), path: 'judul' });
    }
  });
});

describe('the decks of the site', () => {
  const canon = canonicalFigures(cat);
  it('has the thematic decks in order, each with the canonical figures of its range that exist', () => {
    expect(decks.filter((d) => d.kind === 'tema').map((d) => d.id)).toEqual(['pengantar', 'kedudukan', 'penugasan', 'mekanisme-kerja']);
    for (const [id, lo, hi] of [
      ['kedudukan', 4, 13],
      ['penugasan', 14, 24],
      ['mekanisme-kerja', 25, 34],
    ] as const) {
      const d = deck(id);
      const want = canon.filter((f) => f.nomor! >= lo && f.nomor! <= hi).map((f) => f.id);
      expect(d.slides.map((s) => s.figure.id)).toEqual(want);
      expect(d.pending.length + want.length).toBe(hi - lo + 1);
      expect(d.slides.map((s) => s.n)).toEqual(want.map((_, i) => i + 1));
      expect(d.path).toBe(`presentasi/${id}/`);
    }
  });
  it('steps of flows and swimlanes follow the regulation order, each with a citation; charts have none', () => {
    for (const d of decks) {
      for (const s of d.slides) {
        if (s.figure.kind === 'flow' || s.figure.kind === 'swimlane') {
          expect(s.steps.map((x) => x.node)).toEqual(orderedSteps(s.figure).map((n) => n.id));
          expect(
            s.steps.every((x) => x.cites.length > 0 && x.cites.every((c) => c.label.length > 5 && c.href === provisionPath(c.reg, c.id))),
          ).toBe(true);
        } else {
          expect(s.steps).toEqual([]);
          expect(s.sources.length).toBeGreaterThan(0);
        }
      }
    }
    expect(deckShape(deck('penugasan')).some((n) => n > 0)).toBe(true);
  });
  it('one deck per regulation, its Gambar in its own order, its own citations first', () => {
    for (const reg of regs) {
      const d = deck(reg.slug);
      expect(d.kind).toBe('peraturan');
      expect(d.slides.map((s) => s.href)).toEqual(regulationFigures(reg, cat).map((rf) => `${reg.slug}/gambar/${rf.entry.nomor}/`));
      for (const s of d.slides) {
        for (const c of [...s.steps.map((x) => x.cites), ...s.sources.map((x) => [x.cite])]) {
          if (c.some((x) => x.reg === reg.slug)) expect(c[0]!.reg).toBe(reg.slug);
        }
      }
    }
  });
  it('every canonical figure and every regulation Gambar can be presented alone', () => {
    const one = figureDecks(regs, cat, citer);
    expect(one.filter((d) => !d.reg).map((d) => d.path)).toEqual(canon.map((f) => `presentasi/gambar/${f.nomor}/`));
    const regCount = regs.reduce((n, r) => n + regulationFigures(r, cat).length, 0);
    expect(one.filter((d) => d.reg)).toHaveLength(regCount);
    expect(new Set(one.map((d) => d.path)).size).toBe(one.length);
    expect(one.every((d) => d.slides.length === 1 && d.slides[0]!.n === 1)).toBe(true);
  });
  it('deck files on disk are valid', () => {
    expect(readDeckFiles().problems).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(4);
  });
});

describe('slide SVG', () => {
  const flow = canonicalFigures(cat).find((f) => f.kind === 'flow' && f.edges.length > 1)!;
  it('wraps every drawn edge with its ends, and gives each slide its own id prefix', async () => {
    const layout = await layoutFigure(flow);
    const svg = slideSvg(flow, layout, 3, 'Judul');
    const drawn = layout.edges.filter((e) => e.points.length >= 2);
    expect((svg.match(/<g class="fig-edge" data-from="/g) ?? []).length).toBe(drawn.length);
    expect(svg).toContain(`data-from="${drawn[0]!.from}" data-to="${drawn[0]!.to}"`);
    const prefix = slidePrefix(3, flow.id);
    expect(svg).toContain(`id="${prefix}-n-${flow.nodes[0]!.id}"`);
    expect(svg).toContain(`marker-end="url(#${prefix}-arrow-`);
  });
  it('leaves an SVG it does not recognise unchanged', async () => {
    const layout = await layoutFigure(flow);
    const odd = '<svg><g class="fig-edges"><line/></g></svg>';
    expect(tagEdges(odd, layout)).toBe(odd);
  });
});

describe('PDF handout', () => {
  const site = 'https://contoh.example/';
  const svg = async (s: { figure: Parameters<typeof renderFigure>[0] }) => (await renderFigure(s.figure)).svg;
  const pages = async (pdf: Uint8Array) => {
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    return (await extractText(doc, { mergePages: false })).text;
  };
  it('a cover with the contents, then each figure on its own page with caption, citations and the notice', async () => {
    const d = deck('kedudukan');
    const pdf = await deckPdf(d, { site, svg });
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    const text = await pages(pdf);
    expect(text[0]).toContain('Kedudukan');
    expect(text[0]).toContain(`Isi (${d.slides.length} gambar)`);
    const starts = d.slides.map((s) => text.findIndex((t) => t.includes(`Slide ${s.n} dari ${d.slides.length}`)));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(starts).size).toBe(d.slides.length);
    for (const [i, s] of d.slides.entries()) {
      const page = text[starts[i]!]!.replace(/\s+/g, ' ');
      expect(page).toContain(`${s.label}:`);
      expect(page).toContain('Dasar gambar');
      expect(page).toContain(s.sources[0]!.cite.label.split(',')[0]!);
    }
    expect(text.every((t) => /Bukan naskah resmi/.test(t))).toBe(true);
    // Org charts are small: one page each after the cover.
    expect(text).toHaveLength(1 + d.slides.length);
  }, 60_000);
  it('flows list every step with its citation, flowing on to a next page when long', async () => {
    const d = deck('penugasan');
    const text = (await pages(await deckPdf(d, { site, svg }))).map((t) => t.replace(/\s+/g, ' '));
    const all = text.join(' ');
    for (const s of d.slides.filter((x) => x.steps.length)) {
      for (const st of s.steps) expect(all).toContain(st.cites[0]!.label.split(',')[0]!);
    }
    expect(text.length).toBeGreaterThanOrEqual(1 + d.slides.length);
  }, 60_000);
});
