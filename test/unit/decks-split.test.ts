/** The presenter's decks: split for the projector, the speaker view's pure parts, the citation panel's quotes. */
import { describe, expect, it } from 'vitest';
import { siteDecks, stepNotes } from '../../src/lib/decks/build.ts';
import { presenterDeck, splitSlide } from '../../src/lib/decks/split.ts';
import { MIN_TEXT_PX, PRESENTER_FIT, minTextPx } from '../../src/lib/figures/present.ts';
import { layoutFigure } from '../../src/lib/figures/layout.ts';
import { channelName, formatElapsed, nextLabel, readMessage } from '../../src/lib/decks/speaker.ts';
import { citedIds, quoteFile, quotePath } from '../../src/lib/decks/quotes.ts';
import { quoteProvision } from '../../src/lib/provision-text.ts';
import { notesFor } from '../../src/lib/notes.ts';
import { provisionPath } from '../../src/lib/permalink.ts';
import { loadRegulations } from '../../src/lib/load.ts';

const { decks, figures, citer } = siteDecks();
const deck = (id: string) => decks.find((d) => d.id === id)!;

describe('decks split for the projector', () => {
  it('every slide of every deck reads at 16 px or more at 1920x1080; too small figures become parts with their own steps and citations', async () => {
    let split = 0;
    for (const d of [...decks, ...figures]) {
      const shown = await presenterDeck(d, citer);
      expect(shown.slides.map((s) => s.n)).toEqual(shown.slides.map((_, i) => i + 1));
      for (const s of shown.slides) expect(minTextPx(s.layout!, PRESENTER_FIT), `${d.id} ${s.label}`).toBeGreaterThanOrEqual(MIN_TEXT_PX);
      // Parts of one figure together hold every step of it, once, in the regulation's order.
      for (const orig of d.slides) {
        const parts = await splitSlide(orig, citer);
        if (parts.length === 1) {
          expect(parts[0]!.label).toBe(orig.label);
          expect(parts[0]!.steps).toEqual(orig.steps);
          continue;
        }
        split++;
        expect(parts.map((p) => p.label)).toEqual(parts.map((_, k) => `${orig.label} (bagian ${k + 1} dari ${parts.length})`));
        expect(parts.flatMap((p) => p.steps)).toEqual(orig.steps);
        for (const p of parts) {
          const ids = new Set(p.figure.nodes.map((n) => n.id));
          expect(p.steps.every((st) => ids.has(st.node))).toBe(true);
          expect(p.stepTotal).toBe(orig.steps.length);
          expect(p.part!.label).toContain(`langkah ${p.steps[0]!.n}`);
          // Sources name only nodes the part shows.
          const labels = new Set(p.figure.nodes.map((n) => n.label));
          expect(p.sources.every((src) => src.nodes.every((l) => labels.has(l)))).toBe(true);
          expect(p.sources.length).toBeGreaterThan(0);
        }
      }
    }
    expect(split).toBeGreaterThan(0);
  }, 240_000);

  it('a figure that is small on the whole screen is split (the long swimlane of Mekanisme Kerja)', async () => {
    const d = deck('mekanisme-kerja');
    const worst = (await Promise.all(d.slides.map(async (s) => ({ s, px: minTextPx(await layoutFigure(s.figure), PRESENTER_FIT) })))).sort(
      (a, b) => a.px - b.px,
    )[0]!;
    expect(worst.px).toBeLessThan(MIN_TEXT_PX);
    const parts = await splitSlide(worst.s, citer);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[0]!.steps).toEqual(stepNotes(worst.s.figure, citer, worst.s.reg).slice(0, parts[0]!.steps.length));
  }, 60_000);
});

describe('speaker view', () => {
  const shape = [0, 3, 0];
  const words = [
    { title: 'Gambar 1: Satu', steps: [] },
    { title: 'Gambar 2: Dua', steps: ['a', 'b', 'c'] },
    { title: 'Gambar 3: Tiga', steps: [] },
  ];
  it('says what the next press shows: a step, a slide, or the end', () => {
    expect(nextLabel(shape, { slide: 0, step: 0 }, words)).toBe('Slide 2 dari 3: Gambar 2: Dua');
    expect(nextLabel(shape, { slide: 1, step: 0 }, words)).toBe('Langkah 1 dari 3: a');
    expect(nextLabel(shape, { slide: 1, step: 2 }, words)).toBe('Langkah 3 dari 3: c');
    expect(nextLabel(shape, { slide: 1, step: 3 }, words)).toBe('Slide 3 dari 3: Gambar 3: Tiga');
    expect(nextLabel(shape, { slide: 2, step: 0 }, words)).toBe('Akhir presentasi.');
  });
  it('reads only well-formed messages', () => {
    expect(readMessage({ type: 'pos', slide: 2, step: 1 })).toEqual({ type: 'pos', slide: 2, step: 1 });
    expect(readMessage({ type: 'pos', slide: -1, step: 0 })).toBeUndefined();
    expect(readMessage({ type: 'pos', slide: 1.5, step: 0 })).toBeUndefined();
    expect(readMessage({ type: 'blank', on: 'ya' })).toBeUndefined();
    expect(readMessage({ type: 'blank', on: true })).toEqual({ type: 'blank', on: true });
    expect(readMessage({ type: 'hello', extra: 1 })).toEqual({ type: 'hello' });
    expect(readMessage('pos')).toBeUndefined();
    expect(readMessage(null)).toBeUndefined();
    expect(channelName('penugasan')).toBe('sk-presentasi:penugasan');
  });
  it('formats the elapsed time', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_400)).toBe('1:05');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
    expect(formatElapsed(-5)).toBe('0:00');
  });
});

describe('citation panel quotes', () => {
  const regs = loadRegulations();
  const cited = citedIds([...decks, ...figures]);
  it('quote every provision the slides cite, exactly as quoteProvision, with notes and the provision address', () => {
    expect(cited.size).toBeGreaterThan(0);
    let withNotes = 0;
    for (const [slug, ids] of cited) {
      const reg = regs.find((r) => r.slug === slug)!;
      const file = quoteFile(reg, ids);
      expect(quotePath(slug)).toBe(`presentasi/kutipan/${slug}.json`);
      expect(Object.keys(file.quotes).sort()).toEqual([...ids].sort());
      for (const id of ids) {
        const q = file.quotes[id]!;
        const src = quoteProvision(reg, id);
        expect(q.lines).toEqual(src.lines);
        expect(q.pin).toBe(src.pin);
        expect(q.citation).toBe(src.citation);
        expect(q.href).toBe(provisionPath(slug, id));
        expect(q.lines.length + (q.rows?.length ?? 0)).toBeGreaterThan(0);
        // Every note on the provision itself is carried.
        expect(notesFor(reg, id).every((n) => q.notes.some((x) => x.text.includes(n.alasan)))).toBe(true);
        if (q.notes.length) withNotes++;
      }
    }
    expect(withNotes).toBeGreaterThan(0);
  });
  it('a slide citation that the regulation lacks stops the build with the provision named', () => {
    const reg = regs[0]!;
    expect(() => quoteFile(reg, ['pasal-9999'])).toThrow(/pasal-9999/);
  });
});
