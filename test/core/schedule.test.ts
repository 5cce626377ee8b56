import fc from "fast-check";
import { edate, serialFromYmd } from "../../src/core/dates";
import { ArInputError } from "../../src/core/errors";
import { installments, roundingStep, schedule, splitInSteps, trancheDue } from "../../src/core/schedule";
import { parseTranches } from "../../src/core/terms/tranches";

const day = serialFromYmd;

function errorOf(run: () => unknown): ArInputError {
  try {
    run();
  } catch (e) {
    if (e instanceof ArInputError) return e;
    throw e;
  }
  throw new Error("expected an ArInputError, nothing was thrown");
}

describe("schedule", () => {
  test("the contract example: 1,000,000.00 from 2024-01-31 as 30%@0d; 60%@90d; 10%@12m", () => {
    // 2024-01-31 + 90 days: 29 (to Feb 29) + 31 (Mar 31) + 30 (Apr 30) = 2024-04-30.
    // 12 months by EDATE from 2024-01-31 = 2025-01-31.
    const rows = schedule(100000000, day(2024, 1, 31), parseTranches("30%@0d; 60%@90d; 10%@12m"));
    expect(rows).toEqual([
      { number: 1, due: day(2024, 1, 31), share: 0.3, amount: 30000000 },
      { number: 2, due: day(2024, 4, 30), share: 0.6, amount: 60000000 },
      { number: 3, due: day(2025, 1, 31), share: 0.1, amount: 10000000 },
    ]);
  });

  test("months count by EDATE from the start date, never chained from the previous tranche", () => {
    // From 2024-01-31: 1m → 2024-02-29 (clamped), 2m → 2024-03-31. Chaining would give 2024-03-29.
    const rows = schedule(10000, day(2024, 1, 31), parseTranches("50%@1m; 50%@2m"));
    expect(rows.map((r) => r.due)).toEqual([day(2024, 2, 29), day(2024, 3, 31)]);
  });

  test("the cent left over goes to the largest remainder", () => {
    // 1,234.57 = 123457 cents: 30% = 37037.1, 60% = 74074.2, 10% = 12345.7 → floors sum 123456;
    // the spare cent goes to the largest remainder (.7, the third): 370.37, 740.74, 123.46.
    const rows = schedule(123457, day(2024, 1, 1), parseTranches("30%@0d; 60%@30d; 10%@60d"));
    expect(rows.map((r) => r.amount)).toEqual([37037, 74074, 12346]);
  });

  test("roundTo 100: whole hundreds by largest remainder, the odd 67.89 on the last tranche", () => {
    // 1,234,567.89 with step 100.00 = 10000 cents: 12345 whole steps, 67.89 left.
    // Steps 30/60/10%: 3703.5, 7407, 1234.5 → floors 3703+7407+1234 = 12344; the spare step goes
    // to the earliest .5 (tranche 1). Amounts 370,400.00; 740,700.00; 123,400.00 + 67.89.
    const rows = schedule(123456789, day(2024, 1, 1), parseTranches("30%@0d; 60%@30d; 10%@60d"), 10000);
    expect(rows.map((r) => r.amount)).toEqual([37040000, 74070000, 12346789]);
  });

  test.each([
    ["30%@0d; 60%@90d", 90],
    ["30%@0d; 60%@90d; 20%@120d", 110],
  ])("shares %j add up to %i%, not 100%: #VALUE!", (text, total) => {
    const e = errorOf(() => schedule(100, day(2024, 1, 1), parseTranches(text)));
    expect([e.code, e.kind, e.params.total]).toEqual(["sharesNot100", "value", total]);
  });

  test("0.1 + 0.2 + 0.7 counts as 100% despite binary noise", () => {
    expect(() => schedule(100, day(2024, 1, 1), [0.1, 0.2, 0.7].map((share) => ({ share, offset: 0, unit: "d" as const })))).not.toThrow();
  });

  test("a zero share is refused: #NUM!", () => {
    const e = errorOf(() => schedule(100, day(2024, 1, 1), parseTranches("0%@0d; 100%@30d")));
    expect([e.code, e.kind, e.params.row]).toEqual(["mustBePositive", "num", 1]);
  });

  test("more than 1,000 tranches is #NUM! with a message that has no English words in Chinese", () => {
    const tranches = Array.from({ length: 1001 }, () => ({ share: 1 / 1001, offset: 0, unit: "d" as const }));
    const e = errorOf(() => schedule(100, day(2024, 1, 1), tranches));
    expect([e.code, e.kind]).toEqual(["mustNotExceed", "num"]);
    expect(e.message).toBe("terms (tranches) must not exceed 1000, got 1001.");
    expect(e.messageIn("zh")).toBe("terms (tranches) 不能超过 1000，实际为 1001。");
  });

  test("a due date past 9999-12-31 is #NUM!", () => {
    const e = errorOf(() => schedule(100, day(9999, 12, 1), parseTranches("100%@31d")));
    expect([e.code, e.kind]).toEqual(["dueDateOutOfRange", "num"]);
  });

  test("1,000,000.08 as 20/70/10%: the second spare cent goes to the earliest of the tied .6 remainders", () => {
    // 100000008 cents → 20000001.6 / 70000005.6 / 10000000.8: floors leave 2 cents, the first to .8 (third),
    // the second to the tie .6 / .6, earliest first (first tranche).
    const rows = schedule(100000008, day(2024, 1, 1), parseTranches("20%@0d; 70%@30d; 10%@60d"));
    expect(rows.map((r) => r.amount)).toEqual([20000002, 70000005, 10000001]);
    // 0.12 as 70/20/10%: 8.4 / 2.4 / 1.2 cents, one spare cent to the earlier .4.
    expect(splitInSteps(12, [0.7, 0.2, 0.1], 1)).toEqual([9, 2, 1]);
  });

  test("a negative amount (a credit) splits as the mirror of its magnitude", () => {
    expect(splitInSteps(-123457, [0.3, 0.6, 0.1], 1)).toEqual([-37037, -74074, -12346]);
  });
});

