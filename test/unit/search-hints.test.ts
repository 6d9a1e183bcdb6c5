import { describe, expect, it } from 'vitest';
import { entryTag, hintLinks, moduleScripts, pageAssets, searchHints, staticImports, withHints } from '../../src/lib/search/hints.ts';

const entry = { languages: { id: { hash: 'id_d8f9dfd3e5', wasm: 'id' } } };
const page =
  '<html><head><meta charset="utf-8"><link rel="stylesheet" href="/_astro/Base.css">' +
  '<script type="module" src="/_astro/Base.js"></script><script type="module" src="/_astro/cari.js"></script></head><body></body></html>';

describe('search page loading hints', () => {
  const hints = searchHints({ base: '/', entry, chunks: ['/_astro/permalink.js'] });

  it("names this index's entry file, metadata and WebAssembly, the engine, data.json and the chunks", () => {
    expect(hints.map((h) => h.href)).toEqual([
      '/_astro/permalink.js',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json?ts=id_d8f9dfd3e5',
      '/pagefind/pagefind.id_d8f9dfd3e5.pf_meta',
      '/pagefind/wasm.id.pagefind',
      '/cari/data.json',
    ]);
    expect(hints.filter((h) => h.rel === 'modulepreload').map((h) => h.href)).toEqual(['/_astro/permalink.js', '/pagefind/pagefind.js']);
  });

  it('a new index gets a new entry address (the tag is the hash of its metadata)', () => {
    const other = searchHints({ base: '/', entry: { languages: { id: { hash: 'id_0000000001', wasm: 'id' } } }, chunks: [] });
    expect(entryTag(other.map((h) => h.href))).toBe('id_0000000001');
    expect(entryTag(hints.map((h) => h.href))).toBe('id_d8f9dfd3e5');
    expect(entryTag(['/cari/data.json'])).toBeUndefined();
  });

  it('fails on an entry file without an index', () => {
    expect(() => searchHints({ base: '/', entry: { languages: {} }, chunks: [] })).toThrow(/pagefind-entry\.json/);
  });

  it('fetched files are CORS requests like fetch(); modules are module preloads', () => {
    const html = hintLinks(hints);
    expect(html).toContain('<link rel="preload" as="fetch" crossorigin href="/pagefind/wasm.id.pagefind" data-cari-muat>');
    expect(html).toContain('<link rel="modulepreload" href="/pagefind/pagefind.js" data-cari-muat>');
  });

  it('are written at the end of <head>, once, also when the page is processed again', () => {
    const once = withHints(page, hints);
    const twice = withHints(once, searchHints({ base: '/', entry, chunks: [] }));
    expect(once.indexOf('data-cari-muat')).toBeGreaterThan(once.indexOf('/_astro/cari.js'));
    expect(once.indexOf('data-cari-muat')).toBeLessThan(once.indexOf('</head>'));
    expect(twice.match(/data-cari-muat/g)).toHaveLength(5);
    expect(() => withHints('<p>no head</p>', hints)).toThrow(/<\/head>/);
  });

  it("the header box's prefetch reads scripts, styles and hints from the page, not other links", () => {
    const html = withHints(page.replace('</head>', '<link rel="icon" href="/favicon.svg"></head>'), hints);
    expect(pageAssets(html)).toEqual([
      '/_astro/Base.css',
      '/_astro/Base.js',
      '/_astro/cari.js',
      '/_astro/permalink.js',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json?ts=id_d8f9dfd3e5',
      '/pagefind/pagefind.id_d8f9dfd3e5.pf_meta',
      '/pagefind/wasm.id.pagefind',
      '/cari/data.json',
    ]);
  });
});

describe('chunks of a bundled page script', () => {
  it('finds module scripts and their static imports, not dynamic ones', () => {
    expect(moduleScripts(page)).toEqual(['/_astro/Base.js', '/_astro/cari.js']);
    const code =
      'import{i as e,n as t}from"./permalink.DkkVwMC_.js";import{t as n}from"./preload-helper.DygEbaNj.js";import"./side.js";' +
      'var r=n(()=>import(`$' +
      '{t}pagefind/pagefind.js`),[]);const u=import.meta.url;';
    expect(staticImports(code, '/_astro/cari.js')).toEqual([
      '/_astro/permalink.DkkVwMC_.js',
      '/_astro/preload-helper.DygEbaNj.js',
      '/_astro/side.js',
    ]);
  });
});
