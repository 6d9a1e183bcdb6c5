/**
 * Positions for a figure: ELK's layered algorithm for org charts, assignment
 * structures and flows; a lane-by-phase grid for swimlanes. Output is plain
 * geometry for the SVG writer; the same input always gives the same output.
 */
import ELK, { type ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { Figure, FigureNode } from '../schema/figure.ts';
import { textWidth, wrap } from './measure.ts';
import { ROLE_LABEL, orderedSteps } from './text-alt.ts';

export const FONT = { label: 14, sub: 13, role: 13, lane: 14, edge: 13 };
const LINE = { label: 18, sub: 15, role: 15 };
const PAD = { x: 12, y: 10 };

export interface PlacedNode {
  node: FigureNode;
  x: number;
  y: number;
  w: number;
  h: number;
  lines: { text: string; size: number; bold: boolean; dy: number; role?: boolean }[];
}
export interface PlacedEdge {
  from: string;
  to: string;
  kind: string;
  points: { x: number; y: number }[];
  label?: { text: string; x: number; y: number; w: number; h: number } | undefined;
}
export interface Band {
  id: string;
  label: string;
  lines?: string[];
  x: number;
  y: number;
  w: number;
  h: number;
  vertical?: boolean;
}
export interface Layout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  lanes: Band[];
  phases: Band[];
  /** Swimlanes drawn as columns: height of the row of lane headers at the top. */
  headerH?: number;
}

/** Wraps a node's label, sub-label and role badges; returns its lines and box size. */
export function sizeNode(n: FigureNode, maxW: number): Pick<PlacedNode, 'w' | 'h' | 'lines'> {
  const inner = maxW - 2 * PAD.x;
  const lines: PlacedNode['lines'] = [];
  const bold = n.shape === 'jabatan' || n.shape === 'kelompok';
  // A node with an editorial note is marked "*"; the note stands under "Dasar setiap bagian gambar".
  for (const t of wrap(n.catatan ? `${n.label} *` : n.label, FONT.label, inner, bold))
    lines.push({ text: t, size: FONT.label, bold, dy: LINE.label });
  if (n.sub) for (const t of wrap(n.sub, FONT.sub, inner)) lines.push({ text: t, size: FONT.sub, bold: false, dy: LINE.sub });
  for (const r of n.roles)
    for (const t of wrap(`▸ ${ROLE_LABEL[r]}`, FONT.role, inner, true))
      lines.push({ text: t, size: FONT.role, bold: true, dy: LINE.role, role: true });
  const textW = Math.max(...lines.map((l) => textWidth(l.text, l.size, l.bold)));
  // 8% slack: browsers may draw the text with a slightly wider fallback font.
  let w = Math.ceil(Math.min(maxW, textW * 1.08 + 2 * PAD.x));
  let h = Math.ceil(lines.reduce((s, l) => s + l.dy, 0) + 2 * PAD.y);
  if (n.shape === 'keputusan') {
    w = Math.ceil(w * 1.45);
    h = Math.ceil(h * 1.6);
  }
  if (n.shape === 'dokumen') h += 8;
  if (n.shape === 'mulai' || n.shape === 'selesai') w += 16;
  return { w: Math.max(w, 60), h: Math.max(h, 36), lines };
}

const elk = new ELK();

export async function layoutFigure(fig: Figure): Promise<Layout> {
  return fig.kind === 'swimlane' ? layoutSwimlane(fig) : layoutLayered(fig);
}

