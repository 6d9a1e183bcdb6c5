/**
 * The list of flagged defects, by regulation, as Markdown: every internal
 * contradiction (pertentangan), every numbering or cross-reference slip
 * (penomoran) and every other slip of the printed text (salah-cetak), each with
 * the provisions involved and one line of reason; extraction repairs are
 * counted. docs/editorial-notes.md is generated from it (scripts/editorial-notes.ts).
 */
import type { EditorialNote, NoteKind, Regulation } from './schema/regulation.ts';
import { buildView } from './regulation-view.ts';
import { NOTE_KIND_LABEL } from './note-placement.ts';

/** A reason on one line. */
const oneLine = (s: string) => s.trim().replace(/\s+/g, ' ');

const LISTED: NoteKind[] = ['pertentangan', 'penomoran', 'salah-cetak'];

/** One finding: notes of the same kind with the same reason are one finding printed in several places. */
interface Finding {
  jenis: NoteKind;
  notes: EditorialNote[];
}

export function findings(reg: Regulation): Finding[] {
  const out: Finding[] = [];
  const byKey = new Map<string, Finding>();
  for (const n of reg.catatan) {
    if (!LISTED.includes(n.jenis)) continue;
    const key = `${n.jenis}\u0000${n.alasan}`;
    const f = byKey.get(key);
    if (f) f.notes.push(n);
    else {
      const nf = { jenis: n.jenis, notes: [n] };
      byKey.set(key, nf);
      out.push(nf);
    }
  }
  return out;
}

export function editorialReport(regs: Regulation[]): string {
  const lines: string[] = [
    '# Catatan editorial: pertentangan dan salah cetak per peraturan',
    '',
    'Dibuat otomatis dari `catatan` di `content/regulations/<slug>/peraturan.yaml` oleh `node scripts/editorial-notes.ts`; jangan disunting dengan tangan.',
    'Setiap butir: id ketentuan (dan id ketentuan lain yang terlibat), lalu alasannya. "(bacaan kami)" menandai temuan yang merupakan penafsiran kami.',
    'Teks peraturan tidak diubah; catatan tampil di samping setiap ketentuan yang terlibat dan di halaman `/<slug>/catatan/`.',
    '',
  ];
  const totals: Record<string, number> = {};
  for (const reg of regs) {
    const view = buildView(reg);
    const pin = (id: string) => `\`${id}\` (${view.pin(id)})`;
    const fs = findings(reg);
    lines.push(`## ${view.shortTitle} (\`${reg.slug}\`)`, '');
    for (const jenis of LISTED) {
      const list = fs.filter((f) => f.jenis === jenis);
      totals[jenis] = (totals[jenis] ?? 0) + list.length;
      lines.push(`### ${NOTE_KIND_LABEL[jenis]} (${list.length})`, '');
      if (!list.length) lines.push('Tidak ada.', '');
      for (const f of list) {
        const first = f.notes[0]!;
        const where = f.notes.map((n) => pin(n.target)).join(', ');
        const lihat = [...new Set(f.notes.flatMap((n) => n.lihat ?? []))];
        const rel = lihat.length ? ` ${jenis === 'pertentangan' ? '↔' : '→'} ${lihat.map(pin).join(', ')}` : '';
        lines.push(`- ${where}${rel}: ${oneLine(first.alasan)}${first.tafsiran ? ' (bacaan kami)' : ''}`);
      }
      lines.push('');
    }
    const art = reg.catatan.filter((n) => n.jenis === 'artefak').length;
    totals.artefak = (totals.artefak ?? 0) + art;
    lines.push(`Perbaikan ekstraksi (artefak): ${art} catatan, lihat halaman catatan peraturan ini.`, '');
  }
  lines.push(
    '## Jumlah',
    '',
    `- ${NOTE_KIND_LABEL.pertentangan}: ${totals.pertentangan} temuan`,
    `- ${NOTE_KIND_LABEL.penomoran}: ${totals.penomoran} temuan`,
    `- ${NOTE_KIND_LABEL['salah-cetak']}: ${totals['salah-cetak']} temuan`,
    `- ${NOTE_KIND_LABEL.artefak}: ${totals.artefak} catatan`,
    '',
  );
  return lines.join('\n');
}
