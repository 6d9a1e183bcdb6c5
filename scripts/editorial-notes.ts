/** Writes docs/editorial-notes.md: every flagged contradiction and slip, by regulation (see src/lib/note-report.ts). */
import { writeFileSync } from 'node:fs';
import { loadRegulations } from '../src/lib/load.ts';
import { editorialReport } from '../src/lib/note-report.ts';

const order = ['pati', 'bengkayang', 'probolinggo', 'batang', 'klaten'];
const rank = (slug: string) => (order.includes(slug) ? order.indexOf(slug) : order.length);
const regs = loadRegulations().sort((a, b) => rank(a.slug) - rank(b.slug) || a.slug.localeCompare(b.slug));
writeFileSync('docs/editorial-notes.md', editorialReport(regs));
console.log('docs/editorial-notes.md ditulis');
