/**
 * The text equivalent of a figure: everything the picture shows, as a nested
 * list (org charts: who sits under whom, with roles) or as ordered steps by
 * phase and actor (flows and swimlanes). Pages render it next to the SVG.
 */
import type { Figure, FigureNode, Role } from '../schema/figure.ts';

export const ROLE_LABEL: Record<Role, string> = {
  ppk: 'Pejabat Penilai Kinerja',
  puo: 'Pimpinan Unit Organisasi',
  pemilik: 'Pemilik Kinerja',
  ketua: 'Ketua Tim',
};

export interface TreeItem {
  node: FigureNode;
  /** How this node hangs from its parent: "struktur", "kedudukan", ... */
  via?: string | undefined;
  children: TreeItem[];
}

export interface StepItem {
  node: FigureNode;
  /** Labels of the nodes this step leads to, with edge labels ("Ya", "Tidak"). */
  next: { label: string; edge?: string | undefined; kind: string }[];
}

export type TextAlt =
  | { type: 'tree'; roots: TreeItem[]; extra: { from: string; to: string; kind: string; label?: string | undefined }[] }
  | { type: 'steps'; groups: { phase?: string | undefined; steps: StepItem[] }[] };

const HIERARCHY = new Set(['struktur', 'kedudukan']);

export function nodeText(n: FigureNode): string {
  const roles = n.roles.map((r) => ROLE_LABEL[r]);
  return `${n.label}${n.sub ? ` (${n.sub})` : ''}${roles.length ? ` — ${roles.join(', ')}` : ''}`;
}

export function textAlternative(fig: Figure): TextAlt {
  const byId = new Map(fig.nodes.map((n) => [n.id, n]));
  if (fig.kind === 'orgchart' || fig.kind === 'assignment') {
    const children = new Map<string, { id: string; via: string }[]>();
    const hasParent = new Set<string>();
    for (const e of fig.edges) {
      if (!HIERARCHY.has(e.kind)) continue;
      const list = children.get(e.from) ?? [];
      list.push({ id: e.to, via: e.kind });
      children.set(e.from, list);
      hasParent.add(e.to);
    }
    const seen = new Set<string>();
    const build = (id: string, via?: string): TreeItem => {
      seen.add(id);
      const kids = (children.get(id) ?? []).filter((c) => !seen.has(c.id)).map((c) => build(c.id, c.via));
      return { node: byId.get(id)!, via, children: kids };
    };
    const roots = fig.nodes.filter((n) => !hasParent.has(n.id)).map((n) => build(n.id));
    const extra = fig.edges
      .filter((e) => !HIERARCHY.has(e.kind))
      .map((e) => ({ from: byId.get(e.from)!.label, to: byId.get(e.to)!.label, kind: e.kind, label: e.label }));
    return { type: 'tree', roots, extra };
  }
  const order = orderedSteps(fig);
  const phaseLabel = new Map((fig.phases ?? []).map((p) => [p.id, p.label]));
  const groups: { phase?: string | undefined; steps: StepItem[] }[] = [];
  for (const n of order) {
    const phase = n.phase ? phaseLabel.get(n.phase) : undefined;
    let g = groups[groups.length - 1];
    if (!g || g.phase !== phase) {
      g = { phase, steps: [] };
      groups.push(g);
    }
    const next = fig.edges.filter((e) => e.from === n.id).map((e) => ({ label: byId.get(e.to)!.label, edge: e.label, kind: e.kind }));
    g.steps.push({ node: n, next });
  }
  return { type: 'steps', groups };
}

/** Steps in reading order: by phase order, then `step`, then data order. */
export function orderedSteps(fig: Figure): FigureNode[] {
  const phaseIdx = new Map((fig.phases ?? []).map((p, i) => [p.id, i]));
  return fig.nodes
    .map((n, i) => ({ n, i }))
    .sort(
      (a, b) =>
        (phaseIdx.get(a.n.phase ?? '') ?? -1) - (phaseIdx.get(b.n.phase ?? '') ?? -1) || (a.n.step ?? 0) - (b.n.step ?? 0) || a.i - b.i,
    )
    .map((x) => x.n);
}

/** One-paragraph description for accDescr / <desc>. */
export function describe(fig: Figure): string {
  const alt = textAlternative(fig);
  if (alt.type === 'tree') {
    const parts: string[] = [];
    const walk = (items: TreeItem[], parent?: string) => {
      for (const it of items) {
        parts.push(parent ? `${nodeText(it.node)} di bawah ${parent}` : nodeText(it.node));
        walk(it.children, it.node.label);
      }
    };
    walk(alt.roots);
    return `${fig.summary} ${parts.join('; ')}.`;
  }
  const steps = alt.groups.flatMap((g) => g.steps.map((s) => s.node.label));
  return `${fig.summary} Langkah: ${steps.join('; ')}.`;
}
