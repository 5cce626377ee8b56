import { COMMON_CURRENCIES, isoCurrencyDigits } from "../../../core/currencies";
import { wholeBetween } from "../../../core/ledger/fieldChecks";
import { type CurrencySetting, parseSetting } from "../../../core/store/settings";
import { numberProblem, type Problem } from "../../forms/problems";
import { format } from "../../i18n/language";

/** The currencies offered in the list (core/currencies); their digits are ISO 4217's (currencyDigits). */
export const PRESET_CODES = COMMON_CURRENCIES;

/** The currency as typed: a code (a preset or any other three letters) and its digits. */
export interface CurrencyText {
  readonly code: string;
  readonly digits: string;
}

/**
 * The stored setting as the page shows it. A currency ISO 4217 lists is shown with ISO's digits —
 * the ones every amount in the pane is read and shown with — even if an older version saved others
 * (CNY with 0), which nothing ever used.
 */
export const currencyToText = (c: CurrencySetting): CurrencyText => ({ code: c.code, digits: String(isoCurrencyDigits(c.code) ?? c.digits) });

/** The most digits settings.ts accepts (fractions of a minor unit beyond that are not money). */
const MAX_DIGITS = 4;

export interface CurrencyCheck {
  readonly currency: CurrencySetting | undefined;
  readonly codeBad: boolean;
  readonly digitsProblem: Problem | undefined;
  /** Set when the code is one ISO 4217 lists and other digits were typed: its ISO digits (refused). */
  readonly isoDigits?: number;
  /** The code checked, upper-cased. */
  readonly code?: string;
}

/**
 * Code: three letters (typed in any case); digits: a whole number 0–4; the store's own parser has
 * the last word. The digits are the currency's minor units and only configurable for a currency
 * ISO 4217 does not list: every amount of a listed one is stored, read and shown with ISO's digits
 * (core/currencies currencyDigits), so other digits for it (CNY with 0) are refused, not saved to
 * be ignored.
 */
export function checkCurrency(t: CurrencyText): CurrencyCheck {
  const code = t.code.trim().toUpperCase();
  const codeBad = !/^[A-Z]{3}$/.test(code);
  const digits = numberProblem(t.digits, "digits", (n) => wholeBetween(n, "digits", 0, MAX_DIGITS));
  if (codeBad || digits.problem) return { currency: undefined, codeBad, digitsProblem: digits.problem };
  const iso = isoCurrencyDigits(code);
  if (iso !== undefined && iso !== digits.value) return { currency: undefined, codeBad: false, digitsProblem: undefined, isoDigits: iso, code };
  const currency = parseSetting("defaultCurrency", { code, digits: digits.value! });
  return { currency, codeBad: currency === undefined, digitsProblem: undefined };
}

/** The message for digits refused because ISO 4217 fixes the currency's (check.isoDigits), in the page's language. */
export function isoDigitsMessage(check: CurrencyCheck, s: { readonly digitsIso: string }): string | undefined {
  return check.isoDigits === undefined ? undefined : format(s.digitsIso, { code: check.code ?? "", digits: check.isoDigits });
}
