/**
 * Static CSP check of the built HTML: the policy allows no inline code, so a
 * page must have no inline <script> (JSON data blocks are fine: they do not
 * run), no <style> element, no style="" attribute, no on*="" handler, and one
 * Content-Security-Policy <meta>. The browser crawl catches the same at run
 * time; this names the file and line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineOf, scanTags } from './html-scan.ts';
import { htmlPages } from './site.ts';

export interface InlineProblem {
  page: string;
  line: number;
  message: string;
}

const DATA_SCRIPT = /^(application\/(ld\+)?json|text\/plain|text\/template)$/i;

export function inlineCodeProblems(dir: string): { problems: InlineProblem[]; policies: Map<string, string[]> } {
  const problems: InlineProblem[] = [];
  const policies = new Map<string, string[]>(); // policy -> pages
  for (const { file, path } of htmlPages(dir)) {
    const html = readFileSync(join(dir, file), 'utf8');
    const add = (offset: number, message: string) => problems.push({ page: path, line: lineOf(html, offset), message });
    const metas: string[] = [];
    for (const t of scanTags(html)) {
      if (t.name === 'script' && !t.attrs.src && !DATA_SCRIPT.test(t.attrs.type ?? '') && (t.body ?? '').trim())
        add(t.offset, `<script> sebaris (${(t.body ?? '').trim().slice(0, 60)}…) diblokir CSP script-src 'self'`);
      if (t.name === 'script' && t.attrs.type === 'importmap') add(t.offset, 'importmap sebaris diblokir CSP');
      if (t.name === 'style') add(t.offset, "<style> sebaris diblokir CSP style-src 'self': pindahkan ke berkas CSS");
      if ('style' in t.attrs)
        add(t.offset, `atribut style="${t.attrs.style!.slice(0, 40)}" pada <${t.name}> diblokir CSP style-src 'self'`);
      for (const a of Object.keys(t.attrs))
        if (/^on[a-z]+$/.test(a)) add(t.offset, `penangan ${a}="" pada <${t.name}> diblokir CSP script-src 'self'`);
      if (t.name === 'meta' && t.attrs['http-equiv']?.toLowerCase() === 'content-security-policy') metas.push(t.attrs.content ?? '');
    }
    if (metas.length !== 1)
      problems.push({
        page: path,
        line: 1,
        message: `harus ada tepat satu <meta http-equiv="Content-Security-Policy">, ada ${metas.length}`,
      });
    for (const m of metas) policies.set(m, [...(policies.get(m) ?? []), path]);
  }
  return { problems, policies };
}
