import type { OwnerTarget } from "./chartTypes";

export interface TargetProgress {
  /** Whole percent collected of the target, rounded down (99.6% is not yet 100%); undefined without a target. */
  readonly percent: number | undefined;
  /** How much of the bar is filled, 0..1 (an owner past the target fills it). */
  readonly fill: number;
  /** The target is set and met. */
  readonly reached: boolean;
}

/**
 * An owner's progress towards the period's target. Without a target (none set, or one of 0 kept
 * from before targets had to be above 0) there is nothing to be a percentage of: no percent, no
 * bar — not "100%" with a full bar. Past the target, the percentage says by how much (120%).
 */
export function targetProgress(o: OwnerTarget): TargetProgress {
  if (!(o.targetMinor > 0)) return { percent: undefined, fill: 0, reached: false };
  const collected = Math.max(0, o.collectedMinor);
  // Minor units are integers: in BigInt the percentage is exact at any size.
  const percent = Number((BigInt(Math.trunc(collected)) * BigInt(100)) / BigInt(Math.trunc(o.targetMinor)));
  return { percent, fill: Math.min(1, collected / o.targetMinor), reached: collected >= o.targetMinor };
}
