import { ArInputError, type ErrorKind, isArInputError } from "../core/errors";
import { messageLanguage } from "./runtime";

const CODE_OF_KIND: Record<ErrorKind, keyof typeof CustomFunctions.ErrorCode> = {
  value: "invalidValue",
  num: "invalidNumber",
  na: "notAvailable",
  div0: "divisionByZero",
};

function isExcelError(e: unknown): e is CustomFunctions.Error {
  return e instanceof CustomFunctions.Error;
}

/** An error value from a cell that is not the runtime's own class (a host may pass a plain object). */
function errorCodeOf(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("#") ? code : undefined;
}

/** Turn whatever core threw into the Excel error a cell shows, with the message in the user's language. */
export function toExcelError(e: unknown): CustomFunctions.Error {
  if (isExcelError(e)) return e; // an error value that came in through a cell, passed on as it was
  if (isArInputError(e)) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode[CODE_OF_KIND[e.kind]], e.messageIn(messageLanguage()));
  }
  const code = errorCodeOf(e);
  if (code) return new CustomFunctions.Error(code as CustomFunctions.ErrorCode);
  // Never a plausible number after a bug: say so in the cell, keep the detail in the console.
  console.error("AR function failed", e);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, new ArInputError("internal", { detail: String(e) }).messageIn(messageLanguage()));
}

/** True when a result, or any cell of a spilled result, is NaN or ±Infinity. */
function hasNonFinite(result: unknown): boolean {
  if (typeof result === "number") return !Number.isFinite(result);
  if (!Array.isArray(result)) return false;
  for (const row of result) {
    if (Array.isArray(row)) {
      for (const cell of row) if (typeof cell === "number" && !Number.isFinite(cell)) return true;
    } else if (typeof row === "number" && !Number.isFinite(row)) return true;
  }
  return false;
}

/**
 * Run one core computation for a custom function; a failure becomes a thrown Excel error. Extreme
 * inputs (a denominator of 1e-320, a rate compounded over a million days) can overflow any
 * formula: such a result is #NUM!, never a cell showing a number Excel cannot hold.
 */
export function excel<T>(compute: () => T): T {
  let result: T;
  try {
    result = compute();
  } catch (e) {
    throw toExcelError(e);
  }
  if (hasNonFinite(result)) throw toExcelError(new ArInputError("resultOverflow", {}, "num"));
  return result;
}
