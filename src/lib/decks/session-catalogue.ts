/**
 * What the session builder offers, made at build time and served as JSON
 * (/presentasi/sesi/katalog.json): every slide of every thematic, regulation
 * and guide deck with what its PowerPoint slide says, and the checker's
 * cross-regulation answers (who assesses a JF or Pelaksana in each kind of
 * unit, per regulation, with the provisions each answer rests on).
 */
import type { Deck, Slide } from './build.ts';
import type { GuideDeck } from './guide-deck.ts';
import { figureSlide } from './guide-deck.ts';
import { canonicalPath, isCanonical } from '../figures/catalogue.ts';
import { renderFigure } from '../figures/render.ts';
import { figureSpec, quoteSpec } from './pptx-spec.ts';
import type { BandingKind, Catalogue, CatalogueDeck, CatalogueSlide } from './session.ts';
import type { DataDaerah } from '../checker/data.ts';
import { banding } from '../checker/banding.ts';
import { findUnit } from '../checker/check.ts';
import { JABATAN, LABEL_JABATAN } from '../checker/jabatan.ts';
import { provisionPath } from '../permalink.ts';

/** A figure slide: its markup is the figure's own presenter page (one slide, or its parts); its SVG the figure page's download. */
async function figureEntry(deck: string, s: Slide, site: string): Promise<CatalogueSlide | undefined> {
  const svgPage = isCanonical(s.figure) ? canonicalPath(s.figure.nomor!) : s.href;
  if (!s.present || !svgPage) return undefined;
  const r = await renderFigure(s.figure);
  return {
    key: `${deck}:${s.n}`,
    label: s.label,
    title: s.title,
    kicker: s.kicker,
    page: s.present,
    slide: 0,
    pptx: figureSpec(s, site),
    svg: { href: `${svgPage}gambar.svg`, width: r.layout.width, height: r.layout.height },
  };
}

export async function catalogueDecks(decks: Deck[], guides: GuideDeck[], site: string): Promise<CatalogueDeck[]> {
  const out: CatalogueDeck[] = [];
  for (const d of decks.filter((x) => x.slides.length)) {
    const slides = await Promise.all(d.slides.map((s) => figureEntry(d.id, s, site)));
    out.push({ id: d.id, title: d.title, kind: d.kind, slides: slides.filter((x): x is CatalogueSlide => !!x) });
  }
  for (const g of guides.filter((x) => x.slides.length > 1)) {
    const slides: CatalogueSlide[] = [];
    for (const s of g.slides) {
      const f = figureSlide(s);
      const e = f && (await figureEntry(g.id, f, site));
      if (e) slides.push(e);
      else if (s.kind === 'kutipan')
        slides.push({
          key: `${g.id}:${s.n}`,
          label: s.label,
          title: s.title,
          kicker: s.kicker,
          page: g.path,
          slide: s.n,
          pptx: quoteSpec(s, site),
        });
    }
    out.push({ id: g.id, title: g.title.replace(/^Panduan: /, ''), kind: 'panduan', slides });
  }
  return out;
}

const labelJabatan = (list: string[]) =>
  list.length === JABATAN.length ? 'Semua jabatan' : list.map((j) => LABEL_JABATAN[j as keyof typeof LABEL_JABATAN]).join(', ');

/** Every kind of unit, each regulation's answer (the checker's own `banding`, computed per regulation). */
export function catalogueBanding(data: readonly DataDaerah[]): BandingKind[] {
  const kinds = data[0]?.sinonim.padanan ?? [];
  return kinds.map((p) => ({
    id: p.id,
    label: p.label,
    regs: banding(data, p.id).map((row) => {
      const d = data.find((x) => x.slug === row.slug)!;
      return {
        slug: row.slug,
        singkat: row.singkat,
        grup: row.grup.map((g) => {
          const names = g.unit.map((id) => findUnit(d.aturan, id)?.nama ?? id);
          return {
            unit: names.length > 3 ? `${names.slice(0, 3).join(', ')} dan ${names.length - 3} unit lain` : names.join(', '),
            jawaban: g.jawaban.map((j) => {
              const seen = new Set<string>();
              const dasar = j.sumber
                .filter((r) => !seen.has(r.id) && !!seen.add(r.id))
                .slice(0, 3)
                .map((r) => ({
                  label: `${d.kutipan[r.id]?.pin ?? r.id}, ${row.singkat}`,
                  href: provisionPath(row.slug, r.id),
                  cite: `${row.slug}#${r.id}`,
                }));
              return { jabatan: labelJabatan(j.jabatan), ringkas: j.ringkas, dasar };
            }),
          };
        }),
      };
    }),
  }));
}

export async function sessionCatalogue(decks: Deck[], guides: GuideDeck[], data: readonly DataDaerah[], site: string): Promise<Catalogue> {
  return { decks: await catalogueDecks(decks, guides, site), banding: catalogueBanding(data) };
}
