import type { Day } from "../dates";
import type { Minor } from "../money";
import type { ContractStatus } from "../store/types";
import { currencyCode } from "./currencyScope";
import { indexLedger, type LedgerIndex } from "./ledgerIndex";
import { installmentState } from "./installmentState";
import type { LedgerSnapshot } from "./snapshot";

/** The figures of one contract that AR.CONTRACT and the Contracts page show. */
export interface ContractSummary {
  readonly contractId: number;
  readonly code: string;
  /** The contract's currency code (a name an older import stored, "人民币", read as its code). */
  readonly currency: string;
  readonly amount: Minor;
  /** All invoices, tax included. */
  readonly invoiced: Minor;
  /** All receipts. */
  readonly received: Minor;
  /** Open on the active plan: contract amount less what was allocated to it. */
  readonly outstanding: Minor;
  /** Received but not absorbed by the active plan (an overpayment, kept as credit). */
  readonly onAccount: Minor;
  /** Open on installments due before the as-of day (milestones not reached are not overdue). */
  readonly overdue: Minor;
  /** The earliest due date on or after the as-of day with something open, if any. */
  readonly nextDue: Day | undefined;
  /** What is open on that date. */
  readonly nextAmount: Minor;
  readonly status: ContractStatus;
  /** Grade of the customer's latest credit assessment; undefined when never assessed. */
  readonly grade: string | undefined;
}

/** Summaries of every contract, in one pass over each table. */
export function contractSummaries(s: LedgerSnapshot, asOf: Day, index: LedgerIndex = indexLedger(s)): Map<number, ContractSummary> {
  const acc = new Map<number, { invoiced: number; received: number; allocated: number; outstanding: number; overdue: number; nextDue?: Day; nextAmount: number }>();
  for (const c of s.contracts) acc.set(c.id!, { invoiced: 0, received: 0, allocated: 0, outstanding: 0, overdue: 0, nextAmount: 0 });
  for (const inv of s.invoices) {
    const a = acc.get(inv.contractId);
    if (a) a.invoiced += inv.amountMinor;
  }
  for (const r of s.receipts) {
    const a = acc.get(r.contractId);
    if (a) a.received += r.amountMinor;
  }
  for (const inst of s.installments) {
    const a = acc.get(inst.contractId);
    if (!a || !index.activePlanIds.has(inst.planId)) continue;
    const st = installmentState(inst, index, asOf);
    a.allocated += st.received;
    a.outstanding += st.open;
    if (st.status === "overdue") a.overdue += st.open;
    if (st.open > 0 && st.daysPastDue <= 0) {
      if (a.nextDue === undefined || st.due < a.nextDue) {
        a.nextDue = st.due;
        a.nextAmount = st.open;
      } else if (st.due === a.nextDue) a.nextAmount += st.open;
    }
  }
  const out = new Map<number, ContractSummary>();
  for (const c of s.contracts) {
    const a = acc.get(c.id!)!;
    out.set(c.id!, {
      contractId: c.id!,
      code: c.code,
      currency: currencyCode(c.currency),
      amount: c.amountMinor,
      invoiced: a.invoiced,
      received: a.received,
      outstanding: a.outstanding,
      onAccount: a.received - a.allocated,
      overdue: a.overdue,
      nextDue: a.nextDue,
      nextAmount: a.nextAmount,
      status: c.status,
      grade: index.latestAssessment.get(c.customerId)?.grade,
    });
  }
  return out;
}

/**
 * One contract's part of the ledger: its records (the contract, its installments of every plan
 * version, invoices, receipts) and every record they lead to — the plans those installments are
 * on, the allocations to them, the milestones they wait for, the contract's customer and its
 * assessments. Each table is filtered once; nothing is computed for the other contracts. Whatever
 * a query reads about this contract through indexLedger (installmentState, the active plan, the
 * latest assessment, the customer) is the same from this as from the whole ledger.
 */
export function contractLedger(s: LedgerSnapshot, contractId: number): LedgerSnapshot {
  const contracts = s.contracts.filter((c) => c.id === contractId);
  const customerIds = new Set(contracts.map((c) => c.customerId));
  const installments = s.installments.filter((i) => i.contractId === contractId);
  const installmentIds = new Set(installments.map((i) => i.id!));
  const planIds = new Set(installments.map((i) => i.planId));
  const milestoneIds = new Set<number>();
  for (const i of installments) if (i.trigger.kind === "milestone") milestoneIds.add(i.trigger.milestoneId);
  return {
    customers: s.customers.filter((c) => customerIds.has(c.id!)),
    contracts,
    milestones: s.milestones.filter((m) => milestoneIds.has(m.id!)),
    plans: s.plans.filter((p) => planIds.has(p.id!)),
    installments,
    invoices: s.invoices.filter((i) => i.contractId === contractId),
    receipts: s.receipts.filter((r) => r.contractId === contractId),
    allocations: s.allocations.filter((a) => installmentIds.has(a.installmentId)),
    assessments: s.assessments.filter((a) => customerIds.has(a.customerId)),
    reminders: [],
    targets: [],
  };
}

/** One contract's summary, the same as its entry in contractSummaries, computed for it alone. */
export function contractSummary(s: LedgerSnapshot, contractId: number, asOf: Day): ContractSummary | undefined {
  return contractSummaries(contractLedger(s, contractId), asOf).get(contractId);
}

