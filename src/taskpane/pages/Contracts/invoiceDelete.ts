import { isArInputError } from "../../../core/errors";
import { isStaleEdit } from "../../../core/store/revision";
import type { Invoice } from "../../../core/store/types";
import { errorMessage } from "../../forms/fieldError";
import { format, type Lang } from "../../i18n/language";
import { argLabels, type ContractsStrings } from "./strings";

/** How an invoice is named to the analyst: its number, its date, its amount (tax included) with the currency. */
export function invoiceNaming(invoice: Invoice, money: (minor: number) => string): { number: string; date: string; amount: string } {
  return { number: invoice.number, date: invoice.date, amount: money(invoice.amountMinor) };
}

/**
 * Why deleting `invoice` was refused, in the analyst's language: deleted in another pane already
 * (core names it by its table and id, which means nothing on the page), changed elsewhere (a stale
 * rev), or anything else (a closed contract: core refuses it) through the message helper every form uses.
 */
export function invoiceDeleteFailure(e: unknown, invoice: Invoice, s: ContractsStrings, lang: Lang, money: (minor: number) => string): string {
  if (isArInputError(e) && e.code === "recordNotFound" && e.params.what === "invoices") return format(s.invoiceGone, invoiceNaming(invoice, money));
  const message = errorMessage(e, lang, argLabels(s));
  return format(isStaleEdit(e) ? s.invoiceStale : s.invoiceDeleteFailed, { message });
}
