import { describe, expect, it } from 'vitest';
import { loadRegulations } from '../../src/lib/load.ts';
import { pageMap, segmentsOf } from '../../src/lib/search/halaman.ts';
import { provisionPath, provisionPathIn } from '../../src/lib/permalink.ts';
import { pageSegments } from '../../src/lib/reading-pages.ts';

const regs = loadRegulations();

describe('the reading-page map shipped as /cari/halaman.json', () => {
  it('gives back, for every provision of every regulation, the page provisionPath links at build time', () => {
    const map = JSON.parse(JSON.stringify(pageMap(regs))) as ReturnType<typeof pageMap>;
    for (const r of regs) {
      const segs = segmentsOf(map, r.slug);
      expect(segs).toEqual(pageSegments(r));
      for (const id of Object.keys(segs)) expect(provisionPathIn(segs, r.slug, id)).toBe(provisionPath(r.slug, id));
    }
  });

  it('is compact: each page listed once with its ids', () => {
    const map = pageMap(regs);
    const klaten = map['klaten']!;
    expect(klaten['pasal-13/']).toContain('pasal-13__ayat-1');
    expect(new Set(Object.keys(klaten)).size).toBe(Object.keys(klaten).length);
    expect(segmentsOf(map, 'tidak-ada')).toEqual({});
  });
});
