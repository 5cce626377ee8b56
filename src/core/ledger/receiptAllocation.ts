import { openAfterPayment } from "../allocate";
import type { Minor } from "../money";

export interface OpenInstallment {
  readonly installmentId: number;
  readonly open: Minor;
}

export interface ReceiptAllocationPlan {
  /** Amounts to allocate, one per installment that gets something, in the order given. */
  readonly parts: readonly { installmentId: number; amount: Minor }[];
  /**
   * What the installments could not absorb: kept on the receipt as an on-account credit (it is
   * never spread beyond an installment's open amount), applied when a later plan version opens
   * new installments.
   */
  readonly onAccount: Minor;
}

/**
 * Split a receipt over open installments, oldest first (the caller passes them in collection
 * order). Each installment is settled in full before the next gets anything, so an installment
 * never receives more than its open amount.
 */
export function allocateReceipt(openInOrder: readonly OpenInstallment[], amount: Minor): ReceiptAllocationPlan {
  const opens = openInOrder.map((o) => o.open);
  const after = openAfterPayment(opens, amount);
  const parts: { installmentId: number; amount: Minor }[] = [];
  let applied = 0;
  for (let i = 0; i < opens.length; i++) {
    const part = opens[i] - (after[i] ?? opens[i]); // null only marks a blank input row
    if (part > 0) {
      parts.push({ installmentId: openInOrder[i].installmentId, amount: part });
      applied += part;
    }
  }
  return { parts, onAccount: amount - applied };
}
