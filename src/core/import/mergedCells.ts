import { readHeader } from "./headers";
import { isBlankCell } from "./values";

/**
 * Merged cells (合并单元格). Analysts merge 合同编号 / 客户名称 down over a contract's installment
 * rows; Excel (range.values) and an .xlsx file both hold the value in the area's top-left cell only
 * and leave the others empty, so every later row would read as a row without a contract code. The
 * value of a merged cell belongs to its whole area: it is filled into each of its cells before the
 * header is looked for and the rows are validated.
 */

/** A merged area as 0-based row / column indexes with its size; relative to a grid or to the sheet, as said. */
export interface MergedArea {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/**
 * One A1 reference ("C4:C6", "$C$4", "'回款 台账'!C4:D6") as a sheet area with 0-based indexes;
 * undefined for anything else (a whole column "A:A", a name).
 */
export function parseA1Area(reference: string): MergedArea | undefined {
  const local = reference.slice(reference.lastIndexOf("!") + 1).trim();
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(local);
  if (!m) return undefined;
  const r1 = Number(m[2]) - 1;
  const c1 = columnIndex(m[1]);
  const r2 = m[4] === undefined ? r1 : Number(m[4]) - 1;
  const c2 = m[3] === undefined ? c1 : columnIndex(m[3]);
  if (r1 < 0 || r2 < 0) return undefined;
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return { row, column, rows: Math.abs(r2 - r1) + 1, columns: Math.abs(c2 - c1) + 1 };
}

/**
 * The areas of a multi-area address as Office writes it ("Sheet1!A1:A3, Sheet1!C4:C6"): split at
 * the commas outside quoted sheet names (a sheet may be called 'a, b'); parts that are not A1
 * references are dropped.
 */
export function parseA1Areas(address: string): MergedArea[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted; // a doubled quote inside a name toggles twice: no change
    else if (ch === "," && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts.map((p) => parseA1Area(p)).filter((a): a is MergedArea => a !== undefined);
}

/** A sheet area relative to a grid whose top-left cell is at sheet row `row`, column `column` (0-based). */
export function relativeArea(area: MergedArea, origin: { row: number; column: number }): MergedArea {
  return { ...area, row: area.row - origin.row, column: area.column - origin.column };
}

export interface FillOptions {
  /** Fill only the cells of these grid rows (from inclusive, to exclusive); all rows by default. */
  from?: number;
  to?: number;
  /** Columns whose cells below an area's first row are left as they are (see layoutTable). */
  notDown?: ReadonlySet<number>;
}

/**
 * The grid with each merged area's top-left value written into its other cells (areas are relative
 * to the grid; parts outside it are ignored). An area whose top-left cell lies outside the grid
 * (a selection starting inside a merged block) is left as it is: its value is not in the grid.
 * A blank top-left fills nothing. The grid is not changed; rows that change are copied.
 */
export function fillMergedCells(grid: readonly (readonly unknown[])[], areas: readonly MergedArea[], opts: FillOptions = {}): unknown[][] {
  const out: unknown[][] = grid.map((row) => row as unknown[]);
  const copied = new Set<number>();
  const from = Math.max(0, opts.from ?? 0);
  const to = Math.min(grid.length, opts.to ?? grid.length);
  for (const a of areas) {
    if (a.rows * a.columns < 2 || a.row < 0 || a.column < 0 || a.row >= grid.length) continue;
    const value = grid[a.row]?.[a.column];
    if (value === undefined || isBlankCell(value)) continue;
    for (let r = Math.max(a.row, from); r < Math.min(a.row + a.rows, to); r++) {
      const width = grid[r].length;
      for (let c = a.column; c < Math.min(a.column + a.columns, width); c++) {
        if ((r === a.row && c === a.column) || (r > a.row && opts.notDown?.has(c))) continue;
        if (!copied.has(r)) {
          out[r] = [...grid[r]];
          copied.add(r);
        }
        out[r][c] = value;
      }
    }
  }
  return out;
}

/**
 * Columns whose merged cells are not filled down: an amount of one installment (应收金额) or one
 * receipt (回款金额) merged over several rows is one amount, shown once; copied into each row it
 * would be counted once per row (a 100,000 receipt merged over two installments would become
 * 200,000 received). It stays on the area's first row, as Excel holds it.
 */
const KEEP_ON_FIRST_ROW = new Set(["installmentAmount", "receivedAmount"]);

export function notFilledDown(headers: readonly unknown[]): Set<number> {
  const columns = new Set<number>();
  headers.forEach((h, c) => {
    const field = readHeader(h).field;
    if (field !== undefined && KEEP_ON_FIRST_ROW.has(field)) columns.add(c);
  });
  return columns;
}
