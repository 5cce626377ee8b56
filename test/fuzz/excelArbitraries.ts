import fc from "fast-check";
import { ensureCustomFunctionsRuntime } from "../../src/functions/runtime";

/**
 * What Excel can hand a custom function: numbers (huge, tiny, negative zero — never NaN or
 * infinity, which a cell cannot hold), text (dates as ISO text, terms, option names, markup,
 * Chinese), booleans, blanks (null, empty text), error values, and for a range parameter a
 * rectangular grid of any of these. Plausible values are frequent so that calls get past argument
 * checks into the arithmetic, where a NaN or an exception would hide.
 */
ensureCustomFunctionsRuntime();

const ERROR_CODES = ["#N/A", "#VALUE!", "#DIV/0!", "#NUM!", "#REF!", "#NAME?", "#NULL!"] as const;

export const errorCell = fc.constantFrom(...ERROR_CODES).map((code) => new CustomFunctions.Error(code as CustomFunctions.ErrorCode));

export const numberCell = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -100, max: 100_000 }) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: fc.constantFrom(0, -0, 1, 2, 0.5, 0.125, 12, 30, 60, 90, 360, 365, 45292, 46022, 2958465, 1e15, 1e308, -1e308, 5e-324, -5e-324, 1e-300, 0.1 + 0.2, 1.005) },
);

export const textCell = fc.oneof(
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "2024-02-29", "2025-12-31", "2023-02-29", "9999-12-31", "1900-01-01", " 2024-01-31 ", "31/12/2025",
      "30%@0d; 70%@90d", "30%@0d; 60%@90d; 10%@12m", "100%@30d", "NET30", "EOM+30", "EOM+1M", "2/10 net 30", "1/15 net 45",
      "Z", "Z'", "Z''", "amount", "outstanding", "nextDue", "open", "overdue", "HT-2026-001", "C00001",
      "12.5", "1e308", "-0", "TRUE", "#N/A", " ", "<img src=x onerror=alert(1)>", "回款", "客户甲",
    ),
  },
);

export const blankCell = fc.constantFrom<unknown>(null, "");

/** Any single cell value. */
export const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: numberCell },
  { weight: 3, arbitrary: textCell },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: blankCell },
  { weight: 1, arbitrary: errorCell },
);

/** A rectangular grid, as Excel passes a range: one shape for all rows. */
function gridOf(cell: fc.Arbitrary<unknown>, maxRows: number, maxCols: number): fc.Arbitrary<unknown[][]> {
  return fc
    .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxCols }))
    .chain(([rows, cols]) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }));
}

/** Mostly numbers, some blanks: a ledger column or a table of rates. */
const numericCell = fc.oneof({ weight: 8, arbitrary: numberCell }, { weight: 1, arbitrary: blankCell });

export const anyGrid: fc.Arbitrary<unknown[][]> = fc.oneof(
  { weight: 3, arbitrary: gridOf(anyCell, 6, 4) },
  { weight: 3, arbitrary: gridOf(numericCell, 12, 2) },
  { weight: 1, arbitrary: gridOf(numericCell, 60, 1) },
  { weight: 1, arbitrary: gridOf(anyCell, 1, 8) },
);
