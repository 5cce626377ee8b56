import { calc, calcError } from "../support/calc";

describe("AR.DISCOUNTRATE", () => {
  test.each([
    // 0.02/0.98 × 365/20 = 0.0204081633 × 18.25
    ['=AR.DISCOUNTRATE("2/10 net 30")', 0.3724489796],
    ['=AR.DISCOUNTRATE("2/10 N/30", 360)', 0.3673469388], // × 18
    // (1 + 0.0204081633)^18.25 - 1 = 1.4458529 - 1
    ['=AR.DISCOUNTRATE("2/10 net 30", , TRUE())', 0.4458529],
    ["=AR.DISCOUNTRATE(A1, B1, C1)", 0.4458529],
  ])("%s = %d", (formula, rate) => {
    expect(calc(formula, [["2/10, n30", 365, true]]) as number).toBeCloseTo(rate, 7);
  });

  test.each([
    ['=AR.DISCOUNTRATE("2/10 net 30", -365)', "#NUM!", "yearDays must be greater than zero, got -365."],
    ['=AR.DISCOUNTRATE("2/10 net 30", 0)', "#NUM!", "yearDays must be greater than zero, got 0."],
    ['=AR.DISCOUNTRATE("2/10 within 30")', "#VALUE!", 'terms: cannot read "within 30" at position 6: expected "NET" | "N".'],
    ['=AR.DISCOUNTRATE("2/30 net 30")', "#NUM!", "terms: the discount period (30 days) must be shorter than the net period (30 days)."],
    ['=AR.DISCOUNTRATE("2/10 net 30", 365, "yes")', "#VALUE!", 'compound must be TRUE or FALSE, got "yes".'],
  ])("%s → %s", (formula, value, message) => {
    expect(calcError(formula)).toEqual({ value, message });
  });
});
