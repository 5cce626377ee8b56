import { isBlank, readDay, readInteger, readNumber, readOptionalNumber } from "../../core/cells";
import { lateInterest } from "../../core/lateInterest";
import { fromMinor, toMinor } from "../../core/money";
import { excel } from "../excelError";

/**
 * Simple late-payment interest: amount × annualRate × days late / yearDays, rounded to the cent. Days run from the due date once payment is more than graceDays late; paid on time or within grace gives 0.
 * @customfunction LATEINTEREST
 * @param amount Amount paid late.
 * @param dueDate Due date.
 * @param paidDate Date paid.
 * @param annualRate Annual interest rate as a fraction (0.12 = 12%).
 * @param [yearDays] Day-count basis: 365 (default) or 360.
 * @param [graceDays] Grace period in days (default 0): within it no interest; beyond it interest counts from the due date.
 * @returns The interest, rounded to the cent.
 */
export function lateinterest(amount: any, dueDate: any, paidDate: any, annualRate: any, yearDays?: any, graceDays?: any): number {
  return excel(() =>
    fromMinor(
      lateInterest(
        toMinor(readNumber(amount, "amount")),
        readDay(dueDate, "dueDate"),
        readDay(paidDate, "paidDate"),
        readNumber(annualRate, "annualRate"),
        readOptionalNumber(yearDays, "yearDays", 365),
        isBlank(graceDays) ? 0 : readInteger(graceDays, "graceDays"),
      ),
    ),
  );
}
