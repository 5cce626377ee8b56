import { inputError } from "./errors";
import type { DiscountTerms } from "./terms/discountTerms";

/**
 * Annual cost of not taking an early-payment discount ("2/10 net 30"): skipping the discount
 * borrows (1 - d) of the invoice for (net - discountDays) days at a price of d.
 *   simple   = d / (1 - d) × yearDays / (net - discountDays)
 *   compound = (1 + d / (1 - d)) ^ (yearDays / (net - discountDays)) - 1
 */
export function discountCost(terms: DiscountTerms, yearDays = 365, compound = false): number {
  if (!(yearDays > 0)) inputError("mustBePositive", { arg: "yearDays", got: yearDays }, "num");
  const periodRate = terms.discount / (1 - terms.discount);
  const periods = yearDays / (terms.netDays - terms.discountDays);
  return compound ? Math.pow(1 + periodRate, periods) - 1 : periodRate * periods;
}
