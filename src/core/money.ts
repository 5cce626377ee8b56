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

/**
 * Round an amount in currency units to minor units. Excel holds 15 significant digits, and so does
 * the rounding here: the 15-digit trim drops binary noise (1.005 × 100 = 100.49999…) before
 * rounding half up. At 10^15 minor units and beyond (10 trillion with cents) the trim would round
 * whole minor units away instead (12,345,678,901,234.56 → …234.60), so an amount there is kept only
 * when it has at most 15 significant digits (10,000,000,000,000 or 12,345,678,901,234.5, as Excel
 * stores a typed amount); one with more is refused (#NUM! naming `arg`, and `row` in a range), never
 * silently rounded.
 */
export function toMinor(amount: number, digits = DEFAULT_DIGITS, arg = "amount", row?: number): Minor {
  const scaled = Math.abs(amount) * scaleOf(digits);
  const minor = Math.round(Number(scaled.toPrecision(15)));
  if (!Number.isSafeInteger(minor) || (scaled >= 1e15 && significantDigits(amount) > 15)) {
    inputError("tooLarge", row === undefined ? { arg, got: amount } : { arg, got: amount, row }, "num");
  }
  return amount < 0 ? -minor : minor;
}

/** Significant digits of a number as written in its shortest form (12345678901234.56 → 16, 1e13 → 1). */
function significantDigits(value: number): number {
  const [mantissa] = Math.abs(value).toExponential().split("e");
  return mantissa.replace(".", "").replace(/0+$/, "").length || 1;
}

export function fromMinor(minor: Minor, digits = DEFAULT_DIGITS): number {
  const value = minor / scaleOf(digits);
  return value === 0 ? 0 : value; // never -0 in a cell
}

/**
 * Split `total` in proportion to `weights` (largest remainder method): each part is the floor of
 * its exact share, then the leftover minor units go to the largest fractional remainders, earliest
 * first on ties. Parts always sum to `total`; a negative total splits as the mirror of its magnitude.
 *
 * The arithmetic is exact (integers of any size) on the weights as written — each weight read as
 * its decimal of 15 significant digits, as Excel shows it, so 0.7 is seven tenths and not the double
 * 0.6999… — and remainders that tie on paper tie here and go to the earliest part. In floating
 * point the binary noise decided such ties (12 cents by 70/20/10% gave the spare cent to 20%).
 */
export function allocateByWeights(total: Minor, weights: readonly number[]): Minor[] {
  if (total < 0) return allocateByWeights(-total, weights).map((p) => (p === 0 ? 0 : -p));
  const n = weights.length;
  for (const w of weights) {
    if (!(w >= 0) || !Number.isFinite(w)) inputError("outOfRange", { arg: "weights", rule: "zero or more", got: w }, "num");
  }
  if (n === 0) return [];
  if (!Number.isSafeInteger(total)) inputError("tooLarge", { arg: "total", got: total }, "num");
  const exact = weights.map(decimalOf);
  let exponent = Infinity;
  for (const d of exact) if (d.mantissa !== 0n && d.exponent < exponent) exponent = d.exponent;
  if (exponent === Infinity) inputError("divideByZero", { arg: "weights" }, "div0");
  // Every weight as a whole multiple of the smallest unit among them: W_i = m_i × 10^(e_i − e_min).
  const whole = exact.map((d) => (d.mantissa === 0n ? 0n : d.mantissa * 10n ** BigInt(d.exponent - exponent)));
  let sum = 0n;
  for (const w of whole) sum += w;
  const t = BigInt(total);
  const parts = new Array<Minor>(n);
  const rests = new Array<bigint>(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const share = t * whole[i];
    parts[i] = Number(share / sum);
    rests[i] = share % sum;
    given += parts[i];
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (rests[b] > rests[a] ? 1 : rests[b] < rests[a] ? -1 : a - b));
  // Fewer than n units are left (each floor is short by less than one).
  for (let k = 0, left = total - given; left > 0; k++, left--) parts[order[k]] += 1;
  return parts;
}

/** A non-negative finite number as mantissa × 10^exponent, from its 15 significant digits. */
function decimalOf(value: number): { mantissa: bigint; exponent: number } {
  const [digits, exp] = value.toExponential(14).split("e");
  return { mantissa: BigInt(digits.replace(".", "")), exponent: Number(exp) - 14 };
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
