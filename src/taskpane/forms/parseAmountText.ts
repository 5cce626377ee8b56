import { toMinor } from "../../core/money";

// Digits with optional thousands separators (ASCII or full-width comma) and up to `digits` decimals.
const AMOUNT = /^\s*(\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.(\d+))?\s*$/;

/** An amount typed by the user, in minor units; undefined when it is not a plain amount. */
export function parseAmountText(text: string, digits: number): number | undefined {
  const m = AMOUNT.exec(text);
  if (!m) return undefined;
  if (m[2] !== undefined && m[2].length > digits) return undefined;
  const value = Number(`${m[1].replace(/[,，]/g, "")}.${m[2] ?? "0"}`);
  return Number.isFinite(value) ? toMinor(value, digits) : undefined;
}
