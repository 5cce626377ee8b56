/** A deterministic shuffle (seeded LCG), so a property test's failing case replays from its spec. */
export function shuffled<T>(rows: readonly T[], seed: number): T[] {
  const out = [...rows];
  let state = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
