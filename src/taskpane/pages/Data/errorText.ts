import { errorMessage } from "../../forms/fieldError";
import { format } from "../../i18n/language";
import { UnreadableFileError } from "./readImportFile";
import { strings } from "./strings";

/** A failure as the user should read it, in their language: an unreadable file, else as every form says it. */
export function errorText(e: unknown, lang: "en" | "zh"): string {
  if (e instanceof UnreadableFileError) return format(strings[lang].unreadableXlsx, { file: e.fileName });
  return errorMessage(e, lang);
}
