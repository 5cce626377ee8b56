import { isArInputError } from "../../../core/errors";
import { isStaleEdit } from "../../../core/store/revision";
import type { Contract } from "../../../core/store/types";
import { errorMessage } from "../../forms/fieldError";
import { format, type Lang } from "../../i18n/language";
import { argLabels, type ContractsStrings } from "./strings";

/** What reopening a closed contract means for the figures, with what is open on it (in its currency). */
export function reopenConfirmText(openMinor: number, s: ContractsStrings, money: (minor: number) => string): string {
  return openMinor > 0 ? format(s.reopenConfirm, { open: money(openMinor) }) : s.reopenConfirmNothingOpen;
}

/**
 * Why reopening `contract` (as the page read it) was refused, in the analyst's language, given the
 * contract as it is stored now (`current`, read again after the refusal): already reopened in
 * another pane, gone, changed elsewhere (a stale rev) and still closed, or anything else core
 * refuses through the message helper every form uses.
 */
export function reopenFailure(e: unknown, contract: Pick<Contract, "code">, current: Contract | undefined, s: ContractsStrings, lang: Lang): string {
  if (!current || (isArInputError(e) && e.code === "recordNotFound" && e.params.what === "contracts")) return format(s.reopenGone, { code: contract.code });
  if (current.status !== "closed") return format(s.reopenAlready, { code: current.code, status: s[`status.${current.status}`] ?? current.status });
  const message = errorMessage(e, lang, argLabels(s));
  return format(isStaleEdit(e) ? s.reopenStale : s.reopenFailed, { message });
}
