import { CellError, EmptyValue, ErrorType, SimpleRangeValue } from "hyperformula";

/**
 * The boundary between HyperFormula's values and the values Excel hands to a JavaScript custom
 * function (and takes back from it). What Excel does, and so what we mimic:
 *
 * - A scalar argument is a number, text or boolean; a blank cell is `null` (current Excel; older
 *   desktop builds passed 0 — office-js issues #4702, #5262). An omitted optional argument is `null`.
 * - A matrix argument is rows of cells, blanks `null`; a single cell becomes `[[value]]`.
 * - With metadata generated from JSDoc (no `allowErrorForDataTypeAny`), Excel does not call the
 *   function when an argument holds an error: the formula answers with that error. So errors
 *   never reach the function here either.
 * - A thrown `CustomFunctions.Error` shows as that error, with its message.
 * - In a returned matrix, `null` shows as 0 (office-js issue #1503, "by design"); a non-finite
 *   number shows as #NUM!.
 */

export type ExcelScalar = number | string | boolean | null;
export type ExcelArgument = ExcelScalar | ExcelScalar[][] | undefined;

const TYPE_OF_CODE: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#NUM!": ErrorType.NUM,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NAME?": ErrorType.NAME,
  "#REF!": ErrorType.REF,
  // HyperFormula has no #NULL!; the generic error keeps the cell an error.
  "#NULL!": ErrorType.ERROR,
};

/** A HyperFormula scalar as Excel passes it, or the error that stops the call. */
function toExcelScalar(v: unknown): ExcelScalar | CellError {
  if (v instanceof CellError) return v;
  if (v === EmptyValue || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  const raw = (v as { val?: unknown }).val; // dates, percents, currency: HyperFormula's number subtypes
  if (typeof raw === "number") return raw;
  return new CellError(ErrorType.VALUE, `Unsupported cell value ${String(v)}`);
}

/** A scalar parameter's argument, or the error that stops the call. */
export function scalarArgument(v: unknown): ExcelScalar | CellError {
  if (v === undefined) return null; // an omitted optional argument
  return toExcelScalar(v);
}

/** A matrix parameter's argument (rows of cells), or the first error in it. */
export function matrixArgument(v: unknown): ExcelScalar[][] | null | CellError {
  if (v === undefined) return null; // an omitted optional argument
  if (!(v instanceof SimpleRangeValue)) {
    const cell = toExcelScalar(v);
    return cell instanceof CellError ? cell : [[cell]];
  }
  const rows = v.data;
  const out = new Array<ExcelScalar[]>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const cells = new Array<ExcelScalar>(row.length);
    for (let c = 0; c < row.length; c++) {
      const cell = toExcelScalar(row[c]);
      if (cell instanceof CellError) return cell;
      cells[c] = cell;
    }
    out[r] = cells;
  }
  return out;
}

/** A thrown value as the error a cell shows. */
export function errorFromThrown(e: unknown): CellError {
  if (e instanceof CellError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === "string" && code in TYPE_OF_CODE) {
    const message = (e as { message?: unknown }).message;
    return new CellError(TYPE_OF_CODE[code], typeof message === "string" && message !== code ? message : undefined);
  }
  return new CellError(ErrorType.VALUE, `Internal error: ${String(e)}`);
}

function resultScalar(v: unknown): number | string | boolean | CellError {
  if (v === null || v === undefined) return 0;
  if (typeof v === "number") return Number.isFinite(v) ? v : new CellError(ErrorType.NUM, "Not a finite number");
  if (typeof v === "string" || typeof v === "boolean") return v;
  return errorFromThrown(v);
}

/** What a function returned, as HyperFormula's value: a scalar, or a range for a matrix. */
export function resultValue(v: unknown): number | string | boolean | CellError | SimpleRangeValue {
  if (!Array.isArray(v)) return resultScalar(v);
  if (v.length === 0 || !Array.isArray(v[0]) || v[0].length === 0) return new CellError(ErrorType.VALUE, "Empty result");
  const width = (v[0] as unknown[]).length;
  // A ragged matrix is a bug in the function: say so rather than guess how to pad it.
  if (v.some((row) => !Array.isArray(row) || row.length !== width)) return new CellError(ErrorType.VALUE, "Result rows differ in length");
  return SimpleRangeValue.onlyValues(v.map((row: unknown[]) => row.map(resultScalar)));
}
