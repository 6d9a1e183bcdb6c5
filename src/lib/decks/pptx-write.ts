/**
 * Writes slide specs (pptx-spec.ts) into a PptxGenJS presentation: the same
 * 16:9 layout for deck, per-figure and session .pptx. Free of Node APIs and of
 * the content loaders, so the session builder bundles it for the browser.
 */
import type PptxGenJS from 'pptxgenjs';

export interface FigureImage {
  /** PNG bytes as base64. */
  png?: string | undefined;
  /** The SVG source, embedded as vector with the PNG as fallback (PowerPoint's svgBlip extension). */
  svg?: string | undefined;
  width: number;
  height: number;
}

interface SpecBase {
  kicker: string;
  label: string;
  title: string;
  notes: string;
}
export interface FigureSpec extends SpecBase {
  type: 'gambar';
  /** "Dasar: …" printed under the figure. */
  basis: string;
  alt: string;
  /** Where the figure's SVG and PNG are served (without the base): "gambar/21/". */
  page?: string | undefined;
  image?: FigureImage | undefined;
}
export interface WordsSpec extends SpecBase {
  type: 'teks';
  lines: { text: string; depth: number; bold?: boolean | undefined }[];
  /** Printed under the words: the citation. */
  caption: string;
}
export interface TableSpec extends SpecBase {
  type: 'tabel';
  head: string[];
  rows: string[][];
  caption: string;
}
export type SlideSpec = FigureSpec | WordsSpec | TableSpec;

const W = 13.333;
const H = 7.5;
const BRAND = '0B4F6C';
const MUTED = '555555';

export interface Cover {
  title: string;
  summary: string;
  /** "12 slide". */
  count: string;
}

/** Writes the cover and every slide into `pptx` (a fresh PptxGenJS). */
export function writeSlides(pptx: PptxGenJS, cover: Cover | undefined, specs: SlideSpec[]): void {
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = 'Sistem Kerja';
  pptx.company = 'Sistem Kerja';
  if (cover) {
    pptx.title = `${cover.title} — presentasi Sistem Kerja`;
    pptx.subject = cover.summary;
    const c = pptx.addSlide();
    c.addText('SISTEM KERJA · PRESENTASI', { x: 0.6, y: 0.5, w: W - 1.2, h: 0.4, fontSize: 14, bold: true, color: BRAND });
    c.addText(cover.title, { x: 0.6, y: 1.2, w: W - 1.2, h: 1.2, fontSize: 40, bold: true, color: '111111', fit: 'shrink' });
    c.addText(cover.summary, { x: 0.6, y: 2.6, w: W - 1.2, h: 1.6, fontSize: 20, color: '222222', valign: 'top' });
    c.addText(`${cover.count} · Bukan naskah resmi: naskah yang sah diterbitkan JDIH daerah masing-masing.`, {
      x: 0.6,
      y: H - 1.2,
      w: W - 1.2,
      h: 0.5,
      fontSize: 14,
      color: MUTED,
    });
    c.addNotes(`${cover.title}\n${cover.summary}`);
  } else if (specs[0]) pptx.title = `${specs[0].label}: ${specs[0].title} — Sistem Kerja`;
  for (const s of specs) {
    const slide = pptx.addSlide();
    slide.addText(`${s.kicker} · ${s.label}`, { x: 0.4, y: 0.2, w: W - 0.8, h: 0.35, fontSize: 14, color: MUTED });
    slide.addText(s.title, { x: 0.4, y: 0.55, w: W - 0.8, h: 0.7, fontSize: 24, bold: true, color: '111111', fit: 'shrink' });
    const boxW = W - 0.8;
    const boxH = H - 1.35 - 0.85;
    if (s.type === 'gambar') {
      const img = s.image;
      if (img) {
        const scale = Math.min(boxW / img.width, boxH / img.height);
        const w = img.width * scale;
        const h = img.height * scale;
        const data = img.svg
          ? `data:image/svg+xml;base64,${base64(new TextEncoder().encode(img.svg))}`
          : `image/png;base64,${img.png ?? ''}`;
        slide.addImage({ data, x: (W - w) / 2, y: 1.3 + (boxH - h) / 2, w, h, altText: s.alt });
      }
      slide.addText(s.basis, { x: 0.4, y: H - 0.8, w: W - 0.8, h: 0.6, fontSize: 12, color: MUTED, fit: 'shrink' });
    } else if (s.type === 'teks') {
      slide.addText(
        s.lines.map((l, i) => ({
          text: l.text,
          options: { breakLine: i < s.lines.length - 1, indentLevel: l.depth, bold: l.bold ?? false },
        })),
        { x: 0.6, y: 1.35, w: W - 1.2, h: boxH, fontSize: 22, color: '111111', valign: 'top', fit: 'shrink', paraSpaceAfter: 6 },
      );
      slide.addText(s.caption, { x: 0.4, y: H - 0.8, w: W - 0.8, h: 0.6, fontSize: 14, color: MUTED, fit: 'shrink' });
    } else {
      const cell = (text: string, bold = false) => ({ text, options: { bold, fontSize: 14, valign: 'top' as const } });
      slide.addTable([s.head.map((h) => cell(h, true)), ...s.rows.map((r) => r.map((c, i) => cell(c, i === 0)))], {
        x: 0.4,
        y: 1.35,
        w: W - 0.8,
        colW: s.head.length === 3 ? [2.2, 3.4, W - 0.8 - 5.6] : undefined,
        border: { type: 'solid', pt: 1, color: '8A8A8A' },
        autoPage: false,
      });
      slide.addText(s.caption, { x: 0.4, y: H - 0.8, w: W - 0.8, h: 0.6, fontSize: 12, color: MUTED, fit: 'shrink' });
    }
    slide.addNotes(s.notes);
  }
}

/** Base64 of bytes, in Node and in the browser. */
export function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
