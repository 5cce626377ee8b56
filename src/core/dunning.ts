import { type Cell, describe, type Grid, isBlank, readNumber, readText } from "./cells";
import { inputError } from "./errors";

/**
 * Dunning (催款) stages from days past due. A policy is a list of stages, each starting at a
 * number of days past due (negative: before the due date) and running until the next one starts;
 * anything earlier than the first stage is "Not due". Stage labels are stable English keys,
 * the same in every display language; the task pane translates them.
 */
export interface DunningStep {
  readonly fromDays: number;
  readonly stage: string;
}
export type DunningPolicy = readonly DunningStep[];

export const NOT_DUE = "Not due";

/** Courtesy reminder a week before the due date, then friendly, formal, final demand, legal. */
export const DEFAULT_DUNNING_POLICY: DunningPolicy = [
  { fromDays: -7, stage: "Courtesy" },
  { fromDays: 1, stage: "Friendly" },
  { fromDays: 16, stage: "Formal" },
  { fromDays: 46, stage: "Final demand" },
  { fromDays: 91, stage: "Legal" },
];

export function validatePolicy(policy: DunningPolicy, arg = "policy"): DunningPolicy {
  if (policy.length === 0) inputError("required", { arg });
  for (let i = 1; i < policy.length; i++) {
    if (!(policy[i].fromDays > policy[i - 1].fromDays)) {
      inputError("notIncreasing", { arg, got: policy[i].fromDays, previous: policy[i - 1].fromDays, row: i + 1 });
    }
  }
  return policy;
}

/** Position of the stage in the policy, or −1 when not due yet. */
export function dunningStageIndex(daysPastDue: number, policy: DunningPolicy = DEFAULT_DUNNING_POLICY): number {
  let index = -1;
  for (let i = 0; i < policy.length && policy[i].fromDays <= daysPastDue; i++) index = i;
  return index;
}

export function dunningStage(daysPastDue: number, policy: DunningPolicy = DEFAULT_DUNNING_POLICY): string {
  const index = dunningStageIndex(daysPastDue, policy);
  return index < 0 ? NOT_DUE : policy[index].stage;
}

/**
 * A policy from a two-column range: fromDays, stage label. A row blank in both columns is
 * skipped (all blank: the default policy); blank in one only is an error naming the row;
 * fromDays must increase row by row.
 */
export function policyFromCells(grid: Grid, arg = "policy"): DunningPolicy {
  // A policy range left empty means the default, as a blank argument does.
  if (grid.every((row) => row.every(isBlank))) return DEFAULT_DUNNING_POLICY;
  const cols = grid.length === 0 ? 0 : grid[0].length;
  if (cols !== 2) inputError("wrongColumns", { arg, expected: 2, got: cols });
  const policy: DunningStep[] = [];
  grid.forEach((row, i) => {
    const [from, raw]: readonly Cell[] = row;
    // A label of only spaces looks blank in the sheet: treat it as one, so the message says so.
    const label = typeof raw === "string" && raw.trim() === "" ? "" : raw;
    if (isBlank(from) && isBlank(label)) return;
    if (isBlank(from) || isBlank(label)) {
      inputError("halfBlank", { arg: isBlank(from) ? "fromDays" : "stage", other: isBlank(from) ? "stage" : "fromDays", row: i + 1 });
    }
    const fromDays = readNumber(from, arg, i + 1);
    const previous = policy[policy.length - 1];
    if (previous && !(fromDays > previous.fromDays)) {
      inputError("notIncreasing", { arg, got: fromDays, previous: previous.fromDays, row: i + 1 });
    }
    if (typeof label === "boolean") inputError("notText", { arg, got: describe(label), row: i + 1 });
    policy.push({ fromDays, stage: readText(label, arg) });
  });
  return validatePolicy(policy, arg);
}