describe("roundingStep", () => {
  test.each([
    [0.01, 1],
    [1, 100],
    [100, 10000],
    [0.05, 5],
  ])("roundTo %d is a step of %i cents", (roundTo, step) => {
    expect(roundingStep(roundTo)).toBe(step);
  });

  test.each([0, -1, 0.001, 0.015])("roundTo %d is not a positive multiple of 0.01: #NUM!", (roundTo) => {
    const e = errorOf(() => roundingStep(roundTo));
    expect([e.code, e.kind]).toEqual(["notAMultiple", "num"]);
  });
});

describe("installments", () => {
  test("100.00 in 3 monthly installments from 2024-01-31: 33.34, 33.33, 33.33 on EDATE dates", () => {
    // 10000 cents / 3 = 3333 r 1: the first takes the spare cent. Due 01-31, 02-29 (clamped), 03-31.
    expect(installments(10000, day(2024, 1, 31), 3)).toEqual([
      { number: 1, due: day(2024, 1, 31), share: 1 / 3, amount: 3334 },
      { number: 2, due: day(2024, 2, 29), share: 1 / 3, amount: 3333 },
      { number: 3, due: day(2024, 3, 31), share: 1 / 3, amount: 3333 },
    ]);
  });

  test("quarterly installments step by monthsApart from the first due date", () => {
    // EDATE(2024-01-31, 3) = 2024-04-30, EDATE(2024-01-31, 6) = 2024-07-31 (not 07-30 as chaining gives).
    expect(installments(90000, day(2024, 1, 31), 3, 3).map((r) => r.due)).toEqual([day(2024, 1, 31), day(2024, 4, 30), day(2024, 7, 31)]);
  });

  test.each([
    [0, 1, "count"],
    [1001, 1, "count"],
    [3, 0, "monthsApart"],
    [3, -1, "monthsApart"],
  ])("count %i, monthsApart %i: #NUM! naming %s", (count, apart, arg) => {
    const e = errorOf(() => installments(100, day(2024, 1, 1), count, apart));
    expect([e.kind, e.params.arg]).toEqual(["num", arg]);
  });
});

describe("schedule invariants", () => {
  const start = fc.integer({ min: day(1990, 1, 1), max: day(2090, 12, 31) });
  const amount = fc.integer({ min: -1e12, max: 1e12 });
  // Shares from positive integer weights, normalised: they add up to 1 within float noise.
  const shares = fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 12 }).map((w) => {
    const sum = w.reduce((a, b) => a + b, 0);
    return w.map((x) => x / sum);
  });

  test("schedule amounts add up exactly to the amount, for any step", () => {
    fc.assert(
      fc.property(amount, start, shares, fc.integer({ min: 1, max: 1e6 }), (total, s, sh, step) => {
        const rows = schedule(total, s, sh.map((share, i) => ({ share, offset: i * 30, unit: "d" as const })), step);
        expect(rows.reduce((acc, r) => acc + r.amount, 0)).toBe(total);
        // Every tranche but the last is a whole number of steps.
        for (const r of rows.slice(0, -1)) expect(Math.abs(r.amount) % step).toBe(0);
      }),
    );
  });

  test("whole-percent shares split by the exact largest remainder, earliest first on a tie (no binary noise)", () => {
    // Reference in integers: percent p of T cents is T·p/100, remainder (T·p) mod 100.
    const reference = (total: number, percents: number[]): number[] => {
      const parts = percents.map((p) => Math.floor((total * p) / 100));
      let left = total - parts.reduce((a, b) => a + b, 0);
      const order = percents.map((p, i) => ({ i, rest: (total * p) % 100 })).sort((a, b) => b.rest - a.rest || a.i - b.i);
      for (let k = 0; left > 0; k++, left--) parts[order[k].i] += 1;
      return parts;
    };
    const percents = fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 8 }).filter((p) => p.reduce((a, b) => a + b, 0) <= 100);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e10 }), percents, (total, ps) => {
        const full = [...ps, 100 - ps.reduce((a, b) => a + b, 0)].filter((p) => p > 0);
        const text = full.map((p, i) => `${p}%@${i}d`).join(";");
        expect(schedule(total, day(2024, 1, 1), parseTranches(text)).map((r) => r.amount)).toEqual(reference(total, full));
      }),
      { numRuns: 2000 },
    );
  });

  test("installment amounts add up exactly and differ by at most one minor unit", () => {
    fc.assert(
      fc.property(amount, start, fc.integer({ min: 1, max: 120 }), (total, s, count) => {
        const amounts = installments(total, s, count).map((r) => r.amount);
        expect(amounts.reduce((a, b) => a + b, 0)).toBe(total);
        expect(Math.max(...amounts) - Math.min(...amounts)).toBeLessThanOrEqual(1);
      }),
    );
  });

  test("month offsets equal EDATE from the start date", () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 240 }), (s, months) => {
        expect(trancheDue(s, { offset: months, unit: "m" })).toBe(edate(s, months));
      }),
    );
  });

  test("installment k falls on EDATE(firstDue, k × monthsApart)", () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 12 }), (s, count, apart) => {
        installments(100000, s, count, apart).forEach((r, k) => expect(r.due).toBe(edate(s, k * apart)));
      }),
    );
  });
});
