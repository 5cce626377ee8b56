import { calc, calcError, calcSheet } from "../support/calc";

/** AR.ECL and AR.ECLBUCKETS from formula text. The matrix is IFRS 9 Illustrative Example 12
 * (IE74–IE77): 30,000,000 of trade receivables, lifetime ECL 580,000. */
const matrix = [
  [15_000_000, 0.003],
  [7_500_000, 0.016],
  [4_000_000, 0.036],
  [2_500_000, 0.066],
  [1_000_000, 0.106],
];

describe("expected credit loss in a workbook", () => {
  test("AR.ECL of the IFRS 9 example is 580,000 (45,000 + 120,000 + 144,000 + 165,000 + 106,000)", () => {
    expect(calc("=AR.ECL(A1:A5, B1:B5)", matrix)).toBe(580_000);
  });

  test("AR.ECLBUCKETS spills the provision of each bucket in the shape of the amounts", () => {
    expect(calc("=AR.ECLBUCKETS(A1:A5, B1:B5)", matrix)).toEqual([[45_000], [120_000], [144_000], [165_000], [106_000]]);
    expect(calc("=AR.ECLBUCKETS(A1:C1, A2:C2)", [[1000, 500, 200], [0.01, 0.05, 0.5]])).toEqual([[10, 25, 100]]);
  });

  test("the per-bucket provisions add up to AR.ECL to the cent, where rounding each would not", () => {
    // Three buckets of 0.01 at 50%: 1.5 cents in all → 0.02; rounding each half cent up would give 0.03.
    const rows = [[0.01, 0.5], [0.01, 0.5], [0.01, 0.5]];
    expect(calc("=AR.ECL(A1:A3, B1:B3)", rows)).toBe(0.02);
    expect(calc("=SUM(AR.ECLBUCKETS(A1:A3, B1:B3))", rows)).toBe(0.02);
  });

  test("AR.ECL over the totals row of an AR.AGING spill", () => {
    // As of 45351: due 45351 → Current 50; due 45300 → 51 days → 31-60, 100; due 45200 → 151 days → >90, 1,000.
    // 50 × 1% + 0 × 2% + 100 × 10% + 0 × 20% + 1,000 × 50% = 0.5 + 10 + 500 = 510.5
    const sheet = calcSheet([
      [45351, 50, 45351, "=AR.AGING(A1:A3,B1:B3,C1)", null, null, null, null, null, "=AR.ECL(D2:H2, D4:H4)"],
      [45300, 100],
      [45200, 1000],
      [null, null, null, 0.01, 0.02, 0.1, 0.2, 0.5],
    ]);
    expect(sheet.D1).toEqual([["Current", "1-30", "31-60", "61-90", ">90"], [50, 0, 100, 0, 1000]]);
    expect(sheet.J1).toBe(510.5);
  });

  test("loss rates may be a row while amounts are a column", () => {
    expect(calc("=AR.ECL(A1:A2, B1:C1)", [[1000, 0.02, 0.1], [500]])).toBe(70); // 20 + 50
  });

  test.each<[string, (string | number | null)[][], string, string]>([
    ["=AR.ECL(A1:A3, B1:B2)", [[1, 0.1], [2, 0.1], [3]], "#VALUE!", "bucketAmounts has 3 values but lossRates has 2; they must line up."],
    ["=AR.ECL(A1:A2, B1:B2)", [[100, 0.1], [200, 1.5]], "#NUM!", "Row 2: lossRates must be between 0 and 1, got 1.5."],
    ["=AR.ECL(A1:A2, B1:B2)", [[100, 0.1], [-200, 0.5]], "#NUM!", "Row 2: bucketAmounts must be zero or more, got -200."],
    ["=AR.ECL(A1:A2, B1:B2)", [[100, 0.1], [200, null]], "#VALUE!", "lossRates is blank in row 2 while bucketAmounts is not; fill both or neither."],
    ["=AR.ECL(A1:B2, C1:C2)", [[100, 1, 0.1], [200, 2, 0.1]], "#VALUE!", "bucketAmounts must be a single row or a single column, got 2×2."],
  ])("%s over %j is %s", (formula, data, error, message) => {
    expect(calcError(formula, data)).toEqual({ value: error, message });
  });
});
