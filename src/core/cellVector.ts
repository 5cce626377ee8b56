import type { Cell, Grid } from "./cells";
import { inputError } from "./errors";

/**
 * A row or a column of cells read in place. readVector (cells.ts) copies a column into a new list,
 * which on a million-row range costs as much as the pass that reads it; range functions that must
 * stay within a few times a bare loop read their cells through this view instead.
 */
export interface CellVector {
  readonly length: number;
  readonly grid: Grid;
  /** True when the cells run across the first row, false when they run down the first column. */
  readonly across: boolean;
}

/** A row or a column of a grid argument (a scalar is one cell); anything wider is #VALUE!. */
export function cellVector(grid: Cell, arg: string): CellVector {
  if (!Array.isArray(grid)) return listVector([grid]);
  const rows = grid.length;
  const cols = rows === 0 ? 0 : (grid[0] as Cell[]).length;
  if (rows === 1) return { length: cols, grid: grid as Grid, across: true };
  if (cols === 1) return { length: rows, grid: grid as Grid, across: false };
  return inputError("notAVector", { arg, rows, cols });
}

/** A plain list of cells as a vector. */
export function listVector(cells: readonly Cell[]): CellVector {
  return { length: cells.length, grid: [cells], across: true };
}

export function cellAt(v: CellVector, i: number): Cell {
  return v.across ? v.grid[0][i] : v.grid[i][0];
}
