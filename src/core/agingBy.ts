import { bucketIndex, bucketLabels, DEFAULT_BOUNDS } from "./aging";
import { type Cell, isBlank, readDay, readNumber } from "./cells";
import { cellAt, type CellVector } from "./cellVector";
import { type Day, MAX_DAY, MIN_DAY } from "./dates";
import { inputError } from "./errors";
import { DEFAULT_DIGITS, fromMinor, type Minor, scaleOf, toMinor } from "./money";

/**
 * The customer aging report (AR.AGINGBY): bucket totals per key in one pass over the rows. Keys
 * group the way Excel's SUMIF matches them: text ignoring case and surrounding spaces, and a
 * number the same as its text ("1001" and 1001 are one key); each row is labelled with the key as
 * first seen. Rows come largest overdue first (overdue = everything outside Current), ties by key:
 * numbers ascending, then text in character-code order (case ignored).
 */
export const KEY_HEADER = "Key";
export const TOTAL_HEADER = "Total";

export interface AgingByRow {
  readonly key: string | number | boolean;
  /** Bucket totals in minor units, in the order of bucketLabels(bounds). */
  readonly totals: Minor[];
  readonly total: Minor;
  readonly overdue: Minor;
}

export interface AgingByReport {
  readonly labels: string[];
  readonly rows: AgingByRow[];
}

interface Group {
  readonly label: string | number | boolean;
  readonly norm: string;
  readonly sums: Float64Array;
}

export function agingByFromCells(
  keys: CellVector,
  dueDates: CellVector,
  amounts: CellVector,
  asOf: Day,
  bounds: readonly number[] = DEFAULT_BOUNDS,
  digits = DEFAULT_DIGITS,
): AgingByReport {
  sameLength(keys, "keys", dueDates, "dueDates");
  sameLength(keys, "keys", amounts, "amounts");
  const width = bounds.length + 2;
  const scale = scaleOf(digits);
  // Raw cell value → group is the hot path; normalising happens once per distinct raw value.
  const byRaw = new Map<unknown, Group>();
  const byNorm = new Map<string, Group>();
  const n = keys.length;
  let lastKey: Cell = undefined;
  let lastGroup: Group | undefined;
  for (let i = 0; i < n; i++) {
    const k = cellAt(keys, i);
    const d = cellAt(dueDates, i);
    const a = cellAt(amounts, i);
    if (isBlank(k) || isBlank(d) || isBlank(a)) {
      if (isBlank(k) && isBlank(d) && isBlank(a)) continue;
      halfBlank(k, d, a, i + 1);
    }
    // Sorted data repeats a key row after row: compare with the last one before hashing.
    let group = k === lastKey ? lastGroup : byRaw.get(k);
    if (group === undefined) {
      group = groupOf(k, byNorm, width);
      byRaw.set(k, group);
    }
    lastKey = k;
    lastGroup = group;
    const due = typeof d === "number" && d >= MIN_DAY && d < MAX_DAY + 1 ? Math.floor(d) : readDay(d, "dueDates", i + 1);
    const amount = typeof a === "number" ? minorOf(a, scale, digits) : toMinor(readNumber(a, "amounts", i + 1), digits, "amounts");
    group.sums[bucketIndex(asOf - due, bounds)] += amount;
  }
  const ranked = [...byNorm.values()].map((g) => ({ norm: g.norm, row: rowOf(g) }));
  ranked.sort((x, y) => y.row.overdue - x.row.overdue || compareKeys(x.row.key, x.norm, y.row.key, y.norm));
  const rows = ranked.map((r) => r.row);
  return { labels: bucketLabels(bounds), rows };
}

/** The spill: header (Key, bucket labels, Total), then one row per key in currency units. */
export function agingByTable(report: AgingByReport, digits = DEFAULT_DIGITS): (string | number | boolean)[][] {
  const table: (string | number | boolean)[][] = [[KEY_HEADER, ...report.labels, TOTAL_HEADER]];
  for (const r of report.rows) table.push([r.key, ...r.totals.map((t) => fromMinor(t, digits)), fromMinor(r.total, digits)]);
  return table;
}

function rowOf(g: Group): AgingByRow {
  const totals = Array.from(g.sums);
  let total = 0;
  for (const t of totals) total += t;
  return { key: g.label, totals, total, overdue: total - totals[0] };
}

function groupOf(k: Cell, byNorm: Map<string, Group>, width: number): Group {
  if (typeof k === "object" && k !== null) throw k; // an error value in a key cell propagates
  const label = typeof k === "string" ? k.trim() : (k as number | boolean);
  const norm = typeof label === "string" ? label.toLowerCase() : String(label).toLowerCase();
  let group = byNorm.get(norm);
  if (group === undefined) {
    group = { label, norm, sums: new Float64Array(width) };
    byNorm.set(norm, group);
  }
  return group;
}

/** toMinor without its string round trip for the common case: not within float noise of a half. */
function minorOf(value: number, scale: number, digits: number): Minor {
  const scaled = value * scale;
  const fraction = Math.abs(scaled - Math.trunc(scaled));
  // toMinor's 15-digit cleanup moves a value by under 1e-14 of itself, so away from that band
  // around a half both round alike.
  if (Math.abs(fraction - 0.5) > Math.abs(scaled) * 1e-14 + 1e-9 && Math.abs(scaled) < 2 ** 52) return Math.round(scaled) || 0;
  return Number.isFinite(value) ? toMinor(value, digits, "amounts") : readNumber(value, "amounts");
}

function compareKeys(a: string | number | boolean, normA: string, b: string | number | boolean, normB: string): number {
  const numA = typeof a === "number";
  const numB = typeof b === "number";
  if (numA && numB) return a - b;
  if (numA !== numB) return numA ? -1 : 1;
  return normA < normB ? -1 : normA > normB ? 1 : 0;
}

function sameLength(a: CellVector, argA: string, b: CellVector, argB: string): void {
  if (a.length !== b.length) inputError("sizeMismatch", { arg: argA, size: a.length, other: argB, otherSize: b.length });
}

function halfBlank(k: Cell, d: Cell, a: Cell, row: number): never {
  const cells: [string, Cell][] = [["keys", k], ["dueDates", d], ["amounts", a]];
  const blank = cells.find(([, v]) => isBlank(v))!;
  const filled = cells.find(([, v]) => !isBlank(v))!;
  return inputError("halfBlank", { arg: blank[0], other: filled[0], row });
}
