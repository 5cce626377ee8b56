import { isoFromSerial, isValidYmd, MAX_DAY, MIN_DAY, serialFromYmd } from "../dates";
import { scaleOf } from "../money";
import { CELL_MAGNITUDE, cellMagnitudeExponent, requireExponent } from "./units";

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
 * A number read exactly from a cell: `negative`, the decimal digits of its magnitude as an integer
 * `coefficient` (no leading zeros, "0" for zero) times 10 to the `exponent`, and the power of ten
 * a magnitude word written in the cell gives it ("12.5万" → 4; "100元" → 0; undefined when the cell
 * names no unit). Text is read digit by digit; a number cell is read as Excel shows it, at 15
 * significant digits, so the binary noise of =0.1+0.2 does not count as decimals.
 */
export interface CellDecimal {
  negative: boolean;
  coefficient: string;
  exponent: number;
  cellUnit?: number;
}

function decimalOf(negative: boolean, intDigits: string, fracDigits: string, exponent = 0): CellDecimal {
  let coefficient = `${intDigits}${fracDigits}`.replace(/^0+/, "");
  let e = exponent - fracDigits.length;
  if (coefficient === "") return { negative, coefficient: "0", exponent: 0 };
  const trailing = /0*$/.exec(coefficient)![0].length;
  coefficient = coefficient.slice(0, coefficient.length - trailing);
  e += trailing;
  return { negative, coefficient, exponent: e };
}

/** Take a currency code off either end and a magnitude word (and 元) off the end: "RMB 12.5万元" → 12.5, 万. */
function stripUnit(written: string): { text: string; cellUnit?: number } {
  let text = written.replace(/^(rmb|cny|usd|eur|hkd)\s*/i, "");
  let cellUnit: number | undefined;
  const yuan = /\s*(元|rmb|cny|usd|eur|hkd)$/i.exec(text);
  if (yuan) {
    text = text.slice(0, yuan.index);
    if (yuan[1] === "元") cellUnit = 0;
  }
  const magnitude = CELL_MAGNITUDE.exec(text);
  if (magnitude) {
    text = text.slice(0, magnitude.index);
    cellUnit = cellMagnitudeExponent(magnitude[1]);
  }
  return { text, cellUnit };
}

/**
 * An amount as written: a number, or text with thousands separators, a currency sign or code
 * (¥ ￥ $ € £ RMB CNY USD EUR HKD), 元, spaces, and a magnitude word at the end (12.5万, 3亿,
 * 12.5万元, 2k; see CELL_MAGNITUDE for why "M" is not read). Parentheses mean negative, as
 * accountants write them.
 */
export function readCellDecimal(v: unknown): CellDecimal | undefined {
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return undefined;
    const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(Math.abs(v).toPrecision(15));
    if (!m) return undefined;
    return decimalOf(v < 0, m[1], m[2] ?? "", Number(m[3] ?? 0));
  }
  if (typeof v !== "string") return undefined;
  let { text, cellUnit } = stripUnit(v.normalize("NFKC").trim());
  let negative = false;
  const paren = /^\((.*)\)$/.exec(text);
  if (paren) {
    negative = true;
    const inner = stripUnit(paren[1].trim()); // (1.5万) as well as (1.5)万
    if (cellUnit !== undefined && inner.cellUnit !== undefined) return undefined;
    text = inner.text;
    cellUnit ??= inner.cellUnit;
  }
  text = text.replace(/^[¥$€£]\s*/, "").replace(/^-\s*[¥$€£]\s*/, "-").replace(/[\s\u00a0]/g, "");
  // Excel's accounting formats show zero as a lone dash (" ¥ -   "); a CSV saved from Excel keeps it.
  if (/^[-\u2013\u2014]$/.test(text) && !paren && cellUnit === undefined) return { negative: false, coefficient: "0", exponent: 0 };
  const m = /^([-+]?)(?:(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?|\.(\d+))$/.exec(text);
  if (!m) return undefined;
  if (m[1] === "-") negative = !negative;
  const d = decimalOf(negative, (m[2] ?? "").replace(/,/g, ""), m[3] ?? m[4] ?? "");
  return cellUnit === undefined ? d : { ...d, cellUnit };
}

