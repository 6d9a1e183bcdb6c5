/**
 * What "Salin kutipan" puts on the clipboard: the citation, the provision's
 * wording as shown, and its address. Pure, so the page script stays thin.
 */

/** The citation of a provision element: its own data-cite, or its pinpoint followed by the regulation's title. */
export function citationOf(pin: string, title: string, cite?: string | null): string {
  return cite && cite.trim() ? cite.trim() : `${pin} ${title}`.trim();
}

/** Lines of a provision's wording, whitespace collapsed, empty lines dropped. */
export function wordingOf(lines: readonly string[]): string {
  return lines
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** "Pasal 11 ayat (1) Peraturan ...\n“(1) Penunjukan ...”\nhttps://.../#pasal-11__ayat-1" */
export function clipboardText(citation: string, wording: string, url: string): string {
  return [citation, wording ? `“${wording}”` : '', url].filter(Boolean).join('\n');
}
