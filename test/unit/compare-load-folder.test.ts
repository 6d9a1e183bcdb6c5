import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRegulations } from '../../src/lib/load.ts';
import { ALIGNMENT_DIR, loadAlignment } from '../../src/lib/compare/load.ts';
import { partPath, REGULATIONS_DIR } from '../../src/lib/regulation-folder.ts';

describe('loadAlignment reads the comparison cells from the regulation folders it is given', () => {
  it('a folder passed in is read, not the default one (and the default cache is not reused)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-compare-load-'));
    try {
      cpSync(REGULATIONS_DIR, dir, { recursive: true });
      const mapped = readdirSync(dir).filter((s) => existsSync(partPath(s, 'perbandingan', dir)));
      expect(mapped.length).toBeGreaterThan(0);
      const slug = mapped[0]!;
      // The default folders, loaded first so that a cache would answer if the folder were ignored.
      const site = loadAlignment();
      expect(site.unmapped.get(slug) ?? 0).toBe(0);
      // The copy without this regulation's perbandingan.yaml: all its rows become "belum dipetakan".
      rmSync(partPath(slug, 'perbandingan', dir));
      const regs = loadRegulations(dir);
      const copy = loadAlignment(ALIGNMENT_DIR, regs, dir);
      const rows = copy.topics.reduce((n, t) => n + t.baris.length, 0);
      expect(copy.unmapped.get(slug)).toBe(rows);
      expect(copy).not.toBe(site);
      // Without regs, they are loaded from the same folder.
      expect(loadAlignment(ALIGNMENT_DIR, undefined, dir).unmapped.get(slug)).toBe(rows);
      // The site's own data is unchanged.
      expect(loadAlignment().unmapped.get(slug) ?? 0).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
