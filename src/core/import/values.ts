import { isoFromSerial, isValidYmd, MAX_DAY, MIN_DAY, serialFromYmd } from "../dates";
import { toMinor } from "../money";

/**
 * Reading imported cell values leniently but never by guessing: a value either reads as exactly
 * one thing or is refused. Sources are Excel (numbers, serial dates), CSV (all text) and .xlsx via
 * the .xlsx reader (JavaScript Date objects in UTC).
 */

export function isBlankCell(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Text of a cell, trimmed and folded from full-width forms; numbers keep their plain digits. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).normalize("NFKC").trim();
}

/**
 * A date as ISO text: an Excel serial, a Date (the .xlsx reader hands dates over at UTC midnight), or
 * year-first text: 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日. Day-first and month-first text
 * (05/03/2026) is refused: the two readings differ and a wrong due date is worse than none.
 */
export function readImportDate(v: unknown): string | undefined {
  if (typeof v === "number") {
    const serial = Math.floor(v);
    return Number.isFinite(v) && serial >= MIN_DAY && serial <= MAX_DAY ? isoFromSerial(serial) : undefined;
  }
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return undefined;
    return ymdIso(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
  }
  if (typeof v !== "string") return undefined;
  const text = v.normalize("NFKC").trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(text);
  if (!m) return undefined;
  return ymdIso(Number(m[1]), Number(m[2]), Number(m[3]));
}

function ymdIso(year: number, month: number, day: number): string | undefined {
  if (!isValidYmd(year, month, day)) return undefined;
  const serial = serialFromYmd(year, month, day);
  return serial >= MIN_DAY && serial <= MAX_DAY ? isoFromSerial(serial) : undefined;
}

/**
 * An amount in currency units: a number, or text with thousands separators, a currency sign or
 * unit (¥ ￥ $ € 元 RMB CNY USD), spaces. Parentheses mean negative, as accountants write them.
 */
export function readImportNumber(v: unknown): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v !== "string") return undefined;
  let text = v.normalize("NFKC").trim().replace(/^(rmb|cny|usd|eur|hkd)\s*/i, "").replace(/\s*(元|rmb|cny|usd|eur|hkd)$/i, "");
  let negative = false;
  const paren = /^\((.*)\)$/.exec(text);
  if (paren) {
    negative = true;
    text = paren[1];
  }
  text = text.replace(/^[¥$€£]\s*/, "").replace(/^-\s*[¥$€£]\s*/, "-");
  if (!/^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[-+]?\.\d+$/.test(text.replace(/[\s\u00a0]/g, ""))) return undefined;
  const n = Number(text.replace(/[,\s\u00a0]/g, ""));
  if (!Number.isFinite(n)) return undefined;
  return negative ? -n : n;
}

/** An amount in minor units, or undefined when it is not a number or too large to hold exactly. */
export function readImportMinor(v: unknown, digits: number): number | undefined {
  const n = readImportNumber(v);
  if (n === undefined) return undefined;
  try {
    return toMinor(n, digits);
  } catch {
    return undefined;
  }
}

/** A positive whole number such as an installment number ("3", 3, "第3期"). */
export function readImportSeq(v: unknown): number | undefined {
  if (typeof v === "number") return Number.isInteger(v) && v > 0 ? v : undefined;
  if (typeof v !== "string") return undefined;
  const m = /^第?\s*(\d+)\s*期?$/.exec(v.normalize("NFKC").trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  return n > 0 && Number.isSafeInteger(n) ? n : undefined;
}
