/**
 * A deck, or a single figure, as a PowerPoint file (pptxgenjs, the well-kept
 * library that writes .pptx without PowerPoint): one 16:9 slide per figure
 * with its label, title, the figure, its caption and legal basis on the slide,
 * and the text equivalent, the steps with their citations and our notes in the
 * speaker notes; a guide deck's quotes as slides of words.
 *
 * Figures are embedded as SVG with a PNG fallback (PowerPoint's svgBlip
 * extension: PowerPoint 2016/365 draws the vector, older readers the PNG).
 * pptxgenjs writes that pair, but in Node it cannot rasterise the fallback
 * itself (it puts a "broken image" placeholder there), so the fallback PNG is
 * replaced afterwards, inside the zip, with the resvg PNG of the same SVG.
 */
import PptxGenJS from 'pptxgenjs';
import JSZip from 'jszip';
import type { Deck, Slide } from './build.ts';
import type { GuideDeck } from './guide-deck.ts';
import { figureSpec, specOf } from './pptx-spec.ts';
import { base64, writeSlides, type SlideSpec } from './pptx-write.ts';

export { slideNotes } from './pptx-spec.ts';

export interface PptxOptions {
  /** Absolute address of the site root, or '' when not configured. */
  site: string;
  /** The figure as PNG, with its pixel size. */
  png: (s: Slide) => Promise<{ data: Uint8Array; width: number; height: number }>;
  /** The figure as SVG: when given, the slide carries the vector and the PNG becomes its fallback. */
  svg?: ((s: Slide) => Promise<string>) | undefined;
}

async function withImage(spec: SlideSpec, s: Slide, opts: PptxOptions, fallbacks: Uint8Array[]): Promise<SlideSpec> {
  if (spec.type !== 'gambar') return spec;
  const img = await opts.png(s);
  const svg = opts.svg ? await opts.svg(s) : undefined;
  if (svg) fallbacks.push(img.data);
  return { ...spec, image: { png: svg ? undefined : base64(img.data), svg, width: img.width, height: img.height } };
}

export async function deckPptx(deck: Deck | GuideDeck, opts: PptxOptions): Promise<Uint8Array> {
  const fallbacks: Uint8Array[] = [];
  const specs: SlideSpec[] = [];
  for (const s of deck.slides) {
    const spec = specOf(s, opts.site);
    if (spec) specs.push(await withImage(spec, s as Slide, opts, fallbacks));
  }
  const pptx = new PptxGenJS();
  writeSlides(pptx, { title: deck.title, summary: deck.summary, count: `${specs.length} slide` }, specs);
  return finish(pptx, fallbacks);
}

/** One figure alone: a single slide, as in the deck (no cover). */
export async function figurePptx(s: Slide, opts: PptxOptions): Promise<Uint8Array> {
  const fallbacks: Uint8Array[] = [];
  const spec = await withImage(figureSpec(s, opts.site), s, opts, fallbacks);
  const pptx = new PptxGenJS();
  writeSlides(pptx, undefined, [spec]);
  return finish(pptx, fallbacks);
}

async function finish(pptx: PptxGenJS, fallbacks: Uint8Array[]): Promise<Uint8Array> {
  const out = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
  const zip = await JSZip.loadAsync(new Uint8Array(out));
  await replaceFallbacks(zip, fallbacks);
  return reproducible(zip);
}

/**
 * pptxgenjs names an SVG's fallback "image-<slide>-<k>.png" next to "image-<slide>-<k+1>.svg".
 * Each such PNG gets the real rendering, in slide order (one figure per slide).
 */
async function replaceFallbacks(zip: JSZip, fallbacks: Uint8Array[]): Promise<void> {
  if (!fallbacks.length) return;
  const pairs = Object.keys(zip.files)
    .map((f) => /^ppt\/media\/image-(\d+)-(\d+)\.svg$/.exec(f))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => ({ slide: Number(m[1]), png: `ppt/media/image-${m[1]}-${Number(m[2]) - 1}.png` }))
    .sort((a, b) => a.slide - b.slide);
  if (pairs.length !== fallbacks.length || pairs.some((p) => !zip.file(p.png)))
    throw new Error(`pptx: ${pairs.length} SVG di berkas, ${fallbacks.length} gambar cadangan PNG; susunan berkas pptxgenjs berubah`);
  pairs.forEach((p, i) => zip.file(p.png, fallbacks[i]!));
}

/** Fixed dates inside the zip and in the document properties, so two builds give the same bytes. */
const FIXED = new Date('2024-01-01T00:00:00Z');
async function reproducible(zip: JSZip): Promise<Uint8Array> {
  const core = zip.file('docProps/core.xml');
  if (core) {
    const xml = (await core.async('string')).replace(
      /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g,
      `$1${FIXED.toISOString().replace(/\.\d+Z$/, 'Z')}$2`,
    );
    zip.file('docProps/core.xml', xml);
  }
  for (const f of Object.values(zip.files)) f.date = FIXED;
  // Level 1: the media (PNG fallbacks, most of the bytes) deflate 1% worse than at the default level 6, in less than
  // half the time (Batang's deck: 0.8 s instead of 1.9 s; at N = 500 regulations that is minutes of the build).
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } }));
}
