import { addFast, bucketIndex, bucketLabels, bucketTable, DEFAULT_BOUNDS } from "./aging";
import { type Cell, CellVector, isBlank, readDay, readNumber, requireSameLength } from "./cells";
import type { Day } from "./dates";
import { inputError } from "./errors";
import { KeyGroups, type KeyLabel } from "./keyGroups";
import { DEFAULT_DIGITS, type Minor, scaleOf, toMinor } from "./money";

/**
 * The customer aging report (AR.AGINGBY): bucket totals per key in one pass over the rows. Keys
 * group the way Excel's SUMIF matches them (KeyGroups: case and surrounding spaces ignored, 1001
 * and "1001" alike); each row is labelled with the key as first seen. Rows come largest overdue
 * first (overdue = everything outside Current), ties by key: numbers ascending, then text in
 * character-code order (case ignored).
 */
export const KEY_HEADER = "Key";
export const TOTAL_HEADER = "Total";

export interface AgingByRow {
  readonly key: KeyLabel;
  /** Bucket totals in minor units, in the order of bucketLabels(bounds). */
  readonly totals: Minor[];
  readonly total: Minor;
  readonly overdue: Minor;
}

export interface AgingByReport {
  readonly labels: string[];
  readonly rows: AgingByRow[];
}

/** No cell is this value: the first row, and the row after a general one, look their key up. */
const NO_KEY: unknown = Symbol("no key");

/**
 * Hot path (1,000,000 rows over 10,000 customers): a row whose key was seen before and whose due
 * date and amount are plain numbers costs one lookup of the raw key (KeyGroups; none when the key
 * is the previous row's), a days → bucket table lookup (aging.ts's bucketTable) and one addition
 * into a flat Float64Array at group × width + bucket — no allocation, no string, no call that can
 * throw. Every other row (a key's first row, blanks, text dates, errors, out-of-range values, an
 * amount near a half minor unit) goes through `addRow`, which reads it with the general readers
 * and so decides every edge case exactly as they do (test/fuzz/agingByFastPath.test.ts compares
 * both with a plain definition). The fast rounding is aging.ts's addFast: within 0.4 of a whole
 * number and below 1e12 minor units, Math.round agrees with toMinor.
 *
 * What remains is mostly the key lookup itself: a hash-table probe per row, at random places in a
 * table of 10,000 entries when customers come in random order. With one key (no lookup) the pass
 * measured about 3× the bare loop over the amounts; with 10,000 scattered customers 8–16×.
 */
export function agingByFromCells(
  keys: CellVector,
  dueDates: CellVector,
  amounts: CellVector,
  asOf: Day,
  bounds: readonly number[] = DEFAULT_BOUNDS,
  digits = DEFAULT_DIGITS,
): AgingByReport {
  requireSameLength(keys, "keys", dueDates, "dueDates");
  requireSameLength(keys, "keys", amounts, "amounts");
  const acc = new Accumulator(bounds.length + 2, asOf, bounds, digits);
  const { table, scale } = acc;
  const n = keys.length;
  if (table === undefined) {
    for (let i = 0; i < n; i++) acc.addRow(keys.at(i), dueDates.at(i), amounts.at(i), i + 1);
    return report(acc, bounds);
  }
  const width = acc.width;
  const top = table.length - 1;
  const { byText, byOther } = acc.groups;
  let sums = acc.sums;
  let lastKey = NO_KEY;
  let lastGroup = -1;
  const keyRows = keys.columnRows();
  const dueRows = dueDates.columnRows();
  const amountRows = amounts.columnRows();
  if (keyRows !== null && dueRows !== null && amountRows !== null) {
    // Three columns as Excel passes them: index the one-element rows directly, the common case.
    for (let i = 0; i < n; i++) {
      const k = (keyRows[i] as Cell[])[0];
      // Sorted ledgers repeat a key row after row: compare with the last one before hashing.
      if (k !== lastKey) {
        const g = typeof k === "string" ? byText[k] : byOther.get(k);
        lastKey = k;
        lastGroup = g === undefined ? -1 : g;
      }
      const d = (dueRows[i] as Cell[])[0];
      const a = (amountRows[i] as Cell[])[0];
      if (lastGroup < 0 || !addFast(sums, lastGroup * width, table, top, d, a, asOf, scale)) {
        acc.addRow(k, d, a, i + 1);
        sums = acc.sums; // a new group may have grown it
        lastKey = NO_KEY; // the key may have a group now: look it up again
      }
    }
  } else {
    for (let i = 0; i < n; i++) {
      const k = keys.at(i);
      if (k !== lastKey) {
        const g = typeof k === "string" ? byText[k] : byOther.get(k);
        lastKey = k;
        lastGroup = g === undefined ? -1 : g;
      }
      const d = dueDates.at(i);
      const a = amounts.at(i);
      if (lastGroup < 0 || !addFast(sums, lastGroup * width, table, top, d, a, asOf, scale)) {
        acc.addRow(k, d, a, i + 1);
        sums = acc.sums;
        lastKey = NO_KEY;
      }
    }
  }
  return report(acc, bounds);
}

