import { type Day, MAX_DAY, MIN_DAY, serialFromIso, serialFromIsoDateTime } from "./dates";
import { inputError } from "./errors";

/**
 * Reading spreadsheet cell values (number, text, boolean, blank, or an error object) into domain
 * values. Blank is null, undefined or empty text. An error value in a cell is thrown as it is, so
 * the formula answers with the same error Excel would propagate.
 */
export type Cell = unknown;
export type Grid = readonly (readonly Cell[])[];

export function isBlank(v: Cell): boolean {
  return v === null || v === undefined || v === "";
}

export function describe(v: Cell): string {
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? v.slice(0, 40) + "…" : v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isBlank(v)) return "a blank";
  if (typeof v === "number") return String(v);
  return "an error value";
}

function rethrowErrorValue(v: Cell): void {
  if (typeof v === "object" && v !== null) throw v;
}

/**
 * A whole day from a serial (time of day dropped, as Excel's DAYS does) or ISO text: a date
 * `YYYY-MM-DD`, or a date and time as systems export them (`2026-11-27 10:30`,
 * `2026-11-27T10:30:00`), whose time of day is dropped the same way.
 */
export function readDay(v: Cell, arg: string, row?: number): Day {
  let serial: number | undefined;
  if (typeof v === "number") serial = Math.floor(v);
  else if (typeof v === "string") serial = serialFromIso(v) ?? serialFromIsoDateTime(v);
  else rethrowErrorValue(v);
  if (serial === undefined || Number.isNaN(serial)) {
    return inputError(isBlank(v) ? "required" : "notADate", withRow({ arg, got: describe(v) }, row));
  }
  if (serial < MIN_DAY || serial > MAX_DAY) return inputError("dateOutOfRange", withRow({ arg, got: v as number }, row), "num");
  return serial;
}

export function readNumber(v: Cell, arg: string, row?: number): number {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  rethrowErrorValue(v);
  return inputError(isBlank(v) ? "required" : "notANumber", withRow({ arg, got: describe(v) }, row));
}

export function readOptionalNumber(v: Cell, arg: string, fallback: number): number {
  return isBlank(v) ? fallback : readNumber(v, arg);
}

export function readInteger(v: Cell, arg: string, row?: number): number {
  const n = readNumber(v, arg, row);
  if (!Number.isInteger(n)) inputError("notAnInteger", withRow({ arg, got: n }, row));
  return n;
}

/** Text, trimmed; a number as its text. `row` (1-based, in a range) is named in the error. */
export function readText(v: Cell, arg: string, row?: number): string {
  if (typeof v === "string" && v.trim() !== "") return v.trim();
  if (typeof v === "number") return String(v);
  rethrowErrorValue(v);
  // Text of only spaces looks blank in the sheet, and is reported as missing.
  return inputError(isBlank(v) || typeof v === "string" ? "required" : "notText", withRow({ arg, got: describe(v) }, row));
}

export function readBoolean(v: Cell, arg: string, fallback: boolean): boolean {
  if (isBlank(v)) return fallback;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0; // Excel treats numbers as booleans
  rethrowErrorValue(v);
  return inputError("notABoolean", { arg, got: describe(v) });
}

/** A row or a column as a flat list; anything with more than one row and column is refused. */
export function readVector(grid: Cell, arg: string): readonly Cell[] {
  if (!Array.isArray(grid)) return [grid]; // a single cell passed for a range
  const rows = grid.length;
  const cols = rows === 0 ? 0 : (grid[0] as Cell[]).length;
  if (rows === 1) return grid[0] as Cell[];
  if (cols === 1) {
    const out = new Array<Cell>(rows);
    for (let i = 0; i < rows; i++) out[i] = (grid[i] as Cell[])[0];
    return out;
  }
  return inputError("notAVector", { arg, rows, cols });
}

/**
 * A row or a column of a range read where it lies, without copying it out: Excel passes a column as
 * one-element rows, and copying a 1,000,000-row column into a flat list cost more than aging it.
 * One class for every layout, so a loop calling `at` stays monomorphic and V8 inlines it.
 */
export class CellVector {
  readonly length: number;
  /** The cells of a row (or a flat list); null when the vector is a column of `rows`. */
  private readonly flat: readonly Cell[] | null;
  private readonly rows: Grid;

  private constructor(flat: readonly Cell[] | null, rows: Grid, length: number) {
    this.flat = flat;
    this.rows = rows;
    this.length = length;
  }

  static ofList(cells: readonly Cell[]): CellVector {
    return new CellVector(cells, [], cells.length);
  }

  static ofColumn(rows: Grid): CellVector {
    return new CellVector(null, rows, rows.length);
  }

  at(i: number): Cell {
    return this.flat !== null ? this.flat[i] : (this.rows[i] as Cell[])[0];
  }

  /** The one-element rows of a column, for a loop that indexes them itself; null for a row or list. */
  columnRows(): Grid | null {
    return this.flat === null ? this.rows : null;
  }
}

/** readVector's rule (a row, a column or a single cell; else #VALUE!) without copying the column. */
export function readVectorInPlace(grid: Cell, arg: string): CellVector {
  if (!Array.isArray(grid)) return CellVector.ofList([grid]);
  const rows = grid.length;
  const cols = rows === 0 ? 0 : (grid[0] as Cell[]).length;
  if (rows === 1) return CellVector.ofList(grid[0] as Cell[]);
  if (cols === 1) return CellVector.ofColumn(grid as Grid);
  return inputError("notAVector", { arg, rows, cols });
}

/** Refuse two ranges that must line up but do not, naming both sizes. */
export function requireSameLength(a: { readonly length: number }, argA: string, b: { readonly length: number }, argB: string): void {
  if (a.length !== b.length) inputError("sizeMismatch", { arg: argA, size: a.length, other: argB, otherSize: b.length });
}

function withRow(params: Record<string, string | number>, row?: number): Record<string, string | number> {
  return row === undefined ? params : { ...params, row };
}
