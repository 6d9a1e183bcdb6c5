/**
 * The site's Content-Security-Policy, in one place. Every page carries its
 * policy in a <meta> (src/layouts/Base.astro); the static hosts' headers
 * (public/_headers, vercel.json, docs/hosting/nginx.conf) carry HEADER_POLICY.
 * A browser enforces both, so a page gets the stricter of the two.
 *
 * Scripts only from the site, never inline. WebAssembly ('wasm-unsafe-eval')
 * only where Pagefind runs (PAGEFIND_PAGES): the header allows it everywhere,
 * because the hosts merge overlapping header rules instead of choosing one,
 * and the <meta> of every other page takes it away again.
 */

/** The pages that load Pagefind's WebAssembly (the search page). */
export const PAGEFIND_PAGES: readonly string[] = ['/cari/'];

const policy = (wasm: boolean) =>
  [
    "default-src 'self'",
    `script-src 'self'${wasm ? " 'wasm-unsafe-eval'" : ''}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');

/** Whether the page at this URL path (base path excluded) runs Pagefind. */
export const runsPagefind = (path: string): boolean => PAGEFIND_PAGES.includes(path.endsWith('/') ? path : `${path}/`);

/** The <meta> policy of the page at this URL path. */
export const pagePolicy = (path: string): string => policy(runsPagefind(path));

/** The response-header policy for every path: the widest page policy plus what works only in a header. */
export const HEADER_POLICY = `${policy(true)}; frame-ancestors 'none'`;
