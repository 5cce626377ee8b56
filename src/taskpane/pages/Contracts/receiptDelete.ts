import { isArInputError } from "../../../core/errors";
import { isStaleEdit } from "../../../core/store/revision";
import type { Receipt } from "../../../core/store/types";
import { errorMessage } from "../../forms/fieldError";
import { format, type Lang } from "../../i18n/language";
import { argLabels, type ContractsStrings } from "./strings";

/** How a receipt is named to the analyst: its date, its amount with the currency, how it came in. */
export function receiptNaming(receipt: Receipt, s: ContractsStrings, money: (minor: number) => string): { date: string; amount: string; method: string } {
  const method = s[`method.${receipt.method}`] ?? receipt.method;
  return { date: receipt.date, amount: money(receipt.amountMinor), method: receipt.reference ? `${method} · ${receipt.reference}` : method };
}

/**
 * Why deleting `receipt` was refused, in the analyst's language: deleted in another pane already
 * (core names it by its table and id, which means nothing on the page), changed elsewhere (a stale
 * rev), or anything else core refuses (a closed contract) through the message helper every form uses.
 */
export function receiptDeleteFailure(e: unknown, receipt: Receipt, s: ContractsStrings, lang: Lang, money: (minor: number) => string): string {
  if (isArInputError(e) && e.code === "recordNotFound" && e.params.what === "receipts") return format(s.receiptGone, receiptNaming(receipt, s, money));
  const message = errorMessage(e, lang, argLabels(s));
  return format(isStaleEdit(e) ? s.receiptStale : s.deleteFailed, { message });
}
