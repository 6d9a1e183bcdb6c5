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
import { CATEGORIES, gateMin, lighthouseTargets, runLighthouse, TARGET_LABEL } from '../gate/lighthouse.ts';

const DIST = distDir();
const targets = lighthouseTargets(DIST);
let site: GateServer;

beforeAll(async () => { site = await serveSite(DIST); });
afterAll(async () => { await site?.close(); });

describe('gate: Lighthouse, mobile profile', () => {
  for (const t of targets) {
    const name = `${TARGET_LABEL[t.kind]}${t.path ? ` ${t.path}` : ''}`;
    if (!t.path) {
      it.skip(`${name}: ${t.note}`, () => {});
      continue;
    }
    it(`${name} scores at least ${CATEGORIES.map((c) => `${c} ${gateMin(t.kind)[c]}`).join(', ')}`, async () => {
      const r = await runLighthouse(`${site.url}${t.path}`, CHROMIUM);
      console.log(`lighthouse ${t.path}: ${CATEGORIES.map((c) => `${c} ${r.scores[c]}`).join(', ')}\n  ${r.failing.join('\n  ')}`);
      for (const c of CATEGORIES) expect(r.scores[c], `${c} (${r.failing.join('; ')})`).toBeGreaterThanOrEqual(gateMin(t.kind)[c]);
    }, 240_000);
  }
});
