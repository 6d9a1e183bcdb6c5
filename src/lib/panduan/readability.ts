/**
 * Readability of a guide's own words (quotes of the law and components are
 * left out): words, sentences, average sentence length and reading time at
 * 180 words a minute (a modest pace for reading Indonesian on a phone).
 */
export interface Readability {
  words: number;
  sentences: number;
  avgSentence: number;
  minutes: number;
}

export function ownWords(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<(Kutipan|Gambar|Perbandingan|CekPenilai)\b[^>]*\/>/g, ' ')
    .replace(/<CekPenilai\b[^>]*>[\s\S]*?<\/CekPenilai>/g, ' ')
    .replace(/<Pasal\b[^>]*\/>/g, 'Pasal')
    .replace(/^#+ .*$/gm, ' ')
    .replace(/^import .*$/gm, ' ')
    .replace(/[*_`>]/g, ' ');
}

export function readability(mdx: string): Readability {
  const text = ownWords(mdx);
  const words = (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’/-]*/gu) ?? []).length;
  const sentences = text.split(/(?<=[.!?])\s+|\n\s*\n|\n\s*[-*] /).filter((s) => /[\p{L}]/u.test(s)).length;
  return {
    words,
    sentences,
    avgSentence: sentences ? Math.round((words / sentences) * 10) / 10 : 0,
    minutes: Math.round((words / 180) * 10) / 10,
  };
}
