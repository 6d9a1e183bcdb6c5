/**
 * Figure data to Mermaid flowchart source, laid out with ELK (built into
 * mermaid 12). The same data feeds our SVG renderer; the .mmd is offered as a
 * download and checked against golden files.
 */
import type { Figure, FigureNode } from '../schema/figure.ts';
import { describe, ROLE_LABEL } from './text-alt.ts';

const esc = (s: string) => s.replace(/"/g, '#quot;').replace(/[\r\n]+/g, ' ');
/** Mermaid node id: prefixed (no clash with keywords such as "end") and without "-" (part of link syntax). */
const mid = (id: string) => `n_${id.replace(/-/g, '_')}`;

function shape(n: FigureNode): string {
  const roles = n.roles.map((r) => ROLE_LABEL[r]);
  const parts = [esc(n.label), n.sub ? esc(n.sub) : '', ...roles.map((r) => `«${r}»`)].filter(Boolean);
  const label = `"${parts.join('<br/>')}"`;
  const id = mid(n.id);
  switch (n.shape) {
    case 'keputusan':
      return `${id}{${label}}`;
    case 'dokumen':
      return `${id}@{ shape: doc, label: ${label} }`;
    case 'mulai':
    case 'selesai':
      return `${id}([${label}])`;
    case 'kelompok':
      return `${id}[[${label}]]`;
    case 'konsep':
      return `${id}(${label})`;
    default:
      return `${id}[${label}]`;
  }
}

const ARROW: Record<string, string> = {
  struktur: '---',
  kedudukan: '---',
  kinerja: '-->',
  penugasan: '-.->',
  alur: '-->',
  tembusan: '-.->',
  kembali: '-.->',
  pantau: '-.-',
};

export function toMermaid(fig: Figure): string {
  const out: string[] = [];
  const lanes = fig.kind === 'swimlane';
  if (lanes) {
    // Swimlanes: Mermaid's own layout (dagre) keeps subgraphs in the order
    // an invisible chain gives them; ELK does not. Lanes are stacked as rows.
    out.push(
      '%% Sumber Mermaid gambar lajur (swimlane): setiap lajur (aktor) adalah satu subgraph,',
      '%% disusun dari atas ke bawah sesuai urutan lajur; langkah di dalamnya dari kiri ke kanan.',
      '%% Mermaid menata sendiri letak langkah dan garis; gambar dengan tata letak tetap ada di berkas SVG/PNG.',
    );
  } else out.push('---', 'config:', '  layout: elk', '---');
  out.push(`flowchart ${lanes ? 'TB' : fig.direction}`);
  out.push(`  accTitle: ${esc(fig.title)}`);
  out.push(`  accDescr: ${esc(describe(fig))}`);
  const byLane = new Map<string, FigureNode[]>();
  const free: FigureNode[] = [];
  for (const n of fig.nodes) {
    if (fig.kind === 'swimlane' && n.lane) {
      const l = byLane.get(n.lane) ?? [];
      l.push(n);
      byLane.set(n.lane, l);
    } else free.push(n);
  }
  for (const lane of fig.lanes ?? []) {
    const nodes = byLane.get(lane.id);
    if (!nodes?.length) continue;
    out.push(`  subgraph lane_${lane.id.replace(/-/g, '_')}["${esc(lane.label)}"]`);
    out.push('    direction LR');
    for (const n of nodes) out.push(`    ${shape(n)}`);
    out.push('  end');
  }
  for (const n of free) out.push(`  ${shape(n)}`);
  if (lanes) {
    const used = (fig.lanes ?? []).filter((l) => byLane.get(l.id)?.length).map((l) => `lane_${l.id.replace(/-/g, '_')}`);
    for (let i = 1; i < used.length; i++) out.push(`  ${used[i - 1]} ~~~ ${used[i]}`);
  }
  for (const e of fig.edges) {
    const arrow = ARROW[e.kind] ?? '-->';
    out.push(e.label ? `  ${mid(e.from)} ${arrow}|"${esc(e.label)}"| ${mid(e.to)}` : `  ${mid(e.from)} ${arrow} ${mid(e.to)}`);
  }
  const classes: [string, string[]][] = [
    ['ppk', fig.nodes.filter((n) => n.roles.includes('ppk')).map((n) => n.id)],
    ['puo', fig.nodes.filter((n) => n.roles.includes('puo') && !n.roles.includes('ppk')).map((n) => n.id)],
    ['kelompok', fig.nodes.filter((n) => n.shape === 'kelompok').map((n) => n.id)],
  ];
  out.push('  classDef ppk stroke:#0b4f6c,stroke-width:3px');
  out.push('  classDef puo stroke:#0b4f6c,stroke-width:2px,stroke-dasharray:6 3');
  out.push('  classDef kelompok fill:#eef3f6');
  for (const [cls, ids] of classes) if (ids.length) out.push(`  class ${ids.map(mid).join(',')} ${cls}`);
  return `${out.join('\n')}\n`;
}
