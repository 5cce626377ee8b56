import { type Day, eomonth, MAX_DAY } from "./dates";
import { inputError } from "./errors";
import { type DueTerms, parseDueTerms } from "./terms/dueTerms";

/**
 * The due date of an invoice under its terms (grammar in terms/dueTerms.ts): NETn is n days after
 * the invoice date, EOM+n is n days after the end of the invoice month, EOM+nM is the end of the
 * month n months after the invoice month. A due date never precedes the invoice date.
 */
export function dueDate(invoiceDate: Day, terms: DueTerms, arg = "terms"): Day {
  let due: Day;
  switch (terms.kind) {
    case "net":
      due = invoiceDate + terms.days;
      break;
    case "eomDays":
      due = eomonth(invoiceDate, 0) + terms.days;
      break;
    case "eomMonths":
      // Past year 9999 EOMONTH's calendar arithmetic is meaningless; report it instead.
      due = terms.months > 12 * 9999 ? MAX_DAY + 1 : eomonth(invoiceDate, terms.months);
      break;
  }
  if (due > MAX_DAY) inputError("dueDateOutOfRange", { arg }, "num");
  return due;
}

export function dueDateFromText(invoiceDate: Day, termsText: string, arg = "terms"): Day {
  return dueDate(invoiceDate, parseDueTerms(termsText, arg), arg);
}
