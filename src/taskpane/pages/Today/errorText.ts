import { isArInputError } from "../../../core/errors";
import type { Lang } from "../../i18n/language";

/** A failure as the user should read it: core's typed errors in their language, else the message. */
export function errorText(e: unknown, lang: Lang): string {
  if (isArInputError(e)) return e.messageIn(lang);
  return e instanceof Error ? e.message : String(e);
}
