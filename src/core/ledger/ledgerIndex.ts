import type { Minor } from "../money";
import type { Contract, CreditAssessment, Customer, Milestone } from "../store/types";
import type { LedgerSnapshot } from "./snapshot";

/**
 * Lookups every ledger query needs, each built in one pass over its table. Only installments of a
 * contract's active plan count as receivable; older plan versions are history.
 */
export interface LedgerIndex {
  readonly contractById: ReadonlyMap<number, Contract>;
  readonly customerById: ReadonlyMap<number, Customer>;
  /** contractId → id of its active plan version. */
  readonly activePlanByContract: ReadonlyMap<number, number>;
  readonly activePlanIds: ReadonlySet<number>;
  /** installmentId → amount allocated to it from receipts. */
  readonly allocatedByInstallment: ReadonlyMap<number, Minor>;
  readonly milestoneById: ReadonlyMap<number, Milestone>;
  /** customerId → the most recent credit assessment (latest date, then latest id). */
  readonly latestAssessment: ReadonlyMap<number, CreditAssessment>;
}

export function indexLedger(s: LedgerSnapshot): LedgerIndex {
  const contractById = new Map<number, Contract>();
  for (const c of s.contracts) contractById.set(c.id!, c);
  const customerById = new Map<number, Customer>();
  for (const c of s.customers) customerById.set(c.id!, c);
  const activePlanByContract = new Map<number, number>();
  const activePlanIds = new Set<number>();
  for (const p of s.plans) {
    if (p.active !== 1) continue;
    activePlanByContract.set(p.contractId, p.id!);
    activePlanIds.add(p.id!);
  }
  const allocatedByInstallment = new Map<number, Minor>();
  for (const a of s.allocations) {
    allocatedByInstallment.set(a.installmentId, (allocatedByInstallment.get(a.installmentId) ?? 0) + a.amountMinor);
  }
  const milestoneById = new Map<number, Milestone>();
  for (const m of s.milestones) milestoneById.set(m.id!, m);
  const latestAssessment = new Map<number, CreditAssessment>();
  for (const a of s.assessments) {
    const prev = latestAssessment.get(a.customerId);
    if (!prev || a.date > prev.date || (a.date === prev.date && a.id! > prev.id!)) latestAssessment.set(a.customerId, a);
  }
  return { contractById, customerById, activePlanByContract, activePlanIds, allocatedByInstallment, milestoneById, latestAssessment };
}
