import { MONEY_FIELDS, type ColumnMapping, type MoneyField } from "./fields";
import { type HeaderRecognition, multiplierOfField, readHeader, recogniseHeaders, setMultiplier } from "./headers";
import { multiplierLabel, readUnitText } from "./units";

/**
 * Display scaling by Excel number formats. Analysts often keep amounts in 元 in the cells and only
 * DISPLAY them in 千 / 万 / millions through a custom number format; Excel's `values` are the stored
 * (unscaled) numbers, so a header "合同金额(万元)" over such a column must not multiply them again.
 *
 * The rules read here (Excel's number format codes, first section only):
 * - A comma, or run of commas, right after a digit placeholder (0 # ?) and not followed by another
 *   digit placeholder scales the display by 1,000 each: `#,##0,` ÷10³, `#,##0,,"M"` ÷10⁶,
 *   `#,###,,.00` ÷10⁶. A comma between digit placeholders is the thousands separator (`#,##0`).
 * - The Chinese 万 trick: a literal "." (`!.`, `\.` or `"."`) among the integer digit placeholders
 *   puts a dot k digits from the right of the rounded integer, i.e. divides by 10^k for display:
 *   `0!.0,"万"` = ÷10³ then dot before the last digit = ÷10⁴ (123456 shows "12.3万");
 *   `0!.0000"万元"` ÷10⁴; `0!.00,` ÷10⁵ (十万); `0!.00,,"亿元"` ÷10⁸. Two literal dots or more are a
 *   digit grouping (1.234.567), not a decimal point, and do not scale.
 * - Each `%` multiplies by 100: `0.00,,"万元"%` (the % hidden on a second line) is ÷10⁶×10² = ÷10⁴.
 * - Quoted text, `\x`, `!x` and other literal characters are shown as is; `[…]` (colour, condition,
 *   locale), `_x` (a space) and `*x` (fill) show no digits. A unit word among the literals ("万元",
 *   "K", "M", "亿") is reported on its own: `#,##0.00"万元"` names 万 without scaling, which means
 *   the cells already hold amounts in 万 (the label agrees with a header 万元, ×10,000 is right).
 * - Date, time, text (`@`) and scientific formats never scale.
 * Only the first section (positive numbers) is read: amounts are positive, and a conditional format
 * such as `[>=10000]0!.0,"万";0` shows its first section for the large values that matter.
 */
export interface DisplayScale {
  /** The power of ten the display divides stored values by: 4 for `0!.0,"万"`, 0 when it does not scale, −2 for `0.00%`. */
  exponent: number;
  /** 10 ** exponent: 1, 1e3, 1e4, 1e6 … */
  divisor: number;
  /** A magnitude word shown by the format ("万" → 4, "K" → 3), when its literal text names one. */
  unitWord?: { text: string; exponent: number };
}

type Token =
  | { kind: "digit" }
  | { kind: "point" }
  | { kind: "comma" }
  | { kind: "percent" }
  | { kind: "literal"; text: string }
  | { kind: "other" }; // [..], _x, *x: no digits and no text that matters here

const NONE: DisplayScale = { exponent: 0, divisor: 1 };

function firstSection(format: string): string {
  let inQuote = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') inQuote = !inQuote;
    else if (!inQuote && (ch === "\\" || ch === "!")) i++;
    else if (!inQuote && ch === ";") return format.slice(0, i);
  }
  return format;
}