async function layoutLayered(fig: Figure): Promise<Layout> {
  const maxW = fig.kind === 'flow' ? 190 : 210;
  const sized = new Map(fig.nodes.map((n) => [n.id, sizeNode(n, maxW)]));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': fig.direction === 'LR' ? 'RIGHT' : 'DOWN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.spacing.nodeNode': '28',
      'elk.layered.spacing.nodeNodeBetweenLayers': '44',
      'elk.layered.spacing.edgeNodeBetweenLayers': '20',
      'elk.spacing.edgeLabel': '4',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.layered.crossingMinimization.forceNodeModelOrder': 'false',
      'elk.padding': '[top=16,left=16,bottom=16,right=16]',
      'elk.randomSeed': '1',
    },
    children: fig.nodes.map((n) => ({ id: n.id, width: sized.get(n.id)!.w, height: sized.get(n.id)!.h })),
    edges: fig.edges.map((e, i) => ({
      id: `e${i}`,
      sources: [e.from],
      targets: [e.to],
      labels: e.label ? [{ text: e.label, width: Math.ceil(textWidth(e.label, FONT.edge) + 10), height: 18 }] : [],
    })),
  };
  const out = await elk.layout(graph);
  const pos = new Map((out.children ?? []).map((c) => [c.id, c]));
  const nodes: PlacedNode[] = fig.nodes.map((n) => {
    const c = pos.get(n.id)!;
    const s = sized.get(n.id)!;
    return { node: n, x: c.x ?? 0, y: c.y ?? 0, w: s.w, h: s.h, lines: s.lines };
  });
  const edges: PlacedEdge[] = (out.edges ?? []).map((e, i) => {
    const src = fig.edges[i]!;
    const sec = e.sections?.[0];
    const points = sec ? [sec.startPoint, ...(sec.bendPoints ?? []), sec.endPoint] : [];
    const l = e.labels?.[0];
    return {
      from: src.from,
      to: src.to,
      kind: src.kind,
      points,
      label: l && src.label ? { text: src.label, x: l.x ?? 0, y: l.y ?? 0, w: l.width ?? 0, h: l.height ?? 0 } : undefined,
    };
  });
  const placed = new Map(nodes.map((n) => [n.node.id, n]));
  for (const e of edges) {
    const a = placed.get(e.from),
      b = placed.get(e.to);
    if (a?.node.shape === 'keputusan' && e.points.length >= 2) e.points[0] = toDiamondOutline(a, e.points[0]!, e.points[1]!);
    if (b?.node.shape === 'keputusan' && e.points.length >= 2)
      e.points[e.points.length - 1] = toDiamondOutline(b, e.points[e.points.length - 1]!, e.points[e.points.length - 2]!);
  }
  return { width: Math.ceil(out.width ?? 0), height: Math.ceil(out.height ?? 0), nodes, edges, lanes: [], phases: [] };
}

/**
 * Moves the end `p` of an edge that touches a decision's bounding box onto the
 * diamond's outline, along the edge's first segment (towards `next`), so the
 * line starts at the diamond and not below or beside it.
 */
export function toDiamondOutline(
  n: Pick<PlacedNode, 'x' | 'y' | 'w' | 'h'>,
  p: { x: number; y: number },
  next: { x: number; y: number },
): { x: number; y: number } {
  const cx = n.x + n.w / 2,
    cy = n.y + n.h / 2,
    hw = n.w / 2,
    hh = n.h / 2;
  if (Math.abs(next.x - p.x) < 0.5) {
    // vertical segment: same x, y on the outline on the side the edge goes to
    const dx = Math.min(Math.abs(p.x - cx), hw);
    const dy = hh * (1 - dx / hw);
    return { x: p.x, y: next.y >= cy ? cy + dy : cy - dy };
  }
  if (Math.abs(next.y - p.y) < 0.5) {
    const dy = Math.min(Math.abs(p.y - cy), hh);
    const dx = hw * (1 - dy / hh);
    return { x: next.x >= cx ? cx + dx : cx - dx, y: p.y };
  }
  return p;
}

/** Swimlane: one row (LR) or one column (TB, the default: fits a phone) per actor; steps in order. */
function layoutSwimlane(fig: Figure): Layout {
  return fig.direction === 'LR' ? layoutSwimlaneRows(fig) : layoutSwimlaneColumns(fig);
}

