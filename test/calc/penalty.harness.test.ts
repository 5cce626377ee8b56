import { calc, calcError } from "../support/calc";

describe("AR.PENALTY", () => {
  test.each([
    // 200,000 × 0.05% × 45 = 4,500.00, under the cap of 10% × 200,000 = 20,000.00
    ["=AR.PENALTY(200000, 45, 0.0005, 0.1)", 4500],
    // 250 days: 25,000.00 → capped at 20,000.00
    ["=AR.PENALTY(200000, 250, 0.0005, 0.1)", 20000],
    ["=AR.PENALTY(200000, 250, 0.0005)", 25000],
    // Not late.
    ["=AR.PENALTY(200000, -3, 0.0005)", 0],
    // 1,234.56 × 0.0005 × 7 = 4.32096 → 4.32
    ["=AR.PENALTY(A1, B1, C1)", 4.32],
  ])("%s = %d", (formula, value) => {
    expect(calc(formula, [[1234.56, 7, 0.0005]])).toBe(value);
  });

  test.each([
    ["=AR.PENALTY(200000, 45, -0.0005)", "#NUM!", "dailyRate must be zero or more, got -0.0005."],
    ["=AR.PENALTY(200000, 45, 0.0005, -0.1)", "#NUM!", "cap must be zero or more, got -0.1."],
    ["=AR.PENALTY(200000, 4.5, 0.0005)", "#VALUE!", "daysLate must be a whole number, got 4.5."],
    ['=AR.PENALTY("200,000", 45, 0.0005)', "#VALUE!", 'amount must be a number, got "200,000".'],
  ])("%s → %s", (formula, value, message) => {
    expect(calcError(formula)).toEqual({ value, message });
  });
});
