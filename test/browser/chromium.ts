/**
 * Where Chromium is: CHROMIUM_PATH when set, else /usr/bin/chromium (Debian's
 * package), else a `chromium` (or `chromium-browser`) in PATH. Used by the
 * browser tests (harness.ts) and by `npm run setup` (scripts/setup-chromium.ts).
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const executable = (p: string) => {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The Chromium to use, or null when there is none; `env` and `path` default to this process's. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM_PATH) return executable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  if (executable('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of ['chromium', 'chromium-browser']) if (executable(join(dir, name))) return join(dir, name);
  }
  return null;
}
