import { calc, calcError } from "../support/calc";

/*
 * AR.SCHEDULE and AR.INSTALLMENTS evaluated from formula text (HyperFormula, registered from the
 * same metadata Excel gets). Serials: 2024-01-31 = 45322, 2024-02-29 = 45351, 2024-03-31 = 45382,
 * 2024-04-30 = 45412, 2025-01-31 = 45688 (2024 has 366 days).
 */
describe("AR.SCHEDULE", () => {
  test("the docs example spills number, due date, share, amount per tranche", () => {
    // 1,000,000 × 30% / 60% / 10%; +90 days from 2024-01-31 is 2024-04-30; EDATE(+12) is 2025-01-31.
    expect(calc('=AR.SCHEDULE(1000000, "2024-01-31", "30%@0d; 60%@90d; 10%@12m")')).toEqual([
      [1, 45322, 0.3, 300000],
      [2, 45412, 0.6, 600000],
      [3, 45688, 0.1, 100000],
    ]);
  });

  test("terms from cells and the amount's spare cent on the largest remainder", () => {
    // 1,234.57 = 123457 cents → 37037.1 / 74074.2 / 12345.7 → 370.37, 740.74, 123.46.
    expect(calc("=AR.SCHEDULE(A1, B1, C1)", [[1234.57, 45322, "30%@0d; 60%@30d; 10%@60d"]])).toEqual([
      [1, 45322, 0.3, 370.37],
      [2, 45352, 0.6, 740.74],
      [3, 45382, 0.1, 123.46],
    ]);
  });

  test("roundTo 100 gives whole hundreds, the odd 67.89 on the last tranche", () => {
    // 12345 steps of 100: 3703.5 / 7407 / 1234.5 → 3704, 7407, 1234 steps; 67.89 left over.
    const rows = calc('=AR.SCHEDULE(1234567.89, "2024-01-31", "30%@0d; 60%@90d; 10%@12m", 100)') as number[][];
    expect(rows.map((r) => r[3])).toEqual([370400, 740700, 123467.89]);
  });

  test("a tie of remainders goes to the earliest tranche even when the shares carry binary noise", () => {
    // 1,000,000.08 = 100000008 cents: 20000001.6 / 70000005.6 / 10000000.8 → the spare cents go to .8,
    // then to the earlier of the two .6: 200,000.02, 700,000.05, 100,000.01.
    const rows = calc('=AR.SCHEDULE(1000000.08, "2024-01-31", "20%@0d; 70%@30d; 10%@60d")') as number[][];
    expect(rows.map((r) => r[3])).toEqual([200000.02, 700000.05, 100000.01]);
  });

  test("a two-column range of share and days", () => {
    // 40% now, 60% 30 days later: 2024-01-31 + 30 = 2024-03-01 (45352).
    expect(calc("=AR.SCHEDULE(1000, 45322, A1:B3)", [[0.4, 0], [null, null], [0.6, 30]])).toEqual([
      [1, 45322, 0.4, 400],
      [2, 45352, 0.6, 600],
    ]);
  });

  test("months are EDATE from the start: 1m and 2m after 2024-01-31 are 02-29 and 03-31", () => {
    const rows = calc('=AR.SCHEDULE(100, "2024-01-31", "50%@1m; 50%@2m")') as number[][];
    expect(rows.map((r) => r[1])).toEqual([45351, 45382]);
  });

  test.each([
    ['=AR.SCHEDULE(1000, "31/01/2024", "100%@0d")', "#VALUE!", /startDate must be a date/],
    ['=AR.SCHEDULE(1000, "2024-01-31", "30%@0d; 60%@90d")', "#VALUE!", /shares add up to 90%, not 100%/],
    ['=AR.SCHEDULE(1000, "2024-01-31", "30%@0d; 70%@3weeks")', "#VALUE!", /position 14: expected "d" \| "m"/],
    ['=AR.SCHEDULE(1000, "2024-01-31", "")', "#VALUE!", /terms is required/],
    ['=AR.SCHEDULE(1000, "2024-01-31", "100%@0d", 0.001)', "#NUM!", /roundTo must be a positive multiple of 0.01/],
    ['=AR.SCHEDULE(1000, "2024-01-31", "100%@0d", -100)', "#NUM!", /roundTo/],
    ['=AR.SCHEDULE(1000, "9999-12-01", "100%@1m")', "#NUM!", /due date falls outside/],
    ['=AR.SCHEDULE("a lot", "2024-01-31", "100%@0d")', "#VALUE!", /amount must be a number/],
  ])("%s → %s", (formula, value, message) => {
    const result = calcError(formula);
    expect(result.value).toBe(value);
    expect(result.message).toMatch(message);
  });

  test("a range of the wrong shape is #VALUE! naming its size", () => {
    const result = calcError("=AR.SCHEDULE(1000, 45322, A1:C1)", [[0.5, 0, 1]]);
    expect([result.value, result.message]).toEqual(["#VALUE!", "terms must be terms text or a two-column range (share, days), got 1×3."]);
  });

  test("shares in a range that do not add up to 100% are #VALUE!", () => {
    expect(calc("=AR.SCHEDULE(1000, 45322, A1:B2)", [[0.4, 0], [0.5, 30]])).toBe("#VALUE!");
  });

  test("a share of zero or less in a range names the row of the sheet, blank rows counted, and the value in the cell", () => {
    // Row 2 is blank and skipped: the bad share is in row 3 of the range, not the 2nd tranche's "row 2".
    expect(calcError("=AR.SCHEDULE(100, 45322, A1:B3)", [[0.4, 0], [null, null], [-0.07, 30]])).toEqual({
      value: "#NUM!",
      message: "Row 3: terms (share) must be greater than zero, got -0.07.",
    });
    expect(calcError("=AR.SCHEDULE(100, 45322, A1:B3)", [[1, 0], [null, null], [0, 30]])).toEqual({
      value: "#NUM!",
      message: "Row 3: terms (share) must be greater than zero, got 0.",
    });
  });

  test("an error value among the terms propagates as it is", () => {
    expect(calc("=AR.SCHEDULE(1000, 45322, A1)", [[{ error: "#N/A" }]])).toBe("#N/A");
  });
});

describe("AR.INSTALLMENTS", () => {
  test("100 in 3 monthly installments from 2024-01-31: 33.34, 33.33, 33.33", () => {
    const rows = calc('=AR.INSTALLMENTS(100, "2024-01-31", 3)') as number[][];
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      [1, 45322, 33.34],
      [2, 45351, 33.33],
      [3, 45382, 33.33],
    ]);
    rows.forEach((r) => expect(r[2]).toBeCloseTo(1 / 3, 9));
  });

  test("quarterly: EDATE(2024-01-31, 3) = 2024-04-30, EDATE(…, 6) = 2024-07-31", () => {
    const rows = calc('=AR.INSTALLMENTS(90000, "2024-01-31", 3, 3)') as number[][];
    expect(rows.map((r) => [r[1], r[3]])).toEqual([[45322, 30000], [45412, 30000], [45504, 30000]]);
  });

  test.each([
    ['=AR.INSTALLMENTS(100, "2024-01-31", 0)', "#NUM!"],
    ['=AR.INSTALLMENTS(100, "2024-01-31", 2.5)', "#VALUE!"],
    ['=AR.INSTALLMENTS(100, "2024-01-31", 3, -1)', "#NUM!"],
    ['=AR.INSTALLMENTS(100, "next month", 3)', "#VALUE!"],
  ])("%s → %s", (formula, value) => {
    expect(calc(formula)).toBe(value);
  });
});
