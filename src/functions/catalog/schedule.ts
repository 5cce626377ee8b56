import { type Cell, isBlank, readDay, readInteger, readNumber, readOptionalNumber } from "../../core/cells";
import { inputError } from "../../core/errors";
import { toMinor } from "../../core/money";
import { installments as equalInstallments, roundingStep, schedule as splitSchedule, scheduleTable } from "../../core/schedule";
import { tranchesFromRange } from "../../core/terms/trancheRange";
import { parseTranches, type Tranche } from "../../core/terms/tranches";
import { gridSize, singleCell } from "../args";
import { excel } from "../excelError";

/** Terms text in one cell, or a two-column range of share and days. */
function readTranches(terms: Cell): Tranche[] {
  const single = singleCell(terms);
  if (typeof single === "string") return parseTranches(single, "terms");
  if (single !== undefined) {
    if (isBlank(single)) return inputError("required", { arg: "terms" });
    if (typeof single === "object" && single !== null) throw single; // an error value propagates
    return inputError("termsShape", { arg: "terms", rows: 1, cols: 1 });
  }
  const { rows, cols } = gridSize(terms);
  if (cols !== 2) return inputError("termsShape", { arg: "terms", rows, cols });
  return tranchesFromRange(terms as Cell[][], "terms");
}

/**
 * Payment schedule of a contract amount: one row per tranche with its number, due date, share and amount. Amounts add up to the amount exactly.
 * @customfunction SCHEDULE
 * @param amount Contract amount to split.
 * @param startDate Start date the offsets count from (an Excel date or ISO text YYYY-MM-DD).
 * @param terms Tranches as text such as "30%@0d; 60%@90d; 10%@12m" (days, or months by EDATE from the start date), or a two-column range of share and days.
 * @param [roundTo] Rounding step of the amounts in currency units (default 0.01; 100 gives whole hundreds, the odd remainder on the last tranche).
 * @returns Rows of number, due date, share, amount.
 */
export function schedule(amount: any, startDate: any, terms: any[][], roundTo?: any): any[][] {
  return excel(() => {
    const total = toMinor(readNumber(amount, "amount"));
    const start = readDay(startDate, "startDate");
    const tranches = readTranches(terms);
    const step = roundingStep(readOptionalNumber(roundTo, "roundTo", 0.01));
    return scheduleTable(splitSchedule(total, start, tranches, step));
  });
}

/**
 * Equal installments: the amount split into count parts, the first due on firstDue and each next one monthsApart months later (EDATE from the first due date).
 * @customfunction INSTALLMENTS
 * @param amount Amount to split.
 * @param firstDue Due date of the first installment.
 * @param count Number of installments (1 to 1000).
 * @param [monthsApart] Months between installments (default 1).
 * @returns Rows of number, due date, share, amount.
 */
export function installments(amount: any, firstDue: any, count: any, monthsApart?: any): any[][] {
  return excel(() => {
    const total = toMinor(readNumber(amount, "amount"));
    const first = readDay(firstDue, "firstDue");
    const n = readInteger(count, "count");
    const apart = isBlank(monthsApart) ? 1 : readInteger(monthsApart, "monthsApart");
    return scheduleTable(equalInstallments(total, first, n, apart));
  });
}
