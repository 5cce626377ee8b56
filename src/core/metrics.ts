import { type Cell, isBlank, readNumber } from "./cells";
import { inputError } from "./errors";
import { DEFAULT_DIGITS, fromMinor, sumMinor, toMinor } from "./money";
import { nonNegative, nonZero, positive } from "./numberChecks";

/**
 * Collection metrics. Amounts are plain numbers in currency units (a ratio does not care about
 * minor units); results are returned unrounded, as Excel's own arithmetic would give them.
 * Sources: DSO and best possible DSO as defined by the Credit Research Foundation; countback
 * DSO (the "exhaustion" method); CEI per the Credit Research Foundation, with total credit sales
 * over `months` months averaged to one month.
 */

/** Days sales outstanding: receivables / credit sales × days in the period. */
export function dso(receivables: number, creditSales: number, days: number): number {
  nonNegative(receivables, "receivables");
  checkSales(creditSales, "creditSales");
  positive(days, "days");
  return (receivables / creditSales) * days;
}

/** Best possible DSO: only the current (not yet due) receivables over credit sales × days. */
export function bestPossibleDso(currentReceivables: number, creditSales: number, days: number): number {
  nonNegative(currentReceivables, "currentReceivables");
  checkSales(creditSales, "creditSales");
  positive(days, "days");
  return (currentReceivables / creditSales) * days;
}

/** Average days delinquent = DSO − best possible DSO = overdue receivables / credit sales × days. */
export function averageDaysDelinquent(receivables: number, currentReceivables: number, creditSales: number, days: number): number {
  nonNegative(receivables, "receivables");
  nonNegative(currentReceivables, "currentReceivables");
  if (currentReceivables > receivables) {
    inputError("mustNotExceed", { arg: "currentReceivables", limit: `receivables (${receivables})`, got: currentReceivables }, "num");
  }
  return dso(receivables, creditSales, days) - bestPossibleDso(currentReceivables, creditSales, days);
}

/**
 * Countback DSO: walk back from the newest month, taking each month's sales out of receivables;
 * every month fully used up counts `daysPerMonth` days, the month where receivables run out
 * counts its fraction. Calendar-free on purpose (30 days a month by default) so the answer does
 * not depend on which months the range holds. Receivables larger than all the sales given cannot
 * be counted back: that is an error asking for more months, not a number that looks right.
 */
export function countbackDso(receivables: number, monthlySales: readonly number[], daysPerMonth = 30): number {
  nonNegative(receivables, "receivables");
  positive(daysPerMonth, "daysPerMonth");
  if (monthlySales.length === 0) inputError("required", { arg: "monthlySales" });
  // Walk in minor units so that subtracting month after month leaves no binary residue
  // (0.3 − 0.2 − 0.1 must be exactly zero, or a whole month would count as 99.99…%).
  const left0 = toMinor(receivables, DEFAULT_DIGITS, "receivables");
  const sales = monthlySales.map((m, i) => toMinor(nonNegative(m, "monthlySales", i + 1), DEFAULT_DIGITS, "monthlySales"));
  const total = sumMinor(sales);
  if (left0 > total) {
    inputError("salesHistoryTooShort", { arg: "receivables", got: receivables, other: "monthlySales", total: fromMinor(total) }, "num");
  }
  let left = left0;
  let days = 0;
  for (let i = sales.length - 1; i >= 0 && left > 0; i--) {
    if (left >= sales[i]) {
      days += daysPerMonth;
      left -= sales[i];
    } else {
      days += (left / sales[i]) * daysPerMonth;
      left = 0;
    }
  }
  return days;
}

/**
 * Monthly sales from a row or column, oldest first. Blanks before the first and after the last
 * value are ignored (a range drawn larger than the data); a blank between two months is an error,
 * because skipping it would shift every older month by one. Negative sales are refused naming their row.
 */
export function monthlySalesFromCells(cells: readonly Cell[], arg = "monthlySales"): number[] {
  let first = 0;
  let last = cells.length - 1;
  while (first <= last && isBlank(cells[first])) first++;
  while (last >= first && isBlank(cells[last])) last--;
  const out: number[] = [];
  // Checked here, where the row of the range is known (countbackDso only sees the trimmed months).
  for (let i = first; i <= last; i++) out.push(nonNegative(readNumber(cells[i], arg, i + 1), arg, i + 1));
  return out;
}

/**
 * Collection effectiveness index (Credit Research Foundation), as a fraction:
 * (begin + sales/months − end) / (begin + sales/months − endCurrent).
 * The denominator is what could have been collected; it cannot be negative.
 */
export function collectionEffectiveness(
  beginReceivables: number,
  creditSales: number,
  endReceivables: number,
  endCurrentReceivables: number,
  months = 1,
): number {
  nonNegative(beginReceivables, "beginReceivables");
  nonNegative(creditSales, "creditSales");
  nonNegative(endReceivables, "endReceivables");
  nonNegative(endCurrentReceivables, "endCurrentReceivables");
  positive(months, "months");
  if (endCurrentReceivables > endReceivables) {
    inputError("mustNotExceed", { arg: "endCurrentReceivables", limit: `endReceivables (${endReceivables})`, got: endCurrentReceivables }, "num");
  }
  const collectible = beginReceivables + creditSales / months;
  const denominator = collectible - endCurrentReceivables;
  if (denominator < 0) {
    inputError("mustNotExceed", { arg: "endCurrentReceivables", limit: `beginReceivables + creditSales / months (${collectible})`, got: endCurrentReceivables }, "num");
  }
  nonZero(denominator, "beginReceivables + creditSales / months − endCurrentReceivables");
  return (collectible - endReceivables) / denominator;
}

function checkSales(creditSales: number, arg: string): void {
  nonNegative(creditSales, arg);
  nonZero(creditSales, arg);
}
