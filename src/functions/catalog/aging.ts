import { ageDays, agingFromCells, agingTable, bucketLabel } from "../../core/aging";
import { readDay, readVectorInPlace } from "../../core/cells";
import { readBounds, readCurrencyDigits } from "../args";
import { excel } from "../excelError";

/**
 * Days past due: the as-of date minus the due date (negative when not yet due).
 * @customfunction AGEDAYS
 * @param dueDate Due date (an Excel date or ISO text YYYY-MM-DD).
 * @param asOf The date to age at.
 * @returns Days past due.
 */
export function agedays(dueDate: any, asOf: any): number {
  return excel(() => ageDays(readDay(dueDate, "dueDate"), readDay(asOf, "asOf")));
}

/**
 * Aging bucket of a due date: Current (not yet due, due today included), then one band per bound.
 * @customfunction BUCKET
 * @param dueDate Due date (an Excel date or ISO text YYYY-MM-DD).
 * @param asOf The date to age at.
 * @param [bounds] Upper bounds of the bands in days, increasing (default 30, 60, 90).
 * @returns Bucket label such as Current, 1-30, 31-60, 61-90 or >90.
 */
export function bucket(dueDate: any, asOf: any, bounds?: any[][]): string {
  return excel(() => bucketLabel(readDay(dueDate, "dueDate"), readDay(asOf, "asOf"), readBounds(bounds)));
}

/**
 * Aging report: the bucket labels in one row and the total of each bucket below. Totals add up to the sum of the amounts.
 * @customfunction AGING
 * @param dueDates Due dates, a row or a column.
 * @param amounts Open amounts, lined up with the due dates.
 * @param asOf The date to age at.
 * @param [bounds] Upper bounds of the bands in days, increasing (default 30, 60, 90).
 * @param [currency] Currency of the amounts, to keep them to its minor unit: an ISO code such as KWD (3 decimals) or JPY (none), or a name such as 人民币 (default: 2 decimals).
 * @returns Two rows: labels, totals.
 */
export function aging(dueDates: any[][], amounts: any[][], asOf: any, bounds?: any[][], currency?: any): any[][] {
  return excel(() => {
    const digits = readCurrencyDigits(currency);
    const dues = readVectorInPlace(dueDates, "dueDates");
    const totals = agingFromCells(dues, readVectorInPlace(amounts, "amounts"), readDay(asOf, "asOf"), readBounds(bounds), digits);
    return agingTable(totals, digits);
  });
}
