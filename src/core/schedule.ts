import { type Day, edate, MAX_DAY, MIN_DAY } from "./dates";
import { inputError } from "./errors";
import { allocateByWeights, DEFAULT_DIGITS, fromMinor, type Minor, scaleOf, splitEqually } from "./money";
import type { Tranche } from "./terms/tranches";

/**
 * Payment schedules: tranches of a contract amount with their due dates. Amounts are minor units
 * and always add up to the whole amount exactly.
 */
export interface ScheduleRow {
  readonly number: number;
  readonly due: Day;
  /** Contractual share of the amount, a fraction. */
  readonly share: number;
  readonly amount: Minor;
}

/** Shares may carry binary noise (0.1 + 0.2); anything closer to 100% than this counts as 100%. */
const SHARE_TOLERANCE = 1e-9;
export const MAX_TRANCHES = 1000;

/**
 * The rounding step in minor units for `roundTo`, given in currency units: 0.01 is the cent (the
 * default), 1 whole units, 100 whole hundreds. It must be a positive multiple of the minor unit.
 */
export function roundingStep(roundTo: number, digits = DEFAULT_DIGITS): Minor {
  const scaled = roundTo * scaleOf(digits);
  const step = Math.round(scaled);
  if (!(roundTo > 0) || step < 1 || Math.abs(scaled - step) > 1e-9 * Math.max(1, scaled) || !Number.isSafeInteger(step)) {
    inputError("notAMultiple", { arg: "roundTo", unit: 1 / scaleOf(digits), got: roundTo }, "num");
  }
  return step;
}

/** The due date of a tranche: days after the start, or EDATE months from the start (never chained). */
export function trancheDue(start: Day, t: Pick<Tranche, "offset" | "unit">, arg = "terms"): Day {
  const due = t.unit === "m" ? monthsAfter(start, t.offset) : start + t.offset;
  if (due < MIN_DAY || due > MAX_DAY) inputError("dueDateOutOfRange", { arg }, "num");
  return due;
}

function monthsAfter(start: Day, months: number): Day {
  // Beyond year 9999 the calendar arithmetic is meaningless; report it rather than compute it.
  return months > 12 * 9999 ? MAX_DAY + 1 : edate(start, months);
}

export function checkShares(shares: readonly number[], arg = "terms"): void {
  if (shares.length === 0) inputError("required", { arg });
  if (shares.length > MAX_TRANCHES) inputError("mustNotExceed", { arg: `${arg} (tranches)`, limit: MAX_TRANCHES, got: shares.length }, "num");
  let total = 0;
  shares.forEach((share, i) => {
    if (!(share > 0)) inputError("mustBePositive", { arg, got: `${Number((share * 100).toPrecision(12))}%`, row: i + 1 }, "num");
    total += share;
  });
  if (Math.abs(total - 1) > SHARE_TOLERANCE) {
    inputError("sharesNot100", { arg, total: Number((total * 100).toPrecision(12)) });
  }
}

/**
 * Split `amount` over the tranches by share. `step` (minor units, at least 1) is the rounding step:
 * the amount is handed out in whole steps by the largest remainder method, and whatever is left
 * below one step (when the amount is not a multiple of the step) lands on the last tranche, the
 * balancing payment. With step 1 every minor unit is placed by largest remainder.
 */
export function schedule(amount: Minor, start: Day, tranches: readonly Tranche[], step: Minor = 1, arg = "terms"): ScheduleRow[] {
  const shares = tranches.map((t) => t.share);
  checkShares(shares, arg);
  const amounts = splitInSteps(amount, shares, step);
  return tranches.map((t, i) => ({ number: i + 1, due: trancheDue(start, t, arg), share: t.share, amount: amounts[i] }));
}

export function splitInSteps(amount: Minor, shares: readonly number[], step: Minor): Minor[] {
  if (amount < 0) return splitInSteps(-amount, shares, step).map((p) => (p === 0 ? 0 : -p));
  const steps = Math.floor(amount / step);
  // allocateByWeights is exact on the shares as written: tied remainders go to the earliest tranche.
  const parts = allocateByWeights(steps, shares).map((p) => p * step);
  parts[parts.length - 1] += amount - steps * step;
  return parts;
}

/**
 * `count` equal installments, the first due on `firstDue` and the k-th (from 0) on
 * EDATE(firstDue, k × monthsApart); earlier installments take the leftover minor units.
 */
export function installments(amount: Minor, firstDue: Day, count: number, monthsApart = 1): ScheduleRow[] {
  if (!Number.isInteger(count) || count < 1) inputError("mustBePositive", { arg: "count", got: count }, "num");
  if (count > MAX_TRANCHES) inputError("mustNotExceed", { arg: "count", limit: MAX_TRANCHES, got: count }, "num");
  if (!Number.isInteger(monthsApart) || monthsApart < 1) inputError("mustBePositive", { arg: "monthsApart", got: monthsApart }, "num");
  const amounts = splitEqually(amount, count);
  return amounts.map((a, k) => ({
    number: k + 1,
    due: trancheDue(firstDue, { offset: k * monthsApart, unit: "m" }, "count"),
    share: 1 / count,
    amount: a,
  }));
}

/** The spill of AR.SCHEDULE and AR.INSTALLMENTS: number, due date, share, amount in currency units. */
export function scheduleTable(rows: readonly ScheduleRow[], digits = DEFAULT_DIGITS): number[][] {
  return rows.map((r) => [r.number, r.due, r.share, fromMinor(r.amount, digits)]);
}