/** The decimal text of coefficient × 10^exponent, without sign ("125000", "0.001"). */
function plainDecimal(coefficient: string, exponent: number): string {
  if (exponent >= 0) return coefficient === "0" ? "0" : coefficient + "0".repeat(exponent);
  const padded = coefficient.padStart(-exponent + 1, "0");
  return `${padded.slice(0, exponent)}.${padded.slice(exponent)}`;
}

/** An amount in currency units, its magnitude word applied ("12.5万" → 125000); undefined when not a number. */
export function readImportNumber(v: unknown): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  const d = readCellDecimal(v);
  return d === undefined ? undefined : numberOf(d, d.cellUnit ?? 0);
}

function numberOf(d: CellDecimal, unit: number): number | undefined {
  const n = Number(plainDecimal(d.coefficient, d.exponent + unit));
  if (!Number.isFinite(n)) return undefined;
  return d.negative && n !== 0 ? -n : n;
}

/** Why an amount cell cannot be imported (codes shared with the row refusals). */
export type AmountProblem = "notANumber" | "tooPrecise" | "unitConflict";

/**
 * An amount cell read exactly, before it is known which currency it is in (the row's currency
 * cell, else the stored contract's, else the import's default: see planImport). Its value in
 * currency units is ±`coefficient` × 10^`exponent`, the unit already applied ("12.5" in a 万元
 * column: coefficient "125", exponent 3). `exact` says how it becomes minor units once the
 * currency's digits are known (see minorOfAmount); `multiplier` is the unit it was read in, for
 * messages (10000 for 万元, 1 for none).
 */
export interface ImportAmount {
  negative: boolean;
  coefficient: string;
  exponent: number;
  exact: boolean;
  multiplier: number;
}

export type AmountCellReading = ImportAmount | { problem: "notANumber" | "unitConflict"; multiplier: number };

/**
 * An amount cell in a column whose values are in units of `multiplier` (10000 for 万元; 1 when the
 * header states no unit), exactly, whatever the currency:
 * - A cell naming its own unit in a scaled column must name the column's unit ("12.5万" in a 万元
 *   column is read once); another unit ("12.5元" or "1250千" there) is a "unitConflict". A column
 *   at ×1 takes the cell's magnitude: "12.5万" in a 元 column is 125,000 元.
 * - No number at all: "notANumber".
 * - `exact` is set for TEXT read in a unit (a header unit or a magnitude word in the cell): such a
 *   value is shifted as decimal text and must come out as a whole number of minor units. A NUMBER
 *   cell is never exact, even in a 万元 column: it is often a formula result (=100/3, =x/1.13)
 *   whose digits past the 15 significant ones Excel keeps are noise, so it is scaled exactly and
 *   then rounded half away from zero, as it would be in a ×1 column. Text at ×1 is rounded too.
 */
export function readAmountCell(v: unknown, multiplier = 1): AmountCellReading {
  const columnUnit = requireExponent(multiplier);
  const d = readCellDecimal(v);
  if (d === undefined) return { problem: "notANumber", multiplier };
  if (d.cellUnit !== undefined && columnUnit !== 0 && d.cellUnit !== columnUnit) return { problem: "unitConflict", multiplier };
  const unit = columnUnit !== 0 ? columnUnit : d.cellUnit ?? 0;
  const zero = d.coefficient === "0";
  return {
    negative: d.negative && !zero, coefficient: d.coefficient, exponent: zero ? 0 : d.exponent + unit,
    exact: unit !== 0 && typeof v !== "number", multiplier: 10 ** unit,
  };
}

export function isAmountProblem(r: AmountCellReading): r is { problem: "notANumber" | "unitConflict"; multiplier: number } {
  return "problem" in r;
}

export type AmountReading = { minor: number } | { problem: AmountProblem; multiplier: number };

