/**
 * Builds a site into a temporary directory beside its destination and moves
 * it into place only when every stage succeeded. On any failure (or
 * interruption) neither the half-made directory nor an older build is left:
 * the destination does not exist afterwards, so nothing stale or partial is
 * ever served or deployed.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export interface Stage {
  /** Shown in messages: "pemeriksaan isi", "astro", "pagefind". */
  name: string;
  /** Builds into `work` (the temporary directory); throws on failure. */
  run: (work: string) => Promise<void> | void;
}

export class StageError extends Error {
  stage: string;
  constructor(stage: string, cause: unknown) {
    super(`tahap "${stage}" gagal: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'StageError';
    this.stage = stage;
  }
}

/** The temporary directory for `out`: a sibling, so the final rename stays on one file system. */
export const workDirFor = (out: string, id: string | number = process.pid) =>
  join(dirname(resolve(out)), `${basename(out)}.sedang-dibangun-${id}`);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Leftovers of interrupted builds of `out` (by processes no longer running). */
export function leftovers(out: string): string[] {
  const dir = dirname(resolve(out));
  const prefix = `${basename(out)}.sedang-dibangun-`;
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.startsWith(prefix) && !alive(Number(f.slice(prefix.length))))
        .map((f) => join(dir, f))
    : [];
}

/** Runs the stages into a fresh work directory, then renames it to `out`. */
export async function buildAtomically(out: string, stages: Stage[], log: (s: string) => void = () => {}): Promise<void> {
  out = resolve(out);
  for (const l of leftovers(out)) rmSync(l, { recursive: true, force: true });
  const work = workDirFor(out);
  const clean = () => {
    rmSync(work, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  };
  const onSignal = (sig: NodeJS.Signals) => {
    clean();
    process.exit(sig === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    for (const s of stages) {
      const t0 = performance.now();
      try {
        await s.run(work);
      } catch (e) {
        throw new StageError(s.name, e);
      }
      log(`tahap ${s.name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    if (!existsSync(work)) throw new StageError('akhir', new Error(`tidak ada yang dibangun di ${work}`));
    rmSync(out, { recursive: true, force: true });
    renameSync(work, out);
  } catch (e) {
    clean();
    throw e;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}
