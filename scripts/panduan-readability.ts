/**
 * Readability of each guide's own words (quotes and components left out):
 * words, sentences, average sentence length, minutes to read.
 *   npm run panduan:readability
 */
import { readGuides } from '../src/lib/panduan/load.ts';
import { readability } from '../src/lib/panduan/readability.ts';

const rows = readGuides().map((g) => ({ file: g.file.replace(/^.*\//, ''), ...readability(g.text) }));
console.log('| panduan | kata | kalimat | rata-rata kata per kalimat | menit baca |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.file} | ${r.words} | ${r.sentences} | ${r.avgSentence} | ${r.minutes} |`);
