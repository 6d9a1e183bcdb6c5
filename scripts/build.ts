/**
 * The site's build: content check, Astro (pages, figures, PDFs), Pagefind.
 * Builds into a temporary directory beside the destination (SITE_DIST,
 * default dist/) and moves it into place only when every stage succeeded;
 * after a failure at any stage there is no dist/ at all (src/lib/build/atomic.ts).
 *
 *   node scripts/build.ts
 *
 * SK_BUILD_FAIL_AFTER=<check|astro|pagefind> makes the build fail right after
 * that stage ran (for the test that a failed build leaves nothing behind).
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildAtomically, StageError, type Stage } from '../src/lib/build/atomic.ts';

const root = process.cwd();
const out = resolve(process.env.SITE_DIST ?? 'dist');
const failAfter = process.env.SK_BUILD_FAIL_AFTER;

function run(cmd: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    child.on('error', fail);
    child.on('close', (code, signal) =>
      code === 0 ? done() : fail(new Error(signal ? `dihentikan (${signal})` : `keluar dengan kode ${code}`)),
    );
  });
}

const stage = (name: string, f: (work: string) => Promise<void>): Stage => ({
  name,
  run: async (work) => {
    await f(work);
    if (failAfter === name) throw new Error(`kegagalan buatan sesudah tahap ${name} (SK_BUILD_FAIL_AFTER)`);
  },
});

const stages: Stage[] = [
  // The check removes SITE_DIST itself when it fails, and lists every problem.
  stage('check', () => run(process.execPath, [join(root, 'scripts/check-content.ts')], { SITE_DIST: out })),
  stage('astro', (work) => run(join(root, 'node_modules/.bin/astro'), ['build'], { SITE_DIST: work })),
  stage('pagefind', (work) => run(process.execPath, [join(root, 'scripts/pagefind.ts')], { SITE_DIST: work })),
];

try {
  await buildAtomically(out, stages, (s) => console.log(s));
  console.log(`Situs dibangun: ${out}`);
} catch (e) {
  if (!(e instanceof StageError)) throw e;
  console.error(`\nPembangunan gagal, ${e.message}. Tidak ada situs yang ditinggalkan di ${out}.`);
  process.exit(1);
}
