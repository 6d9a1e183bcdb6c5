/**
 * No made-up domain: with SITE_URL unset (as in this build) no page carries a
 * canonical link or an absolute link to the site, and no file the site writes
 * (pages, data, handouts) names a placeholder domain. Pagefind's own bundle
 * uses "example.com" internally as a URL parsing base; it is the library's
 * code, not an address of ours, and is left out.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';

const DIST = process.env.SITE_DIST ?? 'dist';
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? (f === 'pagefind' || f.startsWith('.') ? [] : files(p)) : [p];
  });
const PLACEHOLDER = /\b[\w.-]*example\.(?:id|com|org|net)\b/i;

describe('the site address comes from configuration only', () => {
  const all = files(DIST);
  it.skipIf(!!process.env.SITE_URL)('no canonical link and no placeholder domain in any page, data file or script of ours', () => {
    const text = all.filter((f) => /\.(html|json|xml|csv|js|txt|webmanifest)$/.test(f));
    expect(text.length).toBeGreaterThan(100);
    for (const f of text) {
      const s = readFileSync(f, 'utf8');
      expect(PLACEHOLDER.test(s), f).toBe(false);
      if (f.endsWith('.html')) expect(s, f).not.toMatch(/rel="canonical"/);
    }
  });
  it.skipIf(!!process.env.SITE_URL)('handouts print page paths, not a domain', async () => {
    const pdfs = all.filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(0);
    for (const f of pdfs.slice(0, 4)) {
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(f))), { mergePages: true });
      expect(PLACEHOLDER.test(text), f).toBe(false);
      expect(text).not.toMatch(/https?:\/\/(?!creativecommons)[a-z]/);
    }
  });
});
