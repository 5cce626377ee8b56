// Digits with optional thousands separators (ASCII or full-width comma) and up to `digits` decimals.
const AMOUNT = /^\s*(\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.(\d+))?\s*$/;

/**
 * An amount typed by the user, in minor units; undefined when it is not a plain amount. Read from
 * the digits as typed, never through a binary fraction, so nothing is rounded and nothing throws:
 * an amount too large for exact minor units comes back as it is (not a safe integer), for the
 * caller's check to refuse with a message.
 */
export function parseAmountText(text: string, digits: number): number | undefined {
  const m = AMOUNT.exec(text);
  if (!m) return undefined;
  const fraction = m[2] ?? "";
  if (fraction.length > digits) return undefined;
  return Number(`${m[1].replace(/[,，]/g, "")}${fraction.padEnd(digits, "0")}`);
}
