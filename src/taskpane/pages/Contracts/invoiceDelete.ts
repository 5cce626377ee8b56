import { ArInputError, isArInputError } from "../../../core/errors";
import { isStaleEdit } from "../../../core/store/revision";
import type { Contract, Invoice } from "../../../core/store/types";
import { errorMessage } from "../../forms/fieldError";
import { format, type Lang } from "../../i18n/language";
import { argLabels, type ContractsStrings } from "./strings";

/** How an invoice is named to the analyst: its number, its date, its amount (tax included) with the currency. */
export function invoiceNaming(invoice: Invoice, money: (minor: number) => string): { number: string; date: string; amount: string } {
  return { number: invoice.number, date: invoice.date, amount: money(invoice.amountMinor) };
}

/**
 * The refusal of deleting an invoice of `contract` when the pane already knows it is closed
 * (another pane closed it while the confirmation was open). core's deleteInvoice does not check
 * the contract, so the page refuses it with core's own message, as deleting a receipt does.
 */
export function closedContractRefusal(contract: Pick<Contract, "code">): ArInputError {
  return new ArInputError("contractClosed", { code: contract.code });
}

/**
 * Why deleting `invoice` was refused, in the analyst's language: deleted in another pane already
 * (core names it by its table and id, which means nothing on the page), changed elsewhere (a stale
 * rev), or anything else (a closed contract) through the message helper every form uses.
 */
export function invoiceDeleteFailure(e: unknown, invoice: Invoice, s: ContractsStrings, lang: Lang, money: (minor: number) => string): string {
  if (isArInputError(e) && e.code === "recordNotFound" && e.params.what === "invoices") return format(s.invoiceGone, invoiceNaming(invoice, money));
  const message = errorMessage(e, lang, argLabels(s));
  return format(isStaleEdit(e) ? s.invoiceStale : s.invoiceDeleteFailed, { message });
}