/** The spill: header (Key, bucket labels, Total), then one row per key in currency units. */
export function agingByTable(report: AgingByReport, digits = DEFAULT_DIGITS): KeyLabel[][] {
  const table: KeyLabel[][] = [[KEY_HEADER, ...report.labels, TOTAL_HEADER]];
  const scale = scaleOf(digits);
  for (const r of report.rows) {
    const row: KeyLabel[] = [r.key];
    for (const t of r.totals) row.push(t / scale || 0); // fromMinor: never -0 in a cell
    row.push(r.total / scale || 0);
    table.push(row);
  }
  return table;
}

/** The groups and their bucket totals: group g's buckets are sums[g × width …]. */
class Accumulator {
  readonly groups = new KeyGroups();
  sums: Float64Array;
  /** Days past due → bucket (aging.ts); undefined when it does not apply, and every row is general. */
  readonly table: Uint16Array | undefined;
  readonly scale: number;

  constructor(
    readonly width: number,
    private readonly asOf: Day,
    private readonly bounds: readonly number[],
    private readonly digits: number,
  ) {
    this.sums = new Float64Array(width * 64);
    this.table = bucketTable(bounds, asOf);
    this.scale = scaleOf(digits);
  }

  /** One row by the general rules: blanks, new keys, text dates, errors, rounding as the readers do. */
  addRow(key: Cell, d: Cell, a: Cell, row: number): void {
    // A key of only spaces looks blank in the sheet and would group under an empty label: it is blank.
    const k = typeof key === "string" && key.trim() === "" ? "" : key;
    if (isBlank(k) || isBlank(d) || isBlank(a)) {
      if (isBlank(k) && isBlank(d) && isBlank(a)) return;
      halfBlank(k, d, a, row);
    }
    const group = this.groups.groupOf(k);
    if ((group + 1) * this.width > this.sums.length) {
      const grown = new Float64Array(this.sums.length * 2);
      grown.set(this.sums);
      this.sums = grown;
    }
    // A new key's first row is usually two plain numbers: spare it toMinor's string round trip.
    if (this.table !== undefined && addFast(this.sums, group * this.width, this.table, this.table.length - 1, d, a, this.asOf, this.scale)) return;
    const due = readDay(d, "dueDates", row);
    const amount = toMinor(readNumber(a, "amounts", row), this.digits, "amounts", row);
    this.sums[group * this.width + bucketIndex(this.asOf - due, this.bounds)] += amount;
  }
}

/**
 * The rows, largest overdue first. Sorting group numbers by a Float64Array of overdue amounts,
 * rather than row objects by their fields, halved the time of this step at 10,000 keys.
 */
function report(acc: Accumulator, bounds: readonly number[]): AgingByReport {
  const { groups, sums, width } = acc;
  const { labels, norms } = groups;
  const count = groups.size;
  const overdue = new Float64Array(count);
  const order = new Array<number>(count);
  for (let g = 0; g < count; g++) {
    let total = 0;
    for (let b = 0; b < width; b++) total += sums[g * width + b];
    overdue[g] = total - sums[g * width]; // as the row's overdue below, to the last bit
    order[g] = g;
  }
  order.sort((x, y) => overdue[y] - overdue[x] || compareKeys(labels[x], norms[x], labels[y], norms[y]));
  const rows = new Array<AgingByRow>(count);
  for (let r = 0; r < count; r++) {
    const g = order[r];
    const totals = new Array<number>(width);
    let total = 0;
    for (let b = 0; b < width; b++) total += totals[b] = sums[g * width + b];
    rows[r] = { key: labels[g], totals, total, overdue: total - totals[0] };
  }
  return { labels: bucketLabels(bounds), rows };
}

function compareKeys(a: KeyLabel, normA: string, b: KeyLabel, normB: string): number {
  const numA = typeof a === "number";
  const numB = typeof b === "number";
  if (numA && numB) return a - b;
  if (numA !== numB) return numA ? -1 : 1;
  return normA < normB ? -1 : normA > normB ? 1 : 0;
}

function halfBlank(k: Cell, d: Cell, a: Cell, row: number): never {
  const cells: [string, Cell][] = [["keys", k], ["dueDates", d], ["amounts", a]];
  const blank = cells.find(([, v]) => isBlank(v))!;
  const filled = cells.find(([, v]) => !isBlank(v))!;
  return inputError("halfBlank", { arg: blank[0], other: filled[0], row });
}
