import fc from "fast-check";
import { bucketIndex, bucketLabels, DEFAULT_BOUNDS } from "../../src/core/aging";
import { type AgingByReport, agingByFromCells } from "../../src/core/agingBy";
import { type Cell, CellVector, isBlank, readDay, readNumber, readVectorInPlace } from "../../src/core/cells";
import { inputError } from "../../src/core/errors";
import { toMinor } from "../../src/core/money";

/**
 * agingByFromCells looks keys up by their raw cell value (text as properties of a prototype-free
 * object, the rest in a Map), skips the lookup when a key repeats the previous row's, and adds
 * rows of two plain numbers through its own rounding and a bucket table. This proves it answers
 * exactly what the plain definition answers — the loop below, normalising every key the obvious
 * way (trim, lower case, a number as its text) — value for value and error for error, on keys
 * mixing case, padding, numbers and their text, booleans, blanks, error values and names that
 * an object already has ("__proto__", "constructor"), with ISO text dates and every amount edge.
 */
type Label = string | number | boolean;

function referenceAgingBy(keys: readonly Cell[], dues: readonly Cell[], amounts: readonly Cell[], asOf: number, bounds: readonly number[], digits: number): AgingByReport {
  if (keys.length !== dues.length) inputError("sizeMismatch", { arg: "keys", size: keys.length, other: "dueDates", otherSize: dues.length });
  if (keys.length !== amounts.length) inputError("sizeMismatch", { arg: "keys", size: keys.length, other: "amounts", otherSize: amounts.length });
  const groups = new Map<string, { label: Label; sums: number[] }>();
  for (let i = 0; i < keys.length; i++) {
    const row = i + 1;
    // A key of only spaces is blank, as it looks in the sheet.
    const k = typeof keys[i] === "string" && (keys[i] as string).trim() === "" ? "" : keys[i];
    const cells: [string, Cell][] = [["keys", k], ["dueDates", dues[i]], ["amounts", amounts[i]]];
    const blanks = cells.filter(([, v]) => isBlank(v));
    if (blanks.length === 3) continue;
    if (blanks.length > 0) inputError("halfBlank", { arg: blanks[0][0], other: cells.find(([, v]) => !isBlank(v))![0], row });
    if (typeof k === "object" && k !== null) throw k;
    const label = typeof k === "string" ? k.trim() : (k as number | boolean);
    const norm = String(label).toLowerCase();
    const due = readDay(dues[i], "dueDates", row);
    const amount = toMinor(readNumber(amounts[i], "amounts", row), digits, "amounts", row);
    let group = groups.get(norm);
    if (!group) groups.set(norm, (group = { label, sums: new Array<number>(bounds.length + 2).fill(0) }));
    group.sums[bucketIndex(asOf - due, bounds)] += amount;
  }
  const rows = [...groups].map(([norm, g]) => {
    const total = g.sums.reduce((s, t) => s + t, 0);
    return { norm, row: { key: g.label, totals: g.sums, total, overdue: total - g.sums[0] } };
  });
  rows.sort((x, y) => {
    if (x.row.overdue !== y.row.overdue) return y.row.overdue - x.row.overdue;
    const numX = typeof x.row.key === "number";
    const numY = typeof y.row.key === "number";
    if (numX && numY) return (x.row.key as number) - (y.row.key as number);
    if (numX !== numY) return numX ? -1 : 1;
    return x.norm < y.norm ? -1 : x.norm > y.norm ? 1 : 0;
  });
  return { labels: bucketLabels(bounds), rows: rows.map((r) => r.row) };
}

/** The outcome of a call: its value, or what it threw (an input error by code and parameters). */
function outcome(run: () => unknown): unknown {
  try {
    return { value: run() };
  } catch (e) {
    const err = e as { code?: unknown; params?: unknown; message?: string };
    return { threw: err.code ?? err.message, params: err.params };
  }
}

const errorValue = { code: "#N/A", message: "from a cell" };

/** Text built anew each time, so equal keys are distinct string objects as Excel's long texts are. */
const fresh = (s: string): string => [...s].join("");

