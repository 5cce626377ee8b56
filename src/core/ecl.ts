import { type Cell, isBlank, readNumber, requireSameLength } from "./cells";
import { inputError } from "./errors";
import { DEFAULT_DIGITS, type Minor, sumMinor, toMinor } from "./money";
import { between, nonNegative } from "./numberChecks";

/**
 * Lifetime expected credit loss under the IFRS 9 simplified approach (§5.5.15) for trade
 * receivables, measured with a provision matrix (B5.5.35): each aging bucket's gross amount times
 * that bucket's loss rate. Amounts are rounded to minor units once on entry; the total is the
 * exact sum of the products rounded once, and the per-bucket provisions share that total out
 * (largest remainder) so they add up to it to the minor unit, each within one minor unit of its
 * exact product.
 */

export interface EclBucket {
  /** Gross carrying amount of the bucket, minor units, zero or more. */
  readonly amount: Minor;
  /** Lifetime loss rate as a fraction, 0 to 1. */
  readonly rate: number;
}

export interface EclResult {
  /** Lifetime expected credit loss, minor units. */
  readonly total: Minor;
  /** Provision of each bucket, in the order given; they add up to `total` exactly. */
  readonly perBucket: Minor[];
}

export function expectedCreditLoss(buckets: readonly EclBucket[]): EclResult {
  const exact = new Array<number>(buckets.length);
  let sum = 0;
  buckets.forEach((b, i) => {
    nonNegative(b.amount, "bucketAmounts");
    between(b.rate, "lossRates", 0, 1);
    // Products of minor units and rates carry binary noise (1500 × 0.07 = 105.00000000000001).
    exact[i] = Number((b.amount * b.rate).toPrecision(15));
    sum += exact[i];
  });
  const total = Math.round(Number(sum.toPrecision(15)));
  return { total, perBucket: shareOut(total, exact) };
}

/**
 * Largest remainder on the exact provisions themselves: each bucket gets the floor of its exact
 * amount, and the minor units left to reach the rounded total go to the largest fractions
 * (earliest first on ties). Each part is then within one minor unit of its exact provision,
 * which scaling the total by weights would not guarantee.
 */
function shareOut(total: Minor, exact: readonly number[]): Minor[] {
  const parts = exact.map(Math.floor);
  let left = total - sumMinor(parts);
  const order = exact.map((e, i) => ({ i, rest: e - parts[i] })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; left > 0; k++, left--) parts[order[k].i] += 1;
  return parts;
}

export interface EclRows {
  /** Lifetime expected credit loss, minor units. */
  readonly total: Minor;
  /** Provision of each input row, lined up with the input; null where the row was blank. */
  readonly perRow: (Minor | null)[];
}

/**
 * The provision matrix from two lined-up ranges of cells. A row blank in both is skipped (a gap
 * in the matrix); blank in one only is an error naming the row.
 */
export function eclFromCells(amounts: readonly Cell[], rates: readonly Cell[], digits = DEFAULT_DIGITS): EclRows {
  requireSameLength(amounts, "bucketAmounts", rates, "lossRates");
  const buckets: EclBucket[] = [];
  const rowOfBucket: number[] = [];
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i];
    const r = rates[i];
    if (isBlank(a) && isBlank(r)) continue;
    if (isBlank(a) || isBlank(r)) {
      inputError("halfBlank", isBlank(a)
        ? { arg: "bucketAmounts", other: "lossRates", row: i + 1 }
        : { arg: "lossRates", other: "bucketAmounts", row: i + 1 });
    }
    const amount = toMinor(nonNegative(readNumber(a, "bucketAmounts", i + 1), "bucketAmounts", i + 1), digits, "bucketAmounts");
    const rate = between(readNumber(r, "lossRates", i + 1), "lossRates", 0, 1, i + 1);
    buckets.push({ amount, rate });
    rowOfBucket.push(i);
  }
  const { total, perBucket } = expectedCreditLoss(buckets);
  const perRow = new Array<Minor | null>(amounts.length).fill(null);
  perBucket.forEach((p, k) => (perRow[rowOfBucket[k]] = p));
  return { total, perRow };
}
