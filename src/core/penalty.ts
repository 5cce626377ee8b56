import { inputError } from "./errors";
import { DEFAULT_DIGITS, fromMinor, type Minor, toMinor } from "./money";

/**
 * Contractual late-payment penalty (违约金): amount × dailyRate × days late, rounded once to the
 * minor unit. The optional cap is a share of the amount (0.1 = at most 10% of the amount), the way
 * contracts usually word it ("不超过合同金额的 10%"); no cap when omitted. Days late below zero
 * (paid early) count as zero.
 */
export function penalty(amount: Minor, daysLate: number, dailyRate: number, cap?: number, digits = DEFAULT_DIGITS): Minor {
  if (dailyRate < 0) inputError("mustNotBeNegative", { arg: "dailyRate", got: dailyRate }, "num");
  if (cap !== undefined && cap < 0) inputError("mustNotBeNegative", { arg: "cap", got: cap }, "num");
  const units = fromMinor(amount, digits);
  const raw = toMinor(units * dailyRate * Math.max(0, daysLate), digits, "amount");
  if (cap === undefined) return raw;
  const limit = toMinor(Math.abs(units) * cap, digits, "cap");
  return Math.sign(raw) * Math.min(Math.abs(raw), limit) || 0;
}
