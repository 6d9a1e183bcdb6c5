/**
 * Reproducible builds: the build `npm test` already made (dist/, or SITE_DIST)
 * and one more build of the same commit into another directory are
 * byte-identical (no timestamps, random ids or absolute paths leak in). Also
 * checks the build-time budget with the second build.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../gate/build.ts';
import { compareDirs } from '../gate/compare.ts';
import { TOTAL_BUDGET } from '../gate/budgets.ts';
import { distDir } from '../gate/site.ts';

const DIST = distDir();
const tmp = mkdtempSync(join(tmpdir(), 'sk-repro-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('gate: reproducible build', () => {
  it(`one more build of this commit is byte-identical to ${DIST}, and within the build-time budget`, async () => {
    expect(existsSync(join(DIST, 'index.html')), `${DIST} belum dibangun: jalankan "npm run build" dulu`).toBe(true);
    const other = join(tmp, 'b-other-path');
    const b = await buildSite(other);
    console.log(`build: ${(b.ms / 1000).toFixed(1)} s, peak memory ${Math.round(b.peakRssBytes / 2 ** 20)} MiB`);
    const d = compareDirs(DIST, other);
    expect(d.files).toBeGreaterThan(0);
    expect(d.onlyA, 'hanya di build pertama').toEqual([]);
    expect(d.onlyB, 'hanya di build kedua').toEqual([]);
    expect(d.differ.slice(0, 10), 'berkas yang berbeda (posisi bait pertama yang beda)').toEqual([]);
    expect(b.ms, `build melebihi anggaran ${TOTAL_BUDGET.buildMs / 1000} s`).toBeLessThanOrEqual(TOTAL_BUDGET.buildMs);
  }, 900_000);
});
