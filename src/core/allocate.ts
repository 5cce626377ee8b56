import { inputError } from "./errors";
import { fromMinor, type Minor } from "./money";

/**
 * Apply a payment to installments oldest first (the order given): each installment is settled in
 * full before the next gets anything. Returns what stays open on each one. A payment above the
 * total settles everything; the excess is a credit this function does not spread (open amounts are
 * never negative). Installments and the payment must not be negative. A blank installment (null)
 * takes nothing and stays blank, so a range with empty rows spills the same shape back.
 */
export function openAfterPayment(installments: readonly (Minor | null)[], paid: Minor): (Minor | null)[] {
  if (paid < 0) inputError("mustNotBeNegative", { arg: "paid", got: fromMinor(paid) }, "num");
  let left = paid;
  return installments.map((amount, i) => {
    if (amount === null) return null;
    if (amount < 0) inputError("mustNotBeNegative", { arg: "installmentAmounts", got: fromMinor(amount), row: i + 1 }, "num");
    const applied = Math.min(amount, left);
    left -= applied;
    return amount - applied;
  });
}
