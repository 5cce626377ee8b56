import { readVector } from "../../core/cells";
import { eclFromCells } from "../../core/ecl";
import { fromMinor } from "../../core/money";
import { gridSize } from "../args";
import { excel } from "../excelError";

/**
 * Lifetime expected credit loss (IFRS 9 simplified approach, provision matrix): the sum of each bucket's amount times its loss rate, rounded to the cent.
 * @customfunction ECL
 * @param bucketAmounts Gross receivables per aging bucket, a row or a column.
 * @param lossRates Lifetime loss rate of each bucket, 0 to 1, lined up with the amounts.
 * @returns Expected credit loss.
 */
export function ecl(bucketAmounts: any[][], lossRates: any[][]): number {
  return excel(() => fromMinor(eclFromCells(readVector(bucketAmounts, "bucketAmounts"), readVector(lossRates, "lossRates")).total));
}

/**
 * Provision of each bucket, in the shape of bucketAmounts; the provisions add up to AR.ECL exactly.
 * @customfunction ECLBUCKETS
 * @param bucketAmounts Gross receivables per aging bucket, a row or a column.
 * @param lossRates Lifetime loss rate of each bucket, 0 to 1, lined up with the amounts.
 * @returns One provision per bucket (blank where the bucket row is blank).
 */
export function eclbuckets(bucketAmounts: any[][], lossRates: any[][]): any[][] {
  return excel(() => {
    const { perRow } = eclFromCells(readVector(bucketAmounts, "bucketAmounts"), readVector(lossRates, "lossRates"));
    const cells = perRow.map((p) => (p === null ? "" : fromMinor(p)));
    const { rows, cols } = gridSize(bucketAmounts);
    return rows === 1 && cols > 1 ? [cells] : cells.map((c) => [c]);
  });
}