const keyCell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom("acme", "Acme", "ACME", "beta", "Beta Trading Co., Ltd.", "汇宽科技", "1001", "x"), fc.constantFrom("", " ", "  ")).map(([k, pad]) => fresh(pad + k + (pad.length === 1 ? "" : pad))) },
  { weight: 2, arbitrary: fc.constantFrom<Cell>(1001, 7, 0, -0, 2.5, true, false, "TRUE", "7", " 7 ") },
  { weight: 1, arbitrary: fc.constantFrom<Cell>("__proto__", "constructor", "toString", "hasOwnProperty", "  ") },
  { weight: 1, arbitrary: fc.constantFrom<Cell>(null, "", undefined, errorValue) },
);

const amountCell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -5_000_000, max: 5_000_000 }).map((c) => c / 100) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.constantFrom(0.005, 0.0049999999999, 0.125, 0.5)).map(([w, f]) => w + f) },
  { weight: 1, arbitrary: fc.constantFrom<Cell>(-0, 1.005, -2.675, 9.999999999e9, 5e13, Infinity, NaN, null, "", "12.5", true, errorValue) },
);

const dueCell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 45600, max: 46100 }) },
  { weight: 1, arbitrary: fc.double({ min: 45600, max: 46100, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom<Cell>("2025-12-31", "2025-10-01", "2024-02-30", "31/12/2025", 0, -1, 2958466, NaN, null, "", true, errorValue) },
);

const boundsArb = fc.oneof(
  fc.constant(DEFAULT_BOUNDS),
  fc.uniqueArray(fc.integer({ min: 1, max: 400 }), { maxLength: 5 }).map((b) => [...b].sort((x, y) => x - y)),
  fc.constant([10_000, 20_000]), // beyond the bucket table: every row takes the general path
);

const asOfArb = fc.oneof(fc.integer({ min: 45900, max: 46100 }), fc.constant(46022.5));

/** Exact cases only: past 2^53 minor units the running sums round and depend on the order. */
function exact(amounts: readonly Cell[], digits: number): boolean {
  return amounts.reduce<number>((s, a) => s + (typeof a === "number" && Number.isFinite(a) ? Math.abs(a) * 10 ** digits : 0), 0) < Number.MAX_SAFE_INTEGER;
}

function check(rows: [Cell, Cell, Cell][], asOf: number, bounds: readonly number[], digits: number): void {
  const [keys, dues, amts] = [0, 1, 2].map((c) => rows.map((r) => r[c]));
  fc.pre(exact(amts, digits));
  const expected = outcome(() => referenceAgingBy(keys, dues, amts, asOf, bounds, digits));
  const list = (cells: Cell[]) => CellVector.ofList(cells);
  expect(outcome(() => agingByFromCells(list(keys), list(dues), list(amts), asOf, bounds, digits))).toEqual(expected);
  if (rows.length < 2) return; // 0 or 1 one-element rows are not a column (nothing or one cell)
  const column = (cells: Cell[], arg: string) => readVectorInPlace(cells.map((c) => [c]), arg);
  expect(outcome(() => agingByFromCells(column(keys, "keys"), column(dues, "dueDates"), column(amts, "amounts"), asOf, bounds, digits))).toEqual(expected);
}

describe("agingByFromCells fast path", () => {
  it("answers exactly what the plain definition answers, value or error, for lists and Excel columns", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(keyCell, dueCell, amountCell), { maxLength: 40 }), asOfArb, boundsArb, fc.constantFrom(0, 2, 4), (rows, asOf, bounds, digits) =>
        check(rows, asOf, bounds, digits),
      ),
      { numRuns: 2000 },
    );
  });

  it("agrees with the plain definition on well-formed ledgers: sorted runs of one key and hundreds of keys", () => {
    const name = fc.integer({ min: 0, max: 299 }).map((n) => fresh(`${n % 3 === 0 ? " " : ""}Customer ${n % 2 ? "A" : "a"}${n}`));
    const row = fc.tuple(fc.oneof(name, fc.integer({ min: 0, max: 50 })), fc.integer({ min: 45600, max: 46100 }), fc.integer({ min: -1e7, max: 1e7 }).map((c) => c / 100));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 600 }), fc.boolean(), (rows, sorted) => {
        if (sorted) rows.sort((x, y) => String(x[0]).localeCompare(String(y[0])));
        check(rows, 46022, DEFAULT_BOUNDS, 2);
      }),
      { numRuns: 150 },
    );
  });
});
