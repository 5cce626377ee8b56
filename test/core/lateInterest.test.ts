import { serialFromYmd } from "../../src/core/dates";
import { ArInputError } from "../../src/core/errors";
import { daysLate, lateInterest } from "../../src/core/lateInterest";

const day = serialFromYmd;
const due = day(2024, 1, 31);
const paid = day(2024, 3, 1); // 29 days of February 2024 + 1 = 30 days late

describe("late interest", () => {
  test.each([
    // amount (cents), paid, rate, yearDays, grace, interest (cents)
    // 100,000.00 × 12% × 30 / 365 = 986.3013… → 986.30
    [10000000, paid, 0.12, 365, 0, 98630],
    // 360-day basis: 100,000 × 0.12 × 30 / 360 = 1,000.00
    [10000000, paid, 0.12, 360, 0, 100000],
    // Grace is a threshold: 30 days late is within 30 days of grace → nothing …
    [10000000, paid, 0.12, 365, 30, 0],
    // … and beyond 29 days of grace all 30 days count from the due date (not 30 - 29 = 1).
    [10000000, paid, 0.12, 365, 29, 98630],
    // Paid on the due date or before → 0.
    [10000000, due, 0.12, 365, 0, 0],
    [10000000, due - 10, 0.12, 365, 0, 0],
    // A half cent rounds away from zero: 1.00 × 36.5% × 5 / 365 = 0.005 → 0.01
    [100, due + 5, 0.365, 365, 0, 1],
    // A negative rate down to -100% is allowed: -100% on 365.00 for 1 day = -1.00
    [36500, due + 1, -1, 365, 0, -100],
  ])("%i cents paid on %i at %d (basis %i, grace %i) owes %i cents", (amount, paidOn, rate, yearDays, grace, expected) => {
    expect(lateInterest(amount, due, paidOn, rate, yearDays, grace)).toBe(expected);
  });

  test("days late count from the due date once the grace is exceeded", () => {
    expect([daysLate(due, due + 5, 5), daysLate(due, due + 6, 5), daysLate(due, due - 3, 0)]).toEqual([0, 6, 0]);
  });

  test.each([
    [0.12, 366, 0, "yearDays", "unknownOption"],
    [0.12, 0, 0, "yearDays", "unknownOption"],
    [-1.01, 365, 0, "annualRate", "mustBeAtLeast"],
    [0.12, 365, -1, "graceDays", "mustNotBeNegative"],
  ])("rate %d, yearDays %i, grace %i: #NUM! naming %s", (rate, yearDays, grace, arg, code) => {
    let error: unknown;
    try {
      lateInterest(10000, due, paid, rate, yearDays, grace);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ArInputError);
    const e = error as ArInputError;
    expect([e.kind, e.params.arg, e.code]).toEqual(["num", arg, code]);
  });

  test("an unknown day-count basis lists the valid ones", () => {
    expect(() => lateInterest(10000, due, paid, 0.1, 364)).toThrow("yearDays: unknown value 364; valid values are 365, 360.");
  });
});
