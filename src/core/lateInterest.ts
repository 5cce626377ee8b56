import type { Day } from "./dates";
import { inputError } from "./errors";
import { DEFAULT_DIGITS, fromMinor, type Minor, toMinor } from "./money";

/**
 * Simple late-payment interest, rounded once to the minor unit (half away from zero).
 *
 * Grace is a threshold, not a deduction: when payment comes more than `graceDays` after the due
 * date, interest runs for every day from the due date to the payment date; within the grace period
 * nothing is owed. (The common contract reading: "interest from the due date if not paid within
 * N days".)
 */
export const YEAR_DAYS_CHOICES: readonly number[] = [365, 360];

export function daysLate(due: Day, paid: Day, graceDays = 0): number {
  const late = paid - due;
  return late > graceDays ? late : 0;
}

export function lateInterest(
  amount: Minor,
  due: Day,
  paid: Day,
  annualRate: number,
  yearDays = 365,
  graceDays = 0,
  digits = DEFAULT_DIGITS,
): Minor {
  if (!YEAR_DAYS_CHOICES.includes(yearDays)) {
    inputError("unknownOption", { arg: "yearDays", got: yearDays, valid: YEAR_DAYS_CHOICES.join(", ") }, "num");
  }
  if (annualRate < -1) inputError("mustBeAtLeast", { arg: "annualRate", min: "-100%", got: annualRate }, "num");
  if (!Number.isInteger(graceDays) || graceDays < 0) inputError("mustNotBeNegative", { arg: "graceDays", got: graceDays }, "num");
  const days = daysLate(due, paid, graceDays);
  return toMinor((fromMinor(amount, digits) * annualRate * days) / yearDays, digits, "amount");
}
