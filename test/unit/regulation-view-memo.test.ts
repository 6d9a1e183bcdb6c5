import { describe, expect, it } from 'vitest';
import { loadRegulations } from '../../src/lib/load.ts';
import { buildView } from '../../src/lib/regulation-view.ts';

describe('buildView is derived once per regulation', () => {
  it('the same regulation object gives the same view; another object (a changed copy) its own', () => {
    const reg = loadRegulations()[0]!;
    expect(buildView(reg)).toBe(buildView(reg));
    const copy = structuredClone(reg);
    copy.meta.nomor = `${copy.meta.nomor}9`;
    const other = buildView(copy);
    expect(other).not.toBe(buildView(reg));
    expect(other.shortTitle).not.toBe(buildView(reg).shortTitle);
  });
});