/** Sequence position of every step: phases in order, a step after the steps it follows from. */
function sequence(fig: Figure): Map<string, number> {
  const order = orderedSteps(fig);
  const col = new Map<string, number>();
  const incoming = new Map<string, string[]>();
  for (const e of fig.edges) if (e.kind !== 'kembali' && e.kind !== 'pantau') incoming.set(e.to, [...(incoming.get(e.to) ?? []), e.from]);
  let phaseStart = 0;
  let lastPhase: string | undefined;
  let maxCol = -1;
  const laneOf = new Map(fig.nodes.map((n) => [n.id, n.lane]));
  for (const n of order) {
    if (n.phase !== lastPhase) {
      phaseStart = maxCol + 1;
      lastPhase = n.phase;
    }
    const preds = (incoming.get(n.id) ?? []).map((p) => col.get(p)).filter((c): c is number => c !== undefined);
    let c = Math.max(phaseStart, ...preds.map((p) => p + 1));
    while ([...col.entries()].some(([id, cc]) => cc === c && laneOf.get(id) === n.lane)) c++;
    col.set(n.id, c);
    maxCol = Math.max(maxCol, c);
  }
  return col;
}

function layoutSwimlaneColumns(fig: Figure): Layout {
  const lanes = fig.lanes ?? [];
  const phases = fig.phases ?? [];
  const phaseW = phases.length ? 34 : 0;
  const headerGap = 8;
  const sized = new Map(fig.nodes.map((n) => [n.id, sizeNode(n, 200)]));
  const colW = Math.max(200, ...[...sized.values()].map((s) => s.w + 40));
  const laneLines = new Map(lanes.map((l) => [l.id, wrap(l.label, FONT.lane, colW - 16, true)]));
  const headerH = Math.max(...[...laneLines.values()].map((ls) => ls.length)) * 17 + 14;
  const seq = sequence(fig);
  const rows = Math.max(...seq.values()) + 1;
  const rowH: number[] = Array.from(
    { length: rows },
    (_, r) => Math.max(40, ...fig.nodes.filter((n) => seq.get(n.id) === r).map((n) => sized.get(n.id)!.h)) + 36,
  );
  const rowY: number[] = [];
  let y = headerH + headerGap;
  for (const h of rowH) {
    rowY.push(y);
    y += h;
  }
  const bottom = y;
  const laneIdx = new Map(lanes.map((l, i) => [l.id, i]));
  const returns = fig.edges.filter((e) => e.kind === 'kembali' || (seq.get(e.to) ?? 0) < (seq.get(e.from) ?? 0));
  const gridRight = phaseW + lanes.length * colW;
  const returnLabelW = Math.max(0, ...returns.filter((e) => e.label).map((e) => textWidth(e.label!, FONT.edge) + 12));
  const width = gridRight + 16 + returns.length * 14 + returnLabelW;
  const height = bottom + 8;
  const nodes: PlacedNode[] = fig.nodes.map((n) => {
    const s = sized.get(n.id)!;
    const li = laneIdx.get(n.lane ?? '') ?? 0;
    const r = seq.get(n.id) ?? 0;
    return { node: n, w: s.w, h: s.h, lines: s.lines, x: phaseW + li * colW + (colW - s.w) / 2, y: rowY[r]! + (rowH[r]! - s.h) / 2 };
  });
  const at = new Map(nodes.map((p) => [p.node.id, p]));
  let track = 0;
  const edges: PlacedEdge[] = fig.edges.map((e) => {
    const a = at.get(e.from)!;
    const b = at.get(e.to)!;
    const ra = seq.get(e.from) ?? 0;
    const rb = seq.get(e.to) ?? 0;
    let points: { x: number; y: number }[];
    if (e.kind === 'kembali' || rb < ra) {
      const tx = gridRight + 10 + track++ * 14;
      points = [
        { x: a.x + a.w, y: a.y + a.h / 2 },
        { x: tx, y: a.y + a.h / 2 },
        { x: tx, y: b.y + b.h / 2 + 6 },
        { x: b.x + b.w, y: b.y + b.h / 2 + 6 },
      ];
    } else if (rb === ra) {
      const right = b.x > a.x;
      points = [
        { x: right ? a.x + a.w : a.x, y: a.y + a.h / 2 },
        { x: right ? b.x : b.x + b.w, y: b.y + b.h / 2 },
      ];
    } else {
      const my = rowY[rb]! - 6;
      points = [
        { x: a.x + a.w / 2, y: a.y + a.h },
        { x: a.x + a.w / 2, y: my },
        { x: b.x + b.w / 2, y: my },
        { x: b.x + b.w / 2, y: b.y },
      ];
    }
    const label = e.label ? labelOnLongestSegment(e.label, points) : undefined;
    return { from: e.from, to: e.to, kind: e.kind, points, label };
  });
  const laneBands: Band[] = lanes.map((l, i) => ({
    id: l.id,
    label: l.label,
    lines: laneLines.get(l.id)!,
    x: phaseW + i * colW,
    y: 0,
    w: colW,
    h: bottom,
    vertical: true,
  }));
  const phaseBands: Band[] = [];
  for (const p of phases) {
    const rs = fig.nodes.filter((n) => n.phase === p.id).map((n) => seq.get(n.id) ?? 0);
    if (!rs.length) continue;
    const r0 = Math.min(...rs);
    const r1 = Math.max(...rs);
    phaseBands.push({ id: p.id, label: p.label, x: 0, y: rowY[r0]!, w: gridRight, h: rowY[r1]! + rowH[r1]! - rowY[r0]!, vertical: true });
  }
  return { width: Math.ceil(width), height: Math.ceil(height), nodes, edges, lanes: laneBands, phases: phaseBands, headerH };
}

