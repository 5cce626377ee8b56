import { type Cell, type Grid, isBlank, readInteger, readNumber } from "../cells";
import { inputError } from "../errors";
import type { Tranche } from "./tranches";

/**
 * Tranches from a two-column range: share (a fraction, so a cell showing 30% holds 0.3) and the
 * offset in days after the start date. A row blank in both columns is skipped; blank in one only
 * is an error naming the row, as is a share of zero or less.
 */
export function tranchesFromRange(rows: Grid, arg = "terms"): Tranche[] {
  const tranches: Tranche[] = [];
  rows.forEach((cells: readonly Cell[], i) => {
    if (cells.length !== 2) inputError("termsShape", { arg, rows: rows.length, cols: cells.length });
    const [share, days] = cells;
    if (isBlank(share) && isBlank(days)) return;
    if (isBlank(share) || isBlank(days)) {
      inputError("halfBlank", { arg: `${arg} (${isBlank(share) ? "share" : "days"})`, other: isBlank(share) ? "days" : "share", row: i + 1 });
    }
    const offset = readInteger(days, `${arg} (days)`, i + 1);
    if (offset < 0) inputError("mustNotBeNegative", { arg: `${arg} (days)`, got: offset, row: i + 1 }, "num");
    const fraction = readNumber(share, `${arg} (share)`, i + 1);
    // Checked here, where the row of the range is known: the schedule's own check counts tranches,
    // which skips the blank rows and would name the wrong row.
    if (!(fraction > 0)) inputError("mustBePositive", { arg: `${arg} (share)`, got: fraction, row: i + 1 }, "num");
    tranches.push({ share: fraction, offset, unit: "d" });
  });
  return tranches;
}
