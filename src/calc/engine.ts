import { type CellValue, DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import { a1 } from "./a1";
import { registerArFunctions } from "./arPlugin";
import { catalogFunctions } from "./catalogFunctions";
import { SpillSizes, withSpillSizes } from "./spillSizes";
import { BUSY_MESSAGE, StreamResults, withStreams } from "./streams";

/**
 * The headless calculator: a workbook's cells in, every formula cell's value out, with the AR
 * functions registered in HyperFormula from the same generated metadata Excel gets.
 *
 * Input cells: a string starting with "=" is a formula; any other string is text, never parsed
 * (so "2024-01-31" stays ISO text, which AR functions accept as a date, and "31/01/2024" stays
 * text, which they refuse); numbers, booleans and blanks (null, undefined, "") are themselves;
 * `{ error: "#N/A" }` is an error value. Output: a number, text, boolean, error text such as
 * "#VALUE!", or rows of those for a formula whose result spills.
 */

export type CellInput = number | string | boolean | null | undefined | { readonly error: string };
export type CalcScalar = number | string | boolean | null;
export type CalcValue = CalcScalar | CalcScalar[][];

export interface SheetInput {
  readonly name: string;
  readonly rows: readonly (readonly CellInput[])[];
}

/** A formula cell's value, and for an error the message the cell carries (in English). */
export interface CellResult {
  readonly value: CalcValue;
  readonly message?: string;
}

export { columnLetters } from "./a1";

// Excel reads a bare TRUE / FALSE as a boolean; HyperFormula only knows TRUE() and FALSE().
const BOOLEAN_LITERALS = [
  { name: "TRUE", expression: "=TRUE()" },
  { name: "FALSE", expression: "=FALSE()" },
];

const CONFIG = {
  licenseKey: "gpl-v3",
  // Excel 365: every formula may spill, ranges lift through scalar functions.
  useArrayArithmetic: true,
  // Excel's 1900 date system with its fictitious 1900-02-29 (serial 60), so DATE() agrees with core.
  leapYear1900: true,
  nullDate: { year: 1899, month: 12, day: 31 },
};

const MAX_PASSES = 8;

let registered = false;

/** Register the AR functions once per process. */
export function ensureArFunctions(): void {
  if (registered) return;
  registerArFunctions(catalogFunctions().functions);
  registered = true;
}

function rawContent(cell: CellInput): RawCellContent {
  if (cell === undefined || cell === null || cell === "") return null;
  if (typeof cell === "object") return cell.error; // HyperFormula reads "#N/A" typed in a cell as that error
  if (typeof cell === "string") return cell.startsWith("=") ? cell : `'${cell}`; // "'" keeps text as text
  return cell;
}

function scalarOf(v: CellValue): CalcScalar {
  return v instanceof DetailedCellError ? v.value : v;
}

interface ArrayVertex {
  readonly width?: number;
  readonly height?: number;
}

/** The spill of an array formula anchored at `address`, or undefined when it does not spill. */
function spillOf(hf: HyperFormula, address: { sheet: number; row: number; col: number }): CalcScalar[][] | undefined {
  // HyperFormula has no public accessor for an array formula's size; its dependency graph has.
  const graph = (hf as unknown as { dependencyGraph: { getCell(a: typeof address): ArrayVertex | undefined } }).dependencyGraph;
  const vertex = graph.getCell(address);
  const width = vertex?.width ?? 1;
  const height = vertex?.height ?? 1;
  if (width === 1 && height === 1) return undefined;
  return Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => scalarOf(hf.getCellValue({ sheet: address.sheet, row: address.row + r, col: address.col + c }))),
  );
}

function readResults(hf: HyperFormula, sheets: readonly SheetInput[]): Record<string, CellResult> {
  const out: Record<string, CellResult> = {};
  sheets.forEach((sheet, index) => {
    const sheetId = hf.getSheetId(sheet.name) ?? index;
    sheet.rows.forEach((cells, row) =>
      cells.forEach((cell, col) => {
        if (typeof cell !== "string" || !cell.startsWith("=")) return;
        const address = { sheet: sheetId, row, col };
        const key = (sheets.length > 1 ? `${sheet.name}!` : "") + a1(row, col);
        const value = hf.getCellValue(address);
        if (value instanceof DetailedCellError) {
          if (value.message === BUSY_MESSAGE) out[key] = { value: "#BUSY!", message: value.message };
          else out[key] = value.message ? { value: value.value, message: value.message } : { value: value.value };
          return;
        }
        // A formula that points at a blank shows 0 in Excel.
        out[key] = { value: spillOf(hf, address) ?? (value === null ? 0 : value) };
      }),
    );
  });
  return out;
}

function rawSheets(sheets: readonly SheetInput[]): Record<string, RawCellContent[][]> {
  const data: Record<string, RawCellContent[][]> = {};
  for (const sheet of sheets) data[sheet.name] = Array.from(sheet.rows, (cells) => Array.from(cells ?? [], rawContent));
  return data;
}

/** Build and evaluate until every spill has the size its formula returned. */
function evaluate(sheets: readonly SheetInput[], streams: StreamResults): Record<string, CellResult> {
  ensureArFunctions();
  const data = rawSheets(sheets);
  const sizes = new SpillSizes();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const hf = withStreams(streams, () => withSpillSizes(sizes, () => HyperFormula.buildFromSheets(data, CONFIG, BOOLEAN_LITERALS)));
    try {
      if (!sizes.takeChanged()) return readResults(hf, sheets);
    } finally {
      hf.destroy();
    }
  }
  throw new Error(`Spill sizes did not settle after ${MAX_PASSES} passes`);
}

/**
 * Every formula cell of a workbook, keyed by A1 address (prefixed `Sheet!` when there are several
 * sheets). A streaming function that has not answered during its call shows #BUSY!.
 */
export function calculateWorkbook(sheets: readonly SheetInput[]): Record<string, CellResult> {
  const streams = new StreamResults();
  try {
    return evaluate(sheets, streams);
  } finally {
    streams.cancelAll();
  }
}

/**
 * As calculateWorkbook, but waits (up to `timeoutMs` per round) for streaming functions' first
 * results and recalculates with them, so formulas over the ledger show values, not #BUSY!.
 */
export async function calculateWorkbookAsync(
  sheets: readonly SheetInput[],
  { timeoutMs = 5000 }: { timeoutMs?: number } = {},
): Promise<Record<string, CellResult>> {
  const streams = new StreamResults();
  try {
    let results = evaluate(sheets, streams);
    // Each round answers at least one waiting call (or times out); a streaming call fed by another
    // streaming result starts in the next round.
    for (let round = 0; round < MAX_PASSES; round++) {
      const waiting = streams.pending();
      if (waiting === 0) break;
      await streams.settled(timeoutMs);
      if (streams.pending() === waiting) break; // none answered in time: they stay #BUSY!
      results = evaluate(sheets, streams);
    }
    return results;
  } finally {
    streams.cancelAll();
  }
}

/** Every formula cell of one sheet, with error messages. */
export function calculateSheetWithMessages(rows: readonly (readonly CellInput[])[]): Record<string, CellResult> {
  return calculateWorkbook([{ name: "Sheet1", rows }]);
}

/** Every formula cell of one sheet: number, text, boolean, error text ("#VALUE!") or spilled rows. */
export function calculateSheet(rows: readonly (readonly CellInput[])[]): Record<string, CalcValue> {
  return valuesOf(calculateSheetWithMessages(rows));
}

export function valuesOf(results: Record<string, CellResult>): Record<string, CalcValue> {
  return Object.fromEntries(Object.entries(results).map(([k, r]) => [k, r.value]));
}
