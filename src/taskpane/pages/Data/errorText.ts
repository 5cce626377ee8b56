import { isBackupError } from "../../../core/backup/format";
import { backupErrorMessage } from "../../../core/backup/messages";
import { isArInputError } from "../../../core/errors";
import { isQuotaError, STORAGE_MESSAGES } from "../../storage/persistence";

/** A failure as the user should read it, in their language. */
export function errorText(e: unknown, lang: "en" | "zh"): string {
  if (isBackupError(e)) return backupErrorMessage(e, lang);
  if (isQuotaError(e)) return STORAGE_MESSAGES[lang].quota;
  if (isArInputError(e)) return e.messageIn(lang);
  if (e instanceof Error) return e.message;
  return String(e);
}
