import { ArraySize } from "hyperformula";

/**
 * HyperFormula must know how many cells a formula spills into before it evaluates anything (it
 * reserves the range while building the dependency graph), but an AR function's result size
 * depends on its arguments' values. So sizes are learned: the first build predicts one cell per
 * call, evaluation records each call's real size, and the engine rebuilds with what it learned
 * until no size changes. Two passes for a sheet of spilling formulas; the loop is bounded.
 */

interface Size {
  readonly width: number;
  readonly height: number;
}

export class SpillSizes {
  private readonly sizes = new Map<string, Size>();
  private changed = false;

  /** The size to reserve for a call: what the last evaluation returned, else one cell. */
  predict(key: string): ArraySize {
    const size = this.sizes.get(key);
    return size ? new ArraySize(size.width, size.height) : ArraySize.scalar();
  }

  /** Record what a call actually returned. */
  record(key: string, width: number, height: number): void {
    const known = this.sizes.get(key) ?? { width: 1, height: 1 };
    if (known.width !== width || known.height !== height) this.changed = true;
    this.sizes.set(key, { width, height });
  }

  /** Whether any call returned a size other than the one reserved for it; resets the flag. */
  takeChanged(): boolean {
    const changed = this.changed;
    this.changed = false;
    return changed;
  }
}

// HyperFormula instantiates plugins itself, so they find the sizes of the build in progress here.
// Builds and evaluations are synchronous, so one active table at a time is enough.
let active: SpillSizes | undefined;

export function activeSpillSizes(): SpillSizes | undefined {
  return active;
}

export function withSpillSizes<T>(sizes: SpillSizes, run: () => T): T {
  const previous = active;
  active = sizes;
  try {
    return run();
  } finally {
    active = previous;
  }
}

/** A stable key for one call of a function in one formula cell, the same in every rebuild. */
export function callKey(address: { sheet: number; row: number; col: number }, ast: unknown): string {
  return `${address.sheet}!${address.row},${address.col}|${JSON.stringify(ast)}`;
}
