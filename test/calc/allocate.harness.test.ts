import { calc, calcError } from "../support/calc";

describe("AR.ALLOCATE", () => {
  test("a column in, a column out: 250 paid on 100, 200, 300 leaves 0, 50, 300", () => {
    expect(calc("=AR.ALLOCATE(A1:A3, 250)", [[100], [200], [300]])).toEqual([[0], [50], [300]]);
  });

  test("a row in, a row out", () => {
    expect(calc("=AR.ALLOCATE(A1:C1, D1)", [[100, 200, 300, 150]])).toEqual([[0, 150, 300]]);
  });

  test("cents: 1,000.01 and 999.99 after paying 1,000.02 leave 0 and 999.98", () => {
    expect(calc("=AR.ALLOCATE(A1:A2, 1000.02)", [[1000.01], [999.99]])).toEqual([[0], [999.98]]);
  });

  test("paying more than the total leaves every installment at 0, never negative", () => {
    expect(calc("=AR.ALLOCATE(A1:A3, 1000)", [[100], [200], [300]])).toEqual([[0], [0], [0]]);
  });

  test("a blank installment stays blank and takes nothing", () => {
    const open = calc("=AR.ALLOCATE(A1:A3, 150)", [[100], [null], [100]]) as unknown[][];
    expect([open[0][0], open[2][0]]).toEqual([0, 50]);
    expect([null, ""]).toContain(open[1][0]);
  });

  test.each([
    ["=AR.ALLOCATE(A1:A3, -1)", "#NUM!", /paid must be zero or more, got -1/],
    ["=AR.ALLOCATE(A1:A3, \"all\")", "#VALUE!", /paid must be a number/],
    ["=AR.ALLOCATE(A1:B3, 10)", "#VALUE!", /installmentAmounts must be a single row or a single column, got 3×2/],
  ])("%s → %s", (formula, value, message) => {
    const result = calcError(formula, [[100, 1], [200, 2], [300, 3]]);
    expect(result.value).toBe(value);
    expect(result.message).toMatch(message);
  });

  test("a negative installment is #NUM! naming its row", () => {
    expect(calcError("=AR.ALLOCATE(A1:A2, 10)", [[100], [-5]])).toEqual({
      value: "#NUM!",
      message: "Row 2: installmentAmounts must be zero or more, got -5.",
    });
  });
});
