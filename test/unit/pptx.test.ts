/**
 * PowerPoint export: the .pptx opens as a zip of Office XML, with a cover and
 * one slide per figure, each with its picture, its caption and legal basis on
 * the slide, and speaker notes that hold the text equivalent and citations.
 */
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { siteDecks } from '../../src/lib/decks/build.ts';
import { deckPptx, slideNotes } from '../../src/lib/decks/pptx.ts';
import { renderFigure, toPng } from '../../src/lib/figures/render.ts';

const { decks } = siteDecks();
const deck = decks.find((d) => d.slides.some((s) => s.steps.length) && d.slides.length <= 12)!;
const png = async (s: (typeof deck.slides)[number]) => {
  const r = await renderFigure(s.figure);
  return { data: toPng(r.svg, 1), width: r.layout.width, height: r.layout.height };
};

describe('PPTX export', () => {
  it(`${deck.id}: one slide per figure plus a cover, with images, captions, citations and notes`, async () => {
    const zip = await JSZip.loadAsync(await deckPptx(deck, { site: '', png }));
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides.length).toBe(deck.slides.length + 1);
    const media = Object.keys(zip.files).filter((f) => /^ppt\/media\/.+\.png$/.test(f));
    expect(media.length).toBe(deck.slides.length);
    for (const [i, s] of deck.slides.entries()) {
      const xml = await zip.file(`ppt/slides/slide${i + 2}.xml`)!.async('string');
      expect(xml).toContain(s.label);
      expect(xml).toContain('Dasar:');
      const notes = await zip.file(`ppt/notesSlides/notesSlide${i + 2}.xml`)!.async('string');
      const expected = slideNotes(s, '').split('\n')[0]!;
      expect(notes.replace(/&amp;/g, '&').replace(/&quot;/g, '"')).toContain(expected.replace(/&/g, '&'));
      if (s.steps.length) expect(notes).toContain(s.steps[0]!.cites[0]!.label.split(',')[0]!);
    }
  }, 120_000);
});
