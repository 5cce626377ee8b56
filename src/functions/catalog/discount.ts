import { readBoolean, readOptionalNumber, readText } from "../../core/cells";
import { discountCost } from "../../core/discount";
import { parseDiscountTerms } from "../../core/terms/discountTerms";
import { excel } from "../excelError";

/**
 * Annual cost of not taking an early-payment discount such as "2/10 net 30": simple d/(1-d) × yearDays/(net - discount days), or compounded.
 * @customfunction DISCOUNTRATE
 * @param terms Discount terms such as "2/10 net 30", "2/10 n/30" or "1.5%/15 net 45".
 * @param [yearDays] Days in a year (default 365; must be greater than 0).
 * @param [compound] TRUE for the compounded annual rate, FALSE (default) for the simple one.
 * @returns The annual rate as a fraction (0.3724 = 37.24%).
 */
export function discountrate(terms: any, yearDays?: any, compound?: any): number {
  return excel(() =>
    discountCost(
      parseDiscountTerms(readText(terms, "terms")),
      readOptionalNumber(yearDays, "yearDays", 365),
      readBoolean(compound, "compound", false),
    ),
  );
}
