/**
 * A build that fails after Astro has written the whole site leaves no dist/:
 * neither the pages Astro wrote nor the site of an earlier build. (The check
 * stage's failure is tested cheaply in test/unit/build-atomic.test.ts; this
 * one runs Astro, so it lives with the tests that build.)
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { buildSite } from '../gate/build.ts';

describe('failed build', () => {
  it('a failure after Astro ran (at the Pagefind stage) leaves no dist/', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-build-fail-'));
    const out = join(dir, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'situs lama');
    try {
      const err = await buildSite(out, { env: { SK_BUILD_FAIL_AFTER: 'astro' } }).then(
        () => undefined,
        (e: Error) => e,
      );
      expect(err?.message).toMatch(/tahap "astro" gagal: kegagalan buatan/);
      // Astro did run: it wrote the pages before the failure (the log's tail lists them).
      expect(err?.message).toMatch(/\/index\.html/);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
