/**
 * Takes Chromium screenshots of built pages for review (not a test).
 *   node scripts/screenshot.ts <out-dir> <path[#anchor]>... [--width=360] [--full] [--nojs] [--dark]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serveDist } from '../test/browser/harness.ts';

const args = process.argv.slice(2);
const out = args[0];
if (!out) {
  console.error('usage: node scripts/screenshot.ts <out-dir> <path>... [--width=N] [--full] [--nojs]');
  process.exit(2);
}
const width = Number(args.find((a) => a.startsWith('--width='))?.slice(8) ?? 1280);
const full = args.includes('--full');
const nojs = args.includes('--nojs');
const dark = args.includes('--dark');
const paths = args.slice(1).filter((a) => !a.startsWith('--'));
mkdirSync(out, { recursive: true });
const { server, url } = await serveDist();
const browser = await launch();
const ctx = await browser.newContext({
  viewport: { width, height: width < 500 ? 740 : 900 },
  javaScriptEnabled: !nojs,
  deviceScaleFactor: 1,
  colorScheme: dark ? 'dark' : 'light',
});
for (const p of paths) {
  const page = await ctx.newPage();
  await page.goto(url + p);
  await page.waitForTimeout(300);
  const name = `${p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}${dark ? '-dark' : ''}.png`;
  await page.screenshot({ path: join(out, name), fullPage: full });
  console.log(join(out, name));
  await page.close();
}
await browser.close();
server.close();
