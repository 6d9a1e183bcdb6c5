/**
 * Lighthouse (mobile profile) on the home page, the largest regulation page,
 * a figure, the comparison and the checker page; roles the site has no page
 * for yet are skipped with a note. Thresholds: test/gate/lighthouse.ts
 * (GATE_MIN); `npm run lighthouse` writes the full report to docs/lighthouse.md.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from './harness.ts';
import { distDir } from '../gate/site.ts';
import { serveSite, type GateServer } from '../gate/server.ts';
import { CATEGORIES, gateMin, lighthouseTargets, runLighthouseForGate, TARGET_LABEL } from '../gate/lighthouse.ts';

const DIST = distDir();
const targets = lighthouseTargets(DIST);
let site: GateServer;

beforeAll(async () => {
  site = await serveSite(DIST);
});
afterAll(async () => {
  await site?.close();
});

describe('gate: Lighthouse, mobile profile', () => {
  for (const t of targets) {
    const name = `${TARGET_LABEL[t.kind]}${t.path ? ` ${t.path}` : ''}`;
    if (!t.path) {
      it.skip(`${name}: ${t.note}`, () => {});
      continue;
    }
    it(`${name} scores at least ${CATEGORIES.map((c) => `${c} ${gateMin(t.kind)[c]}`).join(', ')}`, async () => {
      const r = await runLighthouseForGate(`${site.url}${t.path}`, CHROMIUM, t.kind);
      console.log(
        `lighthouse ${t.path}: ${CATEGORIES.map((c) => `${c} ${r.scores[c]}`).join(', ')} (benchmarkIndex ${r.benchmarkIndex})\n  ${r.failing.join('\n  ')}`,
      );
      for (const c of CATEGORIES) expect(r.scores[c], `${c} (${r.failing.join('; ')})`).toBeGreaterThanOrEqual(gateMin(t.kind)[c]);
    }, 480_000);
  }
});
