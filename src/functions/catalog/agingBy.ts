import { agingByFromCells, agingByTable } from "../../core/agingBy";
import { readDay, readVectorInPlace } from "../../core/cells";
import { readBounds, readCurrencyDigits } from "../args";
import { excel } from "../excelError";

/**
 * Customer aging report in one formula: a header row (Key, bucket labels, Total), then one row per key, largest overdue first (overdue = all buckets but Current; ties by key), with each bucket and the key's total.
 * @customfunction AGINGBY
 * @param keys Customer (or contract) of each row; text ignores case and surrounding spaces.
 * @param dueDates Due dates, lined up with the keys.
 * @param amounts Open amounts, lined up with the keys.
 * @param asOf The date to age at.
 * @param [bounds] Upper bounds of the bands in days, increasing (default 30, 60, 90).
 * @param [currency] Currency of the amounts, to keep them to its minor unit: an ISO code such as KWD (3 decimals) or JPY (none), or a name such as 人民币 (default: 2 decimals).
 * @returns Header row, then one row per key.
 */
export function agingby(keys: any[][], dueDates: any[][], amounts: any[][], asOf: any, bounds?: any[][], currency?: any): any[][] {
  return excel(() => {
    const digits = readCurrencyDigits(currency);
    const report = agingByFromCells(
      readVectorInPlace(keys, "keys"),
      readVectorInPlace(dueDates, "dueDates"),
      readVectorInPlace(amounts, "amounts"),
      readDay(asOf, "asOf"),
      readBounds(bounds),
      digits,
    );
    return agingByTable(report, digits);
  });
}
