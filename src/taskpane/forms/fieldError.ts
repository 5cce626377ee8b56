import { isBackupError } from "../../core/backup/format";
import { backupErrorMessage } from "../../core/backup/messages";
import { ArInputError, isArInputError } from "../../core/errors";
import { InvalidSettingError } from "../../core/store/settings";
import { format, type Lang } from "../i18n/language";
import { isQuotaError, STORAGE_MESSAGES } from "../storage/persistence";
import { BAD_DATE } from "./dateInput";
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
  const named = typeof arg !== "string" || labels[arg] === undefined ? e : new ArInputError(e.code, { ...e.params, arg: labels[arg] }, e.kind);
  const form = formWording(named, lang);
  if (form === undefined) return named.messageIn(lang);
  // A row the message is about comes first, as core's own messages place it.
  const row = named.params.row;
  return row === undefined ? form : (lang === "zh" ? `第 ${row} 行：` : `Row ${row}: `) + form;
}

/**
 * Core's wording is about a function's arguments ("缺少参数 X。", "must be a date (an Excel date
 * or ISO text …)"); a form says it about its fields: an empty required field, a date the date
 * input could not read (BAD_DATE). Undefined for every other error.
 */
function formWording(e: ArInputError, lang: Lang): string | undefined {
  if (e.params.arg === undefined) return undefined;
  const arg = { arg: String(e.params.arg) };
  if (e.code === "required") return format(ERROR_STRINGS[lang].required, arg);
  if (e.code === "notADate" && String(e.params.got).includes(BAD_DATE)) return format(ERROR_STRINGS[lang].badDate, arg);
  return undefined;
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
