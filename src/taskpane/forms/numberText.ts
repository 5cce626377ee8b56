import { formatMoney } from "../../core/moneyFormat";
import type { Minor } from "../../core/money";
import { halfWidth } from "./parseAmountText";

/**
 * Numbers as users type them: thousands separators (ASCII or full-width comma) allowed, a dot for
 * decimals, an optional minus, digits, point and minus in full width too (１２．５). Undefined when
 * the text is not a plain number.
 */
const NUMBER = /^\s*([-−])?(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?\s*$/;

export function parseNumberText(text: string): number | undefined {
  const m = NUMBER.exec(halfWidth(text));
  if (!m || (m[2] === undefined && m[3] === undefined)) return undefined;
  const value = Number(`${m[1] ? "-" : ""}${(m[2] ?? "0").replace(/,/g, "")}.${m[3] ?? "0"}`);
  return Number.isFinite(value) ? value : undefined;
}

/** Minor units as an amount to edit: "1,234.56" (no currency code). */
export function amountText(minor: Minor, digits: number): string {
  return formatMoney(minor, "", digits).trim();
}
