import fc from "fast-check";
import { agingFromCells } from "../../src/core/aging";
import { agingByFromCells as fromVectors, agingByTable } from "../../src/core/agingBy";
import { type Cell, CellVector, readVectorInPlace } from "../../src/core/cells";
import { serialFromYmd } from "../../src/core/dates";
import { ArInputError } from "../../src/core/errors";

const day = serialFromYmd;

/** The report over plain lists, as the adapter would read three rows of cells. */
function agingByFromCells(keys: readonly Cell[], dues: readonly Cell[], amounts: readonly Cell[], asOf: number, bounds?: number[]) {
  return fromVectors(CellVector.ofList(keys), CellVector.ofList(dues), CellVector.ofList(amounts), asOf, bounds);
}
const asOf = day(2024, 3, 31);

/*
 * Worked example, as of 2024-03-31, default bounds 30/60/90:
 *   Acme   due 2024-03-31   1,000.00   age   0 → Current
 *   Acme   due 2024-02-15     500.50   age  45 → 31-60
 *   Beta   due 2023-12-01     200.00   age 121 → >90
 *   acme   due 2024-03-20      99.50   age  11 → 1-30   (same key as Acme: case and spaces ignored)
 *   Gamma  due 2024-04-30     300.00   age -30 → Current
 *   Delta  due 2024-03-01     200.00   age  30 → 1-30   (inclusive upper bound)
 * Acme overdue 99.50 + 500.50 = 600.00, total 1,600.00; Beta and Delta overdue 200.00 each (tie:
 * B before D); Gamma overdue 0.
 */
const keys = ["Acme", "Acme", "Beta", " acme ", "Gamma", "Delta"];
const dues = [day(2024, 3, 31), day(2024, 2, 15), day(2023, 12, 1), day(2024, 3, 20), day(2024, 4, 30), day(2024, 3, 1)];
const amounts = [1000, 500.5, 200, 99.5, 300, 200];

describe("aging by key", () => {
  test("the worked example: one row per key, largest overdue first, ties by key", () => {
    expect(agingByTable(agingByFromCells(keys, dues, amounts, asOf))).toEqual([
      ["Key", "Current", "1-30", "31-60", "61-90", ">90", "Total"],
      ["Acme", 1000, 99.5, 500.5, 0, 0, 1600],
      ["Beta", 0, 0, 0, 0, 200, 200],
      ["Delta", 0, 200, 0, 0, 0, 200],
      ["Gamma", 300, 0, 0, 0, 0, 300],
    ]);
  });

  test("custom bounds change the bands", () => {
    const table = agingByTable(agingByFromCells(keys, dues, amounts, asOf, [60]));
    expect(table[0]).toEqual(["Key", "Current", "1-60", ">60", "Total"]);
    expect(table[1]).toEqual(["Acme", 1000, 600, 0, 1600]);
  });

  test("number keys match their text and sort before text keys, ascending", () => {
    const table = agingByTable(agingByFromCells([1002, "1002", 999, "zeta"], [asOf, asOf, asOf, asOf], [1, 2, 4, 8], asOf));
    // All Current (no overdue): ties by key → 999, 1002 (numbers ascending), then text.
    expect(table.slice(1).map((r) => [r[0], r[r.length - 1]])).toEqual([[999, 4], [1002, 3], ["zeta", 8]]);
  });

  test("rows blank in all three columns are skipped; blank in some is an error naming the row", () => {
    expect(agingByFromCells(["A", null, "B"], [asOf, "", asOf], [1, null, 2], asOf).rows).toHaveLength(2);
    let error: unknown;
    try {
      agingByFromCells(["A", null], [asOf, asOf], [1, 2], asOf);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ArInputError);
    expect((error as ArInputError).message).toBe("keys is blank in row 2 while dueDates is not; fill both or neither.");
  });

  test("columns are read in place, like rows", () => {
    const column = (cells: Cell[]) => readVectorInPlace(cells.map((c) => [c]), "x");
    const report = fromVectors(column(keys), column(dues), column(amounts), asOf);
    expect(agingByTable(report)).toEqual(agingByTable(agingByFromCells(keys, dues, amounts, asOf)));
    expect(() => readVectorInPlace([[1, 2], [3, 4]], "keys")).toThrow("keys must be a single row or a single column, got 2×2.");
  });

  test("an error value in any column propagates as it is", () => {
    const na = { code: "#N/A" };
    for (const [k, d, a] of [[na, asOf, 1], ["A", na, 1], ["A", asOf, na]]) {
      expect(() => agingByFromCells([k], [d], [a], asOf)).toThrow(expect.objectContaining({ code: "#N/A" }));
    }
  });

  test("ranges of different lengths are #VALUE! naming both sizes", () => {
    expect(() => agingByFromCells(["A", "B"], [asOf], [1, 2], asOf)).toThrow("keys has 2 values but dueDates has 1");
  });

  test("a text date that is not ISO is #VALUE! naming the row", () => {
    expect(() => agingByFromCells(["A"], ["31/03/2024"], [1], asOf)).toThrow('Row 1: dueDates must be a date');
  });

  test("ISO text due dates are accepted; text amounts are refused", () => {
    expect(agingByFromCells(["A"], ["2024-03-01"], [5], asOf).rows[0].totals).toEqual([0, 500, 0, 0, 0]);
    expect(() => agingByFromCells(["A"], [asOf], ["5"], asOf)).toThrow("amounts must be a number");
  });

  test("amounts within binary noise of a half cent round half away from zero, as toMinor does", () => {
    // 1.005 is stored as 1.00499999…; toMinor reads it as 1.01. 2.675 likewise → 2.68; -1.005 → -1.01.
    const report = agingByFromCells(["A", "B", "C"], [asOf, asOf, asOf], [1.005, 2.675, -1.005], asOf);
    expect(report.rows.map((r) => [r.key, r.total])).toEqual([["A", 101], ["B", 268], ["C", -101]]);
  });

  test("totals equal the sum of amounts, each key's row sums to its total, and buckets match AR.AGING", () => {
    const row = fc.record({
      key: fc.constantFrom("A", "b", "B ", "c", 7, "7"),
      due: fc.integer({ min: asOf - 400, max: asOf + 100 }),
      cents: fc.integer({ min: -1e8, max: 1e8 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const report = agingByFromCells(rows.map((r) => r.key), rows.map((r) => r.due), rows.map((r) => r.cents / 100), asOf);
        let grand = 0;
        const bucketSums = new Array(5).fill(0);
        for (const r of report.rows) {
          expect(r.totals.reduce((a, b) => a + b, 0)).toBe(r.total);
          r.totals.forEach((t, i) => (bucketSums[i] += t));
          grand += r.total;
        }
        expect(grand).toBe(rows.reduce((a, r) => a + r.cents, 0));
        const whole = agingFromCells(rows.map((r) => r.due), rows.map((r) => r.cents / 100), asOf);
        expect(bucketSums).toEqual(whole.totals.map((t) => t || 0));
        // Ordered by overdue, largest first.
        for (let i = 1; i < report.rows.length; i++) expect(report.rows[i - 1].overdue).toBeGreaterThanOrEqual(report.rows[i].overdue);
      }),
    );
  });

  test("keys group by case and surrounding spaces, numbers by their text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("x", "X", " x", "y", 1, "1"), { minLength: 1, maxLength: 40 }), (ks) => {
        const report = agingByFromCells(ks, ks.map(() => asOf), ks.map(() => 1), asOf);
        const distinct = new Set(ks.map((k) => String(k).trim().toLowerCase()));
        expect(report.rows).toHaveLength(distinct.size);
      }),
    );
  });
});
