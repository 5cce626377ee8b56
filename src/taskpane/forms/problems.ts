import { type ArInputError, inputError } from "../../core/errors";
import { nonNegativeMinor, positiveMinor, text } from "../../core/ledger/fieldChecks";
import type { Lang } from "../i18n/language";
import { parseAmountText } from "./parseAmountText";
import { errorMessage, problemOf } from "./fieldError";
import { parseNumberText } from "./numberText";

/**
 * A field's problem: a text that is not a number at all (the page says so in its own words), or
 * core's own error for a value its rules refuse, rendered in the user's language.
 */
export type Problem = { readonly key: "error.notAnAmount" | "error.notANumber" } | { readonly error: ArInputError };
export type Problems<F extends string> = Partial<Record<F, Problem>>;

/** Core's verdict on a value: its typed input error, or nothing. */
export function core(check: () => unknown): Problem | undefined {
  const error = problemOf(check);
  return error ? { error } : undefined;
}

/** An amount field, "1,234.56" → minor units, checked by core's rule (positive, or zero allowed). */
export function amountProblem(textValue: string, digits: number, arg: string, allowZero = false): { minor?: number; problem?: Problem } {
  if (textValue.trim() === "") return { problem: core(() => text("", arg)) };
  const minor = parseAmountText(textValue, digits);
  if (minor === undefined) return { problem: { key: "error.notAnAmount" } };
  if (!Number.isSafeInteger(minor)) return { problem: core(() => inputError("tooLarge", { arg, got: textValue.trim() }, "num")) };
  const problem = core(() => (allowZero ? nonNegativeMinor(minor, arg) : positiveMinor(minor, arg)));
  return problem ? { problem } : { minor };
}

/** A number field: required, plain number text, then core's `check` on the value. */
export function numberProblem(textValue: string, arg: string, check: (n: number) => unknown = () => undefined): { value?: number; problem?: Problem } {
  if (textValue.trim() === "") return { problem: core(() => text("", arg)) };
  const value = parseNumberText(textValue);
  if (value === undefined) return { problem: { key: "error.notANumber" } };
  const problem = core(() => check(value));
  return problem ? { problem } : { value };
}

type ProblemStrings = Readonly<Record<"error.notAnAmount" | "error.notANumber", string>>;

/** A field's problem in the user's language, core messages naming the field by its label. */
export function problemText(p: Problem | undefined, s: ProblemStrings, lang: Lang, labels: Readonly<Record<string, string>>): string | undefined {
  if (!p) return undefined;
  return "key" in p ? s[p.key] : errorMessage(p.error, lang, labels);
}