/** Tokens of one section; undefined for a date/time, text or scientific section (no scaling). */
function tokenize(section: string): Token[] | undefined {
  const tokens: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ kind: "literal", text: section.slice(i + 1, stop) });
      i = stop;
    } else if (ch === "\\" || ch === "!") {
      tokens.push({ kind: "literal", text: section[i + 1] ?? "" });
      i++;
    } else if (ch === "[") {
      const end = section.indexOf("]", i + 1);
      i = end < 0 ? section.length : end;
      tokens.push({ kind: "other" });
    } else if (ch === "_" || ch === "*") {
      i++;
      tokens.push({ kind: "other" });
    } else if (/^general/i.test(section.slice(i))) {
      tokens.push({ kind: "digit" }); // "General" shows the number as is
      i += "general".length - 1;
    } else if (ch === "0" || ch === "#" || ch === "?") tokens.push({ kind: "digit" });
    else if (ch === ".") tokens.push({ kind: "point" });
    else if (ch === ",") tokens.push({ kind: "comma" });
    else if (ch === "%") tokens.push({ kind: "percent" });
    else if (/^(?:e[+-]|am\/pm|a\/p)/i.test(section.slice(i)) || /[ydhms@]/i.test(ch)) {
      return undefined; // scientific (E+), date/time codes or text (@): not a scaled amount
    } else tokens.push({ kind: "literal", text: ch });
  }
  return tokens;
}

/** How an Excel number format string (the en-US form Excel reports as a range's `numberFormat`) scales the display. */
export function displayScale(format: string | undefined | null): DisplayScale {
  if (typeof format !== "string" || format.trim() === "") return NONE;
  const tokens = tokenize(firstSection(format));
  if (!tokens || !tokens.some((t) => t.kind === "digit")) return NONE;
  let exponent = 0;
  const pointAt = tokens.findIndex((t) => t.kind === "point");
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== "comma") continue;
    let j = i;
    while (j < tokens.length && tokens[j].kind === "comma") j++;
    const afterDigit = i > 0 && tokens[i - 1].kind === "digit";
    const beforeDigit = j < tokens.length && tokens[j].kind === "digit";
    if (afterDigit && !beforeDigit) exponent += 3 * (j - i);
    i = j - 1;
  }
  exponent -= 2 * tokens.filter((t) => t.kind === "percent").length;
  // The 万 trick: one literal dot between integer digit placeholders.
  const integerEnd = pointAt < 0 ? tokens.length : pointAt;
  const dots: number[] = [];
  for (let i = 1; i < integerEnd - 1; i++) {
    const t = tokens[i];
    if (t.kind === "literal" && t.text === "." && tokens[i - 1].kind === "digit" && tokens.slice(i + 1, integerEnd).some((x) => x.kind === "digit")) dots.push(i);
  }
  if (dots.length === 1) exponent += tokens.slice(dots[0] + 1, integerEnd).filter((t) => t.kind === "digit").length;
  const unitWord = unitWordOf(tokens);
  const scale: DisplayScale = { exponent, divisor: 10 ** exponent };
  return unitWord ? { ...scale, unitWord } : scale;
}

/** The first run of literal text naming a magnitude (万元, K, M, 亿); currency signs and words alone name none. */
function unitWordOf(tokens: readonly Token[]): DisplayScale["unitWord"] {
  let run = "";
  const flush = (): DisplayScale["unitWord"] => {
    const text = run.replace(/[\s%]+/g, "").trim();
    run = "";
    if (text === "" || text === ".") return undefined;
    const reading = readUnitText(text);
    return typeof reading === "number" && reading > 0 ? { text, exponent: reading } : undefined;
  };
  for (const t of tokens) {
    if (t.kind === "literal") run += t.text;
    else {
      const found = flush();
      if (found) return found;
    }
  }
  return flush();
}

/** Where each column's first number cell is: its index in `rows`, or undefined for a column without a number. */
export function firstNumberRows(rows: readonly (readonly unknown[])[], columns: number): (number | undefined)[] {
  return Array.from({ length: columns }, (_, c) => {
    const r = rows.findIndex((row) => typeof row?.[c] === "number");
    return r < 0 ? undefined : r;
  });
}

/** One cell's number format, read on its own: `row` indexes the data rows, as in columnNumberFormats. */
export interface CellFormat {
  row: number;
  column: number;
  format: unknown;
}

/**
 * The cells whose formats a sample of the first `sampledRows` data rows misses: for each column
 * whose first number cell lies at or beyond row `sampledRows` (a column blank or text at its top),
 * that one cell, to be read on its own. Empty in the common case, where every column's first
 * number is near its top, so nothing more need be read.
 */
