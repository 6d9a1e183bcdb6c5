/**
 * Guides as built: every <Kutipan> renders the exact text of its provision
 * (compared with the data, label by label), every guide links its quotes to
 * the provision, and the guides are in the navigation and the search index.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGuides } from '../../src/lib/panduan/load.ts';
import { guideUses } from '../../src/lib/panduan/check.ts';
import { loadRegulations } from '../../src/lib/load.ts';
import { quoteProvision } from '../../src/lib/provision-text.ts';

const DIST = process.env.SITE_DIST ?? 'dist';
const regs = new Map(loadRegulations().map((r) => [r.slug, r]));
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('built guides', () => {
  const guides = readGuides();
  for (const g of guides) {
    const id = g.file.replace(/^.*\//, '').replace(/\.mdx$/, '');
    it(`${id}: each quotation shows the provision's exact words`, () => {
      const html = readFileSync(join(DIST, 'panduan', id, 'index.html'), 'utf8');
      const quotes = [...html.matchAll(/<figure class="kutipan">([\s\S]*?)<\/figure>/g)].map((m) => m[1]!);
      const uses = guideUses(g.text).filter((u) => u.tag === 'Kutipan');
      expect(quotes.length).toBe(uses.length);
      uses.forEach((u, i) => {
        const q = quoteProvision(regs.get(u.attrs.peraturan!)!, u.attrs.id!);
        const shown = text(quotes[i]!);
        for (const l of q.lines) expect(shown, `${u.attrs.peraturan} ${u.attrs.id}`).toContain(l.text);
        for (const r of q.rows ?? []) for (const c of r) expect(shown).toContain(c);
        expect(quotes[i]).toContain(`#${u.attrs.id}"`);
        expect(html.includes(esc(q.pin)) || text(html).includes(q.pin)).toBe(true);
      });
    });
  }
  it('the guides are listed, in the navigation and in the search index', () => {
    const index = readFileSync(join(DIST, 'panduan', 'index.html'), 'utf8');
    expect((index.match(/<li>\s*<h2>/g) ?? []).length || (index.match(/guide-list/g) ?? []).length).toBeGreaterThan(0);
    for (const g of guides) expect(index).toContain(`/panduan/${g.file.replace(/^.*\//, '').replace(/\.mdx$/, '')}/`);
    expect(readFileSync(join(DIST, 'index.html'), 'utf8')).toContain('/panduan/');
    expect(existsSync(join(DIST, 'pagefind'))).toBe(true);
  });
});
