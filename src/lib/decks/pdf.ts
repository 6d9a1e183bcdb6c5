/**
 * The handout of a deck as an A4 PDF, written at build time with PDFKit: a
 * cover with the contents, then one figure per page (vector, via
 * svg-to-pdfkit, in DejaVu Sans like the SVG) with its caption, the text
 * alternative and the provisions it is drawn from, and the not-official
 * notice on every page. Nothing is fetched from anywhere.
 */
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { FONT_FILES } from '../figures/measure.ts';
import { nodeText, ROLE_LABEL, type TreeItem } from '../figures/text-alt.ts';
import type { Deck, Slide } from './build.ts';

export interface PdfOptions {
  /** Absolute address of the site root ("https://…/"), or '' when the site's address is not configured. */
  site: string;
  /** The SVG of a slide's figure. */
  svg: (slide: Slide) => Promise<string> | string;
  /** Fixed creation date (reproducible builds). */
  date?: Date;
}

const A4 = { w: 595.28, h: 841.89 };
const M = { top: 48, bottom: 56, side: 46 };
const W = A4.w - 2 * M.side;
const INK = '#1b1b1b';
const MUTED = '#4a4a4a';
const BRAND = '#0b4f6c';
const LINK = '#0a4a8c';

type Run = { text: string; font?: 'R' | 'B'; color?: string; link?: string | undefined };
interface Para {
  runs: Run[];
  size: number;
  indent?: number;
  gap?: number;
}

const EDGE_WORD: Record<string, string> = {
  struktur: 'garis struktur',
  kedudukan: 'garis kedudukan',
  kinerja: 'garis kinerja',
  penugasan: 'garis penugasan',
  alur: 'alur',
  tembusan: 'tembusan',
  kembali: 'dikembalikan',
  pantau: 'memantau',
};

/** The slide's text as paragraphs: caption, note, text alternative, sources. */
/** A link in the PDF only when the site's address is known (SITE_URL); otherwise the page path is printed without a link. */
export const linkTo = (site: string, href: string): string | undefined => (site ? site + href : undefined);
/** The address printed for a page: absolute when the site's address is known, else its path from the site root. */
export const addressOf = (site: string, href: string): string => (site ? site + href : `/${href.replace(/^\//, '')}`);

export function slideParas(slide: Slide, site: string): Para[] {
  const out: Para[] = [];
  const fig = slide.figure;
  out.push({ runs: [{ text: fig.summary }], size: 10, gap: 6 });
  if (slide.catatan) out.push({ runs: [{ text: 'Catatan editorial: ', font: 'B' }, { text: slide.catatan }], size: 9, gap: 6 });
  if (slide.steps.length) {
    out.push({
      runs: [{ text: `Langkah demi langkah (${slide.steps.length} langkah, menurut urutan dalam peraturan)`, font: 'B', color: BRAND }],
      size: 10.5,
      gap: 3,
    });
    let phase: string | undefined;
    for (const s of slide.steps) {
      if (s.phase && s.phase !== phase) {
        phase = s.phase;
        out.push({ runs: [{ text: s.phase, font: 'B' }], size: 9.5, gap: 2 });
      }
      const runs: Run[] = [{ text: `${s.n}. `, font: 'B' }];
      if (s.actor) runs.push({ text: `${s.actor}: `, font: 'B' });
      runs.push({ text: s.text });
      if (s.next) runs.push({ text: ` → ${s.next}`, color: MUTED });
      runs.push({ text: ' — Dasar: ', color: MUTED });
      s.cites.forEach((c, i) => runs.push({ text: `${i ? '; ' : ''}${c.label}`, color: LINK, link: linkTo(site, c.href) }));
      out.push({ runs, size: 9, indent: 10, gap: 2 });
    }
  } else if (slide.alt.type === 'tree') {
    out.push({ runs: [{ text: 'Isi gambar dalam teks', font: 'B', color: BRAND }], size: 10.5, gap: 3 });
    const walk = (items: TreeItem[], depth: number) => {
      for (const it of items) {
        out.push({
          runs: [{ text: `${depth ? '– ' : '• '}${nodeText(it.node)}`, font: depth ? 'R' : 'B' }],
          size: 9,
          indent: 10 + depth * 14,
          gap: 1,
        });
        walk(it.children, depth + 1);
      }
    };
    walk(slide.alt.roots, 0);
    for (const e of slide.alt.extra) {
      out.push({
        runs: [{ text: `${e.from} → ${e.to}: ${EDGE_WORD[e.kind] ?? e.kind}${e.label ? ` (${e.label})` : ''}` }],
        size: 9,
        indent: 10,
        gap: 1,
      });
    }
    const roles = [...new Set(fig.nodes.flatMap((n) => n.roles))];
    if (roles.length)
      out.push({
        runs: [{ text: `Tanda “▸” dalam gambar: ${roles.map((r) => ROLE_LABEL[r]).join(', ')}.`, color: MUTED }],
        size: 8.5,
        indent: 10,
        gap: 2,
      });
  }
  if (!slide.steps.length) {
    out.push({ runs: [{ text: 'Dasar gambar', font: 'B', color: BRAND }], size: 10.5, gap: 3 });
    for (const s of slide.sources) {
      out.push({
        runs: [
          { text: s.cite.label, color: LINK, link: linkTo(site, s.cite.href) },
          { text: ` (${s.nodes.join('; ')})`, color: MUTED },
        ],
        size: 8.5,
        indent: 10,
        gap: 1.5,
      });
    }
  }
  if (slide.href)
    out.push({
      runs: [
        { text: 'Halaman gambar: ', color: MUTED },
        { text: addressOf(site, slide.href), color: LINK, link: linkTo(site, slide.href) },
      ],
      size: 8.5,
      gap: 0,
    });
  return out;
}

