/**
 * The highlighting rules of the comparison pages, generated for the
 * regulations pre-built into the pages (the default selection, at most five):
 * hide the columns the reader unticked, and for the chosen pair (A, B) mark
 * the words of A that B lacks and the words of B that A lacks, and show the
 * matching word counts. Pure CSS, so it works without script; the rules grow
 * with the square of the default selection, never with the number of
 * regulations. Pairs outside it are highlighted by src/scripts/compare.ts.
 */
import type { APIRoute } from 'astro';
import { loadRegulations } from '../../lib/load.ts';
import { defaultChoice } from '../../lib/compare/selection.ts';

export function highlightCss(slugs: string[]): string {
  const out: string[] = ['/* Dibuat dari pilihan bawaan; lihat src/pages/perbandingan/sorotan.css.ts */'];
  for (const s of slugs) {
    out.push(`.cmp:has(#tampil-${s}:not(:checked)) [data-reg="${s}"] { display: none; }`);
  }
  const pair = (a: string, b: string) => `.cmp:has(#beda-a option[value="${a}"]:checked):has(#beda-b option[value="${b}"]:checked)`;
  const marks: string[] = [];
  const counts: string[] = [];
  for (const a of slugs) {
    for (const b of slugs) {
      if (a === b) continue;
      marks.push(`${pair(a, b)} .cell[data-reg="${a}"] .d[data-no~="${b}"]`, `${pair(a, b)} .cell[data-reg="${b}"] .d[data-no~="${a}"]`);
      counts.push(
        `${pair(a, b)} .cell[data-reg="${a}"] .beda-n[data-vs="${b}"]`,
        `${pair(a, b)} .cell[data-reg="${b}"] .beda-n[data-vs="${a}"]`,
      );
    }
  }
  if (marks.length) {
    out.push(
      `${marks.join(',\n')} {\n  background: var(--beda-bg, #fff0a0);\n  text-decoration: underline wavy var(--beda-line, #6b4700);\n  text-decoration-thickness: 1.5px;\n  text-underline-offset: .2em;\n}`,
    );
    out.push(`${counts.join(',\n')} { display: block; }`);
  }
  return out.join('\n') + '\n';
}

export const GET: APIRoute = () =>
  new Response(highlightCss(defaultChoice(loadRegulations().map((r) => r.slug))), {
    headers: { 'content-type': 'text/css; charset=utf-8' },
  });
