import { type Grid, isBlank, readNumber } from "../../core/cells";
import { DEFAULT_DUNNING_POLICY, dunningStage, policyFromCells } from "../../core/dunning";
import { excel } from "../excelError";

/**
 * Reminder stage for days past due. Default policy: Not due (before -7), Courtesy (-7 to 0), Friendly (1-15), Formal (16-45), Final demand (46-90), Legal (91 and up).
 * @customfunction DUNNINGLEVEL
 * @param daysPastDue Days past due (negative: before the due date).
 * @param [policy] Two columns replacing the default policy: the day each stage starts (increasing) and its label.
 * @returns Stage label, such as Friendly; "Not due" before the first stage.
 */
export function dunninglevel(daysPastDue: any, policy?: any[][]): string {
  return excel(() => {
    const rules = isBlank(policy) ? DEFAULT_DUNNING_POLICY : policyFromCells(asGrid(policy));
    return dunningStage(readNumber(daysPastDue, "daysPastDue"), rules);
  });
}

/** A single cell passed for the policy arrives as a value, not a range. */
function asGrid(v: unknown): Grid {
  return Array.isArray(v) ? (v as Grid) : [[v]];
}
