import { readNumber, readOptionalNumber, readVector } from "../../core/cells";
import {
  averageDaysDelinquent,
  bestPossibleDso,
  collectionEffectiveness,
  countbackDso,
  dso as daysSalesOutstanding,
  monthlySalesFromCells,
} from "../../core/metrics";
import { excel } from "../excelError";

/**
 * Days sales outstanding: receivables / credit sales × days in the period.
 * @customfunction DSO
 * @param receivables Receivables at the end of the period.
 * @param creditSales Credit sales of the period.
 * @param days Days in the period, such as 90 for a quarter.
 * @returns Days sales outstanding.
 */
export function dso(receivables: any, creditSales: any, days: any): number {
  return excel(() => daysSalesOutstanding(readNumber(receivables, "receivables"), readNumber(creditSales, "creditSales"), readNumber(days, "days")));
}

/**
 * Countback DSO: walks back from the newest month, taking each month's sales out of receivables; full months count daysPerMonth days, the last month its fraction.
 * @customfunction DSOCB
 * @param receivables Receivables at the end of the newest month.
 * @param monthlySales Credit sales per month, oldest to newest, a row or a column.
 * @param [daysPerMonth] Days counted for a full month (default 30).
 * @returns Countback days sales outstanding.
 */
export function dsocb(receivables: any, monthlySales: any[][], daysPerMonth?: any): number {
  return excel(() =>
    countbackDso(
      readNumber(receivables, "receivables"),
      monthlySalesFromCells(readVector(monthlySales, "monthlySales")),
      readOptionalNumber(daysPerMonth, "daysPerMonth", 30),
    ),
  );
}

/**
 * Best possible DSO: current (not yet due) receivables / credit sales × days.
 * @customfunction BPDSO
 * @param currentReceivables Receivables not yet due at the end of the period.
 * @param creditSales Credit sales of the period.
 * @param days Days in the period.
 * @returns Best possible days sales outstanding.
 */
export function bpdso(currentReceivables: any, creditSales: any, days: any): number {
  return excel(() =>
    bestPossibleDso(readNumber(currentReceivables, "currentReceivables"), readNumber(creditSales, "creditSales"), readNumber(days, "days")),
  );
}

/**
 * Average days delinquent: DSO minus best possible DSO.
 * @customfunction ADD
 * @param receivables All receivables at the end of the period.
 * @param currentReceivables The part of them not yet due.
 * @param creditSales Credit sales of the period.
 * @param days Days in the period.
 * @returns Average days delinquent.
 */
export function add(receivables: any, currentReceivables: any, creditSales: any, days: any): number {
  return excel(() =>
    averageDaysDelinquent(
      readNumber(receivables, "receivables"),
      readNumber(currentReceivables, "currentReceivables"),
      readNumber(creditSales, "creditSales"),
      readNumber(days, "days"),
    ),
  );
}

/**
 * Collection effectiveness index (Credit Research Foundation), as a fraction: (begin + sales/months - end) / (begin + sales/months - endCurrent).
 * @customfunction CEI
 * @param beginReceivables Receivables at the start of the period.
 * @param creditSales Credit sales of the period.
 * @param endReceivables Receivables at the end of the period.
 * @param endCurrentReceivables Receivables not yet due at the end of the period.
 * @param [months] Months in the period; credit sales are divided by it (default 1).
 * @returns Collection effectiveness, 1 = 100%.
 */
export function cei(beginReceivables: any, creditSales: any, endReceivables: any, endCurrentReceivables: any, months?: any): number {
  return excel(() =>
    collectionEffectiveness(
      readNumber(beginReceivables, "beginReceivables"),
      readNumber(creditSales, "creditSales"),
      readNumber(endReceivables, "endReceivables"),
      readNumber(endCurrentReceivables, "endCurrentReceivables"),
      readOptionalNumber(months, "months", 1),
    ),
  );
}
