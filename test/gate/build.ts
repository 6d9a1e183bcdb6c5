/**
 * Runs the project's own build (package.json "build", exactly as `npm run
 * build` would) into another directory through SITE_DIST, measuring wall
 * time and the peak resident memory of the whole process tree. Used by the
 * reproducibility test and the benchmarks.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

export interface BuildResult {
  ms: number;
  peakRssBytes: number;
  log: string;
}

/** Resident memory of `pid` and all its descendants, in bytes (Linux /proc; 0 elsewhere). */
export function treeRss(pid: number): number {
  let total = 0;
  const seen = new Set<number>();
  const visit = (p: number) => {
    if (seen.has(p)) return;
    seen.add(p);
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
      if (kb) total += Number(kb) * 1024;
      for (const t of readdirSync(`/proc/${p}/task`)) {
        for (const c of readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').split(/\s+/).filter(Boolean)) visit(Number(c));
      }
    } catch {
      /* the process ended meanwhile */
    }
  };
  visit(pid);
  return total;
}

export interface BuildOptions {
  /** Regulations to build from (SK_CONTENT_DIR); default content/regulations. */
  contentDir?: string;
  /** Project root; default the current directory. */
  root?: string;
  /** Extra environment. */
  env?: Record<string, string>;
  /** Poll interval for the memory sampler, ms. */
  sampleMs?: number;
}

export function buildSite(outDir: string, opts: BuildOptions = {}): Promise<BuildResult> {
  const root = resolve(opts.root ?? process.cwd());
  const script = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.build;
  if (!script) throw new Error('package.json tidak punya skrip "build"');
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PATH: [join(root, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter),
    SITE_DIST: resolve(outDir),
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(opts.contentDir ? { SK_CONTENT_DIR: resolve(opts.contentDir) } : {}),
    ...opts.env,
  };
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn('sh', ['-c', script], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => {
      log += d;
    });
    child.stderr.on('data', (d) => {
      log += d;
    });
    let peak = 0;
    const timer = setInterval(() => {
      peak = Math.max(peak, treeRss(child.pid!));
    }, opts.sampleMs ?? 100);
    child.on('error', (e) => {
      clearInterval(timer);
      fail(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = performance.now() - t0;
      if (code !== 0) fail(new Error(`build ke ${outDir} gagal (kode ${code}):\n${log.slice(-4000)}`));
      else done({ ms, peakRssBytes: peak, log });
    });
  });
}