type Doc = InstanceType<typeof PDFDocument>;

function paraHeight(doc: Doc, p: Para, width: number): number {
  const text = p.runs.map((r) => r.text).join('');
  doc.font(p.runs.some((r) => r.font === 'B') ? 'B' : 'R').fontSize(p.size);
  return doc.heightOfString(text, { width: width - (p.indent ?? 0), lineGap: 1 }) + (p.gap ?? 0);
}

function writePara(doc: Doc, p: Para) {
  const x = M.side + (p.indent ?? 0);
  const width = W - (p.indent ?? 0);
  p.runs.forEach((r, i) => {
    doc
      .font(r.font ?? 'R')
      .fontSize(p.size)
      .fillColor(r.color ?? INK);
    const opts = { width, lineGap: 1, continued: i < p.runs.length - 1, link: r.link ?? null, underline: false };
    if (i === 0) doc.text(r.text, x, doc.y, opts);
    else doc.text(r.text, opts);
  });
  doc.y += p.gap ?? 0;
}

const fontCallback = (_family: string, bold: boolean) => (bold ? 'B' : 'R');

export async function deckPdf(deck: Deck, opts: PdfOptions): Promise<Uint8Array> {
  const date = opts.date ?? new Date(0);
  const doc = new PDFDocument({
    size: 'A4',
    bufferPages: true,
    autoFirstPage: false,
    compress: true,
    lang: 'id-ID',
    displayTitle: true,
    margins: { top: M.top, bottom: M.bottom, left: M.side, right: M.side },
    info: {
      Title: `${deck.title} — bahan presentasi Sistem Kerja`,
      Author: 'Sistem Kerja',
      Subject: deck.summary,
      Creator: 'Sistem Kerja (build)',
      Producer: 'PDFKit',
      CreationDate: date,
      ModDate: date,
    },
  });
  doc.registerFont('R', FONT_FILES.regular);
  doc.registerFont('B', FONT_FILES.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));

  // Cover with contents.
  doc.addPage();
  doc.font('B').fontSize(10).fillColor(BRAND).text('SISTEM KERJA · BAHAN PRESENTASI', M.side, M.top);
  doc.moveDown(0.6);
  doc.font('B').fontSize(24).fillColor(INK).text(deck.title, { width: W });
  doc.moveDown(0.3);
  doc.font('R').fontSize(11).fillColor(INK).text(deck.summary, { width: W, lineGap: 2 });
  doc.moveDown(0.8);
  doc.font('B').fontSize(12).fillColor(BRAND).text(`Isi (${deck.slides.length} gambar)`);
  doc.moveDown(0.3);
  const pageOfSlide: number[] = [];
  // Where each contents line was written (the list may run onto further pages), for its page number later.
  const contentsAt: { page: number; y: number }[] = [];
  for (const s of deck.slides) {
    doc.font('R').fontSize(9.5);
    if (doc.y + doc.heightOfString(`${s.n}. ${s.label}: ${s.title}`, { width: W - 52, lineGap: 1 }) > A4.h - M.bottom) doc.addPage();
    const range = doc.bufferedPageRange();
    contentsAt.push({ page: range.start + range.count - 1, y: doc.y });
    doc.fillColor(INK).text(`${s.n}. ${s.label}: ${s.title}`, M.side, doc.y, { width: W - 52, lineGap: 1 });
    doc.moveDown(0.15);
  }
  if (deck.pending.length) {
    doc.moveDown(0.4);
    doc
      .font('R')
      .fontSize(9)
      .fillColor(MUTED)
      .text(`Belum digambar: Gambar ${deck.pending.join(', ')} model nasional.`, { width: W });
  }
  doc.moveDown(1);
  doc
    .font('B')
    .fontSize(10)
    .fillColor(INK)
    .text('Bukan naskah resmi.', { continued: true })
    .font('R')
    .text(
      ' Gambar ini dibuat ulang dari data oleh situs Sistem Kerja: setiap kotak dan langkah menyebut ketentuan yang menjadi dasarnya. Naskah yang sah adalah yang diundangkan dalam Berita Daerah masing-masing dan diterbitkan oleh JDIH daerah tersebut.',
      { width: W, lineGap: 1.5 },
    );
  doc.moveDown(0.5);
  doc
    .font('R')
    .fontSize(9)
    .fillColor(MUTED)
    .text('Presentasi daring: ', { continued: true })
    .fillColor(LINK)
    .text(addressOf(opts.site, deck.path), { link: linkTo(opts.site, deck.path) ?? null });

  for (const s of deck.slides) {
    doc.addPage();
    pageOfSlide.push(doc.bufferedPageRange().count);
    doc.font('R').fontSize(8.5).fillColor(MUTED).text(`Slide ${s.n} dari ${deck.slides.length} · ${s.kicker}`, M.side, M.top, { width: W });
    doc.moveDown(0.2);
    doc.font('B').fontSize(13.5).fillColor(INK).text(`${s.label}: ${s.title}`, { width: W, lineGap: 1 });
    doc.moveDown(0.4);
    const paras = slideParas(s, opts.site);
    const lead = paras.slice(0, s.catatan ? 2 : 1);
    const textH = paras.reduce((h, p) => h + paraHeight(doc, p, W), 0);
    const leadH = lead.reduce((h, p) => h + paraHeight(doc, p, W), 0);
    const top = doc.y;
    const avail = A4.h - M.bottom - top - 12;
    const svg = await opts.svg(s);
    const vb = svg.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/);
    const natW = Number(vb?.[1]) || 400;
    const natH = Number(vb?.[2]) || 300;
    const MAX = 0.85;
    // Largest the figure can be with only its caption on the page, and with all of its text.
    const full = Math.min(W / natW, (avail - leadH) / natH, MAX);
    const together = Math.min(W / natW, (avail - textH) / natH, MAX);
    const oneText = together >= Math.min(0.5, full * 0.8);
    const scale = oneText ? together : full;
    const drawW = natW * scale;
    const drawH = natH * scale;
    const x = M.side + (W - drawW) / 2;
    SVGtoPDF(doc, svg, x, top, {
      width: drawW,
      height: drawH,
      preserveAspectRatio: 'xMidYMid meet',
      fontCallback,
      warningCallback: () => {},
    });
    doc
      .rect(M.side, top - 2, W, drawH + 4)
      .lineWidth(0.5)
      .strokeColor('#c9cdd2')
      .stroke();
    doc.x = M.side;
    doc.y = top + drawH + 10;
    const continued = () => {
      doc.addPage();
      doc
        .font('R')
        .fontSize(8.5)
        .fillColor(MUTED)
        .text(`Slide ${s.n} dari ${deck.slides.length} (lanjutan) · ${s.label}: ${s.title}`, M.side, M.top, {
          width: W,
          lineBreak: false,
          ellipsis: true,
          height: 12,
        });
      doc.x = M.side;
      doc.y = M.top + 18;
    };
    paras.forEach((p, i) => {
      if (!oneText && i === lead.length) continued();
      else if (doc.y + paraHeight(doc, p, W) > A4.h - M.bottom) continued();
      writePara(doc, p);
    });
  }

  // Page numbers in the contents, and a footer on every page.
  const range = doc.bufferedPageRange();
  for (const [i, at] of contentsAt.entries()) {
    doc.switchToPage(at.page);
    doc
      .font('R')
      .fontSize(9.5)
      .fillColor(MUTED)
      .text(`hlm. ${pageOfSlide[i]}`, M.side + W - 48, at.y, { width: 48, align: 'right', lineBreak: false });
  }
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('R')
      .fontSize(7.5)
      .fillColor(MUTED)
      .text(`Sistem Kerja · ${deck.title} · Bukan naskah resmi · hlm. ${i + 1} dari ${range.count}`, M.side, A4.h - 34, {
        width: W,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}
