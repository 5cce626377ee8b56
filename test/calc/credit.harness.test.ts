import { calc, calcError } from "../support/calc";

/** AR.ZSCORE, AR.CREDITSCORE, AR.GRADE, AR.CREDITTERMS, AR.COLLECTRISK from formula text, with the
 * worked examples of docs/functions.md (Credit and risk) (arithmetic in test/core/credit/).
 * HyperFormula shows results to 10 significant digits, so comparisons allow 1e-8. */

describe("Altman Z in a workbook", () => {
  // Working capital 200, retained earnings 300, EBIT 150, equity 900 (market) / 400 (book),
  // sales 1,500, total assets 1,000, total liabilities 600.
  test.each<[string, number]>([
    ["=AR.ZSCORE(200, 300, 150, 900, 1500, 1000, 600)", 3.555],
    ['=AR.ZSCORE(200, 300, 150, 900, 1500, 1000, 600, "Z")', 3.555],
    ['=AR.ZSCORE(200, 300, 150, 400, 1500, 1000, 600, "Z\'")', 2.64055],
    ['=AR.ZSCORE(200, 300, 150, 400, , 1000, 600, "Z\'\'")', 3.998],
    ['=AR.ZSCORE(200, 300, 150, 400, 1500, 1000, 600, "z\'\'")', 3.998],
    ['=AR.ZSCORE(200, 300, 150, 400, , 1000, 600, "EMS")', 7.248],
  ])("%s = %p", (formula, expected) => {
    expect(calc(formula) as number).toBeCloseTo(expected, 8);
  });

  test("a model typed in a cell with a Chinese input method (Z‘’, Z“) is Z'', the same in AR.CREDITSCORE's scale", () => {
    // Chinese mode turns the ' key into ‘ then ’, and the " key into “.
    expect(calc("=AR.ZSCORE(200, 300, 150, 400, , 1000, 600, A1)", [["Z‘’"]]) as number).toBeCloseTo(3.998, 8);
    expect(calc("=AR.ZSCORE(200, 300, 150, 400, , 1000, 600, A1)", [["Z“"]]) as number).toBeCloseTo(3.998, 8);
    expect(calc("=AR.ZSCORE(200, 300, 150, 400, 1500, 1000, 600, A1)", [["Z‘"]]) as number).toBeCloseTo(2.64055, 8);
    // Z'' zones 1.10 / 2.60: 2.0 is upper grey (65 points), as with "Z''" typed in ASCII.
    // 0.30·70 + 0.25·65 + 0.15·60 + 0.10·70 + 0.20·65 = 66.25.
    expect(calc("=AR.CREDITSCORE(10, 0.1, 0.8, 4, 2, A1)", [["Z‘’"]])).toBe(66.25);
  });

  test.each<[string, string, string]>([
    ["=AR.ZSCORE(200, 300, 150, 900, 1500, 0, 600)", "#NUM!", "totalAssets must be greater than zero, got 0."],
    ["=AR.ZSCORE(200, 300, 150, 900, 1500, 1000, 0)", "#DIV/0!", "totalLiabilities is zero, so the ratio is undefined."],
    ['=AR.ZSCORE(200, 300, 150, 900, 1500, 1000, 600, "Ohlson")', "#VALUE!", "model: unknown value \"Ohlson\"; valid values are Z, Z', Z'', EMS."],
    ["=AR.ZSCORE(200, 300, 150, 900, , 1000, 600)", "#VALUE!", "sales is required."],
  ])("%s is %s", (formula, error, message) => {
    expect(calcError(formula)).toEqual({ value: error, message });
  });
});

