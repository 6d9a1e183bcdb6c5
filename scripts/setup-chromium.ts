/**
 * `npm run setup` step: make sure the browser tests have a Chromium. Finds
 * one (CHROMIUM_PATH, /usr/bin/chromium, chromium in PATH); otherwise, as
 * root on a machine with apt-get, installs Debian's `chromium` package;
 * otherwise stops with one sentence saying what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { findChromium } from '../test/browser/chromium.ts';

const version = (bin: string) => {
  try {
    return execFileSync(bin, ['--version'], { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
};

let found = findChromium();
if (!found && process.env.CHROMIUM_PATH) {
  console.error(
    `CHROMIUM_PATH="${process.env.CHROMIUM_PATH}" bukan berkas yang dapat dijalankan: arahkan ke Chromium atau Chrome yang terpasang, atau hapus variabel itu.`,
  );
  process.exit(1);
}
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!found && process.getuid?.() === 0 && hasApt) {
  console.log('== Chromium belum ada: memasang paket Debian "chromium" (apt-get)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) {
      console.error(
        `apt-get ${args.join(' ')} gagal (kode ${r.status}): pasang paket "chromium" sendiri, atau set CHROMIUM_PATH ke Chromium yang ada.`,
      );
      process.exit(1);
    }
  }
  found = findChromium();
}
if (!found) {
  console.error(
    'Chromium tidak ditemukan: pasang paket "chromium" (Debian/Ubuntu: sudo apt-get install chromium) atau set CHROMIUM_PATH ke Chromium/Chrome yang terpasang, lalu jalankan "npm run setup" lagi.',
  );
  process.exit(1);
}
const v = version(found);
if (!v) {
  console.error(
    `${found} tidak dapat dijalankan ("${found} --version" gagal): pasang ulang paket "chromium" atau set CHROMIUM_PATH ke Chromium lain.`,
  );
  process.exit(1);
}
console.log(`Chromium untuk uji peramban: ${found} (${v})`);
