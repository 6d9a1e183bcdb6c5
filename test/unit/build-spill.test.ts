import { afterAll, describe, expect, it } from 'vitest';
import { removeSpillDir, spillCache } from '../../src/lib/build/spill.ts';

afterAll(removeSpillDir);

describe('spillCache', () => {
  it('makes a file once and reads the same bytes back from disk after that', async () => {
    const c = spillCache('test');
    let made = 0;
    const make = async () => {
      made++;
      return new Uint8Array([1, 2, 3, made]);
    };
    const first = await c.get('a', make);
    const again = await c.get('a', make);
    const other = await c.get('b', make);
    expect(made).toBe(2);
    expect([...again]).toEqual([...first]);
    expect(again).not.toBe(first);
    expect([...other]).toEqual([1, 2, 3, 2]);
    expect(c.stats).toEqual({ made: 2, reads: 1 });
  });

  it('does not remember a failure: the next caller makes it again', async () => {
    const c = spillCache('test-fail');
    await expect(c.get('x', () => Promise.reject(new Error('rusak')))).rejects.toThrow('rusak');
    await new Promise((r) => setTimeout(r, 0));
    expect([...(await c.get('x', async () => new Uint8Array([9])))]).toEqual([9]);
  });

  it('keeps two caches apart even for the same key', async () => {
    const a = spillCache('satu');
    const b = spillCache('dua');
    await a.get('k', async () => new Uint8Array([1]));
    await b.get('k', async () => new Uint8Array([2]));
    expect([...(await a.get('k', async () => new Uint8Array([0])))]).toEqual([1]);
    expect([...(await b.get('k', async () => new Uint8Array([0])))]).toEqual([2]);
  });
});