export function formatCellsBeyondSample(rows: readonly (readonly unknown[])[], sampledRows: number, columns: number): { row: number; column: number }[] {
  return firstNumberRows(rows, columns).flatMap((row, column) => (row !== undefined && row >= sampledRows ? [{ row, column }] : []));
}

/**
 * The number format of each column, for reading display scaling: the format of the column's first
 * data cell holding a number (text cells such as "12.5万" are not scaled by formats), found in
 * `formats` (a grid aligned with `rows`, possibly covering only their first rows) or else among
 * `cells` read on their own (formatCellsBeyondSample). Undefined for a column without a number,
 * when neither holds its first number cell's format, or when `formats` is missing (files have no
 * formats).
 */
export function columnNumberFormats(
  rows: readonly (readonly unknown[])[],
  formats: readonly (readonly unknown[])[] | undefined,
  columns: number,
  cells: readonly CellFormat[] = [],
): (string | undefined)[] {
  return firstNumberRows(rows, columns).map((r, c) => {
    if (!formats || r === undefined) return undefined;
    const f = r < formats.length ? formats[r]?.[c] : cells.find((cell) => cell.row === r && cell.column === c)?.format;
    return typeof f === "string" ? f : undefined;
  });
}

/**
 * What an amount column's format means for its import:
 * - "storedInBase" (warning): the header states a unit (×10,000 for 万元) and the format scales the
 *   display (by that factor or another: a format only scales amounts stored in 元), so the cells
 *   hold plain amounts (元) and only look like 万: ×1 is right, the header's unit would make them
 *   10,000 times too large. The multiplier defaults to ×1; the user may still change it.
 * - "displayedScaled" (information): no unit in the header, the format scales the display: amounts
 *   are imported as stored (in 元) although they look like 万 in the sheet.
 * - "labelledUnit" (information): no unit in the header, the format only labels the cells with a
 *   unit word without scaling (`#,##0.00"万元"`): the cells seem to hold amounts in 万 already;
 *   imported as stored (×1) unless the user sets the unit.
 * A header unit with a matching label-only format (合同金额(万元) over `0.00"万元"`) needs no note.
 */
export type DisplayNoteKind = "storedInBase" | "displayedScaled" | "labelledUnit";

export interface DisplayNote {
  kind: DisplayNoteKind;
  field: MoneyField;
  column: number;
  header: string;
  format: string;
  /** The header's multiplier (1 when it states no unit). */
  headerMultiplier: number;
  scale: DisplayScale;
}

/** The note for one column, if its format and header call for one. */
function noteFor(field: MoneyField, column: number, headers: readonly unknown[], formats: readonly (string | undefined)[]): DisplayNote | undefined {
  const format = formats[column];
  if (format === undefined) return undefined;
  const scale = displayScale(format);
  const headerMultiplier = readHeader(headers[column]).multiplier;
  const header = String(headers[column] ?? "");
  const base = { field, column, header, format, headerMultiplier, scale };
  if (scale.exponent > 0) return { kind: headerMultiplier > 1 ? "storedInBase" : "displayedScaled", ...base };
  if (headerMultiplier === 1 && scale.exponent === 0 && scale.unitWord) return { kind: "labelledUnit", ...base };
  return undefined;
}

/** Notes for the mapped amount columns whose number format scales or labels their display. */
export function displayNotes(mapping: ColumnMapping, headers: readonly unknown[], formats: readonly (string | undefined)[] | undefined): DisplayNote[] {
  if (!formats) return [];
  return MONEY_FIELDS.flatMap((field) => {
    const column = mapping[field];
    const note = column === undefined ? undefined : noteFor(field, column, headers, formats);
    return note ? [note] : [];
  });
}

/**
 * The default multipliers with display formats taken into account: each of `fields` (all amount
 * fields by default) whose column is "storedInBase" is set to ×1 instead of its header's unit.
 * Other fields keep their multipliers (a unit the user set by hand stays).
 */
