/**
 * Workbook-harness helpers for tests: evaluate real formulas through HyperFormula with the AR
 * functions registered from the generated metadata (src/calc/engine.ts).
 *
 *   calc(formula, data?)      → the formula's value: number | string | boolean | error text such
 *                               as "#VALUE!" | rows of values when it spills.
 *   calcError(formula, data?) → { value, message }: the error text and the cell's message
 *                               (message undefined when the result is not an error).
 *   calcSheet(rows)           → every formula cell of a sheet by A1 address.
 *   calcAsync(formula, data?) → Promise of { value, message? }, waiting for streaming functions
 *                               (AR.CONTRACT, AR.LEDGER) to answer; synchronously they show "#BUSY!".
 *
 * `data` is the sheet the formula refers to, rows of cells from A1: numbers, text (never parsed,
 * so "2024-01-31" stays ISO text), booleans, null for blank, { error: "#N/A" } for an error value,
 * or other formulas ("=A1*2"). The formula goes to the first row, two columns right of the data,
 * so its spill never overlaps the data.
 *
 * Example:
 *   expect(calc('=AR.AGEDAYS("2024-01-31", A1)', [[45351]])).toBe(29);
 *   expect(calc("=AR.AGING(A1:A2,B1:B2,C1)", [[45300, 100, 45351], [45351, 50]]))
 *     .toEqual([["Current", "1-30", "31-60", "61-90", ">90"], [50, 0, 100, 0, 0]]);
 *   expect(calcError('=AR.AGEDAYS("next week", 1)').message).toMatch(/dueDate/);
 */
import {
  type CalcValue,
  type CellInput,
  type CellResult,
  calculateSheet,
  calculateSheetWithMessages,
  calculateWorkbookAsync,
  columnLetters,
} from "../../src/calc/engine";

export type { CalcValue, CellInput, CellResult };

function place(formula: string, data: readonly (readonly CellInput[])[]): { rows: CellInput[][]; address: string } {
  const width = Math.max(0, ...data.map((r) => r.length));
  const col = width === 0 ? 0 : width + 1;
  const rows = data.length === 0 ? [[]] : data.map((r) => [...r]);
  rows[0][col] = formula;
  return { rows, address: `${columnLetters(col)}1` };
}

/** The value of one formula over optional sheet data. */
export function calc(formula: string, data: readonly (readonly CellInput[])[] = []): CalcValue {
  const { rows, address } = place(formula, data);
  return calculateSheet(rows)[address];
}

/** The value and error message of one formula over optional sheet data. */
export function calcError(formula: string, data: readonly (readonly CellInput[])[] = []): { value: CalcValue; message?: string } {
  const { rows, address } = place(formula, data);
  return calculateSheetWithMessages(rows)[address];
}

/** Every formula cell of a sheet, by A1 address. */
export function calcSheet(rows: readonly (readonly CellInput[])[]): Record<string, CalcValue> {
  return calculateSheet(rows);
}

/** The value and message of one formula once its streaming functions have answered (or `timeoutMs` passed). */
export async function calcAsync(formula: string, data: readonly (readonly CellInput[])[] = [], timeoutMs = 5000): Promise<CellResult> {
  const { rows, address } = place(formula, data);
  return (await calculateWorkbookAsync([{ name: "Sheet1", rows }], { timeoutMs }))[address];
}
