import { calc, calcError } from "../support/calc";

/** AR.DSO, AR.DSOCB, AR.BPDSO, AR.ADD, AR.CEI evaluated from formula text, with the worked
 * examples of docs/functions.md (Collection metrics) (arithmetic in test/core/metrics.test.ts).
 * HyperFormula shows results to 10 significant digits, so comparisons allow 1e-8. */

// A1:A3 monthly sales oldest → newest; B1 receivables.
const sales = [[100_000, 250_000], [120_000], [150_000]];

describe("collection metrics in a workbook", () => {
  test.each<[string, number]>([
    ["=AR.DSO(1200000, 3600000, 90)", 30], // 1.2M / 3.6M × 90
    ["=AR.BPDSO(800000, 3600000, 90)", 20], // 0.8M / 3.6M × 90
    ["=AR.ADD(1200000, 800000, 3600000, 90)", 10], // 30 − 20
    ["=AR.CEI(400000, 300000, 450000, 320000)", 250 / 380], // (400+300−450)/(400+300−320)
    ["=AR.CEI(400000, 900000, 450000, 320000, 3)", 250 / 380], // 900,000 over 3 months = 300,000 a month
  ])("%s = %p", (formula, expected) => {
    expect(calc(formula) as number).toBeCloseTo(expected, 8);
  });

  test("AR.DSOCB counts back over a column of monthly sales: 30 + 100/120 × 30 = 55", () => {
    expect(calc("=AR.DSOCB(B1, A1:A3)", sales) as number).toBeCloseTo(55, 8);
    expect(calc("=AR.DSOCB(B1, A1:A3, 31)", sales) as number).toBeCloseTo(31 + (5 / 6) * 31, 8);
  });

  test("AR.DSOCB accepts a row of months and ignores blanks around them", () => {
    expect(calc("=AR.DSOCB(250000, A1:E1)", [[null, 100_000, 120_000, 150_000, null]]) as number).toBeCloseTo(55, 8);
  });

  test.each<[string, string, RegExp]>([
    ["=AR.DSO(1000, 0, 90)", "#DIV/0!", /creditSales is zero/],
    ["=AR.DSO(-1000, 5000, 90)", "#NUM!", /receivables must be zero or more, got -1000/],
    ["=AR.DSO(1000, 5000, 0)", "#NUM!", /days must be greater than zero/],
    ['=AR.DSO("lots", 5000, 90)', "#VALUE!", /receivables must be a number/],
    ["=AR.BPDSO(100, 0, 30)", "#DIV/0!", /creditSales/],
    ["=AR.ADD(100, 150, 1000, 30)", "#NUM!", /currentReceivables must not exceed receivables \(100\)/],
    ["=AR.CEI(100, 0, 100, 100)", "#DIV/0!", /is zero/],
    ["=AR.CEI(100, 0, 200, 150)", "#NUM!", /endCurrentReceivables must not exceed beginReceivables \+ creditSales \/ months \(100\)/],
    ["=AR.CEI(100, 50, 100, 20, 0)", "#NUM!", /months must be greater than zero/],
  ])("%s is %s", (formula, error, message) => {
    const { value, message: text } = calcError(formula);
    expect(value).toBe(error);
    expect(text).toMatch(message);
  });

  test("AR.DSOCB: receivables above all the sales given is #NUM! asking for more months", () => {
    const { value, message } = calcError("=AR.DSOCB(400000, A1:A3)", sales);
    expect(value).toBe("#NUM!");
    expect(message).toBe("receivables (400000) is more than all the sales in monthlySales (370000); give more months.");
  });

  test("AR.DSOCB: a blank month between two months is #VALUE! naming the row", () => {
    const { value, message } = calcError("=AR.DSOCB(1000, A1:A3)", [[100_000], [null], [150_000]]);
    expect(value).toBe("#VALUE!");
    expect(message).toBe("Row 2: monthlySales is required.");
  });

  test("AR.DSOCB: negative sales below blank rows are #NUM! naming their row of the range", () => {
    // A1 is blank (a range drawn larger than the data); the negative month is in A3.
    expect(calcError("=AR.DSOCB(100, A1:A4)", [[null], [100], [-5], [150]])).toEqual({
      value: "#NUM!",
      message: "Row 3: monthlySales must be zero or more, got -5.",
    });
  });

  test("an error value in an argument comes back as that error", () => {
    expect(calc("=AR.DSO(A1, 5000, 90)", [[{ error: "#N/A" }]])).toBe("#N/A");
  });
});
