/**
 * A deck as a PowerPoint file (pptxgenjs, the well-kept library that writes
 * .pptx without PowerPoint): one 16:9 slide per figure with its label, title,
 * the figure, its caption and legal basis on the slide, and the text
 * equivalent, the steps with their citations and our notes in the speaker
 * notes. Figures are high-resolution PNG (rendered by resvg from the same SVG
 * the site shows); the SVG is on each figure page for those who need vector.
 */
import PptxGenJS from 'pptxgenjs';
import JSZip from 'jszip';
import type { Deck, Slide } from './build.ts';
import { nodeText } from '../figures/text-alt.ts';
import { addressOf } from './pdf.ts';

export interface PptxOptions {
  /** Absolute address of the site root, or '' when not configured. */
  site: string;
  /** The figure as PNG, with its pixel size. */
  png: (s: Slide) => Promise<{ data: Uint8Array; width: number; height: number }>;
}

const W = 13.333;
const H = 7.5;
const BRAND = '0B4F6C';
const MUTED = '555555';

/** The speaker notes of a slide: text equivalent, steps with citations, sources and our note. */
export function slideNotes(s: Slide, site: string): string {
  const out: string[] = [`${s.label}: ${s.title} (${s.kicker})`];
  if (s.catatan) out.push(`Catatan editorial (bukan bagian dari peraturan): ${s.catatan}`);
  if (s.steps.length) {
    out.push('Langkah-langkah:');
    for (const st of s.steps)
      out.push(
        `${st.n}. ${st.actor ? `${st.actor}: ` : ''}${st.text}${st.next ? ` → ${st.next}` : ''} — Dasar: ${st.cites.map((c) => c.label).join('; ')}`,
      );
  } else if (s.alt.type === 'tree') {
    out.push('Isi gambar dalam teks:');
    const walk = (items: typeof s.alt.roots, depth: number) => {
      for (const it of items) {
        out.push(`${'  '.repeat(depth)}- ${nodeText(it.node)}`);
        walk(it.children, depth + 1);
      }
    };
    walk(s.alt.roots, 0);
  }
  if (s.sources.length) {
    out.push('Dasar gambar:');
    for (const src of s.sources) out.push(`- ${src.cite.label} (${src.nodes.join('; ')})`);
  }
  if (s.href) out.push(`Halaman gambar: ${addressOf(site, s.href)}`);
  out.push('Bukan naskah resmi. Gambar dibuat ulang dari data oleh situs Sistem Kerja.');
  return out.join('\n');
}

export async function deckPptx(deck: Deck, opts: PptxOptions): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = 'Sistem Kerja';
  pptx.company = 'Sistem Kerja';
  pptx.title = `${deck.title} — presentasi Sistem Kerja`;
  pptx.subject = deck.summary;
  const cover = pptx.addSlide();
  cover.addText('SISTEM KERJA · PRESENTASI', { x: 0.6, y: 0.5, w: W - 1.2, h: 0.4, fontSize: 14, bold: true, color: BRAND });
  cover.addText(deck.title, { x: 0.6, y: 1.2, w: W - 1.2, h: 1.2, fontSize: 40, bold: true, color: '111111' });
  cover.addText(deck.summary, { x: 0.6, y: 2.6, w: W - 1.2, h: 1.6, fontSize: 20, color: '222222', valign: 'top' });
  cover.addText(`${deck.slides.length} gambar · Bukan naskah resmi: naskah yang sah diterbitkan JDIH daerah masing-masing.`, {
    x: 0.6,
    y: H - 1.2,
    w: W - 1.2,
    h: 0.5,
    fontSize: 14,
    color: MUTED,
  });
  cover.addNotes(`${deck.title}\n${deck.summary}`);
  for (const s of deck.slides) {
    const slide = pptx.addSlide();
    slide.addText(`${s.kicker} · ${s.label}`, { x: 0.4, y: 0.2, w: W - 0.8, h: 0.35, fontSize: 14, color: MUTED });
    slide.addText(s.title, { x: 0.4, y: 0.55, w: W - 0.8, h: 0.7, fontSize: 24, bold: true, color: '111111', fit: 'shrink' });
    const img = await opts.png(s);
    const boxW = W - 0.8;
    const boxH = H - 1.35 - 0.85;
    const scale = Math.min(boxW / img.width, boxH / img.height);
    const w = img.width * scale;
    const h = img.height * scale;
    slide.addImage({
      data: `image/png;base64,${Buffer.from(img.data).toString('base64')}`,
      x: (W - w) / 2,
      y: 1.3 + (boxH - h) / 2,
      w,
      h,
      altText: `${s.label}: ${s.title}`,
    });
    const basis = s.sources.map((x) => x.cite.label);
    slide.addText(
      basis.length
        ? `Dasar: ${basis.slice(0, 4).join('; ')}${basis.length > 4 ? `; dan ${basis.length - 4} ketentuan lain (lihat catatan pembicara)` : ''}`
        : 'Dasar: lihat catatan pembicara',
      { x: 0.4, y: H - 0.8, w: W - 0.8, h: 0.6, fontSize: 12, color: MUTED, fit: 'shrink' },
    );
    slide.addNotes(slideNotes(s, opts.site));
  }
  const out = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
  return reproducible(new Uint8Array(out));
}

/** Fixed dates inside the zip and in the document properties, so two builds give the same bytes. */
const FIXED = new Date('2024-01-01T00:00:00Z');
async function reproducible(buf: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(buf);
  const core = zip.file('docProps/core.xml');
  if (core) {
    const xml = (await core.async('string')).replace(
      /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g,
      `$1${FIXED.toISOString().replace(/\.\d+Z$/, 'Z')}$2`,
    );
    zip.file('docProps/core.xml', xml);
  }
  for (const f of Object.values(zip.files)) f.date = FIXED;
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}
