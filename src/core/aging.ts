import { type Cell, CellVector, isBlank, readDay, readNumber, requireSameLength } from "./cells";
import { type Day, MAX_DAY, MIN_DAY } from "./dates";
import { inputError } from "./errors";
import { DEFAULT_DIGITS, fromMinor, scaleOf, toMinor } from "./money";

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
 *
 * Hot path (AR.AGING on 1,000,000 rows must run close to a bare loop over the amounts): a row of
 * two numbers is bucketed by `addFast` with no allocation and no call that could throw; anything
 * else — blanks, text dates, errors, out-of-range values, an amount near a half minor unit — goes
 * through `addRow`, which reads the row with the general readers and so decides every edge case
 * exactly as the readers do. Measurements and what did not help: docs/performance.md.
 */
export function agingFromCells(
  dueDates: readonly Cell[] | CellVector,
  amounts: readonly Cell[] | CellVector,
  asOf: Day,
  bounds: readonly number[] = DEFAULT_BOUNDS,
  digits = DEFAULT_DIGITS,
): AgingTotals {
  const due = dueDates instanceof CellVector ? dueDates : CellVector.ofList(dueDates);
  const amt = amounts instanceof CellVector ? amounts : CellVector.ofList(amounts);
  requireSameLength(due, "dueDates", amt, "amounts");
  const scale = scaleOf(digits);
  const width = bounds.length + 2;
  const lanes = new Float64Array(width * LANES);
  const table = laneTable(bounds, asOf);
  const top = table === undefined ? 0 : table.length - 1; // the last entry: beyond the last bound
  const n = due.length;
  const dueRows = due.columnRows();
  const amtRows = amt.columnRows();
  if (table === undefined) {
    for (let i = 0; i < n; i++) addRow(lanes, due.at(i), amt.at(i), i + 1, asOf, bounds, digits);
  } else if (dueRows !== null && amtRows !== null) {
    // Both are columns as Excel passes them: index the rows directly, the common case.
    for (let i = 0; i < n; i++) {
      const d = (dueRows[i] as Cell[])[0];
      const a = (amtRows[i] as Cell[])[0];
      if (!addFast(lanes, i & (LANES - 1), table, top, d, a, asOf, scale)) addRow(lanes, d, a, i + 1, asOf, bounds, digits);
    }
  } else {
    for (let i = 0; i < n; i++) {
      const d = due.at(i);
      const a = amt.at(i);
      if (!addFast(lanes, i & (LANES - 1), table, top, d, a, asOf, scale)) addRow(lanes, d, a, i + 1, asOf, bounds, digits);
    }
  }
  return { labels: bucketLabels(bounds), totals: sumLanes(lanes, width, digits) };
}

/**
 * Each bucket keeps LANES running totals and row i adds to lane i mod LANES: consecutive rows of
 * one bucket then do not wait for each other's store, which a single total per bucket made the
 * loop's critical path. Totals are whole minor units, so the order of the additions is immaterial.
 */
const LANES = 4;

/** The longest last bound served by a lookup table (16 KB); longer ones take the general path. */
const MAX_TABLE_DAYS = 8192;

/**
 * Days past due (clamped to 0 … last bound + 1) → the first lane of its bucket. Random due dates
 * made bucketIndex's comparison chain mispredict on most rows; a table lookup does not branch on
 * the data. Whole days only: a fractional as-of date (core callers could pass one) or an absurdly
 * long bound gets no table, and every row takes the general path.
 */
function laneTable(bounds: readonly number[], asOf: Day): Uint16Array | undefined {
  return bucketTable(bounds, asOf, LANES);
}

/**
 * Days past due, clamped to 0 … last bound + 1 (the table's last index), → bucketIndex × `step`;
 * undefined when a table does not apply (see laneTable). AR.AGING uses step LANES, AR.AGINGBY 1.
 */
export function bucketTable(bounds: readonly number[], asOf: Day, step = 1): Uint16Array | undefined {
  const last = bounds.length ? bounds[bounds.length - 1] : 0;
  if (last > MAX_TABLE_DAYS || !Number.isInteger(asOf)) return undefined;
  const table = new Uint16Array(last + 2);
  for (let days = 0; days <= last + 1; days++) table[days] = bucketIndex(days, bounds) * step;
  return table;
}

/**
 * A row of two plain numbers: add its amount to `sums[offset + bucket]` and answer true. Anything
 * else answers false and changes nothing. Shared by AR.AGING (offset = its lane) and AR.AGINGBY
 * (offset = its key's group). The amount is rounded as toMinor rounds it: toMinor first trims
 * amount × scale to 15 significant digits, which moves it by under 1e-13 of itself — under 0.1
 * below 1e12 — so within 0.4 of a whole number both round to that number. The same tests keep the
 * result a safe integer and send NaN and infinities to the general path. `top` is the table's
 * last index (beyond the last bound).
 */
export function addFast(sums: Float64Array, offset: number, table: Uint16Array, top: number, d: Cell, a: Cell, asOf: Day, scale: number): boolean {
  if (typeof d !== "number" || typeof a !== "number") return false;
  const scaled = a * scale;
  const minor = Math.round(scaled);
  // d >= MIN_DAY && d < MAX_DAY + 1 is readDay's range test on floor(d), without the floor.
  if (!(d >= MIN_DAY && d < MAX_DAY + 1 && Math.abs(scaled - minor) < 0.4 && Math.abs(scaled) < 1e12)) return false;
  const days = asOf - Math.floor(d);
  sums[offset + table[days < 0 ? 0 : days > top ? top : days]] += minor;
  return true;
}

/** One row by the general rules: blanks, text dates, errors and rounding exactly as the readers do. */
function addRow(lanes: Float64Array, d: Cell, a: Cell, row: number, asOf: Day, bounds: readonly number[], digits: number): void {
  if (isBlank(d) || isBlank(a)) {
    if (isBlank(d) && isBlank(a)) return;
    inputError("halfBlank", isBlank(d) ? { arg: "dueDates", other: "amounts", row } : { arg: "amounts", other: "dueDates", row });
  }
  const due = readDay(d, "dueDates", row);
  const amount = toMinor(readNumber(a, "amounts", row), digits, "amounts", row);
  lanes[bucketIndex(asOf - due, bounds) * LANES] += amount;
}

/**
 * A bucket's total from its lanes. Beyond 2^53 minor units (90 trillion at two digits) a total
 * can no longer be held exactly and would depend on the order of the additions, so it is #NUM!
 * like any amount too large for minor units, never a plausible-looking wrong number.
 */
function sumLanes(lanes: Float64Array, width: number, digits: number): number[] {
  const totals = new Array<number>(width).fill(0);
  for (let b = 0; b < width; b++) {
    for (let l = 0; l < LANES; l++) totals[b] += lanes[b * LANES + l];
    if (!Number.isSafeInteger(totals[b])) inputError("tooLarge", { arg: "amounts", got: fromMinor(totals[b], digits) }, "num");
  }
  return totals;
}

/** The two-row spill of AR.AGING: labels, then totals in currency units. */
export function agingTable(result: AgingTotals, digits = DEFAULT_DIGITS): (string | number)[][] {
  return [result.labels, result.totals.map((t) => fromMinor(t, digits))];
}
