/**
 * Text measurement with the glyph metrics of DejaVu Sans (shipped as an npm
 * package), so diagram boxes fit their labels. Browsers draw the SVG text with
 * the font stack in `FONT_FAMILY`; boxes keep a margin for fonts a little wider.
 */
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);
const regularPath = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const boldPath = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

type Font = { unitsPerEm: number; layout(text: string): { advanceWidth: number } };
const fonts: { regular?: Font; bold?: Font } = {};
const load = (bold: boolean): Font => {
  const key = bold ? 'bold' : 'regular';
  fonts[key] ??= fontkit.openSync(bold ? boldPath : regularPath) as unknown as Font;
  return fonts[key]!;
};

export const FONT_FAMILY = "'DejaVu Sans', Verdana, 'Noto Sans', Arial, sans-serif";
export const FONT_FILES = { regular: regularPath, bold: boldPath };

const cache = new Map<string, number>();
/** Width in px of `text` at `size` px. */
export function textWidth(text: string, size: number, bold = false): number {
  const key = `${bold ? 'b' : 'r'}|${size}|${text}`;
  let w = cache.get(key);
  if (w === undefined) {
    const f = load(bold);
    w = (f.layout(text).advanceWidth / f.unitsPerEm) * size;
    cache.set(key, w);
  }
  return w;
}

/** Greedy word wrap to `max` px; a word longer than a line gets a line of its own. */
export function wrap(text: string, size: number, max: number, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    const next = cur ? `${cur} ${w}` : w;
    if (cur && textWidth(next, size, bold) > max) {
      lines.push(cur);
      cur = w;
    } else cur = next;
  }
  if (cur) lines.push(cur);
  return lines;
}
