/**
 * A memo with a bound: the last `limit` results asked for stay in memory, the
 * oldest go first. For derivations that are cheap to redo but asked for many
 * times in a row (a figure's SVG by its page, its PNG, its PowerPoint file),
 * so that memory stays flat however many regulations the build has.
 */
export function boundedMemo<V>(limit: number): (key: string, make: () => V) => V {
  const kept = new Map<string, V>();
  return (key, make) => {
    if (kept.has(key)) {
      const v = kept.get(key)!;
      kept.delete(key);
      kept.set(key, v);
      return v;
    }
    const v = make();
    kept.set(key, v);
    if (kept.size > limit) kept.delete(kept.keys().next().value!);
    return v;
  };
}
