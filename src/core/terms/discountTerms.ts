import { inputError } from "../errors";
import { END, TermsScanner } from "./scanner";

/**
 * Early-payment discount terms such as "2/10 net 30" (2% off when paid within 10 days, otherwise
 * the full amount within 30):
 *
 *   discountTerms = percent [ "%" ] "/" days [ "," ] ( "NET" | "N" ) [ "/" ] days
 *
 * Accepted spellings include "2/10 net 30", "2/10 n/30", "2/10, N30" and "1.5%/15 net 45".
 */
export interface DiscountTerms {
  /** Discount as a fraction: 0.02 for 2%. */
  readonly discount: number;
  readonly discountDays: number;
  readonly netDays: number;
}

export function parseDiscountTerms(text: string, arg = "terms"): DiscountTerms {
  const s = new TermsScanner(text, arg);
  if (s.atEnd()) inputError("required", { arg });
  const percent = s.number();
  s.accept("%");
  s.expect("/");
  const discountDays = s.integer();
  s.accept(",");
  if (!s.acceptOneOf(["NET", "N"])) s.fail('"NET" | "N"');
  s.accept("/");
  const netDays = s.integer();
  s.expectEnd(END);
  if (!(percent > 0 && percent < 100)) {
    inputError("discountPercent", { arg, got: percent }, "num");
  }
  if (discountDays >= netDays) {
    inputError("discountPeriod", { arg, discountDays, netDays }, "num");
  }
  return { discount: percent / 100, discountDays, netDays };
}
