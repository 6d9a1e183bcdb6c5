/**
 * Layout to SVG. Presentation attributes only (no <style>, no style=""), so
 * the SVG works inline under the site's Content-Security-Policy and as a
 * stand-alone file. Ids are prefixed per figure so several can share a page;
 * each node is a <g id="<prefix>-n-<node id>"> that CSS :target can highlight.
 */
import type { Figure } from '../schema/figure.ts';
import type { Layout, PlacedEdge, PlacedNode } from './layout.ts';
import { FONT } from './layout.ts';
import { FONT_FAMILY } from './measure.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n2 = (v: number) => Math.round(v * 10) / 10;

const INK = '#1b1b1b';
const BRAND = '#0b4f6c';
const EDGE_STYLE: Record<string, { dash?: string; arrow: boolean; width: number; color: string }> = {
  struktur: { arrow: false, width: 1.6, color: INK },
  kedudukan: { arrow: false, width: 3, color: BRAND },
  kinerja: { arrow: true, width: 1.8, color: INK },
  penugasan: { dash: '7 4', arrow: true, width: 1.8, color: '#6b3fa0' },
  alur: { arrow: true, width: 1.6, color: INK },
  tembusan: { dash: '2 3', arrow: true, width: 1.4, color: '#505a5f' },
  kembali: { dash: '7 4', arrow: true, width: 1.6, color: '#a4161a' },
  pantau: { dash: '1 4', arrow: false, width: 2.2, color: BRAND },
};
export const EDGE_LEGEND: Record<string, string> = {
  struktur: 'garis struktur (kedudukan)',
  kedudukan: 'garis kedudukan Kelompok JF dan Pelaksana (tebal, biru)',
  kinerja: 'garis kinerja',
  penugasan: 'garis penugasan (putus-putus)',
  alur: 'alur',
  tembusan: 'tembusan (titik-titik)',
  kembali: 'dikembalikan bila belum sesuai target (putus-putus)',
  pantau: 'pemantauan yang berjalan di samping kegiatan, bukan langkah berurutan (titik-titik biru)',
};

function nodeShape(p: PlacedNode): string {
  const { x, y, w, h } = p;
  const n = p.node;
  const isPpk = n.roles.includes('ppk');
  const stroke = n.shape === 'konsep' ? BRAND : INK;
  const sw = isPpk ? 3.5 : 1.4;
  const fill = n.shape === 'kelompok' ? '#eef3f6' : n.shape === 'keputusan' ? '#fff6d6' : n.shape === 'dokumen' ? '#f7f3ea' : '#ffffff';
  const parts: string[] = [];
  switch (n.shape) {
    case 'keputusan':
      parts.push(
        `<polygon points="${n2(x + w / 2)},${n2(y)} ${n2(x + w)},${n2(y + h / 2)} ${n2(x + w / 2)},${n2(y + h)} ${n2(x)},${n2(y + h / 2)}" fill="${fill}" stroke="${stroke}" stroke-width="${sw}"/>`,
      );
      break;
    case 'dokumen':
      parts.push(
        `<path d="M${n2(x)},${n2(y)} H${n2(x + w - 12)} L${n2(x + w)},${n2(y + 12)} V${n2(y + h - 6)} Q${n2(x + w * 0.75)},${n2(y + h + 4)} ${n2(x + w / 2)},${n2(y + h - 6)} T${n2(x)},${n2(y + h - 6)} Z" fill="${fill}" stroke="${stroke}" stroke-width="${sw}"/>`,
      );
      break;
    case 'mulai':
    case 'selesai':
      parts.push(
        `<rect x="${n2(x)}" y="${n2(y)}" width="${n2(w)}" height="${n2(h)}" rx="${n2(h / 2)}" fill="${fill}" stroke="${stroke}" stroke-width="${sw}"/>`,
      );
      break;
    default:
      parts.push(
        `<rect x="${n2(x)}" y="${n2(y)}" width="${n2(w)}" height="${n2(h)}" rx="${n.shape === 'konsep' ? 10 : 3}" fill="${fill}" stroke="${stroke}" stroke-width="${sw}"/>`,
      );
  }
  if (n.roles.includes('puo')) {
    parts.push(
      `<rect x="${n2(x - 5)}" y="${n2(y - 5)}" width="${n2(w + 10)}" height="${n2(h + 10)}" rx="6" fill="none" stroke="${BRAND}" stroke-width="1.6" stroke-dasharray="6 3"/>`,
    );
  }
  return parts.join('');
}

