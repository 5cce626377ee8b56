import { isBackupError } from "../../core/backup/format";
import { backupErrorMessage } from "../../core/backup/messages";
import { ArInputError, isArInputError } from "../../core/errors";
import { InvalidSettingError } from "../../core/store/settings";
import { format, type Lang } from "../i18n/language";
import { isQuotaError, STORAGE_MESSAGES } from "../storage/persistence";
import { ERROR_STRINGS } from "./errorStrings";

/** Errors IndexedDB and Dexie raise when a transaction fails (not a bug in the caller's input). */
const STORAGE_ERROR_NAMES: ReadonlySet<string> = new Set([
  "AbortError", "ConstraintError", "DataCloneError", "DataError", "DatabaseClosedError", "InvalidStateError",
  "MissingAPIError", "NotFoundError", "OpenFailedError", "ReadOnlyError", "TimeoutError", "TransactionInactiveError",
  "UnknownError", "VersionError", "BulkError", "ModifyError", "PrematureCommitError",
]);

/**
 * A failure as the user should read it, in their language: core's typed input errors (stale edits
 * included), a refused backup, a full disk, an invalid setting, a failed ledger transaction. Core's
 * typed errors name the argument by its code name ("terms", "amount"); `labels` maps those names to
 * the field's label, so the message reads "Payment terms: cannot read … at position 9" /
 * "付款条款：无法识别第 9 个字符处…". Anything else is a bug and shows its own message.
 */
export function errorMessage(e: unknown, lang: Lang, labels: Readonly<Record<string, string>> = {}): string {
  if (isBackupError(e)) return backupErrorMessage(e, lang);
  if (isQuotaError(e)) return STORAGE_MESSAGES[lang].quota;
  if (e instanceof InvalidSettingError) return format(ERROR_STRINGS[lang].invalidSetting, { setting: labels[e.key] ?? e.key });
  const name = (e as { name?: unknown } | null)?.name;
  if (typeof name === "string" && STORAGE_ERROR_NAMES.has(name)) return format(ERROR_STRINGS[lang].ledgerWrite, { name });
  if (!isArInputError(e)) return e instanceof Error ? e.message : String(e);
  const arg = e.params.arg;
  if (typeof arg !== "string" || labels[arg] === undefined) return e.messageIn(lang);
  return new ArInputError(e.code, { ...e.params, arg: labels[arg] }, e.kind).messageIn(lang);
}

/** Runs a core check; its typed input error is the field's problem, anything else is a bug and is rethrown. */
export function problemOf(check: () => unknown): ArInputError | undefined {
  try {
    check();
    return undefined;
  } catch (e) {
    if (isArInputError(e)) return e;
    throw e;
  }
}
