/**
 * Benchmark of the penilai kinerja checker (not a test): the size of its
 * browser JavaScript and data (raw and gzip), and the time to compute an
 * answer and to render it.
 *
 *   npm run bench:checker            # reads dist/
 *   SITE_DIST=/tmp/checker-dist npm run bench:checker
 *
 * Aims: JavaScript under 20 KB gzip, an answer under 5 ms.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { periksa, opsiTempat } from '../src/lib/checker/check.ts';
import { JABATAN } from '../src/lib/checker/jabatan.ts';
import { renderHasil } from '../src/lib/checker/render.ts';
import type { DataDaerah } from '../src/lib/checker/data.ts';
import type { IndeksDaerah } from '../src/lib/checker/flow.ts';

const DIST = process.env.SITE_DIST ?? join(process.cwd(), 'dist');
const page = join(DIST, 'penilai-kinerja', 'index.html');
if (!existsSync(page)) {
  console.error(`${page} tidak ada: bangun situs dulu (npm run build, atau astro build --outDir lalu SITE_DIST=...)`);
  process.exit(1);
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const size = (file: string) => {
  const buf = readFileSync(file);
  return { raw: buf.length, gz: gzipSync(buf, { level: 9 }).length };
};

console.log('== Ukuran (dari', DIST, ')');
const html = readFileSync(page, 'utf8');
const scripts = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
let jsGz = 0;
for (const src of scripts) {
  const s = size(join(DIST, src));
  jsGz += s.gz;
  console.log(`JavaScript pemeriksa  ${src}: ${kb(s.raw)} mentah, ${kb(s.gz)} gzip`);
}
const indeks = JSON.parse(readFileSync(join(DIST, 'penilai-kinerja/data/indeks.json'), 'utf8')) as IndeksDaerah[];
const si = size(join(DIST, 'penilai-kinerja/data/indeks.json'));
console.log(`Data indeks.json: ${kb(si.raw)} mentah, ${kb(si.gz)} gzip`);
const data: DataDaerah[] = [];
for (const d of indeks) {
  const f = join(DIST, `penilai-kinerja/data/${d.slug}.json`);
  const s = size(f);
  console.log(`Data ${d.slug}.json: ${kb(s.raw)} mentah, ${kb(s.gz)} gzip`);
  data.push(JSON.parse(readFileSync(f, 'utf8')) as DataDaerah);
}
console.log(`Sasaran JavaScript < 20 KB gzip: ${jsGz < 20 * 1024 ? 'tercapai' : 'TIDAK tercapai'} (${kb(jsGz)})`);

console.log('\n== Waktu menghitung jawaban (fungsi periksa, data dari JSON hasil build)');
const cases = data.flatMap((d) =>
  d.aturan.unit.flatMap((u) => {
    const places = [undefined, ...(opsiTempat(d.aturan, u) ?? []).map((o) => o.id)];
    return JABATAN.flatMap((jabatan) => places.map((tempat) => ({ d, j: { unit: u.id, jabatan, ...(tempat ? { tempat } : {}) } })));
  }),
);
// Warm up the JIT, then time each answer separately.
for (let i = 0; i < 3; i++) for (const c of cases) periksa(c.d.aturan, c.j);
const times: number[] = [];
const render: number[] = [];
for (let round = 0; round < 20; round++) {
  for (const c of cases) {
    const t0 = performance.now();
    const h = periksa(c.d.aturan, c.j);
    const t1 = performance.now();
    if (h.ok && round < 3) renderHasil({ base: '/', data: c.d }, h);
    const t2 = performance.now();
    times.push(t1 - t0);
    if (round < 3) render.push(t2 - t1);
  }
}
const stat = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return `median ${q(0.5).toFixed(3)} ms, p95 ${q(0.95).toFixed(3)} ms, maks ${s[s.length - 1]!.toFixed(3)} ms`;
};
console.log(`${cases.length} kombinasi unit × jabatan × tempat, ${times.length} perhitungan`);
console.log(`periksa():       ${stat(times)}`);
console.log(`renderHasil():   ${stat(render)}`);
const p95 = [...times].sort((a, b) => a - b)[Math.floor(0.95 * times.length)]!;
console.log(`Sasaran < 5 ms per jawaban: ${p95 < 5 ? 'tercapai' : 'TIDAK tercapai'}`);
