import { ArInputError } from "../../src/core/errors";
import { penalty } from "../../src/core/penalty";

describe("contractual penalty", () => {
  test.each([
    // amount (cents), days late, daily rate, cap share, penalty (cents)
    // 200,000.00 × 0.05% × 45 = 4,500.00, under the 10% cap of 20,000.00
    [20000000, 45, 0.0005, 0.1, 450000],
    // 250 days: 200,000 × 0.0005 × 250 = 25,000.00 > cap 20,000.00 → 20,000.00
    [20000000, 250, 0.0005, 0.1, 2000000],
    // no cap: 25,000.00
    [20000000, 250, 0.0005, undefined, 2500000],
    // paid early or on time → 0
    [20000000, -5, 0.0005, undefined, 0],
    [20000000, 0, 0.0005, 0.1, 0],
    // 1,234.56 × 0.05% × 7 = 4.32096 → 4.32
    [123456, 7, 0.0005, undefined, 432],
    // a zero cap means no penalty
    [20000000, 45, 0.0005, 0, 0],
    // a credit (negative amount) mirrors: -200,000 × 0.0005 × 250 capped at 10% → -20,000.00
    [-20000000, 250, 0.0005, 0.1, -2000000],
  ])("%i cents, %i days at %d a day, cap %s → %i cents", (amount, days, rate, cap, expected) => {
    expect(penalty(amount, days, rate, cap)).toBe(expected);
  });

  test.each([
    [-0.0005, undefined, "dailyRate"],
    [0.0005, -0.1, "cap"],
  ])("daily rate %d, cap %s: #NUM! naming %s", (rate, cap, arg) => {
    let error: unknown;
    try {
      penalty(10000, 10, rate, cap);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ArInputError);
    expect([(error as ArInputError).kind, (error as ArInputError).params.arg]).toEqual(["num", arg]);
  });
});
