import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Figure, type FigureInput } from '../../src/lib/schema/figure.ts';
import { checkFigure, checkMap, gambarMentions, loadCatalogue } from '../../src/lib/figures/load.ts';
import { toMermaid } from '../../src/lib/figures/mermaid.ts';
import { layoutFigure } from '../../src/lib/figures/layout.ts';
import { renderSvg } from '../../src/lib/figures/svg.ts';
import { textAlternative } from '../../src/lib/figures/text-alt.ts';
import { loadRegulations } from '../../src/lib/load.ts';
import { indexProvisions } from '../../src/lib/provisions.ts';

const regs = loadRegulations();
const cat = loadCatalogue(regs);
const provisionIds = new Map(regs.map((r) => [r.slug, new Set(indexProvisions(r).map((p) => p.id))]));
const fig = (input: FigureInput) => Figure.parse(input);
const cite = [{ reg: 'batang', id: 'lampiran__gambar-4' }];

describe('figure schema and checks (bad input)', () => {
  it('rejects a node without a citation, naming the path', () => {
    const r = Figure.safeParse({ id: 'x', kind: 'flow', title: 't', summary: 's', nodes: [{ id: 'a', label: 'A', cite: [] }] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['nodes', 0, 'cite']);
    expect(r.error!.issues[0]!.message).toMatch(/wajib mengutip/);
  });
  it('rejects a step naming an unknown actor (lane)', () => {
    const f = fig({ id: 'x', kind: 'swimlane', title: 't', summary: 's', lanes: [{ id: 'l1', label: 'L1' }], nodes: [{ id: 'a', label: 'A', lane: 'l9', cite }] });
    const p = checkFigure(f, 'diagrams/figures/x.yaml', provisionIds);
    expect(p).toContainEqual({ file: 'diagrams/figures/x.yaml', path: 'nodes[0].lane', message: 'aktor tidak dikenal "l9" (tidak ada di lanes)' });
  });
  it('rejects an edge to an unknown node and a citation that does not exist', () => {
    const f = fig({ id: 'x', kind: 'flow', title: 't', summary: 's', nodes: [{ id: 'a', label: 'A', cite: [{ reg: 'batang', id: 'pasal-99' }] }], edges: [{ from: 'a', to: 'b' }] });
    const p = checkFigure(f, 'f.yaml', provisionIds);
    expect(p.map((x) => x.path)).toEqual(['nodes[0].cite[0].id', 'edges[0].to']);
  });
  it('rejects a map entry pointing to a figure that does not exist', () => {
    const reg = regs.find((r) => r.slug === 'batang')!;
    const p = checkMap([{ nomor: '4', block: 'lampiran__gambar-4', figure: 'kanonik-99' }], reg, 'content/regulations/batang/gambar.yaml', cat.figures);
    expect(p.some((x) => x.path === 'gambar[0].figure' && /kanonik-99/.test(x.message))).toBe(true);
  });
  it('rejects a map whose block is not a figure block', () => {
    const reg = regs.find((r) => r.slug === 'batang')!;
    const p = checkMap([{ nomor: '4', block: 'lampiran__bab-ii__b__1__a', figure: 'kanonik-04' }], reg, 'm.yaml', cat.figures);
    expect(p.some((x) => x.path === 'gambar[0].block' && /bukan blok gambar/.test(x.message))).toBe(true);
  });
  it('reports a Gambar mentioned in the text but missing from the map', () => {
    const reg = regs.find((r) => r.slug === 'pati')!;
    const p = checkMap([], reg, 'm.yaml', cat.figures);
    expect(p.some((x) => /teks menyebut Gambar 18/.test(x.message))).toBe(true);
  });
});

describe('completeness', () => {
  for (const reg of regs) {
    it(`${reg.slug}: every "Gambar N" in the text resolves to a figure of that regulation`, () => {
      const entries = cat.maps.get(reg.slug);
      expect(entries, `content/regulations/${reg.slug}/gambar.yaml`).toBeDefined();
      const mapped = new Set(entries!.map((e) => e.nomor.replace(/-\d+$/, '')));
      const missing = gambarMentions(reg).filter((m) => !mapped.has(m.nomor));
      expect(missing).toEqual([]);
      for (const e of entries!) expect(cat.figures.has(e.figure), e.figure).toBe(true);
    });
  }
  it('has the 34 canonical figures', () => {
    const nums = [...cat.figures.values()].filter((f) => f.id.startsWith('kanonik-')).map((f) => f.nomor).sort((a, b) => a! - b!);
    expect(nums).toEqual(Array.from({ length: 34 }, (_, i) => i + 1));
  });
});

describe('Mermaid source (golden files)', () => {
  const update = process.env.UPDATE_GOLDEN === '1';
  for (const f of cat.figures.values()) {
    it(`${f.id} (${f.kind})`, () => {
      const path = join('test/golden/figures', `${f.id}.mmd`);
      const mmd = toMermaid(f);
      if (update || !existsSync(path)) {
        if (!update) throw new Error(`golden file ${path} missing: run with UPDATE_GOLDEN=1 and review it`);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, mmd);
      }
      expect(mmd).toBe(readFileSync(path, 'utf8'));
    });
  }
  it('covers every diagram kind', () => {
    const kinds = new Set([...cat.figures.values()].map((f) => f.kind));
    expect([...kinds].sort()).toEqual(['assignment', 'flow', 'orgchart', 'swimlane']);
  });
  it('escapes quotes and marks roles', () => {
    const f = fig({ id: 'x', kind: 'orgchart', title: 'T "q"', summary: 's', nodes: [{ id: 'a', label: 'Kepala "A"', shape: 'jabatan', roles: ['ppk'], cite }, { id: 'b', label: 'B', shape: 'kelompok', cite }], edges: [{ from: 'a', to: 'b', kind: 'kedudukan' }] });
    const m = toMermaid(f);
    expect(m).toContain('n_a["Kepala #quot;A#quot;<br/>«Pejabat Penilai Kinerja»"]');
    expect(m).toContain('n_b[["B"]]');
    expect(m).toContain('n_a --- n_b');
    expect(m).toContain('class n_a ppk');
    expect(m).toMatch(/^---\nconfig:\n {2}layout: elk\n---\nflowchart TB\n {2}accTitle: T #quot;q#quot;\n/);
  });
});

describe('layout and SVG', () => {
  for (const f of cat.figures.values()) {
    it(`${f.id}: boxes do not overlap, fit the canvas, and the output is stable`, async () => {
      const a = await layoutFigure(f);
      const b = await layoutFigure(f);
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      for (const n of a.nodes) {
        expect(n.x).toBeGreaterThanOrEqual(0);
        expect(n.y).toBeGreaterThanOrEqual(0);
        expect(n.x + n.w).toBeLessThanOrEqual(a.width + 0.5);
        expect(n.y + n.h).toBeLessThanOrEqual(a.height + 0.5);
      }
      for (let i = 0; i < a.nodes.length; i++) {
        for (let j = i + 1; j < a.nodes.length; j++) {
          const p = a.nodes[i]!;
          const q = a.nodes[j]!;
          const overlap = p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h;
          expect(overlap, `${p.node.id} / ${q.node.id}`).toBe(false);
        }
      }
      const svg = renderSvg(f, a, { prefix: 'p', title: f.title, desc: 'd' });
      expect(svg).toContain('<title id="p-title">');
      expect(svg).not.toMatch(/style=|<style/);
      const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      expect(ids.every((id) => id!.startsWith('p-'))).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
    });
  }
});

describe('text equivalent', () => {
  it('gives an org chart as a tree with roles', () => {
    const t = textAlternative(cat.figures.get('kanonik-04')!);
    expect(t.type).toBe('tree');
    if (t.type !== 'tree') return;
    expect(t.roots).toHaveLength(1);
    expect(t.roots[0]!.node.roles).toContain('ppk');
    expect(t.roots[0]!.children.length).toBeGreaterThan(0);
  });
  it('gives a swimlane as ordered steps grouped by phase', () => {
    const t = textAlternative(cat.figures.get('kanonik-03')!);
    expect(t.type).toBe('steps');
    if (t.type !== 'steps') return;
    expect(t.groups.map((g) => g.phase)).toEqual(['Tahapan Perencanaan', 'Tahapan Pelaksanaan', 'Tahapan Evaluasi']);
  });
});
