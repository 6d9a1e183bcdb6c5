/** The site's Content-Security-Policy (src/lib/csp.ts): WebAssembly only where Pagefind runs. */
import { describe, expect, it } from 'vitest';
import { HEADER_POLICY, pagePolicy, runsPagefind } from '../../src/lib/csp.ts';
import { cspDiff, cspProblems, parseCsp } from '../gate/headers.ts';

describe('csp', () => {
  it("allows 'wasm-unsafe-eval' on the search page only", () => {
    expect(runsPagefind('/cari/')).toBe(true);
    expect(runsPagefind('/cari')).toBe(true);
    for (const p of ['/', '/pati/', '/perbandingan/', '/404.html', '/cari/lain/']) {
      expect(runsPagefind(p), p).toBe(false);
      expect(parseCsp(pagePolicy(p)).get('script-src')).toEqual(["'self'"]);
    }
    expect(parseCsp(pagePolicy('/cari/')).get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  it('every policy is strict; the header is the widest page policy plus frame-ancestors', () => {
    for (const p of [pagePolicy('/'), pagePolicy('/cari/'), HEADER_POLICY]) expect(cspProblems(p), p).toEqual([]);
    expect(cspDiff(pagePolicy('/cari/'), HEADER_POLICY)).toEqual([]);
    expect(cspDiff(pagePolicy('/'), HEADER_POLICY)).toHaveLength(1);
    expect(parseCsp(HEADER_POLICY).get('frame-ancestors')).toEqual(["'none'"]);
  });
});
