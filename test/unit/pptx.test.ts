/**
 * PowerPoint export: the .pptx opens as a zip of Office XML, with a cover and
 * one slide per figure, each with its picture (SVG with a real PNG fallback),
 * its caption and legal basis on the slide, and speaker notes that hold the
 * text equivalent and citations; guide decks carry quotes as slides of words;
 * a single figure is one slide without a cover.
 */
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { siteDecks } from '../../src/lib/decks/build.ts';
import { deckPptx, figurePptx, slideNotes, type PptxOptions } from '../../src/lib/decks/pptx.ts';
import { siteGuideDecks } from '../../src/lib/decks/guide-deck-load.ts';
import { renderFigure, toPng } from '../../src/lib/figures/render.ts';

const { decks, figures } = siteDecks();
const deck = decks.find((d) => d.slides.some((s) => s.steps.length) && d.slides.length <= 12)!;
const opts = (svg: boolean): PptxOptions => ({
  site: '',
  png: async (s) => {
    const r = await renderFigure(s.figure);
    return { data: toPng(r.svg, 1), width: r.layout.width, height: r.layout.height };
  },
  svg: svg ? async (s) => (await renderFigure(s.figure)).svg : undefined,
});
const unescape = (x: string) =>
  x
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&apos;/g, "'");
const files = (zip: JSZip, re: RegExp) => Object.keys(zip.files).filter((f) => re.test(f));
const PNG = [0x89, 0x50, 0x4e, 0x47];

describe('PPTX export', () => {
  it(`${deck.id}: one slide per figure plus a cover, with images, captions, citations and notes`, async () => {
    const zip = await JSZip.loadAsync(await deckPptx(deck, opts(false)));
    expect(files(zip, /^ppt\/slides\/slide\d+\.xml$/).length).toBe(deck.slides.length + 1);
    expect(files(zip, /^ppt\/media\/.+\.png$/).length).toBe(deck.slides.length);
    for (const [i, s] of deck.slides.entries()) {
      const xml = await zip.file(`ppt/slides/slide${i + 2}.xml`)!.async('string');
      expect(xml).toContain(s.label);
      expect(xml).toContain('Dasar:');
      const notes = unescape(await zip.file(`ppt/notesSlides/notesSlide${i + 2}.xml`)!.async('string'));
      expect(notes).toContain(slideNotes(s, '').split('\n')[0]!);
      if (s.steps.length) expect(notes).toContain(s.steps[0]!.cites[0]!.label.split(',')[0]!);
    }
  }, 120_000);

  it('figures as SVG (svgBlip) with the rendered PNG as fallback, not a placeholder', async () => {
    const zip = await JSZip.loadAsync(await deckPptx(deck, opts(true)));
    const svgs = files(zip, /^ppt\/media\/.+\.svg$/);
    expect(svgs.length).toBe(deck.slides.length);
    for (const f of svgs) {
      const png = f.replace(/-(\d+)\.svg$/, (_, k) => `-${Number(k) - 1}.png`);
      const bytes = await zip.file(png)!.async('uint8array');
      expect([...bytes.slice(0, 4)]).toEqual(PNG);
      expect(bytes.length).toBeGreaterThan(2000);
      expect(await zip.file(f)!.async('string')).toContain('<svg');
    }
    const xml = await zip.file('ppt/slides/slide2.xml')!.async('string');
    expect(xml).toContain('asvg:svgBlip');
  }, 120_000);

  it('a guide deck: the guide title as cover, quotes as words with their citation, figures as pictures', async () => {
    const g = siteGuideDecks().find((d) => d.slides.some((s) => s.kind === 'kutipan') && d.slides.some((s) => s.kind === 'gambar'))!;
    const zip = await JSZip.loadAsync(await deckPptx(g, opts(true)));
    expect(files(zip, /^ppt\/slides\/slide\d+\.xml$/).length).toBe(g.slides.length);
    for (const s of g.slides.slice(1)) {
      const xml = unescape(await zip.file(`ppt/slides/slide${s.n}.xml`)!.async('string'));
      if (s.kind === 'kutipan') {
        expect(xml).toContain(s.quote.citation);
        const first = s.quote.rows ? s.quote.rows[0]![0]! : s.quote.lines[0]!.text;
        expect(xml).toContain(first.slice(0, 60));
      } else expect(xml).toMatch(/r:embed/);
    }
    expect(files(zip, /^ppt\/media\/.+\.svg$/).length).toBe(g.slides.filter((s) => s.kind === 'gambar').length);
  }, 120_000);

  it('a single figure: one slide, no cover, its picture and its notes', async () => {
    const s = figures.find((d) => d.reg && d.slides[0]!.steps.length)!.slides[0]!;
    const zip = await JSZip.loadAsync(await figurePptx(s, opts(true)));
    expect(files(zip, /^ppt\/slides\/slide\d+\.xml$/)).toEqual(['ppt/slides/slide1.xml']);
    expect(files(zip, /^ppt\/media\/.+\.(svg|png)$/).length).toBe(2);
    const xml = unescape(await zip.file('ppt/slides/slide1.xml')!.async('string'));
    expect(xml).toContain(s.label);
    expect(xml).toContain('Dasar:');
    const notes = unescape(await zip.file('ppt/notesSlides/notesSlide1.xml')!.async('string'));
    expect(notes).toContain(s.steps.at(-1)!.text.slice(0, 40));
  }, 120_000);
});
