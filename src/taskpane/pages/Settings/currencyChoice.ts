import { wholeBetween } from "../../../core/ledger/fieldChecks";
import { type CurrencySetting, parseSetting } from "../../../core/store/settings";
import { numberProblem, type Problem } from "../../forms/problems";

/** Common currencies of project receivables with their ISO 4217 minor-unit digits. */
export const CURRENCY_DIGITS: Readonly<Record<string, number>> = {
  CNY: 2, USD: 2, EUR: 2, HKD: 2, JPY: 0, GBP: 2, SGD: 2, AUD: 2, CAD: 2, CHF: 2, KRW: 0, TWD: 2, MOP: 2,
};
export const PRESET_CODES = Object.keys(CURRENCY_DIGITS);

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
