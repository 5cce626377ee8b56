import { inputError } from "../errors";
import { DIGITS, END, TermsScanner } from "./scanner";

/**
 * Due-date terms of an invoice:
 *
 *   dueTerms = net | eom
 *   net      = [ ( "NET" | "N" ) [ "/" ] ] days              NET30, Net 30, n30, n/30, 30
 *   eom      = "EOM" [ "+" ( days [ "D" ] | months "M" ) ]    EOM, EOM+30, EOM+30D, EOM+1M
 *
 * NETn: n days after the invoice date. EOM+n: n days after the end of the invoice month.
 * EOM+nM: the end of the month n months after the invoice month. EOM alone is EOM+0.
 */
export type DueTerms =
  | { readonly kind: "net"; readonly days: number }
  | { readonly kind: "eomDays"; readonly days: number }
  | { readonly kind: "eomMonths"; readonly months: number };

export function parseDueTerms(text: string, arg = "terms"): DueTerms {
  const s = new TermsScanner(text, arg);
  if (s.atEnd()) inputError("required", { arg });
  let terms: DueTerms;
  if (s.accept("EOM")) {
    terms = { kind: "eomDays", days: 0 };
    if (s.accept("+")) {
      const n = s.integer();
      if (s.accept("M")) terms = { kind: "eomMonths", months: n };
      else {
        s.accept("D");
        terms = { kind: "eomDays", days: n };
      }
    }
  } else {
    const word = s.acceptOneOf(["NET", "N"]);
    if (word) s.accept("/");
    terms = { kind: "net", days: s.integer(word ? DIGITS : `"NET" | "EOM" | ${DIGITS}`) };
  }
  s.expectEnd(END);
  return terms;
}
