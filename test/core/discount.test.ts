import { discountCost } from "../../src/core/discount";
import { ArInputError } from "../../src/core/errors";
import { parseDiscountTerms } from "../../src/core/terms/discountTerms";

describe("annual cost of not taking a discount", () => {
  test.each([
    // 2/10 net 30: d/(1-d) = 0.02/0.98 = 0.0204081633; 365/(30-10) = 18.25 → 0.3724489796
    ["2/10 net 30", 365, false, 0.3724489796],
    // 360-day year: 0.0204081633 × 18 = 0.3673469388
    ["2/10 net 30", 360, false, 0.3673469388],
    // 1/10 net 30: 0.01/0.99 = 0.0101010101 × 18.25 = 0.1843434343
    ["1/10 n/30", 365, false, 0.1843434343],
    // 1.5/15 net 45: 0.015/0.985 = 0.0152284264 × 365/30 = 0.1852791878
    ["1.5/15 net 45", 365, false, 0.1852791878],
    // Compound 2/10 net 30: 1.0204081633^18.25 - 1; ln 1.0204081633 = 0.0202027073, × 18.25 =
    // 0.3686994082, e^that = 1.4458529 → 0.4458529 (the textbook 44.6%).
    ["2/10 net 30", 365, true, 0.4458529],
  ])("%j over %i days (compound %s) costs %d a year", (terms, yearDays, compound, expected) => {
    expect(discountCost(parseDiscountTerms(terms), yearDays, compound)).toBeCloseTo(expected, 7);
  });

  test.each([0, -365])("yearDays %i is #NUM!", (yearDays) => {
    let error: unknown;
    try {
      discountCost(parseDiscountTerms("2/10 net 30"), yearDays);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ArInputError);
    expect((error as ArInputError).kind).toBe("num");
  });
});
