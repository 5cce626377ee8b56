import { DEFAULT_BOUNDS, validateBounds } from "../core/aging";
import { type Cell, describe, isBlank, readInteger, readText, readVector } from "../core/cells";
import { currencyDigits, currencyFromText } from "../core/currencies";
import { inputError } from "../core/errors";
import { DEFAULT_DIGITS } from "../core/money";

/**
 * Reading Excel arguments shared by several catalog modules. Excel passes a range argument as
 * rows of cells, and a literal (or a single cell) given for a range as a 1×1 grid.
 */

/** An optional argument left out: blank, or text of only spaces (which looks blank in the sheet). */
export function isOmitted(v: Cell): boolean {
  return isBlank(v) || (typeof v === "string" && v.trim() === "");
}

/** Bounds from an optional row or column of whole numbers; blank means 30, 60, 90. */
export function readBounds(bounds: Cell): readonly number[] {
  if (isOmitted(bounds)) return DEFAULT_BOUNDS;
  const cells = readVector(bounds, "bounds").filter((c) => !isOmitted(c));
  if (cells.length === 0) return DEFAULT_BOUNDS;
  return validateBounds(cells.map((c) => readInteger(c, "bounds")));
}

/**
 * Minor-unit digits of an optional currency argument: an ISO code (KWD → 3, JPY → 0, CNY → 2) or a
 * name or sign the importer also reads (人民币, 美元, ¥); blank means 2 digits, as before the
 * argument existed. Anything else is refused rather than rounded with a guess.
 */
export function readCurrencyDigits(currency: Cell, arg = "currency"): number {
  if (isOmitted(currency)) return DEFAULT_DIGITS;
  const code = currencyFromText(readText(currency, arg));
  return code === undefined ? inputError("unknownCurrency", { arg, got: describe(currency) }) : currencyDigits(code);
}

/** The single value of a 1×1 grid (or a scalar passed as is); undefined for anything larger. */
export function singleCell(grid: Cell): Cell | undefined {
  if (!Array.isArray(grid)) return grid;
  if (grid.length === 1 && Array.isArray(grid[0]) && grid[0].length === 1) return grid[0][0];
  return undefined;
}

/** Rows × columns of a grid argument (a scalar counts as 1×1). */
export function gridSize(grid: Cell): { rows: number; cols: number } {
  if (!Array.isArray(grid)) return { rows: 1, cols: 1 };
  return { rows: grid.length, cols: grid.length === 0 ? 0 : (grid[0] as Cell[]).length };
}
