import type { Day } from "../dates";
import { DEFAULT_DUNNING_POLICY, type DunningPolicy } from "../dunning";
import type { Minor } from "../money";
import { indexLedger, type LedgerIndex } from "./ledgerIndex";
import { installmentState } from "./installmentState";
import type { LedgerSnapshot } from "./snapshot";

/**
 * A customer's credit position against its limit and the collection policy (客户信用管理).
 *
 * The warning policy, stated once here and on the Customers page:
 * - over limit: what is open on the customer's live contracts exceeds its credit limit (the limit
 *   set by its latest assessment; a customer with no limit is never "over");
 * - overdue beyond the policy: any amount overdue for at least as many days as the dunning
 *   policy's "Formal" stage starts at (16 days in the default policy). Friendly reminders are
 *   routine; once a debt needs a formal demand, new credit for that customer needs a second look.
 *   A policy without a "Formal" stage falls back to the default policy's 16 days.
 */
export const ALERT_STAGE = "Formal";

export function alertThresholdDays(policy: DunningPolicy = DEFAULT_DUNNING_POLICY): number {
  const step = policy.find((s) => s.stage === ALERT_STAGE) ?? DEFAULT_DUNNING_POLICY.find((s) => s.stage === ALERT_STAGE)!;
  return step.fromDays;
}

export interface CreditPosition {
  readonly customerId: number;
  /** Open on active plans of live contracts (not draft, not closed). */
  readonly outstanding: Minor;
  /** Open and past due (milestones not reached are not overdue). */
  readonly overdue: Minor;
  /** Overdue for at least `thresholdDays`. */
  readonly overdueBeyondPolicy: Minor;
  readonly thresholdDays: number;
  /** The customer's credit limit; undefined when none was ever set. */
  readonly limit: Minor | undefined;
  /** outstanding / limit; undefined without a limit, Infinity when the limit is 0 and something is open. */
  readonly utilisation: number | undefined;
  readonly overLimit: boolean;
  readonly overdueAlert: boolean;
}

/** Every customer's position, one pass over the installments. */
export function creditPositions(
  s: LedgerSnapshot,
  asOf: Day,
  policy: DunningPolicy = DEFAULT_DUNNING_POLICY,
  index: LedgerIndex = indexLedger(s),
): Map<number, CreditPosition> {
  const thresholdDays = alertThresholdDays(policy);
  const acc = new Map<number, { outstanding: number; overdue: number; beyond: number }>();
  for (const c of s.customers) acc.set(c.id!, { outstanding: 0, overdue: 0, beyond: 0 });
  for (const inst of s.installments) {
    if (!index.activePlanIds.has(inst.planId)) continue;
    const contract = index.contractById.get(inst.contractId);
    if (!contract || contract.status === "closed" || contract.status === "draft") continue;
    const a = acc.get(contract.customerId);
    if (!a) continue;
    const st = installmentState(inst, index, asOf);
    a.outstanding += st.open;
    if (st.status !== "overdue") continue;
    a.overdue += st.open;
    if (st.daysPastDue >= thresholdDays) a.beyond += st.open;
  }
  const out = new Map<number, CreditPosition>();
  for (const c of s.customers) {
    const a = acc.get(c.id!)!;
    const limit = c.creditLimitMinor;
    const utilisation = limit === undefined ? undefined : limit > 0 ? a.outstanding / limit : a.outstanding > 0 ? Infinity : 0;
    out.set(c.id!, {
      customerId: c.id!,
      outstanding: a.outstanding,
      overdue: a.overdue,
      overdueBeyondPolicy: a.beyond,
      thresholdDays,
      limit,
      utilisation,
      overLimit: limit !== undefined && a.outstanding > limit,
      overdueAlert: a.beyond > 0,
    });
  }
  return out;
}

/**
 * The two scorecard inputs the ledger knows (core/credit/scorecard): overdue share = overdue /
 * outstanding, utilisation = outstanding / limit (0 without a limit or with nothing open; a zero
 * limit with money open reads as fully used twice over, the scorecard's worst band).
 */
export function ledgerScorecardInputs(p: CreditPosition): { overdueShare: number; utilisation: number } {
  const overdueShare = p.outstanding > 0 ? p.overdue / p.outstanding : 0;
  const utilisation = p.utilisation === undefined ? 0 : Number.isFinite(p.utilisation) ? p.utilisation : 2;
  return { overdueShare, utilisation };
}
