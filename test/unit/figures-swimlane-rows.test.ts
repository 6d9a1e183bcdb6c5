/**
 * The swimlane layout in rows (direction LR: one row per actor, steps left to
 * right), which no figure of the site uses yet but the schema allows: it places
 * each step in its actor's row, keeps steps of one row apart, and draws a step
 * after the steps it follows from.
 */
import { describe, expect, it } from 'vitest';
import { Figure } from '../../src/lib/schema/figure.ts';
import { layoutFigure } from '../../src/lib/figures/layout.ts';
import { loadCatalogue } from '../../src/lib/figures/load.ts';
import { loadRegulations } from '../../src/lib/load.ts';

const cat = loadCatalogue(loadRegulations());
const swimlanes = [...cat.figures.values()].filter((f) => f.kind === 'swimlane');

describe('swimlane in rows (LR)', () => {
  it('there are swimlane figures to lay out in rows', () => {
    expect(swimlanes.length).toBeGreaterThan(0);
  });

  it('puts every step inside its actor row, rows stacked, forward steps to the right, no two steps overlapping', async () => {
    for (const f of swimlanes) {
      const lr = Figure.parse({ ...f, direction: 'LR' });
      const l = await layoutFigure(lr);
      expect(
        l.lanes.map((b) => b.id),
        f.id,
      ).toEqual((f.lanes ?? []).map((x) => x.id));
      for (const b of l.lanes) expect(b.vertical, `${f.id} ${b.id}`).toBeFalsy();
      for (let i = 1; i < l.lanes.length; i++) expect(l.lanes[i]!.y).toBeGreaterThanOrEqual(l.lanes[i - 1]!.y + l.lanes[i - 1]!.h);
      const band = new Map(l.lanes.map((b) => [b.id, b]));
      for (const n of l.nodes) {
        const b = band.get(n.node.lane!)!;
        expect(n.y, `${f.id} ${n.node.id}`).toBeGreaterThanOrEqual(b.y);
        expect(n.y + n.h, `${f.id} ${n.node.id}`).toBeLessThanOrEqual(b.y + b.h);
        expect(n.x + n.w, `${f.id} ${n.node.id}`).toBeLessThanOrEqual(l.width);
      }
      const at = new Map(l.nodes.map((n) => [n.node.id, n]));
      for (const e of f.edges.filter((x) => x.kind !== 'kembali')) {
        const a = at.get(e.from)!;
        const b = at.get(e.to)!;
        if (a.node.phase === b.node.phase) expect(b.x, `${f.id} ${e.from} -> ${e.to}`).toBeGreaterThan(a.x);
      }
      for (const a of l.nodes) {
        for (const b of l.nodes) {
          if (a === b) continue;
          const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
          expect(overlap, `${f.id}: ${a.node.id} dan ${b.node.id} bertumpuk`).toBe(false);
        }
      }
      expect(l.edges).toHaveLength(f.edges.length);
    }
  });
});
