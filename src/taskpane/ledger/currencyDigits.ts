import { currencyDigits } from "../../core/currencies";
import type { CurrencySetting } from "../../core/store/settings";

/** Minor-unit digits of a contract's currency (core/currencies: ISO 4217, else the configured default's). */
export function digitsFor(currency: string, defaultCurrency: CurrencySetting): number {
  return currencyDigits(currency, defaultCurrency);
}
