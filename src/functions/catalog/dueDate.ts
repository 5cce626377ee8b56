import { readDay, readText } from "../../core/cells";
import { dueDateFromText } from "../../core/dueDate";
import { excel } from "../excelError";

/**
 * Due date of an invoice under its payment terms: NET30 (30 days after the invoice), EOM+30 (30 days after the end of the invoice month) or EOM+1M (end of the next month).
 * @customfunction DUEDATE
 * @param invoiceDate Invoice date (an Excel date or ISO text YYYY-MM-DD).
 * @param terms Terms such as NET30, Net 30, N30, 30, EOM, EOM+30 or EOM+2M (case and spaces do not matter).
 * @returns The due date.
 */
export function duedate(invoiceDate: any, terms: any): number {
  return excel(() => dueDateFromText(readDay(invoiceDate, "invoiceDate"), readText(terms, "terms")));
}
