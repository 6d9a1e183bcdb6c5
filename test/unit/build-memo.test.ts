import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/lib/build/memo.ts';

describe('boundedMemo', () => {
  it('makes each key once while it is among the last `limit` asked for, and forgets the least recently used', () => {
    const memo = boundedMemo<number>(2);
    const calls: string[] = [];
    const get = (k: string) => memo(k, () => (calls.push(k), calls.length));
    expect(get('a')).toBe(1);
    expect(get('b')).toBe(2);
    expect(get('a')).toBe(1); // a is now the most recent
    expect(get('c')).toBe(3); // b is dropped, not a
    expect(get('a')).toBe(1);
    expect(get('b')).toBe(4);
    expect(calls).toEqual(['a', 'b', 'c', 'b']);
  });
});
