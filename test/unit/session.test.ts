/**
 * Session builder logic: the selection in the address (round trip, bad parts
 * left out with a notice), reordering, and the comparison slide built from
 * the checker's own cross-regulation answers.
 */
import { describe, expect, it } from 'vitest';
import { siteDecks } from '../../src/lib/decks/build.ts';
import { siteGuideDecks } from '../../src/lib/decks/guide-deck-load.ts';
import { sessionCatalogue } from '../../src/lib/decks/session-catalogue.ts';
import { bandingSlide, moveItem, parseSession, serializeSession, sessionId, type SessionItem } from '../../src/lib/decks/session.ts';
import { semuaData } from '../../src/lib/checker/data.ts';
import { banding } from '../../src/lib/checker/banding.ts';

const { data } = semuaData();
const cat = await sessionCatalogue(siteDecks().decks, siteGuideDecks(), data, '');

describe('session catalogue', () => {
  it('offers every slide of every deck with slides, and guide decks with their quotes', () => {
    for (const d of siteDecks().decks.filter((x) => x.slides.length))
      expect(cat.decks.find((c) => c.id === d.id)?.slides.length).toBe(d.slides.length);
    const g = cat.decks.find((d) => d.kind === 'panduan' && d.slides.some((s) => s.pptx.type === 'teks'))!;
    const q = g.slides.find((s) => s.pptx.type === 'teks')!;
    expect(q.slide).toBeGreaterThan(1);
    expect(q.page).toMatch(/^presentasi\/panduan\//);
    for (const d of cat.decks) for (const s of d.slides) if (s.pptx.type === 'gambar') expect(s.svg?.href).toMatch(/gambar\.svg$/);
  });
});

describe('selection in the address', () => {
  const a = cat.decks[0]!.slides.at(-1)!.key;
  const b = cat.decks.find((d) => d.kind === 'peraturan')!.slides[0]!.key;
  const kind = cat.banding.find((k) => k.regs.filter((r) => r.grup.length).length >= 2)!;
  const two = kind.regs.slice(0, 2).map((r) => r.slug);
  const items: SessionItem[] = [
    { type: 'slide', key: b },
    { type: 'banding', kind: kind.id, regs: two },
    { type: 'slide', key: a },
  ];

  it('round trip: serialise then parse gives the same items in the same order', () => {
    const s = serializeSession(items);
    expect(s).toBe(`${b},banding:${kind.id}:${two.join('.')},${a}`);
    expect(parseSession(s, cat)).toEqual({ items, notices: [] });
  });

  it('parts that name nothing are left out, each with a notice', () => {
    const r = parseSession(`${a},tidakada:3,${b.split(':')[0]}:999,banding:xyz:pati.batang,banding:${kind.id}:${two[0]},,${b}`, cat);
    expect(r.items.map((x) => (x.type === 'slide' ? x.key : x.kind))).toEqual([a, b]);
    expect(r.notices).toHaveLength(4);
    expect(r.notices.join(' ')).toContain('tidakada:3');
  });

  it('reorders by one place and clamps at the ends', () => {
    expect(moveItem(['x', 'y', 'z'], 2, -1)).toEqual(['x', 'z', 'y']);
    expect(moveItem(['x', 'y', 'z'], 0, -1)).toEqual(['x', 'y', 'z']);
    expect(moveItem(['x', 'y', 'z'], 1, 5)).toEqual(['x', 'z', 'y']);
  });

  it('distinct selections get distinct ids', () => {
    expect(sessionId(items)).not.toBe(sessionId(items.slice(1)));
    expect(sessionId(items)).toBe(sessionId([...items]));
  });
});

describe('comparison slide', () => {
  it('Dinas (or the first kind answered by two regulations): one row per unit group of each chosen regulation, as the checker answers', () => {
    const kind = cat.banding.find((k) => k.id === 'dinas') ?? cat.banding.find((k) => k.regs.filter((r) => r.grup.length).length >= 2)!;
    const slugs = kind.regs
      .filter((r) => r.grup.length)
      .slice(0, 2)
      .map((r) => r.slug);
    const s = bandingSlide(cat, kind.id, slugs)!;
    const truth = banding(data, kind.id).filter((r) => slugs.includes(r.slug));
    expect(s.title).toContain(kind.label);
    expect(s.pptx.rows).toHaveLength(truth.reduce((n, r) => n + Math.max(1, r.grup.length), 0));
    for (const r of truth)
      for (const g of r.grup)
        for (const j of g.jawaban) {
          expect(s.pptx.notes).toContain(j.ringkas);
          for (const src of j.sumber.slice(0, 1)) expect(s.pptx.notes).toContain(data.find((d) => d.slug === r.slug)!.kutipan[src.id]!.pin);
        }
    expect(bandingSlide(cat, kind.id, slugs.slice(0, 1))).toBeUndefined();
  });

  it('a regulation that names no such unit says "tidak diatur"', () => {
    const kind = cat.banding.find((k) => k.regs.some((r) => !r.grup.length) && k.regs.some((r) => r.grup.length));
    if (!kind) return expect(cat.banding.every((k) => k.regs.every((r) => r.grup.length))).toBe(true);
    const none = kind.regs.find((r) => !r.grup.length)!;
    const some = kind.regs.find((r) => r.grup.length)!;
    const s = bandingSlide(cat, kind.id, [none.slug, some.slug])!;
    expect(s.pptx.rows[0]!.join(' ')).toContain('Tidak diatur');
  });
});
