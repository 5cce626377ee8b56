import { currencyDigits } from "../../core/currencies";
import { currencyCode } from "../../core/ledger/currencyScope";
import type { CurrencySetting } from "../../core/store/settings";

/**
 * Minor-unit digits of a contract's currency (core/currencies: ISO 4217, else the configured
 * default's). A currency an older import stored as a name ("日元", "人民币") is read as its code first
 * (currencyCode), as every ledger total reads it, so 日元 has JPY's 0 digits, not 2.
 */
export function digitsFor(currency: string, defaultCurrency: CurrencySetting): number {
  return currencyDigits(currencyCode(currency), defaultCurrency);
}
