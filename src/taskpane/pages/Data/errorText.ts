import { isBackupError } from "../../../core/backup/format";
import { backupErrorMessage } from "../../../core/backup/messages";
import { isArInputError } from "../../../core/errors";
import { format } from "../../i18n/language";
import { isQuotaError, STORAGE_MESSAGES } from "../../storage/persistence";
import { UnreadableFileError } from "./readImportFile";
import { strings } from "./strings";

/** A failure as the user should read it, in their language. */
export function errorText(e: unknown, lang: "en" | "zh"): string {
  if (isBackupError(e)) return backupErrorMessage(e, lang);
  if (isQuotaError(e)) return STORAGE_MESSAGES[lang].quota;
  if (e instanceof UnreadableFileError) return format(strings[lang].unreadableXlsx, { file: e.fileName });
  if (isArInputError(e)) return e.messageIn(lang);
  if (e instanceof Error) return e.message;
  return String(e);
}
