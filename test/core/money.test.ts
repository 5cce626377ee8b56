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

  it("refuses (#NUM! naming the argument and row) an amount of 10^15 minor units or more whose cents need more than 15 significant digits, instead of rounding cents away", () => {
    // The 15-digit trim would make 12,345,678,901,234.56 into …234.60: 4 cents changed silently.
    const refused = (() => {
      try {
        toMinor(12345678901234.56, 2, "amounts", 7);
      } catch (e) {
        return e;
      }
    })();
    expect(isArInputError(refused) && [refused.code, refused.kind, refused.params.arg, refused.params.row]).toEqual(["tooLarge", "num", "amounts", 7]);
    expect(isArInputError(refused) && refused.messageIn("en")).toBe("Row 7: amounts is too large (at most 15 digits, cents included): 12345678901234.56.");
    expect(errorOf(() => toMinor(-80000000000000.02))).toEqual({ code: "tooLarge", kind: "num" });
    expect(errorOf(() => toMinor(1234567890123456, 0))).toEqual({ code: "tooLarge", kind: "num" }); // yen: 16 digits
    expect(errorOf(() => toMinor(123456789012.3456, 4))).toEqual({ code: "tooLarge", kind: "num" });
  });

  it("keeps every amount of 15 significant digits exactly, however large (as Excel stores a typed amount)", () => {
    expect(toMinor(12345678901234.5)).toBe(1234567890123450);
    expect(toMinor(-85179378791582.1)).toBe(-8517937879158210); // 8.5e15: the product × 100 is off by 1 in binary
    expect(toMinor(123456789012345, 0)).toBe(123456789012345);
    fc.assert(
      fc.property(fc.integer({ min: 1e13, max: 9e13 - 1 }), fc.integer({ min: 0, max: 9 }), fc.boolean(), (whole, tenth, negative) => {
        const cents = whole * 100 + tenth * 10; // a safe integer, computed without the amount's double
        const amount = Number(`${negative ? "-" : ""}${whole}.${tenth}`);
        expect(toMinor(amount)).toBe(negative ? -cents : cents);
      }),
      { numRuns: 2000 },
    );
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

  it.each([
    // 12 cents by 70 / 20 / 10%: exact shares 8.4, 2.4, 1.2; the floors leave one cent and the .4 of
    // 70% and of 20% tie on paper, so the earlier (70%) gets it. In binary 12 × 0.7 is 8.3999… and
    // 12 × 0.2 is 2.4000…04, and the cent went to the 20% part.
    [12, [0.7, 0.2, 0.1], [9, 2, 1]],
    [12, [0.1, 0.2, 0.7], [1, 3, 8]],
    // 1,000,000.08 as 20 / 70 / 10%: 20000001.6, 70000005.6, 10000000.8 cents — the .8 first, then the
    // earlier of the tied .6 (the AR.SCHEDULE example of docs/functions.md).
    [100000008, [0.2, 0.7, 0.1], [20000002, 70000005, 10000001]],
    // 0.1 + 0.2 + 0.3 + 0.4 is 1.0000000000000002 in binary; the exact shares are whole cents.
    [10, [0.1, 0.2, 0.3, 0.4], [1, 2, 3, 4]],
  ])("decides ties on the weights as written, not on binary noise: allocate %i by %j = %j", (total, weights, parts) => {
    expect(allocateByWeights(total, weights)).toEqual(parts);
    expect(allocateByWeights(-total, weights)).toEqual(parts.map((p) => -p || 0));
  });

  it("gives the same parts as the floating-point split it replaced wherever no remainders tie", () => {
    // The former implementation, kept here as the reference for untied remainders.
    const floatSplit = (total: number, weights: readonly number[]): { parts: number[]; tied: boolean } => {
      const sum = weights.reduce((a, b) => a + b, 0);
      const parts: number[] = [];
      const rests: { index: number; rest: number }[] = [];
      weights.forEach((w, index) => {
        const exact = (total * w) / sum;
        const floor = Math.floor(exact + 1e-9);
        parts.push(floor);
        rests.push({ index, rest: exact - floor });
      });
      let left = total - parts.reduce((a, b) => a + b, 0);
      rests.sort((a, b) => b.rest - a.rest || a.index - b.index);
      // Near but not equal: binary noise (about total × 2^-52 on each exact share) may have decided
      // the order; equal ones go to the earliest in both.
      const near = (x: number, y: number) => x !== y && Math.abs(x - y) < Math.max(1e-6, total * 1e-13);
      const tied = rests.some((r, i) => near(r.rest, 0) || near(r.rest, 1) || rests.some((o, j) => j !== i && near(r.rest, o.rest)));
      for (let k = 0; left > 0; k = (k + 1) % parts.length, left--) parts[rests[k].index] += 1;
      return { parts, tied };
    };
    let compared = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e11 }),
        fc.array(fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }).map((m) => m / 1e6), fc.double({ min: 1e-3, max: 1, noNaN: true }).map((w) => Number(w.toPrecision(15)))), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          fc.pre(weights.some((w) => w > 1e-6));
          const reference = floatSplit(total, weights);
          if (reference.tied) return;
          compared++;
          expect(allocateByWeights(total, weights)).toEqual(reference.parts);
        },
      ),
      { numRuns: 2000 },
    );
    expect(compared).toBeGreaterThan(1000); // most draws have no near tie
  });

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
