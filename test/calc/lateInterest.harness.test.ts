import { calc, calcError } from "../support/calc";

// Due 2024-01-31, paid 2024-03-01: 29 days of February 2024 + 1 = 30 days late.
describe("AR.LATEINTEREST", () => {
  test.each([
    // 100,000 × 12% × 30 / 365 = 986.3013… → 986.30
    ['=AR.LATEINTEREST(100000, "2024-01-31", "2024-03-01", 0.12)', 986.3],
    // 360-day basis: 100,000 × 0.12 × 30 / 360 = 1,000.00
    ['=AR.LATEINTEREST(100000, "2024-01-31", "2024-03-01", 0.12, 360)', 1000],
    // Within 30 days of grace: nothing.
    ['=AR.LATEINTEREST(100000, "2024-01-31", "2024-03-01", 0.12, , 30)', 0],
    // Past 29 days of grace: all 30 days from the due date count.
    ['=AR.LATEINTEREST(100000, "2024-01-31", "2024-03-01", 0.12, 365, 29)', 986.3],
    // Paid early.
    ['=AR.LATEINTEREST(100000, "2024-01-31", "2024-01-20", 0.12)', 0],
    ["=AR.LATEINTEREST(A1, B1, C1, D1)", 986.3],
  ])("%s = %d", (formula, interest) => {
    expect(calc(formula, [[100000, 45322, 45352, 0.12]])).toBe(interest);
  });

  test.each([
    ['=AR.LATEINTEREST(100000, "2024-01-31", "2024-03-01", 0.12, 366)', "#NUM!", "yearDays: unknown value 366; valid values are 365, 360."],
    ['=AR.LATEINTEREST(100000, "2024-01-31", "2024-03-01", -1.5)', "#NUM!", "annualRate must be at least -100%, got -1.5."],
    ['=AR.LATEINTEREST(100000, "2024-01-31", "01/03/2024", 0.12)', "#VALUE!", 'paidDate must be a date (an Excel date or ISO text YYYY-MM-DD), got "01/03/2024".'],
    ['=AR.LATEINTEREST(100000, "2024-01-31", "2024-03-01", 0.12, 365, -1)', "#NUM!", "graceDays must be zero or more, got -1."],
  ])("%s → %s", (formula, value, message) => {
    expect(calcError(formula)).toEqual({ value, message });
  });
});
