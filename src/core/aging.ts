import { type Cell, isBlank, readDay, readNumber, requireSameLength } from "./cells";
import type { Day } from "./dates";
import { inputError } from "./errors";
import { DEFAULT_DIGITS, fromMinor, toMinor } from "./money";

/**
 * Aging convention: `Current` holds what is not yet due (due today included); then one band per
 * bound with inclusive upper bounds; the last band is open. Bounds 30,60,90 give
 * Current, 1-30, 31-60, 61-90, >90. Labels are the same in every language so workbooks agree.
 */
export const DEFAULT_BOUNDS: readonly number[] = [30, 60, 90];
export const CURRENT = "Current";

export function validateBounds(bounds: readonly number[], arg = "bounds"): readonly number[] {
  let previous = 0;
  for (const b of bounds) {
    if (!Number.isInteger(b) || b <= previous) inputError("badBounds", { arg, got: bounds.join(",") });
    previous = b;
  }
  return bounds;
}

export function bucketLabels(bounds: readonly number[]): string[] {
  const labels = [CURRENT];
  let lower = 1;
  for (const b of bounds) {
    labels.push(`${lower}-${b}`);
    lower = b + 1;
  }
  labels.push(bounds.length ? `>${bounds[bounds.length - 1]}` : ">0");
  return labels;
}

/** Days past due: positive when late, zero on the due date, negative before it. */
export function ageDays(due: Day, asOf: Day): number {
  return asOf - due;
}

/** Index into bucketLabels(bounds) for a number of days past due. */
export function bucketIndex(daysPastDue: number, bounds: readonly number[]): number {
  if (daysPastDue <= 0) return 0;
  for (let i = 0; i < bounds.length; i++) if (daysPastDue <= bounds[i]) return i + 1;
  return bounds.length + 1;
}

export function bucketLabel(due: Day, asOf: Day, bounds: readonly number[] = DEFAULT_BOUNDS): string {
  return bucketLabels(bounds)[bucketIndex(ageDays(due, asOf), bounds)];
}

export interface AgingTotals {
  readonly labels: string[];
  /** Totals per bucket in minor units; they add up to the sum of the amounts. */
  readonly totals: number[];
}

/**
 * Aging totals over parallel columns of cells. A row blank in both is skipped; blank in one only
 * is an error naming the row. Each amount is rounded to minor units once, so the buckets add up
 * to the total exactly.
 */
export function agingFromCells(
  dueDates: readonly Cell[],
  amounts: readonly Cell[],
  asOf: Day,
  bounds: readonly number[] = DEFAULT_BOUNDS,
  digits = DEFAULT_DIGITS,
): AgingTotals {
  requireSameLength(dueDates, "dueDates", amounts, "amounts");
  const totals = new Array<number>(bounds.length + 2).fill(0);
  for (let i = 0; i < dueDates.length; i++) {
    const d = dueDates[i];
    const a = amounts[i];
    if (isBlank(d) || isBlank(a)) {
      if (isBlank(d) && isBlank(a)) continue;
      inputError("halfBlank", isBlank(d)
        ? { arg: "dueDates", other: "amounts", row: i + 1 }
        : { arg: "amounts", other: "dueDates", row: i + 1 });
    }
    const due = readDay(d, "dueDates", i + 1);
    const amount = toMinor(readNumber(a, "amounts", i + 1), digits, "amounts");
    totals[bucketIndex(asOf - due, bounds)] += amount;
  }
  return { labels: bucketLabels(bounds), totals };
}

/** The two-row spill of AR.AGING: labels, then totals in currency units. */
export function agingTable(result: AgingTotals, digits = DEFAULT_DIGITS): (string | number)[][] {
  return [result.labels, result.totals.map((t) => fromMinor(t, digits))];
}
