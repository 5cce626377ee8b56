import { currencyCode } from "../../core/ledger/currencyScope";

// Digits with optional thousands separators and a decimal point, after full-width forms are made ASCII.
const NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
// An optional sign, an optional leading currency symbol (the sign on either side of it), the
// number, an optional trailing 元.
const AMOUNT = /^([-−])?\s*([¥$€£])?\s*([-−])?\s*([\d.,]+)\s*(元)?$/;

/** Full-width digits, point, comma, minus, space and currency signs, as a Chinese IME types them. */
export function halfWidth(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/．/g, ".")
    .replace(/，/g, ",")
    .replace(/[－﹣]/g, "-")
    .replace(/\u3000/g, " ")
    .replace(/￥/g, "¥")
    .replace(/＄/g, "$")
    .replace(/￡/g, "£");
}

/**
 * The currencies a symbol can stand for. ¥ is both yuan and yen; $ is any dollar; 元 (yuan) is
 * the renminbi, and also the unit Hong Kong and Taiwan dollars are counted in.
 */
const SYMBOL_CURRENCIES: Readonly<Record<string, readonly string[]>> = {
  "¥": ["CNY", "JPY"],
  "$": ["USD", "HKD", "TWD", "SGD", "AUD", "CAD", "NZD"],
  "€": ["EUR"],
  "£": ["GBP"],
  "元": ["CNY", "HKD", "TWD"],
};

/** How an amount's text reads: its minor units (possibly beyond a safe integer), or why it is no amount. */
export type AmountReading =
  | { readonly minor: number; readonly negative: boolean }
  | { readonly refused: "notAnAmount" | "tooManyDecimals" }
  | { readonly refused: "otherCurrency"; readonly symbol: string };

/**
 * An amount as a user types it, read exactly from its digits (never through a binary fraction, so
 * nothing is rounded). Accepts thousands separators, full-width digits, point and comma, a minus,
 * and one currency mark: a leading ¥ ￥ $ € £ or a trailing 元. When `currency` (an ISO code, or a
 * name such as 人民币 as older ledgers store it) is given, the mark must be one that currency is
 * written with ("$100" is not read as 100 yuan).
 * `negative` is true for a minus on a non-zero amount; `minor` is then its magnitude.
 */
export function readAmountText(text: string, digits: number, currency?: string): AmountReading {
  const m = AMOUNT.exec(halfWidth(text).trim());
  if (!m || (m[1] && m[3]) || (m[2] && m[5])) return { refused: "notAnAmount" };
  const n = NUMBER.exec(m[4]);
  if (!n) return { refused: "notAnAmount" };
  const symbol = m[2] ?? m[5];
  if (symbol && currency !== undefined && !SYMBOL_CURRENCIES[symbol].includes(currencyCode(currency))) {
    return { refused: "otherCurrency", symbol };
  }
  const fraction = n[2] ?? "";
  if (fraction.length > digits) return { refused: "tooManyDecimals" };
  const minor = Number(`${n[1].replace(/,/g, "")}${fraction.padEnd(digits, "0")}`);
  return { minor, negative: Boolean(m[1] || m[3]) && minor !== 0 };
}

/**
 * An amount typed by the user, in minor units; undefined when it is not a plain amount (or is
 * negative). Read from the digits as typed, never through a binary fraction, so nothing is rounded
 * and nothing throws: an amount too large for exact minor units comes back as it is (not a safe
 * integer), for the caller's check to refuse with a message. See readAmountText for what is accepted.
 */
export function parseAmountText(text: string, digits: number, currency?: string): number | undefined {
  const r = readAmountText(text, digits, currency);
  return "minor" in r && !r.negative ? r.minor : undefined;
}

/** An amount such as the currency's digits allow, for a message's example: 1,234.56; 1,234 for yen. */
export function amountExample(digits: number): string {
  return digits > 0 ? `1,234.${"5678901234".slice(0, digits).padEnd(digits, "0")}` : "1,234";
}
