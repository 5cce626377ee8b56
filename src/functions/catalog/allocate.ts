import { isBlank, readNumber, readVector } from "../../core/cells";
import { openAfterPayment } from "../../core/allocate";
import { DEFAULT_DIGITS, fromMinor, toMinor } from "../../core/money";
import { gridSize } from "../args";
import { excel } from "../excelError";

/**
 * What stays open on each installment after applying a payment oldest first. Never allocates more than an installment; a payment above the total leaves every installment at 0.
 * @customfunction ALLOCATE
 * @param installmentAmounts Installment amounts, oldest first, in a row or a column.
 * @param paid Amount paid (0 or more).
 * @returns The open amounts, in the same orientation as the installments; blank installments stay blank.
 */
export function allocate(installmentAmounts: any[][], paid: any): any[][] {
  return excel(() => {
    const cells = readVector(installmentAmounts, "installmentAmounts");
    const amounts = cells.map((c, i) => (isBlank(c) ? null : toMinor(readNumber(c, "installmentAmounts", i + 1), DEFAULT_DIGITS, "installmentAmounts")));
    const open = openAfterPayment(amounts, toMinor(readNumber(paid, "paid"), DEFAULT_DIGITS, "paid")).map((m) => (m === null ? "" : fromMinor(m)));
    const { rows } = gridSize(installmentAmounts);
    return rows === 1 ? [open] : open.map((v) => [v]);
  });
}