function nodeText(p: PlacedNode): string {
  const total = p.lines.reduce((s, l) => s + l.dy, 0);
  let cy = p.y + (p.h - total) / 2;
  const cx = p.x + p.w / 2;
  const out: string[] = [];
  for (const l of p.lines) {
    cy += l.dy;
    out.push(
      `<text x="${n2(cx)}" y="${n2(cy - l.dy * 0.28)}" font-size="${l.size}"${l.bold ? ' font-weight="bold"' : ''} text-anchor="middle" fill="${l.role ? BRAND : INK}">${esc(l.text)}</text>`,
    );
  }
  return out.join('');
}

function edgePath(e: PlacedEdge, prefix: string): string {
  if (e.points.length < 2) return '';
  const st = EDGE_STYLE[e.kind] ?? EDGE_STYLE.alur!;
  const d = e.points.map((p, i) => `${i ? 'L' : 'M'}${n2(p.x)},${n2(p.y)}`).join(' ');
  const attrs = [`d="${d}"`, 'fill="none"', `stroke="${st.color}"`, `stroke-width="${st.width}"`];
  if (st.dash) attrs.push(`stroke-dasharray="${st.dash}"`);
  if (st.arrow) attrs.push(`marker-end="url(#${prefix}-arrow-${e.kind})"`);
  let out = `<path ${attrs.join(' ')}/>`;
  if (e.label) {
    out += `<rect x="${n2(e.label.x)}" y="${n2(e.label.y)}" width="${n2(e.label.w)}" height="${n2(e.label.h)}" fill="#ffffff" opacity="0.9"/>`;
    out += `<text x="${n2(e.label.x + e.label.w / 2)}" y="${n2(e.label.y + 13)}" font-size="${FONT.edge}" text-anchor="middle" fill="${INK}">${esc(e.label.text)}</text>`;
  }
  return out;
}

export interface SvgOptions {
  /** Prefix for every id inside the SVG (unique per page). */
  prefix: string;
  title: string;
  desc: string;
  /** Stand-alone file: add the XML namespace declaration and explicit size. */
  standalone?: boolean;
}

