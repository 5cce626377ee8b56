import { serialFromIso } from "../dates";
import { fromMinor } from "../money";
import { sheetText } from "../sheetText";

/**
 * A report as it will land in the workbook: typed columns and raw cells. Conversion to what
 * the Excel JavaScript API writes (sheetValues, numberFormats) is pure so it is tested here, not through a mock.
 */
export type ColumnKind = "text" | "money" | "date" | "integer" | "number" | "percent";

export interface SheetColumn {
  header: string;
  kind: ColumnKind;
}

/** text: string; money: minor units; date: ISO YYYY-MM-DD; integer/number/percent: number; null: blank. */
export type SheetCell = string | number | null;

export interface SheetTable {
  tableName: string; // Excel table name: letters, digits, underscore; unique in the workbook
  columns: SheetColumn[];
  rows: SheetCell[][];
  digits: number; // minor-unit digits for money columns of a row without its own (below)
  /**
   * Minor-unit digits of each row's money cells, when rows are in different currencies (a row's
   * amounts are in its contract's currency: JPY 0, CNY 2, KWD 3). Row r uses rowDigits[r]; a
   * table without it, or a row past its end, uses `digits`.
   */
  rowDigits?: readonly number[];
}

/** The minor-unit digits of row `r`'s money cells. */
export function digitsOfRow(table: SheetTable, r: number): number {
  return table.rowDigits?.[r] ?? table.digits;
}

/** Number formats are locale-neutral codes; Excel shows them in the user's locale. */
export function numberFormatOf(kind: ColumnKind, digits: number): string {
  switch (kind) {
    case "money":
      return digits > 0 ? `#,##0.${"0".repeat(digits)}` : "#,##0";
    case "date":
      return "yyyy-mm-dd";
    case "integer":
      return "0";
    case "percent":
      return "0.0%";
    case "number":
      return "General";
    case "text":
      return "General"; // text stays text through sheetText's quote prefix, whatever the format
  }
}

/** One cell as the Excel JavaScript API should write it: ledger text always as text, dates as serials, money in currency units. */
export function sheetValue(cell: SheetCell, kind: ColumnKind, digits: number): string | number {
  if (cell === null || cell === undefined) return "";
  switch (kind) {
    case "text":
      return sheetText(String(cell));
    case "money":
      return typeof cell === "number" ? fromMinor(cell, digits) : sheetText(cell);
    case "date": {
      const serial = typeof cell === "string" ? serialFromIso(cell) : cell;
      return serial ?? sheetText(String(cell));
    }
    default:
      return typeof cell === "number" ? cell : sheetText(cell);
  }
}

/** The header row followed by the data rows, every text cell made safe. */
export function sheetValues(table: SheetTable, from = 0, to = table.rows.length): (string | number)[][] {
  const out: (string | number)[][] = [];
  for (let r = from; r < to; r++) {
    const row = table.rows[r];
    const digits = digitsOfRow(table, r);
    out.push(table.columns.map((c, i) => sheetValue(row[i] ?? null, c.kind, digits)));
  }
  return out;
}

export function headerValues(table: SheetTable): string[] {
  return table.columns.map((c) => sheetText(c.header));
}

/**
 * Number formats for rows [from, to) of the body, one per cell as the Excel JavaScript API expects:
 * money cells show their own row's digits (a JPY row #,##0 beside a CNY row #,##0.00).
 */
export function numberFormats(table: SheetTable, from = 0, to = table.rows.length): string[][] {
  const lines = new Map<number, string[]>(); // one line per distinct digits, shared by its rows
  const out: string[][] = [];
  for (let r = from; r < to; r++) {
    const digits = digitsOfRow(table, r);
    let line = lines.get(digits);
    if (!line) lines.set(digits, (line = table.columns.map((c) => numberFormatOf(c.kind, digits))));
    out.push(line);
  }
  return out;
}
