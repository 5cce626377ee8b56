import fc from "fast-check";
import { isArInputError } from "../../src/core/errors";
import { allocateByWeights, fromMinor, scaleOf, splitEqually, sumMinor, toMinor } from "../../src/core/money";

function errorOf(run: () => unknown): { code: string; kind: string } | undefined {
  try {
    run();
  } catch (e) {
    if (isArInputError(e)) return { code: e.code, kind: e.kind };
    throw e;
  }
  return undefined;
}

describe("toMinor: rounding to minor units, half away from zero, once", () => {
  it.each([
    [1.005, 2, 101], // 1.005 × 100 is 100.49999… in binary; the decimal half rounds up
    [2.675, 2, 268],
    [0.125, 2, 13],
    [-0.125, 2, -13], // away from zero
    [-0.005, 2, -1],
    [0.004999, 2, 0],
    [1234.5, 0, 1235],
    [1.2345, 3, 1235],
    [1.23456, 4, 12346],
    [99.99, 2, 9999],
    [0, 2, 0],
  ])("toMinor(%d, %i) = %i", (amount, digits, minor) => expect(toMinor(amount, digits)).toBe(minor));

  it("refuses digits outside 0..4 and amounts too large to hold exactly (#NUM!)", () => {
    expect(errorOf(() => scaleOf(5))).toEqual({ code: "outOfRange", kind: "num" });
    expect(errorOf(() => toMinor(1e14))).toEqual({ code: "tooLarge", kind: "num" });
    expect(toMinor(1e13)).toBe(1e15);
  });

  it("round-trips every whole number of cents", () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => expect(toMinor(fromMinor(cents))).toBe(cents)));
  });

  it("never writes -0 into a cell", () => {
    expect(Object.is(fromMinor(-0), 0)).toBe(true);
    expect(fromMinor(-150)).toBe(-1.5);
  });
});

describe("allocateByWeights: largest remainder, exact sum", () => {
  it.each([
    // 100.00 in thirds: 33.33 each and the leftover cent to the first (ties go to the earliest).
    [10000, [1, 1, 1], [3334, 3333, 3333]],
    // 1,000.01 by 30 / 60 / 10: exact shares 30000.3, 60000.6, 10000.1 cents; the floors leave one
    // cent, which goes to the largest remainder (.6, the 60% part).
    [100001, [30, 60, 10], [30000, 60001, 10000]],
    [5, [1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 0]],
    [-10000, [1, 1, 1], [-3334, -3333, -3333]], // a negative total mirrors its magnitude
    [7, [0, 1], [0, 7]],
    [0, [2, 3], [0, 0]],
  ])("allocate %i by %j = %j", (total, weights, parts) => expect(allocateByWeights(total, weights)).toEqual(parts));

  it("refuses negative or non-finite weights (#NUM!) and all-zero weights (#DIV/0!)", () => {
    expect(errorOf(() => allocateByWeights(100, [1, -1]))).toEqual({ code: "outOfRange", kind: "num" });
    expect(errorOf(() => allocateByWeights(100, [1, Infinity]))).toEqual({ code: "outOfRange", kind: "num" });
    expect(errorOf(() => allocateByWeights(100, [NaN]))).toEqual({ code: "outOfRange", kind: "num" });
    expect(errorOf(() => allocateByWeights(100, [0, 0]))).toEqual({ code: "divideByZero", kind: "div0" });
    expect(allocateByWeights(100, [])).toEqual([]);
  });

  const totals = fc.integer({ min: -1e11, max: 1e11 });
  const weights = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 30 }).filter((w) => w.some((x) => x > 0));

  it("gives parts that add up to the total, each within one unit of its exact share", () => {
    fc.assert(
      fc.property(totals, weights, (total, w) => {
        const parts = allocateByWeights(total, w);
        const sum = w.reduce((a, b) => a + b, 0);
        expect(sumMinor(parts)).toBe(total);
        parts.forEach((p, i) => {
          expect(Number.isInteger(p)).toBe(true);
          expect(Math.abs(p - (total * w[i]) / sum)).toBeLessThan(1);
        });
      }),
    );
  });

  it("gives fractional weights (such as shares 0.3, 0.6, 0.1) parts that add up too", () => {
    fc.assert(
      fc.property(totals, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }).filter((w) => w.some((x) => x > 1e-6)), (total, w) => {
        expect(sumMinor(allocateByWeights(total, w))).toBe(total);
      }),
    );
  });
});

describe("splitEqually", () => {
  it.each([
    [10000, 3, [3334, 3333, 3333]],
    [10, 4, [3, 3, 2, 2]],
    [-10, 4, [-3, -3, -2, -2]],
    [2, 3, [1, 1, 0]],
    [0, 2, [0, 0]],
  ])("split %i in %i = %j", (total, count, parts) => {
    const result = splitEqually(total, count);
    expect(result).toEqual(parts);
    expect(result.some((p) => Object.is(p, -0))).toBe(false);
  });

  it("refuses a count that is not a whole number of at least 1 (#NUM!)", () => {
    for (const count of [0, -1, 1.5, NaN]) expect(errorOf(() => splitEqually(100, count))).toEqual({ code: "outOfRange", kind: "num" });
  });

  it("gives parts that add up to the total, each within one unit of total / count, larger ones first", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 1, max: 500 }), (total, count) => {
        const parts = splitEqually(total, count);
        expect(parts).toHaveLength(count);
        expect(sumMinor(parts)).toBe(total);
        for (const p of parts) expect(Math.abs(p - total / count)).toBeLessThan(1);
        for (let i = 1; i < count; i++) expect(Math.abs(parts[i - 1])).toBeGreaterThanOrEqual(Math.abs(parts[i]));
      }),
    );
  });
});