function layoutSwimlaneRows(fig: Figure): Layout {
  const lanes = fig.lanes ?? [];
  const phases = fig.phases ?? [];
  const laneW = 150;
  const gapY = 22;
  const headerH = 34;
  const sized = new Map(fig.nodes.map((n) => [n.id, sizeNode(n, 172)]));
  const colW = Math.max(200, ...[...sized.values()].map((s) => s.w + 28));
  const laneLines = new Map(lanes.map((l) => [l.id, wrap(l.label, FONT.lane, laneW - 18, true)]));
  // Column of each node: steps of a phase follow the previous phase; within a
  // phase, a step sits one column after the latest step it follows from.
  const order = orderedSteps(fig);
  const col = new Map<string, number>();
  const incoming = new Map<string, string[]>();
  for (const e of fig.edges) if (e.kind !== 'kembali' && e.kind !== 'pantau') incoming.set(e.to, [...(incoming.get(e.to) ?? []), e.from]);
  let phaseStart = 0;
  let lastPhase: string | undefined;
  let maxCol = -1;
  for (const n of order) {
    if (n.phase !== lastPhase) {
      phaseStart = maxCol + 1;
      lastPhase = n.phase;
    }
    const preds = (incoming.get(n.id) ?? []).map((p) => col.get(p)).filter((c): c is number => c !== undefined);
    let c = Math.max(phaseStart, ...preds.map((p) => p + 1));
    while ([...col.entries()].some(([id, cc]) => cc === c && fig.nodes.find((x) => x.id === id)!.lane === n.lane)) c++;
    col.set(n.id, c);
    maxCol = Math.max(maxCol, c);
  }
  const laneIdx = new Map(lanes.map((l, i) => [l.id, i]));
  const rowH = lanes.map(
    (l) =>
      Math.max(60, laneLines.get(l.id)!.length * 17 + 10, ...fig.nodes.filter((n) => n.lane === l.id).map((n) => sized.get(n.id)!.h)) +
      2 * gapY,
  );
  const rowY: number[] = [];
  let y = headerH;
  for (const h of rowH) {
    rowY.push(y);
    y += h;
  }
  const returns = fig.edges.filter((e) => e.kind === 'kembali' || (col.get(e.to) ?? 0) < (col.get(e.from) ?? 0));
  const bottom = y;
  const height = bottom + 14 + returns.length * 14 + 10;
  const width = laneW + (maxCol + 1) * colW + 10;
  const nodes: PlacedNode[] = fig.nodes.map((n) => {
    const s = sized.get(n.id)!;
    const li = laneIdx.get(n.lane ?? '') ?? 0;
    const c = col.get(n.id) ?? 0;
    return { node: n, w: s.w, h: s.h, lines: s.lines, x: laneW + c * colW + (colW - s.w) / 2, y: rowY[li]! + (rowH[li]! - s.h) / 2 };
  });
  const at = new Map(nodes.map((p) => [p.node.id, p]));
  let track = 0;
  const edges: PlacedEdge[] = fig.edges.map((e) => {
    const a = at.get(e.from)!;
    const b = at.get(e.to)!;
    const ca = col.get(e.from) ?? 0;
    const cb = col.get(e.to) ?? 0;
    let points: { x: number; y: number }[];
    if (e.kind === 'kembali' || cb < ca) {
      const ty = bottom + 14 + track++ * 14;
      points = [
        { x: a.x + a.w / 2, y: a.y + a.h },
        { x: a.x + a.w / 2, y: ty },
        { x: b.x + b.w / 2 + 6, y: ty },
        { x: b.x + b.w / 2 + 6, y: b.y + b.h },
      ];
    } else if (cb === ca) {
      const down = b.y > a.y;
      points = [
        { x: a.x + a.w / 2, y: down ? a.y + a.h : a.y },
        { x: b.x + b.w / 2, y: down ? b.y : b.y + b.h },
      ];
    } else {
      const mx = laneW + cb * colW - 10;
      points = [
        { x: a.x + a.w, y: a.y + a.h / 2 },
        { x: mx, y: a.y + a.h / 2 },
        { x: mx, y: b.y + b.h / 2 },
        { x: b.x, y: b.y + b.h / 2 },
      ];
    }
    const label = e.label ? labelOnLongestSegment(e.label, points) : undefined;
    return { from: e.from, to: e.to, kind: e.kind, points, label };
  });
  const laneBands: Band[] = lanes.map((l, i) => ({
    id: l.id,
    label: l.label,
    lines: laneLines.get(l.id)!,
    x: 0,
    y: rowY[i]!,
    w: width,
    h: rowH[i]!,
  }));
  const phaseBands: Band[] = [];
  for (const p of phases) {
    const cols = fig.nodes.filter((n) => n.phase === p.id).map((n) => col.get(n.id) ?? 0);
    if (!cols.length) continue;
    const c0 = Math.min(...cols);
    const c1 = Math.max(...cols);
    phaseBands.push({ id: p.id, label: p.label, x: laneW + c0 * colW, y: 0, w: (c1 - c0 + 1) * colW, h: bottom });
  }
  return { width: Math.ceil(width), height: Math.ceil(height), nodes, edges, lanes: laneBands, phases: phaseBands };
}

/** Places an edge label beside the middle of the edge's longest segment (right of a vertical one, above a horizontal one). */
export function labelOnLongestSegment(
  text: string,
  points: { x: number; y: number }[],
): { text: string; x: number; y: number; w: number; h: number } {
  const w = textWidth(text, FONT.edge) + 8;
  let best = 0;
  let len = -1;
  for (let i = 0; i + 1 < points.length; i++) {
    const l = Math.abs(points[i + 1]!.x - points[i]!.x) + Math.abs(points[i + 1]!.y - points[i]!.y);
    if (l > len) {
      len = l;
      best = i;
    }
  }
  const a = points[best]!;
  const b = points[best + 1]!;
  const vertical = Math.abs(b.x - a.x) < Math.abs(b.y - a.y);
  return vertical ? { text, x: a.x + 5, y: (a.y + b.y) / 2 - 9, w, h: 18 } : { text, x: (a.x + b.x) / 2 - w / 2, y: a.y - 20, w, h: 18 };
}
