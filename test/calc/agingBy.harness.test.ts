import { calc, calcError } from "../support/calc";

/*
 * The docs example as of 2024-03-31 (45382), default bounds 30/60/90:
 *   Acme  2024-03-31 (45382) 1,000.00  age   0 → Current
 *   Acme  2024-02-15 (45337)   500.50  age  45 → 31-60
 *   Beta  2023-12-01 (45261)   200.00  age 121 → >90
 *   acme  2024-03-20 (45371)    99.50  age  11 → 1-30   (same customer: case ignored)
 *   Gamma 2024-04-30 (45412)   300.00  age -30 → Current
 *   Delta 2024-03-01 (45352)   200.00  age  30 → 1-30
 * Overdue: Acme 600.00, Beta 200.00, Delta 200.00 (tie → by key), Gamma 0.
 */
const sheet = [
  ["Acme", 45382, 1000],
  ["Acme", 45337, 500.5],
  ["Beta", "2023-12-01", 200],
  ["acme", 45371, 99.5],
  ["Gamma", 45412, 300],
  ["Delta", 45352, 200],
];

describe("AR.AGINGBY", () => {
  test("the customer aging report spills a header and one row per customer, largest overdue first", () => {
    expect(calc('=AR.AGINGBY(A1:A6, B1:B6, C1:C6, "2024-03-31")', sheet)).toEqual([
      ["Key", "Current", "1-30", "31-60", "61-90", ">90", "Total"],
      ["Acme", 1000, 99.5, 500.5, 0, 0, 1600],
      ["Beta", 0, 0, 0, 0, 200, 200],
      ["Delta", 0, 200, 0, 0, 0, 200],
      ["Gamma", 300, 0, 0, 0, 0, 300],
    ]);
  });

  test("custom bounds from an array constant", () => {
    const table = calc('=AR.AGINGBY(A1:A6, B1:B6, C1:C6, "2024-03-31", {60})', sheet) as unknown[][];
    expect(table[0]).toEqual(["Key", "Current", "1-60", ">60", "Total"]);
    expect(table[1]).toEqual(["Acme", 1000, 600, 0, 1600]);
    expect(table[2]).toEqual(["Beta", 0, 0, 200, 200]);
  });

  test("the bucket columns add up to the amounts (SUM of the spill's Total column)", () => {
    const rows = [...sheet, [null, null, null]];
    const table = calc('=AR.AGINGBY(A1:A7, B1:B7, C1:C7, "2024-03-31")', rows) as number[][];
    const totals = table.slice(1).map((r) => r[r.length - 1]);
    expect(totals.reduce((a, b) => a + b, 0)).toBeCloseTo(2300, 9);
  });

  test.each([
    ['=AR.AGINGBY(A1:A6, B1:B5, C1:C6, "2024-03-31")', "#VALUE!", "keys has 6 values but dueDates has 5; they must line up."],
    ['=AR.AGINGBY(A1:A6, B1:B6, C1:C6, "31/03/2024")', "#VALUE!", 'asOf must be a date (an Excel date or ISO text YYYY-MM-DD), got "31/03/2024".'],
    ['=AR.AGINGBY(A1:A6, B1:B6, C1:C6, "2024-03-31", {60,30})', "#VALUE!", "bounds must be positive whole numbers in increasing order, got 60,30."],
  ])("%s → %s", (formula, value, message) => {
    expect(calcError(formula, sheet)).toEqual({ value, message });
  });

  test("a text date that is not ISO is #VALUE! naming the row", () => {
    const bad = [["Acme", "31/03/2024", 1]];
    expect(calcError('=AR.AGINGBY(A1, B1, C1, "2024-03-31")', bad)).toEqual({
      value: "#VALUE!",
      message: 'Row 1: dueDates must be a date (an Excel date or ISO text YYYY-MM-DD), got "31/03/2024".',
    });
  });

  test("a customer with no due date is #VALUE! naming the row", () => {
    const bad = [["Acme", 45382, 1], ["Beta", null, 2]];
    expect(calcError('=AR.AGINGBY(A1:A2, B1:B2, C1:C2, "2024-03-31")', bad).message).toBe(
      "dueDates is blank in row 2 while keys is not; fill both or neither.",
    );
  });

  test("a key of only spaces is a blank key: #VALUE! naming the row, not a customer without a name", () => {
    const rows = [["Acme", 45352, 1], ["   ", 45352, 2], ["Beta", 45352, 3]];
    expect(calcError('=AR.AGINGBY(A1:A3, B1:B3, C1:C3, "2024-03-31")', rows)).toEqual({
      value: "#VALUE!",
      message: "keys is blank in row 2 while dueDates is not; fill both or neither.",
    });
    // With the rest of its row blank too it is an empty row, skipped.
    const skipped = [["Acme", 45352, 1], ["   ", null, null], ["Beta", 45352, 3]];
    expect(calc('=AR.AGINGBY(A1:A3, B1:B3, C1:C3, "2024-03-31")', skipped)).toEqual([
      ["Key", "Current", "1-30", "31-60", "61-90", ">90", "Total"],
      ["Beta", 0, 3, 0, 0, 0, 3],
      ["Acme", 0, 1, 0, 0, 0, 1],
    ]);
  });

  test("[currency] KWD keeps each customer's third decimal, and the totals still add up", () => {
    const dinars = [["Acme", 45352, 1.234], ["Beta", 45261, 0.005], ["Acme", 45382, 2.001]];
    expect(calc('=AR.AGINGBY(A1:A3, B1:B3, C1:C3, "2024-03-31", , "KWD")', dinars)).toEqual([
      ["Key", "Current", "1-30", "31-60", "61-90", ">90", "Total"],
      ["Acme", 2.001, 1.234, 0, 0, 0, 3.235],
      ["Beta", 0, 0, 0, 0, 0.005, 0.005],
    ]);
    // Without the currency the same rows are rounded to cents: Beta's 0.005 becomes 0.01.
    expect((calc('=AR.AGINGBY(A1:A3, B1:B3, C1:C3, "2024-03-31")', dinars) as unknown[][])[1]).toEqual(["Acme", 2, 1.23, 0, 0, 0, 3.23]);
  });

  test("[currency] that is not a currency is #VALUE! naming it", () => {
    expect(calcError('=AR.AGINGBY(A1:A6, B1:B6, C1:C6, "2024-03-31", {60}, "KD")', sheet).message).toMatch(/^currency must be a currency.*got "KD"\.$/);
  });
});
