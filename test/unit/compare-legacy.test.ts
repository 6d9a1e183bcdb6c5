import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLegacyAddresses, readLegacyAddresses, LEGACY_FILE } from '../../src/lib/compare/legacy.ts';
import { regulationSlugs } from '../../src/lib/regulation-folder.ts';
import type { Problem } from '../../src/lib/validate.ts';

const dir = mkdtempSync(join(tmpdir(), 'sk-legacy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('old comparison addresses (alamat-lama.yaml)', () => {
  it('the committed list names only regulations that exist, each once', () => {
    const slugs = regulationSlugs();
    const found = loadLegacyAddresses(slugs).perbandinganPerTopik;
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found).size).toBe(found.length);
    for (const s of found) expect(slugs).toContain(s);
  });

  it('a slug that names no regulation, or one named twice, is a problem naming the file and the entry', () => {
    writeFileSync(join(dir, LEGACY_FILE), 'perbandinganPerTopik: [pati, patti, pati]\n');
    const problems: Problem[] = [];
    readLegacyAddresses(['pati', 'klaten'], dir, problems);
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['perbandinganPerTopik[1]', 'peraturan "patti" tidak dikenal: tidak ada folder content/regulations/patti/'],
      ['perbandinganPerTopik[2]', 'peraturan "pati" disebut dua kali'],
    ]);
    expect(problems[0]!.file).toMatch(/alamat-lama\.yaml$/);
    expect(() => loadLegacyAddresses(['pati'], dir)).toThrow(/patti/);
  });

  it('an unknown field is refused; no file means no old addresses', () => {
    writeFileSync(join(dir, LEGACY_FILE), 'perbandinganPerTopk: [pati]\n');
    const problems: Problem[] = [];
    readLegacyAddresses(['pati'], dir, problems);
    expect(problems).toHaveLength(1);
    rmSync(join(dir, LEGACY_FILE));
    expect(loadLegacyAddresses(['pati'], dir)).toEqual({ perbandinganPerTopik: [] });
  });
});
