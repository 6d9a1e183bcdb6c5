/**
 * Pagefind stores its index, fragments, filters, metadata and WebAssembly
 * gzip-compressed and inflates them in JavaScript. On a slow phone (4x CPU
 * slowdown) that inflating took a few hundred milliseconds of the first query.
 * The browser's own DecompressionStream does the same work natively; Pagefind
 * skips its inflating when a file already starts with its signature
 * ("pagefind_dcd", what the inflated bytes start with). So the search page
 * hands Pagefind a fetch that inflates its compressed files natively.
 */

/** Pagefind's compressed files: index chunks, fragments, filters, metadata and WebAssembly. */
export function isPagefindFile(url: URL, pagefindBase: URL): boolean {
  return url.origin === pagefindBase.origin && url.pathname.startsWith(pagefindBase.pathname) && /\.(pf_index|pf_fragment|pf_filter|pf_meta|pagefind)$/.test(url.pathname);
}

/** Whether bytes start like gzip (1f 8b). */
export const isGzip = (b: Uint8Array) => b.length > 2 && b[0] === 0x1f && b[1] === 0x8b;

type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/**
 * `fetchFn` with Pagefind's gzip files (under `pagefindBase`) inflated natively. Anything else,
 * a failed response, or bytes that are not gzip pass through unchanged; without
 * DecompressionStream (old browsers) `fetchFn` itself is returned.
 */
export function withNativeGunzip(fetchFn: Fetch, pagefindBase: URL, here: string): Fetch {
  if (typeof DecompressionStream === 'undefined') return fetchFn;
  return async (input, init) => {
    const res = await fetchFn(input, init);
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url, here);
    if (!res.ok || !isPagefindFile(url, pagefindBase)) return res;
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (!isGzip(bytes)) return new Response(bytes, { status: res.status, headers: res.headers });
    const inflated = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
    return new Response(inflated, { status: res.status, headers: res.headers });
  };
}
