/** Finding Chromium for the browser tests and `npm run setup` (test/browser/chromium.ts). */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium } from '../browser/chromium.ts';

const dir = mkdtempSync(join(tmpdir(), 'sk-chromium-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('findChromium', () => {
  it('takes CHROMIUM_PATH when it is an executable, and nothing else when it is not', () => {
    const exe = join(dir, 'chrome');
    writeFileSync(exe, '#!/bin/sh\n');
    chmodSync(exe, 0o755);
    expect(findChromium({ CHROMIUM_PATH: exe, PATH: '' })).toBe(exe);
    const plain = join(dir, 'bukan-program');
    writeFileSync(plain, '');
    chmodSync(plain, 0o644);
    expect(findChromium({ CHROMIUM_PATH: plain, PATH: '' })).toBeNull();
    expect(findChromium({ CHROMIUM_PATH: join(dir, 'tidak-ada'), PATH: '' })).toBeNull();
  });

  it('without CHROMIUM_PATH, finds /usr/bin/chromium or a chromium in PATH', () => {
    const bin = mkdtempSync(join(dir, 'bin-'));
    writeFileSync(join(bin, 'chromium'), '#!/bin/sh\n');
    chmodSync(join(bin, 'chromium'), 0o755);
    expect([join(bin, 'chromium'), '/usr/bin/chromium']).toContain(findChromium({ PATH: bin }));
  });
});
