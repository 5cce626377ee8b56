import { DEFAULT_DUNNING_POLICY, type DunningPolicy, validatePolicy } from "../../../core/dunning";
import { wholeBetween } from "../../../core/ledger/fieldChecks";
import { core, numberProblem, type Problem } from "../../forms/problems";

/** One stage of the policy as typed: the day it starts (text) and its stage key. */
export interface PolicyRow {
  readonly fromDays: string;
  readonly stage: string;
}

/** The stage keys the pane knows how to name and to draft letters for (core/letters/stageFor). */
export const STAGE_KEYS: readonly string[] = DEFAULT_DUNNING_POLICY.map((s) => s.stage);

/** Ten years either side of the due date: further than any contract's collection runs. */
const MAX_DAYS = 3650;

export interface PolicyCheck {
  /** The policy to save, when every row passes and the days increase. */
  readonly policy: DunningPolicy | undefined;
  /** A problem per row's day, by index. */
  readonly rowProblems: readonly (Problem | undefined)[];
  /** Core's verdict on the whole policy (order of the days), when every row reads. */
  readonly policyProblem: Problem | undefined;
}

export const rowsFromPolicy = (policy: DunningPolicy): PolicyRow[] => policy.map((s) => ({ fromDays: String(s.fromDays), stage: s.stage }));

/** Checks the rows as typed: each day a whole number, then core's validatePolicy (days increasing). */
export function checkPolicyRows(rows: readonly PolicyRow[]): PolicyCheck {
  const parsed = rows.map((r) => numberProblem(r.fromDays, "fromDays", (n) => wholeBetween(n, "fromDays", -MAX_DAYS, MAX_DAYS)));
  const rowProblems = parsed.map((p) => p.problem);
  if (rowProblems.some(Boolean)) return { policy: undefined, rowProblems, policyProblem: undefined };
  const policy = rows.map((r, i) => ({ fromDays: parsed[i].value!, stage: r.stage }));
  const policyProblem = core(() => validatePolicy(policy, "policy"));
  return { policy: policyProblem ? undefined : policy, rowProblems, policyProblem };
}

export const samePolicy = (a: DunningPolicy, b: DunningPolicy): boolean =>
  a.length === b.length && a.every((s, i) => s.fromDays === b[i].fromDays && s.stage === b[i].stage);
