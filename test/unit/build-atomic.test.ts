import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { buildAtomically, StageError, workDirFor } from '../../src/lib/build/atomic.ts';
import { REGULATIONS_DIR, regulationSlugs } from '../../src/lib/regulation-folder.ts';

let dir: string;
let out: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sk-build-'));
  out = join(dir, 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), 'lama');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const writes = (name: string, file: string) => ({
  name,
  run: (w: string) => {
    mkdirSync(w, { recursive: true });
    writeFileSync(join(w, file), name);
  },
});

describe('a build lands whole or not at all', () => {
  it('a failure after earlier stages wrote files leaves no dist/ (neither the old one nor the partial one)', async () => {
    const failing = {
      name: 'pagefind',
      run: () => {
        throw new Error('indeks gagal');
      },
    };
    await expect(buildAtomically(out, [writes('astro', 'index.html'), failing])).rejects.toThrow(StageError);
    await expect(buildAtomically(out, [writes('astro', 'index.html'), failing])).rejects.toThrow(/tahap "pagefind" gagal: indeks gagal/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('success replaces the old site with the new one and leaves no work directory', async () => {
    writeFileSync(join(out, 'basi.html'), 'basi');
    await buildAtomically(out, [writes('astro', 'index.html'), writes('pagefind', 'pagefind.js')]);
    expect(readdirSync(dir)).toEqual(['dist']);
    expect(readdirSync(out).sort()).toEqual(['index.html', 'pagefind.js']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('astro');
  });

  it('removes the work directory of a build that was killed, not one still running', async () => {
    const dead = workDirFor(out, 999_999_999);
    const running = workDirFor(out, process.ppid);
    mkdirSync(dead);
    mkdirSync(running);
    await buildAtomically(out, [writes('astro', 'index.html')]);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(running)).toBe(true);
  });

  it('the real build stops at the content check with the problem listed and leaves no dist/', () => {
    const content = join(dir, 'regulations');
    cpSync(REGULATIONS_DIR, content, { recursive: true });
    const first = regulationSlugs(content)[0]!;
    const f = join(content, first, 'peraturan.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace(/tanggal: "?(\d{4})-\d{2}-\d{2}"?/, 'tanggal: "$1-13-01"'));
    const r = spawnSync(process.execPath, ['scripts/build.ts'], {
      env: { ...process.env, SITE_DIST: out, SK_CONTENT_DIR: content },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${first}/peraturan\\.yaml\\n  meta\\.ditetapkan\\.tanggal: tanggal tidak ada di kalender`));
    expect(r.stderr).toMatch(/tahap "check" gagal/);
    expect(readdirSync(dir)).toEqual(['regulations']);
  }, 120_000);
});
