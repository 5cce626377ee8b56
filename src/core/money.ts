import { inputError } from "./errors";

/**
 * Money as integer minor units (分 / cents) with the currency's digits. Amounts are rounded half
 * away from zero once, on entry; every split hands out the rounding remainder so the parts add up
 * to the whole, to the minor unit.
 */
export type Minor = number;

export const DEFAULT_DIGITS = 2;

const SCALES = [1, 10, 100, 1000, 10000];

export function scaleOf(digits: number): number {
  const scale = SCALES[digits];
  if (scale === undefined) inputError("outOfRange", { arg: "digits", rule: "a whole number from 0 to 4", got: digits }, "num");
  return scale;
}

/** Round an amount in currency units to minor units. */
export function toMinor(amount: number, digits = DEFAULT_DIGITS, arg = "amount"): Minor {
  const scaled = Math.abs(amount) * scaleOf(digits);
  // toPrecision(15) drops binary noise (1.005 * 100 = 100.49999…) before rounding half up.
  const minor = Math.round(Number(scaled.toPrecision(15)));
  if (!Number.isSafeInteger(minor)) inputError("tooLarge", { arg, got: amount }, "num");
  return amount < 0 ? -minor : minor;
}

export function fromMinor(minor: Minor, digits = DEFAULT_DIGITS): number {
  const value = minor / scaleOf(digits);
  return value === 0 ? 0 : value; // never -0 in a cell
}

/**
 * Split `total` in proportion to `weights` (largest remainder method): each part is the floor of
 * its exact share, then the leftover minor units go to the largest fractional remainders, earliest
 * first on ties. Parts always sum to `total`; a negative total splits as the mirror of its magnitude.
 */
export function allocateByWeights(total: Minor, weights: readonly number[]): Minor[] {
  if (total < 0) return allocateByWeights(-total, weights).map((p) => (p === 0 ? 0 : -p));
  const n = weights.length;
  if (n === 0) return [];
  let weightSum = 0;
  for (const w of weights) {
    if (!(w >= 0) || !Number.isFinite(w)) inputError("outOfRange", { arg: "weights", rule: "zero or more", got: w }, "num");
    weightSum += w;
  }
  if (weightSum === 0) inputError("divideByZero", { arg: "weights" }, "div0");
  const parts = new Array<Minor>(n);
  const remainders: { index: number; rest: number }[] = [];
  let given = 0;
  for (let i = 0; i < n; i++) {
    const exact = (total * weights[i]) / weightSum;
    const floor = Math.floor(exact + 1e-9);
    parts[i] = floor;
    given += floor;
    remainders.push({ index: i, rest: exact - floor });
  }
  let left = total - given;
  remainders.sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (let k = 0; left > 0; k = (k + 1) % n, left--) parts[remainders[k].index] += 1;
  return parts;
}

/** Split `total` into `count` parts as equal as possible, the earlier parts taking the extra units. */
export function splitEqually(total: Minor, count: number): Minor[] {
  if (!Number.isInteger(count) || count < 1) inputError("outOfRange", { arg: "count", rule: "a whole number of at least 1", got: count }, "num");
  const sign = total < 0 ? -1 : 1;
  const magnitude = Math.abs(total);
  const base = Math.floor(magnitude / count);
  const extra = magnitude - base * count;
  return Array.from({ length: count }, (_, i) => sign * (base + (i < extra ? 1 : 0)) || 0);
}

export function sumMinor(parts: readonly Minor[]): Minor {
  let s = 0;
  for (const p of parts) s += p;
  return s;
}
