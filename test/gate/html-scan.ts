/**
 * A small scanner for the HTML Astro emits: start tags with their attributes
 * (entities decoded), skipping comments and the contents of script, style and
 * textarea. Enough for the link checker and the static CSP checks; whether the
 * HTML is valid is html-validate's job (html.ts).
 */

export interface Tag {
  name: string;
  attrs: Record<string, string>;
  /** Text between <script>/<style> and its end tag (inline code). */
  body?: string;
  /** Character offset in the file, for messages. */
  offset: number;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export const decodeEntities = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });

const ATTR = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const RAW = new Set(['script', 'style', 'textarea', 'title']);

export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const re =
    /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!doctype[^>]*>|<\/[^>]*>|<([a-zA-Z][^\s\/>]*)((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    if (!m[1]) continue;
    const name = m[1].toLowerCase();
    const attrs: Record<string, string> = {};
    let a: RegExpExecArray | null;
    ATTR.lastIndex = 0;
    while ((a = ATTR.exec(m[2] ?? ''))) {
      const key = a[1]!.toLowerCase();
      if (!(key in attrs)) attrs[key] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    }
    const tag: Tag = { name, attrs, offset: m.index };
    if (RAW.has(name) && !m[3]) {
      const end = html.toLowerCase().indexOf(`</${name}`, re.lastIndex);
      const stop = end < 0 ? html.length : end;
      tag.body = html.slice(re.lastIndex, stop);
      re.lastIndex = stop;
    }
    tags.push(tag);
  }
  return tags;
}

/** Line number (1-based) of a character offset, for messages. */
export const lineOf = (html: string, offset: number): number => html.slice(0, offset).split('\n').length;
