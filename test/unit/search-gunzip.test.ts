import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { isPagefindFile, withNativeGunzip } from '../../src/lib/search/gunzip.ts';

const here = 'https://situs.test/cari/?q=ppk';
const base = new URL('/pagefind/', here);
const body = Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from('isi indeks')]);
const served = new Map<string, Uint8Array>([
  ['https://situs.test/pagefind/index/id_1.pf_index', gzipSync(body)],
  ['https://situs.test/pagefind/wasm.id.pagefind', gzipSync(body)],
  ['https://situs.test/pagefind/fragment/id_2.pf_fragment', body],
  ['https://situs.test/cari/data.json', gzipSync(body)],
]);
const fake = async (input: RequestInfo | URL) => {
  const u = new URL(String(input), here).href;
  const b = served.get(u);
  return b ? new Response(b) : new Response('tidak ada', { status: 404 });
};
const text = async (r: Response) => Buffer.from(await r.arrayBuffer()).toString();

describe('native gunzip for Pagefind files', () => {
  const f = withNativeGunzip(fake, base, here);

  it("inflates Pagefind's gzip files to the bytes Pagefind would inflate itself (relative addresses too)", async () => {
    expect(await text(await f('/pagefind/index/id_1.pf_index'))).toBe('pagefind_dcdisi indeks');
    expect(await text(await f('https://situs.test/pagefind/wasm.id.pagefind'))).toBe('pagefind_dcdisi indeks');
  });

  it('passes through files that are not gzip, other files and failures', async () => {
    expect(await text(await f('/pagefind/fragment/id_2.pf_fragment'))).toBe('pagefind_dcdisi indeks');
    expect(Buffer.from(await (await f('/cari/data.json')).arrayBuffer())).toEqual(Buffer.from(gzipSync(body)));
    const missing = await f('/pagefind/index/id_9.pf_index');
    expect(missing.status).toBe(404);
  });

  it('only files under the Pagefind folder of this site', () => {
    expect(isPagefindFile(new URL('https://situs.test/pagefind/filter/x.pf_filter'), base)).toBe(true);
    expect(isPagefindFile(new URL('https://situs.test/pagefind/pagefind-entry.json?ts=1'), base)).toBe(false);
    expect(isPagefindFile(new URL('https://lain.test/pagefind/filter/x.pf_filter'), base)).toBe(false);
    expect(isPagefindFile(new URL('https://situs.test/lain/x.pf_filter'), base)).toBe(false);
  });
});
