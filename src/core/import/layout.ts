import { findHeaderRow, HEADER_SCAN_ROWS } from "./headers";
import { fillMergedCells, type MergedArea, notFilledDown } from "./mergedCells";
import { isBlankCell } from "./values";

/**
 * Where the table is in a block of rows read from a sheet (a selection, a named table, a file's
 * worksheet or a CSV), the same way for each source: the header row and the data rows below it,
 * with merged cells filled. Row numbers are kept: data row i is grid row headerIndex + 1 + i.
 */
export interface TableLayout {
  /** The header's index in the grid: rows above it (blank lines, a title, "单位：元") are not data. */
  headerIndex: number;
  headers: unknown[];
  rows: unknown[][];
}

export interface LayoutOptions {
  /**
   * Look for the header among the top rows (findHeaderRow) after skipping blank rows, for a selection
   * or a file; without it the first row is the header (a named table, whose header Excel knows).
   */
  findHeader?: boolean;
  /** The merged areas of the grid, relative to its top-left cell (mergedCells). */
  merges?: readonly MergedArea[];
}

const blankRow = (row: readonly unknown[] | undefined): boolean => !row || row.every(isBlankCell);

/**
 * The header and data rows of a grid. Merged cells are filled first in the rows where the header is
 * looked for, so a header merged down over two header rows (合同编号 over a two-level header whose
 * second row names 到期日 | 应收金额) is found with all its names, while a title merged across the
 * columns still names no field. Below the header each area whose first row is a data row is filled
 * (合同编号 merged down over a contract's installments), except that an installment or received
 * amount is not copied down (notFilledDown); an area reaching from the header into the data fills
 * no data cell (its value is a header, not data).
 */
export function layoutTable(grid: readonly (readonly unknown[])[], opts: LayoutOptions = {}): TableLayout {
  const merges = opts.merges ?? [];
  let top = 0;
  if (opts.findHeader) while (top < grid.length && blankRow(grid[top])) top++;
  const scanEnd = Math.min(grid.length, top + HEADER_SCAN_ROWS);
  const headerArea = merges.length === 0 ? grid : fillMergedCells(grid, merges, { to: scanEnd });
  const headerIndex = opts.findHeader ? top + findHeaderRow(headerArea.slice(top)) : 0;
  const headers = [...(headerArea[headerIndex] ?? [])];
  if (merges.length === 0) return { headerIndex, headers, rows: grid.slice(headerIndex + 1).map((r) => r as unknown[]) };
  const dataAreas = merges.filter((a) => a.row > headerIndex);
  const filled = fillMergedCells(grid, dataAreas, { from: headerIndex + 1, notDown: notFilledDown(headers) });
  return { headerIndex, headers, rows: filled.slice(headerIndex + 1) };
}
