import { isArInputError } from "../../../core/errors";
import { isStaleEdit } from "../../../core/store/revision";
import type { Contract } from "../../../core/store/types";
import { errorMessage } from "../../forms/fieldError";
import { format, type Lang } from "../../i18n/language";
import { argLabels, type ContractsStrings } from "./strings";

/**
 * Whether closing is refused before it is tried: money is open (the page's outstanding, in minor
 * units) and it is not to be written off. The store refuses that close (contractHasOpen).
 */
export function closeBlocked(openMinor: number, writeOff: boolean): boolean {
  return openMinor > 0 && !writeOff;
}

/**
 * What closing means, with what is open on the contract (in its currency): written off and gone
 * from Today, the Dashboard and the customer's credit exposure; refused when it is not to be
 * written off; nothing changes there when nothing is open. In each case nothing can be recorded on
 * it until it is reopened.
 */
export function closeConfirmText(openMinor: number, writeOff: boolean, s: ContractsStrings, money: (minor: number) => string): string {
  if (openMinor <= 0) return s.closeConfirmNothingOpen;
  return format(writeOff ? s.closeConfirmWriteOff : s.closeConfirmRefused, { open: money(openMinor) });
}

/** The notice once `code` is closed, naming what was written off when anything was. */
export function closedText(code: string, writtenOffMinor: number, s: ContractsStrings, money: (minor: number) => string): string {
  return writtenOffMinor > 0 ? format(s.closedWrittenOff, { code, amount: money(writtenOffMinor) }) : format(s.closed, { code });
}

/**
 * What a closed contract's detail says about its close: the day and what was written off, as
 * closeContract recorded them. A contract closed before the record was kept (or by an import) has
 * neither: it says what is open on it now (`openMinor`, a closed contract takes no receipt, so it
 * is what was written off), without a day.
 */
export function closeRecordText(contract: Pick<Contract, "writtenOffMinor" | "closedDate">, openMinor: number, s: ContractsStrings, money: (minor: number) => string): string {
  const amount = contract.writtenOffMinor ?? openMinor;
  const date = contract.closedDate;
  if (date === undefined) return amount > 0 ? format(s.closeRecordWrittenOffUndated, { amount: money(amount) }) : s.closeRecordNothingUndated;
  return amount > 0 ? format(s.closeRecordWrittenOff, { date, amount: money(amount) }) : format(s.closeRecordNothing, { date });
}

/**
 * Why closing `contract` (as the page read it) was refused, in the analyst's language, given the
 * contract as it is stored now (`current`, read again after the refusal): gone, already closed in
 * another pane, changed elsewhere (a stale rev) and still open, money open that was not written
 * off (core's message names the amount), or anything else core refuses.
 */
export function closeFailure(e: unknown, contract: Pick<Contract, "code">, current: Contract | undefined, s: ContractsStrings, lang: Lang): string {
  if (!current || (isArInputError(e) && e.code === "recordNotFound" && e.params.what === "contracts")) return format(s.closeGone, { code: contract.code });
  if (current.status === "closed") return format(s.closeAlready, { code: current.code });
  const message = errorMessage(e, lang, argLabels(s));
  if (isStaleEdit(e)) return format(s.closeStale, { message });
  if (isArInputError(e) && e.code === "contractHasOpen") return format(s.closeHasOpen, { message });
  return format(s.closeFailed, { message });
}
