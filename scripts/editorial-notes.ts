/** Writes docs/editorial-notes.md: every flagged contradiction and slip, by regulation (see src/lib/note-report.ts). */
import { writeFileSync } from 'node:fs';
import { loadRegulations } from '../src/lib/load.ts';
import { editorialReport } from '../src/lib/note-report.ts';

// In the site's own order (by date of enactment), so a new regulation needs no change here.
writeFileSync('docs/editorial-notes.md', editorialReport(loadRegulations()));
console.log('docs/editorial-notes.md ditulis');