export function renderSvg(fig: Figure, layout: Layout, opt: SvgOptions): string {
  const { prefix } = opt;
  const kinds = [...new Set(fig.edges.map((e) => e.kind))].filter((k) => EDGE_STYLE[k]?.arrow);
  const markers = kinds.map((k) => {
    const st = EDGE_STYLE[k]!;
    return `<marker id="${prefix}-arrow-${k}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${st.color}"/></marker>`;
  });
  const bands: string[] = [];
  const vertical = layout.lanes.some((l) => l.vertical);
  if (vertical) {
    for (const p of layout.phases) {
      bands.push(
        `<rect x="0" y="${n2(p.y)}" width="${n2(p.w)}" height="${n2(p.h)}" fill="${layout.phases.indexOf(p) % 2 ? '#ffffff' : '#f6f8f9'}"/>`,
      );
      bands.push(`<rect x="0" y="${n2(p.y)}" width="28" height="${n2(p.h)}" fill="${BRAND}"/>`);
      bands.push(
        `<text x="0" y="0" transform="translate(${n2(19)},${n2(p.y + p.h / 2)}) rotate(-90)" font-size="${FONT.lane}" font-weight="bold" text-anchor="middle" fill="#ffffff">${esc(p.label)}</text>`,
      );
      bands.push(
        `<line x1="0" y1="${n2(p.y)}" x2="${n2(p.w)}" y2="${n2(p.y)}" stroke="${BRAND}" stroke-width="1" stroke-dasharray="3 3"/>`,
      );
    }
    for (const l of layout.lanes) {
      bands.push(`<rect x="${n2(l.x)}" y="0" width="${n2(l.w)}" height="${n2(l.h)}" fill="none" stroke="#c9cdd2" stroke-width="1"/>`);
      const ls = l.lines ?? [l.label];
      ls.forEach((t, k) =>
        bands.push(
          `<text x="${n2(l.x + l.w / 2)}" y="${n2(18 + k * 17)}" font-size="${FONT.lane}" font-weight="bold" text-anchor="middle" fill="${INK}">${esc(t)}</text>`,
        ),
      );
    }
  } else {
    for (const [i, l] of layout.lanes.entries()) {
      bands.push(
        `<rect x="0" y="${n2(l.y)}" width="${n2(l.w)}" height="${n2(l.h)}" fill="${i % 2 ? '#ffffff' : '#f6f8f9'}" stroke="#c9cdd2" stroke-width="1"/>`,
      );
      const ls = l.lines ?? [l.label];
      const y0 = l.y + l.h / 2 - ((ls.length - 1) * 17) / 2 + 5;
      ls.forEach((t, k) =>
        bands.push(`<text x="10" y="${n2(y0 + k * 17)}" font-size="${FONT.lane}" font-weight="bold" fill="${INK}">${esc(t)}</text>`),
      );
    }
    for (const p of layout.phases) {
      bands.push(`<rect x="${n2(p.x)}" y="0" width="${n2(p.w)}" height="28" fill="${BRAND}"/>`);
      bands.push(
        `<text x="${n2(p.x + p.w / 2)}" y="19" font-size="${FONT.lane}" font-weight="bold" text-anchor="middle" fill="#ffffff">${esc(p.label)}</text>`,
      );
      bands.push(
        `<line x1="${n2(p.x)}" y1="0" x2="${n2(p.x)}" y2="${n2(p.h)}" stroke="${BRAND}" stroke-width="1" stroke-dasharray="3 3"/>`,
      );
    }
  }
  const nodes = layout.nodes.map((p) => `<g id="${prefix}-n-${p.node.id}" class="fig-node">${nodeShape(p)}${nodeText(p)}</g>`);
  const edges = layout.edges.map((e) => edgePath(e, prefix));
  const ns = 'xmlns="http://www.w3.org/2000/svg"';
  return [
    `<svg ${ns} viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc" font-family="${esc(FONT_FAMILY)}" class="fig-svg">`,
    `<title id="${prefix}-title">${esc(opt.title)}</title>`,
    `<desc id="${prefix}-desc">${esc(opt.desc)}</desc>`,
    `<defs>${markers.join('')}</defs>`,
    `<rect x="0" y="0" width="${layout.width}" height="${layout.height}" fill="#ffffff"/>`,
    `<g class="fig-bands">${bands.join('')}</g>`,
    `<g class="fig-edges">${edges.join('')}</g>`,
    `<g class="fig-nodes">${nodes.join('')}</g>`,
    '</svg>',
  ].join('');
}

/**
 * The row of lane headers of a swimlane drawn as columns, as a separate strip
 * of the same width: the page keeps it in view (sticky) while a reader scrolls
 * down a tall flow on a phone. Decorative copy of what the figure itself
 * draws (the figure keeps its own headers, title and description), so it is
 * hidden from assistive technology. Undefined for every other kind of figure.
 */
export function renderLaneHeader(layout: Layout): string | undefined {
  if (!layout.headerH || !layout.lanes.some((l) => l.vertical)) return undefined;
  const h = layout.headerH;
  const parts = [`<rect x="0" y="0" width="${layout.width}" height="${h}" fill="#ffffff"/>`];
  for (const l of layout.lanes) {
    parts.push(`<rect x="${n2(l.x)}" y="0" width="${n2(l.w)}" height="${h}" fill="#eef3f6" stroke="#c9cdd2" stroke-width="1"/>`);
    (l.lines ?? [l.label]).forEach((t, k) =>
      parts.push(
        `<text x="${n2(l.x + l.w / 2)}" y="${n2(18 + k * 17)}" font-size="${FONT.lane}" font-weight="bold" text-anchor="middle" fill="${INK}">${esc(t)}</text>`,
      ),
    );
  }
  parts.push(`<line x1="0" y1="${h - 1}" x2="${layout.width}" y2="${h - 1}" stroke="${BRAND}" stroke-width="2"/>`);
  return `<svg viewBox="0 0 ${layout.width} ${h}" width="${layout.width}" height="${h}" aria-hidden="true" focusable="false" font-family="${esc(FONT_FAMILY)}" class="fig-lane-head-svg">${parts.join('')}</svg>`;
}
