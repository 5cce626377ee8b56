import fc from "fast-check";
import { agingFromCells, bucketIndex, bucketLabels, DEFAULT_BOUNDS } from "../../src/core/aging";
import { type Cell, isBlank, readDay, readNumber, readVectorInPlace } from "../../src/core/cells";
import { inputError } from "../../src/core/errors";
import { toMinor } from "../../src/core/money";

/**
 * agingFromCells has an inlined fast path for rows of two numbers (own rounding, a bucket table,
 * several running totals per bucket). This proves it answers exactly what the plain definition
 * answers — the loop below, written the obvious way with the general readers — on inputs built to
 * hit every edge: amounts a hair from a half cent, huge and tiny numbers, -0, fractional and
 * out-of-range serials, ISO text, blanks, half-blank rows and error values.
 */
function referenceAging(dueDates: readonly Cell[], amounts: readonly Cell[], asOf: number, bounds: readonly number[], digits: number) {
  if (dueDates.length !== amounts.length) {
    inputError("sizeMismatch", { arg: "dueDates", size: dueDates.length, other: "amounts", otherSize: amounts.length });
  }
  const totals = new Array<number>(bounds.length + 2).fill(0);
  for (let i = 0; i < dueDates.length; i++) {
    const d = dueDates[i];
    const a = amounts[i];
    if (isBlank(d) || isBlank(a)) {
      if (isBlank(d) && isBlank(a)) continue;
      inputError("halfBlank", isBlank(d) ? { arg: "dueDates", other: "amounts", row: i + 1 } : { arg: "amounts", other: "dueDates", row: i + 1 });
    }
    const due = readDay(d, "dueDates", i + 1);
    totals[bucketIndex(asOf - due, bounds)] += toMinor(readNumber(a, "amounts", i + 1), digits, "amounts", i + 1);
  }
  for (const t of totals) if (!Number.isSafeInteger(t)) inputError("tooLarge", { arg: "amounts", got: t }, "num");
  return { labels: bucketLabels(bounds), totals };
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

const nearHalf = fc
  .tuple(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.constantFrom(0.005, 0.0049999999999, 0.0050000000001, 0.015, 0.125, 0.995, 0.5))
  .map(([whole, frac]) => (whole < 0 ? whole - frac : whole + frac));

const amountCell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -5_000_000, max: 5_000_000 }).map((c) => c / 100) },
  { weight: 3, arbitrary: nearHalf },
  { weight: 2, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.constantFrom(-0, 0, 1e12, 9.999999999e9, 5e13, 1e300, -1e300, 1e-300, Number.MAX_SAFE_INTEGER / 100, Infinity, NaN) },
  { weight: 1, arbitrary: fc.constantFrom<Cell>(null, "", "12.5", "abc", true, false, errorValue, undefined) },
);

const dueCell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 45000, max: 46100 }) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 3_000_000, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom<Cell>(0, 1, 0.5, -1, 2958465, 2958465.9, 2958466, NaN, Infinity, "2025-12-31", "2024-02-30", "31/12/2025", null, "", true, errorValue) },
);

const boundsArb = fc.oneof(
  fc.constant(DEFAULT_BOUNDS),
  fc.uniqueArray(fc.integer({ min: 1, max: 400 }), { maxLength: 6 }).map((b) => [...b].sort((x, y) => x - y)),
  fc.constant([10_000, 20_000]), // beyond the lookup table: the general path
);

const asOfArb = fc.oneof(fc.integer({ min: 45000, max: 46200 }), fc.constant(46022.5));

describe("agingFromCells fast path", () => {
  it("answers exactly what the plain definition answers, value or error, for lists and Excel columns", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(dueCell, amountCell), { maxLength: 40 }),
        asOfArb,
        boundsArb,
        fc.constantFrom(0, 2, 4),
        (rows, asOf, bounds, digits) => {
          const dues = rows.map((r) => r[0]);
          const amts = rows.map((r) => r[1]);
          // Past 2^53 minor units in all, the reference's running sums round on the way and its
          // answer depends on the order of the rows; only the exact cases have one right answer.
          fc.pre(amts.reduce<number>((s, a) => s + (typeof a === "number" && Number.isFinite(a) ? Math.abs(a) * 10 ** digits : 0), 0) < Number.MAX_SAFE_INTEGER);
          const expected = outcome(() => referenceAging(dues, amts, asOf, bounds, digits));
          expect(outcome(() => agingFromCells(dues, amts, asOf, bounds, digits))).toEqual(expected);
          if (rows.length >= 2) {
            const columns = () =>
              agingFromCells(readVectorInPlace(dues.map((d) => [d]), "dueDates"), readVectorInPlace(amts.map((a) => [a]), "amounts"), asOf, bounds, digits);
            expect(outcome(columns)).toEqual(expected);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("answers #NUM! (tooLarge) rather than an inexact total when a bucket passes 2^53 minor units", () => {
    const big = 50_000_000_000_000; // 5e15 minor units each; two make 1e16 > 2^53 ≈ 9.007e15
    expect(outcome(() => agingFromCells([46022, 46022], [big, big], 46022))).toMatchObject({ threw: "tooLarge" });
    expect(agingFromCells([46022, 46022], [big, -big], 46022).totals[0]).toBe(0);
  });

  it("rounds a 1.005-style amount half away from zero, as toMinor does, in either sign", () => {
    // 1.005 × 100 is 100.49999999999999 in binary; toMinor's 15-digit trim makes it 100.5 → 101.
    const result = agingFromCells([46022, 46022, 46022, 46022], [1.005, -1.005, 2.675, -2.675], 46022);
    expect(result.totals[0]).toBe(101 - 101 + 268 - 268);
    expect(agingFromCells([46022], [1.005], 46022).totals[0]).toBe(101);
    expect(agingFromCells([46022], [-2.675], 46022).totals[0]).toBe(-268);
  });
});
