import { isArInputError } from "../../../core/errors";
import { isStaleEdit } from "../../../core/store/revision";
import type { Reminder } from "../../../core/store/types";
import { errorMessage } from "../../forms/fieldError";
import { format, type Lang } from "../../i18n/language";
import type { RemindersStrings } from "./strings";

/** How a logged contact is named to the analyst: its date, who was contacted, the contract's code, how. */
export function contactNaming(r: Reminder, contractCode: string, s: RemindersStrings): { date: string; contact: string; contract: string; channel: string } {
  return { date: r.date, contact: r.contact, contract: contractCode, channel: s[`channel.${r.channel}` as keyof RemindersStrings] ?? r.channel };
}

/**
 * The question asked before deleting `r`: the contact named, with its promise when it holds one
 * (the usual reason for deleting: a mistyped amount), money as `money` writes it.
 */
export function contactDeleteQuestion(r: Reminder, contractCode: string, s: RemindersStrings, money: (minor: number) => string): string {
  const promise = r.promiseDate === undefined && r.promiseAmountMinor === undefined ? "" : format(s.deleteEntryPromise, {
    amount: r.promiseAmountMinor === undefined ? "—" : money(r.promiseAmountMinor),
    date: r.promiseDate ?? "—",
  });
  return format(s.deleteEntryConfirm, { ...contactNaming(r, contractCode, s), promise });
}

/**
 * Why deleting `r` was refused, in the analyst's language: deleted in another pane already (core
 * names it by its table and id, which means nothing on the page), changed elsewhere (a stale rev),
 * or anything else core refuses (a closed contract) through the message helper every form uses.
 */
export function contactDeleteFailure(e: unknown, r: Reminder, contractCode: string, s: RemindersStrings, lang: Lang): string {
  if (isArInputError(e) && e.code === "recordNotFound" && e.params.what === "reminders") return format(s.entryGone, contactNaming(r, contractCode, s));
  const message = errorMessage(e, lang);
  return format(isStaleEdit(e) ? s.entryStale : s.entryDeleteFailed, { message });
}
