import { DEFAULT_DIGITS, scaleOf, type Minor } from "./money";

/**
 * Money for people to read (letters, the pane, messages): currency code, thousands separators and
 * the currency's digits, built from integer minor units so no floating-point rounding can show
 * (CNY 1,234,567.89).
 */
export function formatMoney(minor: Minor, currency: string, digits = DEFAULT_DIGITS): string {
  return `${minor < 0 ? "-" : ""}${currency} ${formatAmount(Math.abs(minor), digits)}`;
}

/** The amount alone, with thousands separators and the currency's digits (1,234,567.89). */
export function formatAmount(minor: Minor, digits = DEFAULT_DIGITS): string {
  const scale = scaleOf(digits);
  const magnitude = Math.abs(minor);
  const whole = Math.floor(magnitude / scale);
  const fraction = magnitude - whole * scale;
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const number = digits > 0 ? `${grouped}.${String(fraction).padStart(digits, "0")}` : grouped;
  return `${minor < 0 ? "-" : ""}${number}`;
}
