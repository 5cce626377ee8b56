import { isArInputError } from "../../../core/errors";
import { isStaleEdit } from "../../../core/store/revision";
import type { Contract, ContractStatus } from "../../../core/store/types";
import { errorMessage } from "../../forms/fieldError";
import { format, type Lang } from "../../i18n/language";
import { argLabels, type ContractsStrings } from "./strings";

/**
 * What reopening a closed contract means: the status it goes back to (the one it had before it
 * was closed, core/store/contracts reopenedStatus) and, with what was written off on it (in its
 * currency), that this is receivable again.
 */
export function reopenConfirmText(writtenOffMinor: number, s: ContractsStrings, money: (minor: number) => string, status: ContractStatus = "active"): string {
  const params = { open: money(writtenOffMinor), status: statusText(status, s) };
  return format(writtenOffMinor > 0 ? s.reopenConfirm : s.reopenConfirmNothingOpen, params);
}

/** The notice once `code` is reopened, naming the status it is back to. */
export function reopenedText(code: string, status: ContractStatus, s: ContractsStrings): string {
  return format(s.reopened, { code, status: statusText(status, s) });
}

function statusText(status: ContractStatus, s: ContractsStrings): string {
  return s[`status.${status}`] ?? status;
}

/**
 * Why reopening `contract` (as the page read it) was refused, in the analyst's language, given the
 * contract as it is stored now (`current`, read again after the refusal): already reopened in
 * another pane, gone, changed elsewhere (a stale rev) and still closed, or anything else core
 * refuses through the message helper every form uses.
 */
export function reopenFailure(e: unknown, contract: Pick<Contract, "code">, current: Contract | undefined, s: ContractsStrings, lang: Lang): string {
  if (!current || (isArInputError(e) && e.code === "recordNotFound" && e.params.what === "contracts")) return format(s.reopenGone, { code: contract.code });
  if (current.status !== "closed") return format(s.reopenAlready, { code: current.code, status: statusText(current.status, s) });
  const message = errorMessage(e, lang, argLabels(s));
  return format(isStaleEdit(e) ? s.reopenStale : s.reopenFailed, { message });
}
