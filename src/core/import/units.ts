import { inputError } from "../errors";

/**
 * Units of magnitude in imported amounts: a header "合同金额(万元)" or "Amount (USD m)" says every
 * value of its column is in 万 (10⁴) or millions; a cell "12.5万" says so of itself. A unit is a
 * power of ten; the values are scaled as decimal text, never by a float multiply, so 12.3456 万元
 * is exactly 123,456.00 and a text value that is not a whole number of minor units of its
 * contract's currency once scaled is refused instead of rounded; a number cell (often a formula
 * result) is rounded (see readAmountCell and minorOfAmount in values.ts).
 */

/** The multipliers an amount column can carry, in the order the pane offers them. */
export const MULTIPLIERS = [1, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9] as const;

const EXPONENT_OF = new Map<number, number>(MULTIPLIERS.map((m, i) => [m, i === 0 ? 0 : i + 2]));

/** The power of ten of a supported multiplier (10,000 → 4), or undefined for anything else. */
export function exponentOfMultiplier(multiplier: number): number | undefined {
  return EXPONENT_OF.get(multiplier);
}

/** The power of ten of a multiplier; a multiplier that is not one of MULTIPLIERS is a caller's error. */
export function requireExponent(multiplier: number): number {
  const e = EXPONENT_OF.get(multiplier);
  if (e === undefined) inputError("outOfRange", { arg: "multiplier", rule: "1, 1000, 10000, … 1000000000 (a power of ten)", got: multiplier });
  return e;
}

/** Chinese magnitude words, for headers (万元) and cells (12.5万). */
const ZH_MAGNITUDES: Readonly<Record<string, number>> = { 千: 3, 万: 4, 十万: 5, 百万: 6, 千万: 7, 亿: 8, 十亿: 9 };

/**
 * English magnitude words, for headers only ("(in thousands)", "(000s)", "('000)", "(k)",
 * "(USD m)", "(millions)"), compared with spaces, apostrophes and thousands commas removed. In a
 * money header "m" / "mm" / "mn" mean millions, as in financial statements.
 */
const EN_MAGNITUDES: Readonly<Record<string, number>> = {
  k: 3, thousand: 3, thousands: 3, "000": 3, "000s": 3, "1000": 3, "1000s": 3, thou: 3, thous: 3,
  "10k": 4, "10thousand": 4, "10thousands": 4, tenthousand: 4, tenthousands: 4, "10000": 4, "10000s": 4,
  "100k": 5, "100thousand": 5, hundredthousand: 5, hundredthousands: 5, "100000": 5,
  m: 6, mm: 6, mn: 6, mln: 6, mio: 6, million: 6, millions: 6, "1000000": 6, "000000": 6, "000000s": 6,
  "10m": 7, "10million": 7, "10millions": 7, tenmillion: 7, tenmillions: 7, "10000000": 7,
  "100m": 8, "100million": 8, "100millions": 8, hundredmillion: 8, hundredmillions: 8, "100000000": 8,
  bn: 9, billion: 9, billions: 9, "1000000000": 9,
};

/** Currency words and signs: a unit made of these alone ("(元)", "(CNY)") means ×1. */
const CURRENCY_WORDS = /人民币|美元|港元|港币|欧元|日元|英镑|元|[¥$€£]|\b(?:cny|rmb|usd|eur|hkd|gbp|jpy|yuan|dollars?)\b/g;

/** What a piece of unit text says: a power of ten, or "currency" (a plain currency, ×1). */
export type UnitReading = number | "currency";

/**
 * Read one unit text, such as the inside of a header's brackets: "万元", "单位：万元", "USD m",
 * "in thousands", "'000", "元", "CNY". Undefined when the text is no unit ("含税" = tax included).
 */
export function readUnitText(text: string): UnitReading | undefined {
  let t = text.normalize("NFKC").toLowerCase().trim();
  t = t.replace(/^(?:金额单位|货币单位|单位|units?|amounts?)\s*[:：]?\s*/, "").replace(/^in\s+/, "").trim();
  const withoutCurrency = t.replace(CURRENCY_WORDS, " ");
  const hadCurrency = withoutCurrency !== t;
  const rest = withoutCurrency.replace(/^\s*in\s+/, "").replace(/\bof\b/g, "").replace(/[\s'’‘`,]/g, "");
  if (rest === "") return hadCurrency ? "currency" : undefined;
  return ZH_MAGNITUDES[rest] ?? EN_MAGNITUDES[rest];
}

/**
 * The unit stated by a header's bracketed parts — (…), […], 【…】, full-width forms folded — each
 * split at separators so "(含税，万元)" still reads 万元. Undefined when none names a unit;
 * "conflict" when two name different magnitudes ("(万元)(千元)").
 */
export function bracketUnit(header: string): UnitReading | "conflict" | undefined {
  const readings: UnitReading[] = [];
  for (const m of header.normalize("NFKC").matchAll(/\(([^)]*)\)|\[([^\]]*)\]|【([^】]*)】/g)) {
    const inside = m[1] ?? m[2] ?? m[3] ?? "";
    for (const part of inside.split(/[;；、|/]|[,，](?!\d{3})/)) {
      const r = readUnitText(part);
      if (r !== undefined) readings.push(r);
    }
  }
  return combineUnits(readings);
}

/** One reading from several: the magnitude they agree on, "currency" when they only name currencies. */
export function combineUnits(readings: readonly (UnitReading | undefined)[]): UnitReading | "conflict" | undefined {
  const magnitudes = new Set(readings.filter((r): r is number => typeof r === "number"));
  if (magnitudes.size > 1) return "conflict";
  if (magnitudes.size === 1) return [...magnitudes][0];
  return readings.some((r) => r === "currency") ? "currency" : undefined;
}

/** A bare Chinese magnitude at the end of a header without brackets: 合同金额万元, 金额/千元. */
export function bareZhUnitSuffix(text: string): { unit: number; rest: string } | undefined {
  const m = /(十万|百万|千万|十亿|千|万|亿)元$/.exec(text.normalize("NFKC").trim());
  if (!m) return undefined;
  return { unit: ZH_MAGNITUDES[m[1]], rest: text.normalize("NFKC").trim().slice(0, m.index) };
}

/**
 * A magnitude suffix written in a cell: 千 万 十万 百万 千万 亿 十亿, and k / K (thousand, which
 * nobody reads otherwise). "m" / "M" / "mm" / "bn" are not read in cells: "M" means thousand in
 * some ledgers (MM = million) and million in others, so "12.5M" stays refused as not a number.
 */
export const CELL_MAGNITUDE = /\s*(十万|百万|千万|十亿|千|万|亿|k)$/i;

export function cellMagnitudeExponent(word: string): number {
  return word.toLowerCase() === "k" ? 3 : ZH_MAGNITUDES[word];
}

const EN_NAMES: Readonly<Record<number, string>> = {
  3: "thousands", 4: "ten thousands", 5: "hundred thousands", 6: "millions", 7: "ten millions", 8: "hundred millions", 9: "billions",
};
const ZH_NAMES: Readonly<Record<number, string>> = { 3: "千", 4: "万", 5: "十万", 6: "百万", 7: "千万", 8: "亿", 9: "十亿" };

/** A multiplier for people: "×10,000 (ten thousands)" / "×10,000（万）"; plain "×1" for 1. */
export function multiplierLabel(multiplier: number, lang: "en" | "zh"): string {
  const e = requireExponent(multiplier);
  const number = `×${String(multiplier).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
  if (e === 0) return number;
  return lang === "zh" ? `${number}（${ZH_NAMES[e]}）` : `${number} (${EN_NAMES[e]})`;
}