export function withDisplayDefaults(mapping: ColumnMapping, headers: readonly unknown[], formats: readonly (string | undefined)[] | undefined, fields: readonly MoneyField[] = MONEY_FIELDS): ColumnMapping {
  let next = mapping;
  for (const note of displayNotes(mapping, headers, formats)) {
    if (note.kind === "storedInBase" && fields.includes(note.field) && multiplierOfField(next, note.field) !== 1) next = setMultiplier(next, note.field, 1);
  }
  return next;
}

/**
 * Header recognition for a range read from the workbook, with each column's number format: the
 * mapping of recogniseHeaders, except that an amount column whose header states a unit while its
 * format already scales the display defaults to ×1; with the notes to show. What the Data page's
 * import flow runs when a source is loaded (files pass no formats: recogniseHeaders alone). With
 * the data `rows`, a bare 状态 / Status column of payment statuses is left unmapped (`skipped`).
 */
export function recogniseWithFormats(
  headers: readonly unknown[], formats: readonly (string | undefined)[] | undefined, rows?: readonly (readonly unknown[])[],
): HeaderRecognition & { notes: DisplayNote[] } {
  const recognition = recogniseHeaders(headers, rows);
  const mapping = withDisplayDefaults(recognition.mapping, headers, formats);
  return { ...recognition, mapping, notes: displayNotes(mapping, headers, formats) };
}

const ZH_SHOWN: Readonly<Record<number, string>> = { 2: "百", 3: "千", 4: "万", 5: "十万", 6: "百万", 7: "千万", 8: "亿", 9: "十亿" };
const EN_SHOWN: Readonly<Record<number, string>> = {
  2: "hundreds", 3: "thousands", 4: "ten thousands (万)", 5: "hundred thousands", 6: "millions", 7: "ten millions", 8: "hundred millions (亿)", 9: "billions",
};

function shownIn(scale: DisplayScale, lang: "en" | "zh"): string {
  const e = scale.exponent > 0 ? scale.exponent : scale.unitWord?.exponent ?? 0;
  const name = (lang === "zh" ? ZH_SHOWN : EN_SHOWN)[e];
  return name ?? `÷${String(10 ** e).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
}

const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** A note for people, in English or Chinese. */
export function displayNoteMessage(note: DisplayNote, lang: "en" | "zh"): string {
  const shown = shownIn(note.scale, lang);
  const header = note.header;
  const format = note.format;
  if (note.kind === "storedInBase") {
    const unit = multiplierLabel(note.headerMultiplier, lang);
    const times = grouped(note.headerMultiplier);
    return lang === "zh"
      ? `${header}：单元格存的是元，只是通过数字格式 ${format} 显示为${shown}；按 ${unit} 导入会大 ${times} 倍——单位已设为 ×1（如单元格确实存的是${shown}，可在上方改回）。`
      : `${header}: cells hold 元 and only display ${shown} (format ${format}); importing ${unit} would be ${times}× too large — the unit is set to ×1 (change it above if the cells really hold ${shown}).`;
  }
  if (note.kind === "displayedScaled") {
    return lang === "zh"
      ? `${header}：单元格通过数字格式 ${format} 显示为${shown}，但存的是元；金额按存储值（元）导入。`
      : `${header}: amounts are imported as stored (in 元), though the cells display them in ${shown} (format ${format}).`;
  }
  const suggested = multiplierLabel(10 ** (note.scale.unitWord?.exponent ?? 0), lang);
  return lang === "zh"
    ? `${header}：数字格式 ${format} 只是给数字加上“${note.scale.unitWord?.text ?? ""}”字样而不缩放，单元格存的似乎已是${shown}；目前按 ×1 导入，如确实如此请将单位设为 ${suggested}。`
    : `${header}: the format ${format} only labels the cells “${note.scale.unitWord?.text ?? ""}” without scaling them, so they seem to hold amounts in ${shown}; they are imported ×1 — set the unit to ${suggested} if so.`;
}
