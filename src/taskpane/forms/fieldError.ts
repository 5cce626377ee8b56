import { ArInputError, isArInputError } from "../../core/errors";
import type { Lang } from "../i18n/language";

/**
 * A failure as the user should read it. Core's typed errors name the argument by its code name
 * ("terms", "amount"); `labels` maps those names to the field's label in the user's language, so
 * the message reads "Payment terms: cannot read … at position 9" / "付款条款：无法识别第 9 个字符处…".
 */
export function errorMessage(e: unknown, lang: Lang, labels: Readonly<Record<string, string>> = {}): string {
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
