/**
 * Response headers for static hosts, read from the three files we ship:
 * public/_headers (Netlify, Cloudflare Pages), vercel.json, and the nginx
 * snippet docs/hosting/nginx.conf. The gate checks that the three give the
 * same headers for the same paths, and that the Content-Security-Policy is
 * the one of the <meta> in every page (plus header-only directives).
 */
export type Headers = Map<string, string>; // lower-case name -> value

export interface HeaderRule {
  pattern: RegExp;
  source: string;
  headers: [string, string][];
}

/** Netlify/Cloudflare `_headers`: a path pattern line, then indented "Name: value" lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    if (/^\s*(#|$)/.test(raw)) continue;
    if (!/^\s/.test(raw)) {
      const source = raw.trim();
      // "*" is a splat (any characters), ":name" one path segment.
      const re = source
        .split(/(\*|:[a-z]\w*)/i)
        .map((p) => (p === '*' ? '.*' : p.startsWith(':') ? '[^/]+' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
      rules.push({ pattern: new RegExp(`^${re}$`), source, headers: [] });
      continue;
    }
    const m = /^\s+([^:\s]+):\s*(.*?)\s*$/.exec(raw);
    if (!m || !rules.length) throw new Error(`_headers: baris tidak dapat dibaca: ${raw}`);
    rules.at(-1)!.headers.push([m[1]!, m[2]!]);
  }
  return rules;
}

/** vercel.json `headers`: `source` is a path-to-regexp pattern; we accept the "/(.*)" forms we use. */
export function parseVercel(json: string): HeaderRule[] {
  const cfg = JSON.parse(json) as { headers?: { source: string; headers: { key: string; value: string }[] }[] };
  return (cfg.headers ?? []).map((h) => {
    if (!/^[\w/.\-]*(\(\.\*\))?$/.test(h.source)) throw new Error(`vercel.json: pola "${h.source}" belum didukung pemeriksa`);
    const re = h.source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\\(\\.\\*\\)', '(.*)');
    return { pattern: new RegExp(`^${re}$`), source: h.source, headers: h.headers.map((x) => [x.key, x.value] as [string, string]) };
  });
}

/** Headers for `path`: every matching rule applies, later ones win (as on Netlify, Cloudflare and Vercel). */
export function headersFor(rules: HeaderRule[], path: string): Headers {
  const out: Headers = new Map();
  for (const r of rules) if (r.pattern.test(path)) for (const [k, v] of r.headers) out.set(k.toLowerCase(), v);
  return out;
}

/**
 * nginx: `location <prefix> { add_header Name "value" always; ... }` inside one
 * server block. The longest matching prefix location applies; a location with
 * add_header lines does not inherit the server's (nginx's rule).
 */
export function nginxHeadersFor(conf: string, path: string): Headers {
  const noComments = conf.replace(/#[^\n]*/g, '');
  const locations: { prefix: string; body: string }[] = [];
  const re = /location\s+(?:=\s*)?(\S+)\s*\{([^}]*)\}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(noComments))) locations.push({ prefix: m[1]!, body: m[2]! });
  const serverLevel = noComments.replace(re, '');
  const parse = (body: string): Headers => {
    const h: Headers = new Map();
    for (const a of body.matchAll(/add_header\s+(\S+)\s+(?:"([^"]*)"|'([^']*)'|(\S+?))(?:\s+always)?\s*;/g))
      h.set(a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '');
    return h;
  };
  const best = locations.filter((l) => path.startsWith(l.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
  const own = best ? parse(best.body) : new Map<string, string>();
  return own.size ? own : parse(serverLevel);
}

/** A CSP as directive -> sources (sorted, lower-case keywords kept as written). */
export function parseCsp(csp: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources.sort());
  }
  return out;
}

/** Directives a browser honours only in a response header, not in <meta>. */
export const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** What is wrong with a policy for this site (empty when none). */
export function cspProblems(csp: string): string[] {
  const p = parseCsp(csp);
  const problems: string[] = [];
  const scripts = p.get('script-src') ?? p.get('default-src');
  if (!scripts) problems.push('tidak ada script-src atau default-src');
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
    if (scripts?.includes(bad)) problems.push(`script-src mengizinkan ${bad}`);
  }
  if (!p.has('default-src')) problems.push('tidak ada default-src');
  if (p.get('object-src')?.join(' ') !== "'none'") problems.push("object-src harus 'none'");
  if (!p.has('base-uri')) problems.push('tidak ada base-uri');
  return problems;
}

/** Differences between the meta policy and the header policy, ignoring header-only directives. */
export function cspDiff(meta: string, header: string): string[] {
  const a = parseCsp(meta);
  const b = parseCsp(header);
  const diffs: string[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    if (HEADER_ONLY_DIRECTIVES.has(k)) continue;
    const x = a.get(k)?.join(' ');
    const y = b.get(k)?.join(' ');
    if (x !== y) diffs.push(`${k}: <meta> "${x ?? '(tidak ada)'}", header "${y ?? '(tidak ada)'}"`);
  }
  return diffs;
}
