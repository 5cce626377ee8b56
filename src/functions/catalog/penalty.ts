import { isBlank, readInteger, readNumber } from "../../core/cells";
import { fromMinor, toMinor } from "../../core/money";
import { penalty as contractPenalty } from "../../core/penalty";
import { excel } from "../excelError";

/**
 * Contractual late-payment penalty: amount × dailyRate × days late (0 when not late), rounded to the cent, at most cap × amount when a cap is given.
 * @customfunction PENALTY
 * @param amount Amount the penalty is charged on.
 * @param daysLate Whole days late (0 or less means no penalty).
 * @param dailyRate Penalty per day as a fraction (0.0005 = 0.05% a day).
 * @param [cap] Maximum penalty as a share of the amount (0.1 = at most 10% of the amount); no cap when omitted.
 * @returns The penalty, rounded to the cent.
 */
export function penalty(amount: any, daysLate: any, dailyRate: any, cap?: any): number {
  return excel(() =>
    fromMinor(
      contractPenalty(
        toMinor(readNumber(amount, "amount")),
        readInteger(daysLate, "daysLate"),
        readNumber(dailyRate, "dailyRate"),
        isBlank(cap) ? undefined : readNumber(cap, "cap"),
      ),
    ),
  );
}
