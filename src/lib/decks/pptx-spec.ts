/**
 * What a PowerPoint slide says, apart from how it is written: label, title,
 * kicker, the legal basis printed on the slide, the speaker notes (text
 * equivalent, steps with citations, our notes) and either a figure (PNG, and
 * SVG when vector is wanted) or lines of words (a quoted provision, a
 * comparison table). Pure and free of Node APIs, so the same writer serves the
 * build (deck and per-figure .pptx) and the session builder in the browser.
 */
import type { Slide } from './build.ts';
import type { GuideSlide, QuoteSlide } from './guide-deck.ts';
import { nodeText } from '../figures/text-alt.ts';
import { quoteSlideText } from './guide-deck.ts';
import type { FigureSpec, SlideSpec, WordsSpec } from './pptx-write.ts';

/** The address printed for a page: absolute when the site's address is known, else its path from the site root. */
const addressOf = (site: string, href: string): string => (site ? site + href : `/${href.replace(/^\//, '')}`);

const NOT_OFFICIAL = 'Bukan naskah resmi. Gambar dibuat ulang dari data oleh situs Sistem Kerja.';

/** The speaker notes of a figure slide: text equivalent, steps with citations, sources and our note. */
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
  out.push(NOT_OFFICIAL);
  return out.join('\n');
}

export function figureSpec(s: Slide, site: string): FigureSpec {
  const basis = s.sources.map((x) => x.cite.label);
  return {
    type: 'gambar',
    kicker: s.kicker,
    label: s.label,
    title: s.title,
    basis: basis.length
      ? `Dasar: ${basis.slice(0, 4).join('; ')}${basis.length > 4 ? `; dan ${basis.length - 4} ketentuan lain (lihat catatan pembicara)` : ''}`
      : 'Dasar: lihat catatan pembicara',
    alt: `${s.label}: ${s.title}`,
    notes: slideNotes(s, site),
    page: s.href,
  };
}

export function quoteSpec(s: QuoteSlide, site: string): WordsSpec {
  return {
    type: 'teks',
    kicker: s.kicker,
    label: s.label,
    title: s.title,
    lines: s.quote.rows
      ? s.quote.rows.map((r, i) => ({ text: r.join(' | '), depth: 0, bold: i < (s.quote.headerRows ?? 0) }))
      : s.quote.lines.map((l) => ({ text: `${l.label ? `${l.label} ` : ''}${l.text}`, depth: l.depth })),
    caption: `${s.quote.citation}${s.marker ? ` · ※ ${s.marker.label}: lihat catatan pembicara` : ''}`,
    notes: [
      quoteSlideText(s),
      `Halaman ketentuan: ${addressOf(site, s.href)}`,
      'Bukan naskah resmi: naskah yang sah diterbitkan JDIH daerah masing-masing.',
    ].join('\n'),
  };
}

/** The spec of any deck slide; a guide's title slide is the cover, not a spec. */
export function specOf(s: Slide | GuideSlide, site: string): SlideSpec | undefined {
  if ('kind' in s && s.kind === 'judul') return undefined;
  if ('kind' in s && s.kind === 'kutipan') return quoteSpec(s, site);
  return figureSpec(s as Slide, site);
}
