import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Figure, type FigureInput } from '../../src/lib/schema/figure.ts';
import { checkFigure, checkMap, gambarMentions, loadCatalogue } from '../../src/lib/figures/load.ts';
import { toMermaid } from '../../src/lib/figures/mermaid.ts';
import { layoutFigure } from '../../src/lib/figures/layout.ts';
import { renderLaneHeader, renderSvg } from '../../src/lib/figures/svg.ts';
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
    const f = fig({
      id: 'x',
      kind: 'swimlane',
      title: 't',
      summary: 's',
      lanes: [{ id: 'l1', label: 'L1' }],
      nodes: [{ id: 'a', label: 'A', lane: 'l9', cite }],
    });
    const p = checkFigure(f, 'diagrams/figures/x.yaml', provisionIds);
    expect(p).toContainEqual({
      file: 'diagrams/figures/x.yaml',
      path: 'nodes[0].lane',
      message: 'aktor tidak dikenal "l9" (tidak ada di lanes)',
    });
  });
  it('rejects an edge to an unknown node and a citation that does not exist', () => {
    const f = fig({
      id: 'x',
      kind: 'flow',
      title: 't',
      summary: 's',
      nodes: [{ id: 'a', label: 'A', cite: [{ reg: 'batang', id: 'pasal-99' }] }],
      edges: [{ from: 'a', to: 'b' }],
    });
    const p = checkFigure(f, 'f.yaml', provisionIds);
    expect(p.map((x) => x.path)).toEqual(['nodes[0].cite[0].id', 'edges[0].to']);
  });
  it('rejects a map entry pointing to a figure that does not exist', () => {
    const reg = regs.find((r) => r.slug === 'batang')!;
    const p = checkMap(
      [{ nomor: '4', block: 'lampiran__gambar-4', figure: 'kanonik-99' }],
      reg,
      'content/regulations/batang/gambar.yaml',
      cat.figures,
    );
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
    const nums = [...cat.figures.values()]
      .filter((f) => f.id.startsWith('kanonik-'))
      .map((f) => f.nomor)
      .sort((a, b) => a! - b!);
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
    const f = fig({
      id: 'x',
      kind: 'orgchart',
      title: 'T "q"',
      summary: 's',
      nodes: [
        { id: 'a', label: 'Kepala "A"', shape: 'jabatan', roles: ['ppk'], cite },
        { id: 'b', label: 'B', shape: 'kelompok', cite },
      ],
      edges: [{ from: 'a', to: 'b', kind: 'kedudukan' }],
    });
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

describe('lane header strip for phones (issue 11)', () => {
  it('every swimlane drawn as columns gets a strip with each lane label, the figure width and its own header height; no other figure does', async () => {
    let strips = 0;
    for (const f of cat.figures.values()) {
      const l = await layoutFigure(f);
      const strip = renderLaneHeader(l);
      const columns = f.kind === 'swimlane' && l.lanes.some((b) => b.vertical);
      expect(strip !== undefined, f.id).toBe(columns);
      if (!strip) continue;
      strips++;
      expect(strip).toContain(`width="${l.width}" height="${l.headerH}"`);
      expect(strip).toContain('aria-hidden="true"');
      expect(strip).not.toMatch(/\sid=|style=/);
      // The strip covers exactly the figure's header row: the first row of steps starts below it.
      expect(Math.min(...l.nodes.map((n) => n.y))).toBeGreaterThan(l.headerH!);
      for (const lane of l.lanes)
        for (const t of lane.lines ?? [lane.label])
          expect(strip, `${f.id}: ${t}`).toContain(`>${t.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text>`);
    }
    expect(strips).toBeGreaterThan(0);
  });
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

describe('each regulation draws its figures from its own text (issue 11)', () => {
  it('every node of every regulation figure cites a provision of that regulation, or carries a note saying where it comes from', async () => {
    const { regulationFigures } = await import('../../src/lib/figures/catalogue.ts');
    let own = 0,
      noted = 0;
    for (const reg of regs) {
      for (const rf of regulationFigures(reg, cat)) {
        for (const n of rf.figure.nodes) {
          const ownCites = n.cite.filter((c) => c.reg === reg.slug);
          for (const c of ownCites)
            expect(provisionIds.get(reg.slug)!.has(c.id), `${reg.slug} Gambar ${rf.entry.nomor} ${n.id}: ${c.id}`).toBe(true);
          if (ownCites.length === n.cite.length) own++;
          else {
            expect(
              n.catatan,
              `${reg.slug} Gambar ${rf.entry.nomor} node ${n.id} cites ${n.cite.map((c) => c.reg).join(',')} without a note`,
            ).toBeTruthy();
            noted++;
          }
        }
      }
    }
    // Nearly everything is anchored in each regulation's own text; the rest is marked.
    expect(own).toBeGreaterThan(500);
    expect(noted).toBeLessThan(own / 20);
  });

  it('derives citations from the aligned text, and marks a node whose counterpart is missing', async () => {
    const { instantiate, indexTexts, foreignNote } = await import('../../src/lib/figures/instance.ts');
    const batang = regs.find((r) => r.slug === 'batang')!,
      pati = regs.find((r) => r.slug === 'pati')!;
    const k20 = cat.figures.get('kanonik-20')!;
    const ctx = {
      reg: pati,
      index: indexTexts(pati),
      sources: new Map([['batang', { reg: batang, index: indexTexts(batang), entries: cat.maps.get('batang')! }]]),
      short: (s: string) => s,
    };
    const entry = cat.maps.get('pati')!.find((e) => e.figure === 'kanonik-20')!;
    const inst = instantiate(k20, entry, ctx);
    expect(inst.id).toBe(`pati/gambar-${entry.nomor}`);
    for (const n of inst.nodes)
      expect(
        n.cite.every((c) => c.reg === 'pati'),
        n.id,
      ).toBe(true);
    // Each derived citation says (nearly) what the source paragraph says.
    const text = (reg: typeof pati, id: string) => JSON.stringify(reg.lampiran.flatMap((l) => l.blocks).find((b) => b.id === id));
    expect(text(pati, inst.nodes.find((n) => n.id === 'puo')!.cite[0]!.id)).toMatch(/langsung oleh Pimpinan Unit Organisasi/);
    // Placed far from its own figure (no anchor), nothing matches: the node keeps its source and says so.
    const lost = instantiate(k20, { nomor: '99', rujukan: 'pasal-1', figure: 'kanonik-20', catatan: 'x' }, ctx);
    const puo = lost.nodes.find((n) => n.id === 'puo')!;
    expect(puo.cite.every((c) => c.reg === 'batang')).toBe(true);
    expect(puo.catatan).toBe(foreignNote('pati', ['batang']));
    // A node the text lacks is left out, with its edges.
    const dropped = instantiate(k20, { ...entry, simpul: { tunjuk: { hapus: true, catatan: 'tidak ada' } } }, ctx);
    expect(dropped.nodes.map((n) => n.id)).not.toContain('tunjuk');
    expect(dropped.edges.some((e) => e.from === 'tunjuk' || e.to === 'tunjuk')).toBe(false);
  });

  it('rejects map overrides that name an unknown node, a provision of another text, or drop a node without a note', () => {
    const reg = regs.find((r) => r.slug === 'pati')!;
    const p = checkMap(
      [
        {
          nomor: '18',
          block: 'lampiran__gambar-18',
          figure: 'kanonik-20',
          simpul: { nope: { label: 'x' }, jf: { hapus: true }, puo: { cite: ['lampiran__bab-ii__b__2__a__1__p-1'] } },
        },
      ],
      reg,
      'content/regulations/pati/gambar.yaml',
      cat.figures,
    );
    expect(p.map((x) => `${x.path}: ${x.message}`)).toEqual(
      expect.arrayContaining([
        'gambar[0].simpul.nope: bagan kanonik-20 tidak punya simpul "nope"',
        'gambar[0].simpul.jf.catatan: simpul yang tidak digambar (hapus) wajib diberi catatan: mengapa teks ini tidak memuatnya',
        'gambar[0].simpul.puo.cite[0]: ketentuan "lampiran__bab-ii__b__2__a__1__p-1" tidak ada dalam peraturan pati',
      ]),
    );
  });

  it("Pati's mechanism figures refer to the Gambar numbers Pati prints, Batang's to Batang's", async () => {
    const { regulationFigures } = await import('../../src/lib/figures/catalogue.ts');
    const refs = (slug: string) =>
      regulationFigures(
        regs.find((r) => r.slug === slug)!,
        cat,
      ).flatMap((rf) => rf.figure.nodes.filter((n) => n.sub?.startsWith('Gambar')).map((n) => n.sub));
    const pati = refs('pati');
    expect(pati.length).toBe(9);
    expect(new Set(pati)).toEqual(new Set(['Gambar 18, Gambar 19, dan Gambar 20']));
    expect(new Set(refs('batang'))).toEqual(new Set(['Gambar 21, Gambar 22, dan Gambar 24']));
  });

  it("Klaten's Gambar 18-20 are drawn from Klaten's own procedures", async () => {
    const { regulationFigures } = await import('../../src/lib/figures/catalogue.ts');
    const k = regulationFigures(
      regs.find((r) => r.slug === 'klaten')!,
      cat,
    );
    const labels = (n: string) =>
      k
        .find((rf) => rf.entry.nomor === n)!
        .figure.nodes.map((x) => `${x.label} ${x.sub ?? ''}`)
        .join(' | ');
    expect(labels('18')).toMatch(/Pejabat Penilai Kinerja/);
    expect(labels('19')).toMatch(/Pimpinan Unit Organisasi Mitra Kerja/);
    expect(labels('20')).toMatch(/Bupati u\.p\. Sekretaris Daerah/);
    expect(labels('20')).toMatch(/atas nama Bupati/);
    for (const n of ['18', '19', '20']) expect(k.find((rf) => rf.entry.nomor === n)!.pola?.id).toBe(`kanonik-${Number(n) + 2}`);
    // Every refusal letter goes to someone.
    for (const rf of k.filter((x) => ['19', '20'].includes(x.entry.nomor))) {
      const tolak = rf.figure.nodes.find((n) => /penolakan/.test(n.label))!;
      expect(
        rf.figure.edges.some((e) => e.from === tolak.id),
        rf.entry.nomor,
      ).toBe(true);
    }
  });

  it('every "Pada struktur di atas/ini" in Probolinggo, and each struktur penugasan, resolves to a figure', async () => {
    const { regulationFigures } = await import('../../src/lib/figures/catalogue.ts');
    const reg = regs.find((r) => r.slug === 'probolinggo')!;
    const figs = regulationFigures(reg, cat);
    const anchored = new Set(figs.flatMap((rf) => [rf.entry.rujukan, rf.entry.block]).filter(Boolean));
    const blocks = reg.lampiran.flatMap((l) => l.blocks);
    const intro = blocks.filter((b) => (b.type === 'para' || b.type === 'heading') && /^Pada struktur (di atas|ini)\b/.test(b.text.trim()));
    expect(intro.length).toBeGreaterThanOrEqual(4);
    for (const b of intro) expect(anchored.has(b.id), b.id).toBe(true);
    const penugasan = blocks.filter((b) => b.type === 'para' && /^(Dalam )?[Ss]truktur penugasan pada /.test(b.text.trim()));
    expect(penugasan.length).toBeGreaterThanOrEqual(3);
    // Each struktur penugasan section (a, b, and c whose heading was lost) has its chart: the paragraph or its section start is anchored.
    const sections = [
      'lampiran__bab-ii__b__2__a-2__p-1',
      'lampiran__bab-ii__b__2__b-2__p-1',
      'lampiran__bab-ii__b__2__level-struktur__p-1',
    ];
    for (const id of sections) expect(anchored.has(id), id).toBe(true);
    // B.1 huruf a-e: a chart for each kind of unit.
    for (const huruf of ['a', 'b__1', 'b__2', 'c', 'd', 'e'])
      expect(
        [...anchored].some((id) => id!.startsWith(`lampiran__bab-ii__b__1__${huruf}`)),
        huruf,
      ).toBe(true);
  });
});

describe('figure crosswalk (one source: the figure maps)', () => {
  it('places every Gambar of every regulation exactly once, in the row of the canonical figure it draws or applies', async () => {
    const { figureCrosswalk, loadCrosswalkGroups } = await import('../../src/lib/figures/crosswalk.ts');
    const { canonicalFigures } = await import('../../src/lib/figures/catalogue.ts');
    const walk = figureCrosswalk(regs, cat, loadCrosswalkGroups(canonicalFigures(cat)));
    const placed = new Map<string, string>();
    for (const g of walk)
      for (const row of g.rows)
        for (const [slug, rfs] of row.cells)
          for (const rf of rfs) {
            const key = `${slug}/${rf.entry.nomor}`;
            expect(placed.has(key), `${key} twice`).toBe(false);
            placed.set(key, row.id);
          }
    for (const [slug, entries] of cat.maps)
      for (const e of entries) {
        const fig = cat.figures.get(e.figure)!;
        const expected = fig.id.startsWith('kanonik-') ? fig.id : (e.pola ?? fig.id.replace(/\//g, '-'));
        expect(placed.get(`${slug}/${e.nomor}`), `${slug} Gambar ${e.nomor}`).toBe(expected);
      }
    expect(placed.size).toBe([...cat.maps.values()].reduce((s, e) => s + e.length, 0));
    // Every canonical figure has its row, even when no regulation prints it.
    const rows = new Set(walk.flatMap((g) => g.rows.map((r) => r.id)));
    for (const f of canonicalFigures(cat)) expect(rows.has(f.id), f.id).toBe(true);
  });

  it('keeps no per-regulation cells by hand', () => {
    const text = readFileSync(join(process.cwd(), 'content', 'alignment', 'gambar.yaml'), 'utf8');
    for (const r of regs) expect(text).not.toMatch(new RegExp(`^\\s+${r.slug}:`, 'm'));
  });
});

describe('decision edges', () => {
  it('start on the diamond outline, not below its bounding box', async () => {
    const { toDiamondOutline } = await import('../../src/lib/figures/layout.ts');
    const n = { x: 0, y: 0, w: 200, h: 80 };
    expect(toDiamondOutline(n, { x: 100, y: 80 }, { x: 100, y: 140 })).toEqual({ x: 100, y: 80 });
    expect(toDiamondOutline(n, { x: 150, y: 80 }, { x: 150, y: 140 })).toEqual({ x: 150, y: 60 });
    expect(toDiamondOutline(n, { x: 200, y: 40 }, { x: 260, y: 40 })).toEqual({ x: 200, y: 40 });
    expect(toDiamondOutline(n, { x: 200, y: 60 }, { x: 260, y: 60 })).toEqual({ x: 150, y: 60 });
    const l = await layoutFigure(cat.figures.get('kanonik-21')!);
    const d = l.nodes.find((p) => p.node.shape === 'keputusan')!;
    for (const e of l.edges.filter((x) => x.from === d.node.id)) {
      const p = e.points[0]!;
      const inside = Math.abs(p.x - (d.x + d.w / 2)) / (d.w / 2) + Math.abs(p.y - (d.y + d.h / 2)) / (d.h / 2);
      expect(inside).toBeCloseTo(1, 1);
    }
  });
});

describe('projector layouts (src/lib/figures/present.ts)', () => {
  it('splits a long flow into parts that each read at 16 px or more in the presenter, covering every step once', async () => {
    const { slideParts, minTextPx, PRESENTER_FIT, MIN_TEXT_PX } = await import('../../src/lib/figures/present.ts');
    const f = cat.figures.get('kanonik-22')!;
    const whole = await layoutFigure(f);
    expect(minTextPx(whole, PRESENTER_FIT)).toBeLessThan(MIN_TEXT_PX);
    const parts = await slideParts(f);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(minTextPx(p.layout, PRESENTER_FIT), p.figure.id).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    expect(parts.flatMap((p) => p.figure.nodes.map((n) => n.id)).sort()).toEqual(f.nodes.map((n) => n.id).sort());
    for (const p of parts) expect(p.of).toBe(parts.length);
  });
  it('shows a swimlane by its phases, lanes as rows, and an org chart whole', async () => {
    const { slideParts } = await import('../../src/lib/figures/present.ts');
    const parts = await slideParts(cat.figures.get('kanonik-25')!);
    expect(parts.every((p) => p.figure.direction === 'LR')).toBe(true);
    expect(parts[0]!.label).toMatch(/^Tahapan Perencanaan/);
    expect(new Set(parts.map((p) => p.figure.phases!.length))).toEqual(new Set([1]));
    const org = await slideParts(cat.figures.get('klaten/setda')!);
    expect(org.length).toBe(1);
  });
  it('writes swimlane Mermaid with lanes in order (an invisible chain) and says what it holds', () => {
    const m = toMermaid(cat.figures.get('kanonik-25')!);
    expect(m).not.toContain('layout: elk');
    expect(m.split('\n')[0]).toMatch(/^%% Sumber Mermaid gambar lajur/);
    const lanes = [...m.matchAll(/subgraph (lane_\w+)/g)].map((x) => x[1]);
    expect(lanes).toEqual(cat.figures.get('kanonik-25')!.lanes!.map((l) => `lane_${l.id.replace(/-/g, '_')}`));
    for (let i = 1; i < lanes.length; i++) expect(m).toContain(`${lanes[i - 1]} ~~~ ${lanes[i]}`);
  });
});