describe("credit scorecard in a workbook", () => {
  // 10 days late → 70, 10% overdue → 65, 80% utilised → 60, 4 years → 70, rating 60 → 60:
  // 0.30·70 + 0.25·65 + 0.15·60 + 0.10·70 + 0.20·60 = 65.25 → grade C → 30% prepaid, 30 days, half the limit.
  test("AR.CREDITSCORE with the default weights is 65.25", () => {
    expect(calc("=AR.CREDITSCORE(10, 0.1, 0.8, 4, 60)")).toBe(65.25);
  });

  test("an Altman Z as financial strength: Z = 2.5 is upper grey (65 points) → 66.25", () => {
    expect(calc('=AR.CREDITSCORE(10, 0.1, 0.8, 4, 2.5, "Z")')).toBe(66.25);
  });

  test("a weights range replaces the defaults: five equal weights average the points to 65", () => {
    expect(calc("=AR.CREDITSCORE(10, 0.1, 0.8, 4, 60, , A1:A5)", [[0.2], [0.2], [0.2], [0.2], [0.2]])).toBe(65);
  });

  test("AR.GRADE and AR.CREDITTERMS chain on the score", () => {
    expect(calc("=AR.GRADE(AR.CREDITSCORE(10, 0.1, 0.8, 4, 60))")).toBe("C");
    expect(calc("=AR.CREDITTERMS(AR.CREDITSCORE(10, 0.1, 0.8, 4, 60))")).toEqual([[0.3, 30, 0.5]]);
    expect(calc("=INDEX(AR.CREDITTERMS(65.25), 1, 2)")).toBe(30); // the payment cycle alone
    expect(calc("=AR.CREDITTERMS(90)")).toEqual([[0, 60, 1]]);
    expect(calc("=AR.CREDITTERMS(39.99)")).toEqual([[1, 0, 0]]);
  });

  test.each<[number, string]>([[85, "A"], [84.99, "B"], [70, "B"], [55, "C"], [40, "D"], [39.99, "E"]])("AR.GRADE(%p) = %p", (score, grade) => {
    expect(calc(`=AR.GRADE(${score})`)).toBe(grade);
  });

  test.each<[string, (number | string | null)[][], string, string]>([
    ["=AR.CREDITSCORE(10, 0.1, 0.8, 4, 60, , A1:A5)", [[0.3], [0.2], [0.15], [0.1], [0.15]], "#VALUE!", "weights add up to 0.9, not 1 (100%)."],
    ["=AR.CREDITSCORE(10, 0.1, 0.8, 4, 60, , A1:A2)", [[0.5], [0.5]], "#VALUE!", "weights must have 5 values, got 2."],
    ["=AR.CREDITSCORE(10, 1.5, 0.8, 4, 60)", [], "#NUM!", "overdueShare must be between 0 and 1, got 1.5."],
    ["=AR.CREDITSCORE(10, 0.1, 0.8, 4, 160)", [], "#NUM!", "financialStrength must be between 0 and 100, got 160."],
    ['=AR.CREDITSCORE(10, 0.1, 0.8, 4, 60, "stars")', [], "#VALUE!", "strengthScale: unknown value \"stars\"; valid values are rating, Z, Z', Z'', EMS."],
    ['=AR.CREDITSCORE("late", 0.1, 0.8, 4, 60)', [], "#VALUE!", 'avgDaysLate must be a number, got "late".'],
    ["=AR.GRADE(101)", [], "#NUM!", "score must be between 0 and 100, got 101."],
    ["=AR.CREDITTERMS(-5)", [], "#NUM!", "score must be between 0 and 100, got -5."],
  ])("%s is %s", (formula, data, error, message) => {
    expect(calcError(formula, data)).toEqual({ value: error, message });
  });
});

describe("collection risk in a workbook", () => {
  // Score 50, 45 days late, 10 points behind plan: 1 − 0.70 × 0.80 × 0.88 = 50.72; disputed × 0.6 → 70.43.
  test.each<[string, number]>([
    ["=AR.COLLECTRISK(45, 50, 0.1)", 50.72],
    ["=AR.COLLECTRISK(45, 50, 0.1, TRUE())", 70.43],
    ["=AR.COLLECTRISK(45, 50, 0.1, 1)", 70.43],
    ["=AR.COLLECTRISK(45, 50, 0.1, FALSE())", 50.72],
    ["=AR.COLLECTRISK(-10, 100, -0.2)", 0],
    ["=AR.COLLECTRISK(365, 0, 1, TRUE())", 98.08],
  ])("%s = %p", (formula, expected) => {
    expect(calc(formula)).toBe(expected);
  });

  test("risk follows the credit score: chained on AR.CREDITSCORE (65.25 → credit 0.2085)", () => {
    // 1 − (1 − 0.3475 × 0.6)(1 − 0.2)(1 − 0.12) = 1 − 0.7915 × 0.8 × 0.88 = 1 − 0.557216 = 44.2784 → 44.28
    expect(calc("=AR.COLLECTRISK(45, AR.CREDITSCORE(10, 0.1, 0.8, 4, 60), 0.1)")).toBe(44.28);
  });

  test.each<[string, string, string]>([
    ["=AR.COLLECTRISK(10, 120, 0)", "#NUM!", "creditScore must be between 0 and 100, got 120."],
    ["=AR.COLLECTRISK(10, 50, 20)", "#NUM!", "progressGap must be between -1 and 1, got 20."],
    ['=AR.COLLECTRISK(10, 50, 0, "yes")', "#VALUE!", 'disputed must be TRUE or FALSE, got "yes".'],
    ["=AR.COLLECTRISK(, 50, 0)", "#VALUE!", "daysPastDue is required."],
  ])("%s is %s", (formula, error, message) => {
    expect(calcError(formula)).toEqual({ value: error, message });
  });
});