/**
 * An amount in minor units of a currency with `digits` decimals:
 * - not exact (×1, or a number cell): rounded half away from zero, as any amount entered;
 * - exact (text in a unit): must be a whole number of minor units; 0.000001 万元 = 0.01 元 is fine,
 *   0.0000001 万元 is "tooPrecise" rather than rounded to nothing (and 0.00001 万 is 0.1 yen: too
 *   precise in JPY, fine in CNY: the same cell is checked against the currency it turns out to be in);
 * - too large to hold exactly: "notANumber".
 */
export function minorOfAmount(a: ImportAmount, digits: number): AmountReading {
  scaleOf(digits); // a caller's error for digits outside 0..4
  const shift = a.exponent + digits;
  let magnitude: number;
  if (shift >= 0) {
    magnitude = a.coefficient === "0" ? 0 : Number(a.coefficient + "0".repeat(shift));
  } else {
    if (a.exact) return { problem: "tooPrecise", multiplier: a.multiplier };
    const keep = a.coefficient.length + shift; // digits left of the minor unit
    magnitude = keep > 0 ? Number(a.coefficient.slice(0, keep)) : 0;
    if (keep >= 0 && a.coefficient.charCodeAt(keep) >= 53 /* "5" */) magnitude += 1; // half away from zero
  }
  if (!Number.isSafeInteger(magnitude)) return { problem: "notANumber", multiplier: a.multiplier };
  return { minor: a.negative && magnitude !== 0 ? -magnitude : magnitude };
}

/** The same value, exactly (as written, the unit applied): 12.5 万 and "125,000" are the same amount. */
export function sameAmount(a: ImportAmount, b: ImportAmount): boolean {
  return a.negative === b.negative && a.coefficient === b.coefficient && a.exponent === b.exponent;
}

/** An amount as decimal text in currency units ("1200.5", "125000"), or in its unit with `inUnit` ("12.5" of 万). */
export function amountText(a: ImportAmount, inUnit = false): string {
  const exponent = inUnit && a.coefficient !== "0" ? a.exponent - requireExponent(a.multiplier) : a.exponent;
  return `${a.negative ? "-" : ""}${plainDecimal(a.coefficient, exponent)}`;
}

/**
 * An amount cell in minor units of a currency with `digits` decimals, in a column whose values are
 * in units of `multiplier`: readAmountCell then minorOfAmount.
 */
export function readImportAmount(v: unknown, digits: number, multiplier = 1): AmountReading {
  const a = readAmountCell(v, multiplier);
  return isAmountProblem(a) ? a : minorOfAmount(a, digits);
}

/** An amount in minor units, or undefined when it is not a number, too large, or not exact once scaled. */
export function readImportMinor(v: unknown, digits: number, multiplier = 1): number | undefined {
  const r = readImportAmount(v, digits, multiplier);
  return "minor" in r ? r.minor : undefined;
}

const ZH_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A Chinese numeral from 一 to 九十九 (十, 十二, 二十, 二十一); undefined for anything else. */
function zhNumber(text: string): number | undefined {
  const m = /^([二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === "") return undefined;
  if (m[2] === undefined) return text.length === 1 ? ZH_DIGITS[text] : undefined; // a lone digit: 三
  return (m[1] === undefined ? 1 : ZH_DIGITS[m[1]]) * 10 + (m[3] === undefined ? 0 : ZH_DIGITS[m[3]]);
}

/** A positive whole number such as an installment number ("3", 3, "第3期", "第三期", "首期"). */
export function readImportSeq(v: unknown): number | undefined {
  if (typeof v === "number") return Number.isInteger(v) && v > 0 ? v : undefined;
  if (typeof v !== "string") return undefined;
  const text = v.normalize("NFKC").trim();
  if (text === "首期") return 1;
  const m = /^第?\s*(\d+|[一二两三四五六七八九十]+)\s*期?$/.exec(text);
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : zhNumber(m[1]);
  return n !== undefined && n > 0 && Number.isSafeInteger(n) ? n : undefined;
}
