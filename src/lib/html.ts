/**
 * HTML built in TypeScript, escaped by default: the `html` tagged template
 * escapes every interpolated value unless it is itself the result of `html`
 * (or was explicitly marked with `raw`, which only this module's callers with
 * markup they wrote themselves should use). Arrays are joined, and null,
 * undefined and false render as nothing, so conditionals read naturally:
 *
 *   html`<p>${name}</p>${cond && html`<p>${other}</p>`}${items.map((i) => html`<li>${i}</li>`)}`
 *
 * Browser-safe and dependency-free (the checker bundle must stay small).
 */

/** A piece of markup that is already safe to insert. */
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c]!);

/** Marks markup written by us as safe. Never pass text that came from data or the URL. */
export const raw = (s: string): Html => new Html(s);

export type Isi = Html | string | number | null | undefined | false | readonly Isi[];

function tulis(v: Isi): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return (v as readonly Isi[]).map(tulis).join('');
  return escapeHtml(String(v));
}

/** The tagged template: literal parts are kept, every value is escaped unless it is Html. */
export function html(strings: TemplateStringsArray, ...values: Isi[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += tulis(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Joins pieces with a separator (escaped like any value). */
export function gabungHtml(parts: readonly Isi[], sep: Isi = ''): Html {
  return new Html(parts.map(tulis).join(tulis(sep)));
}
