import { type ArInputError, inputError } from "../../core/errors";
import { currencyCode } from "../../core/ledger/currencyScope";
import { nonNegativeMinor, positiveMinor, text } from "../../core/ledger/fieldChecks";
import { format, type Lang } from "../i18n/language";
import { amountExample, readAmountText } from "./parseAmountText";
import { errorMessage, problemOf } from "./fieldError";
import { ERROR_STRINGS } from "./errorStrings";
import { parseNumberText } from "./numberText";

/**
 * A field's problem: a text that is not a number at all (the page says so in its own words), or
 * core's own error for a value its rules refuse, rendered in the user's language.
 */
export type Problem =
  | { readonly key: "error.notAnAmount" | "error.notANumber"; readonly example?: string }
  | { readonly error: ArInputError };
export type Problems<F extends string> = Partial<Record<F, Problem>>;

/** Core's verdict on a value: its typed input error, or nothing. */
export function core(check: () => unknown): Problem | undefined {
  const error = problemOf(check);
  return error ? { error } : undefined;
}

/**
 * An amount field, "1,234.56" → minor units, checked by core's rule (positive, or zero allowed).
 * Text that is no amount, or has more decimals than the currency, is refused with an example in the
 * currency's digits (1,234 for yen); a negative amount by core's rule, quoting what was typed. With
 * `currency` (the field's currency, code or name), a currency sign typed with the amount must be
 * that currency's ("$100" is refused for a CNY contract); without it any one sign is taken.
 */
export function amountProblem(textValue: string, digits: number, arg: string, allowZero = false, currency?: string): { minor?: number; problem?: Problem } {
  if (textValue.trim() === "") return { problem: core(() => text("", arg)) };
  const typed = textValue.trim();
  const read = readAmountText(textValue, digits, currency);
  if ("refused" in read) {
    if (read.refused === "otherCurrency") {
      return { problem: core(() => inputError("otherCurrency", { arg, currency: currencyCode(currency!), got: typed })) };
    }
    return { problem: { key: "error.notAnAmount", example: amountExample(digits) } };
  }
  if (!Number.isSafeInteger(read.minor)) return { problem: core(() => inputError("tooLarge", { arg, got: typed }, "num")) };
  if (read.negative) return { problem: core(() => inputError(allowZero ? "mustNotBeNegative" : "mustBePositive", { arg, got: typed }, "num")) };
  const problem = core(() => (allowZero ? nonNegativeMinor(read.minor, arg) : positiveMinor(read.minor, arg)));
  return problem ? { problem } : { minor: read.minor };
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
  if (!("key" in p)) return errorMessage(p.error, lang, labels);
  // An amount's example fits the field's currency (the page's own text may assume two decimals).
  return p.key === "error.notAnAmount" && p.example !== undefined ? format(ERROR_STRINGS[lang].notAnAmount, { example: p.example }) : s[p.key];
}
