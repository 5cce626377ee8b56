import type { CurrencySetting } from "../../core/store/settings";

/** Minor-unit digits of a contract's currency: the setting's when it is the default currency, else 2. */
export function digitsFor(currency: string, defaultCurrency: CurrencySetting): number {
  return currency === defaultCurrency.code ? defaultCurrency.digits : 2;
}
