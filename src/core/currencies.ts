/**
 * Minor-unit digits per currency (ISO 4217). Amounts are stored as integer minor units without
 * their digits, so a contract's digits must follow from its currency alone: taking them from the
 * default-currency setting would misread every contract in another currency once the default
 * changes (a JPY contract read with 2 digits shows a hundredth of its amount).
 */
const ISO_4217_DIGITS: ReadonlyMap<string, number> = new Map(Object.entries({
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, VND: 0,
  VUV: 0, XAF: 0, XOF: 0, XPF: 0,
}));

/** The currencies project receivables are most often in, offered first wherever a currency is picked. */
export const COMMON_CURRENCIES: readonly string[] = ["CNY", "USD", "EUR", "HKD", "JPY", "GBP", "SGD", "AUD", "CAD", "CHF", "KRW", "TWD", "MOP"];

export interface CurrencyDigitsSetting {
  readonly code: string;
  readonly digits: number;
}

/**
 * Digits of a currency code: ISO 4217's where it says (0 for JPY, 3 for KWD, 2 for CNY and most),
 * the setting's for a code ISO does not list that the user configured as the default, else 2.
 */
export function currencyDigits(code: string, configured?: CurrencyDigitsSetting): number {
  const upper = code.trim().toUpperCase();
  const iso = ISO_4217_DIGITS.get(upper);
  if (iso !== undefined) return iso;
  if (configured && configured.code.toUpperCase() === upper && !isIsoCode(upper)) return configured.digits;
  return 2;
}

// Three-letter codes of currencies with the usual two digits, so a configured default cannot give
// them other digits by mistake.
const TWO_DIGIT_CODES = new Set([
  "AED", "ARS", "AUD", "BRL", "CAD", "CHF", "CNY", "CZK", "DKK", "EGP", "EUR", "GBP", "HKD", "HUF", "IDR", "ILS", "INR",
  "MOP", "MXN", "MYR", "NOK", "NZD", "PHP", "PKR", "PLN", "RUB", "SAR", "SEK", "SGD", "THB", "TRY", "TWD", "USD", "ZAR",
]);

function isIsoCode(code: string): boolean {
  return TWO_DIGIT_CODES.has(code) || ISO_4217_DIGITS.has(code);
}

/**
 * The digits ISO 4217 gives a code this module knows (any case, trimmed): 2 for CNY, 0 for JPY, 3
 * for KWD; undefined for a code it does not list, the only kind whose digits the default-currency
 * setting can configure (currencyDigits ignores the setting for a listed code).
 */
export function isoCurrencyDigits(code: string): number | undefined {
  const upper = code.trim().toUpperCase();
  return isIsoCode(upper) ? (ISO_4217_DIGITS.get(upper) ?? 2) : undefined;
}

/**
 * Currency names as Chinese sheets write them, and signs, for the ISO codes the ledger stores. A
 * Map, not an object: a cell reading "constructor" or "__proto__" must not find Object's own.
 */
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  人民币: "CNY", 元: "CNY", rmb: "CNY", "¥": "CNY", 美元: "USD", 美金: "USD", "$": "USD", "us$": "USD", 港币: "HKD", 港元: "HKD", "hk$": "HKD",
  欧元: "EUR", "€": "EUR", 日元: "JPY", 英镑: "GBP", "£": "GBP", 新加坡元: "SGD", 澳元: "AUD", 加元: "CAD", 瑞士法郎: "CHF", 韩元: "KRW", 新台币: "TWD", 澳门元: "MOP", 澳门币: "MOP",
}));

/**
 * Currency text as the ISO 4217 code the ledger stores: a three-letter code in any case ("usd"),
 * or a common name or sign (美元, 人民币, RMB, ¥ — NFKC folds ￥ to ¥); undefined for anything
 * else. The importer refuses such a cell rather than store a currency nothing can read. "¥" is
 * read as CNY, as in a Chinese ledger; a yen amount needs "JPY" or 日元.
 */
export function currencyFromText(text: string): string | undefined {
  const t = text.normalize("NFKC").trim();
  const named = CURRENCY_WORDS.get(t.toLowerCase());
  if (named !== undefined) return named;
  return /^[A-Za-z]{3}$/.test(t) ? t.toUpperCase() : undefined;
}
