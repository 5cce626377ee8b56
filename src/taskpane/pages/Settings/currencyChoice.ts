import { COMMON_CURRENCIES } from "../../../core/currencies";
import { wholeBetween } from "../../../core/ledger/fieldChecks";
import { type CurrencySetting, parseSetting } from "../../../core/store/settings";
import { numberProblem, type Problem } from "../../forms/problems";

/** The currencies offered in the list (core/currencies); their digits are ISO 4217's (currencyDigits). */
export const PRESET_CODES = COMMON_CURRENCIES;

/** The currency as typed: a code (a preset or any other three letters) and its digits. */
export interface CurrencyText {
  readonly code: string;
  readonly digits: string;
}

export const currencyToText = (c: CurrencySetting): CurrencyText => ({ code: c.code, digits: String(c.digits) });

/** The most digits settings.ts accepts (fractions of a minor unit beyond that are not money). */
const MAX_DIGITS = 4;

export interface CurrencyCheck {
  readonly currency: CurrencySetting | undefined;
  readonly codeBad: boolean;
  readonly digitsProblem: Problem | undefined;
}

/** Code: three letters (typed in any case); digits: a whole number 0–4; the store's own parser has the last word. */
export function checkCurrency(t: CurrencyText): CurrencyCheck {
  const code = t.code.trim().toUpperCase();
  const codeBad = !/^[A-Z]{3}$/.test(code);
  const digits = numberProblem(t.digits, "digits", (n) => wholeBetween(n, "digits", 0, MAX_DIGITS));
  if (codeBad || digits.problem) return { currency: undefined, codeBad, digitsProblem: digits.problem };
  const currency = parseSetting("defaultCurrency", { code, digits: digits.value! });
  return { currency, codeBad: currency === undefined, digitsProblem: undefined };
}
