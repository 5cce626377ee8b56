import { type Day, isoFromSerial, serialFromIso } from "../../core/dates";
import { format } from "../i18n/language";

/**
 * "Today" rules live in the forms (core reads no clock). A date that records something that has
 * happened — money received, a milestone reached — cannot lie after today: the message (`template`,
 * with `{today}`) names today. Undefined when the date is today or earlier, and for text that is no
 * date (blank, or an impossible date: the field's own date check says so).
 *
 * Dates deliberately not limited by today: a receipt before the contract's sign date (a deposit
 * taken before signing is real in project businesses), an invoice dated ahead (invoices are raised
 * in advance), a milestone planned in the past (plans are often entered late).
 */
export function notAfterToday(text: string, today: Day, template: string): string | undefined {
  const day = serialFromIso(text.trim());
  return day !== undefined && day > today ? format(template, { today: isoFromSerial(today) }) : undefined;
}
