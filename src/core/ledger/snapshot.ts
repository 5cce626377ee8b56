import type {
  Allocation, CollectionTarget, Contract, CreditAssessment, Customer, Installment, Invoice, Milestone,
  PaymentPlan, Receipt, Reminder,
} from "../store/types";

/**
 * The ledger as plain arrays, loaded once by a pane (or scoped to one contract by the bridge).
 * Every ledger query is a pure function over a snapshot: no database access per row, so the same
 * code runs in Node tests, in the task pane and behind the AR functions.
 */
export interface LedgerSnapshot {
  readonly customers: readonly Customer[];
  readonly contracts: readonly Contract[];
  readonly milestones: readonly Milestone[];
  readonly plans: readonly PaymentPlan[];
  readonly installments: readonly Installment[];
  readonly invoices: readonly Invoice[];
  readonly receipts: readonly Receipt[];
  readonly allocations: readonly Allocation[];
  readonly assessments: readonly CreditAssessment[];
  readonly reminders: readonly Reminder[];
  readonly targets: readonly CollectionTarget[];
}

export function emptySnapshot(): LedgerSnapshot {
  return {
    customers: [], contracts: [], milestones: [], plans: [], installments: [], invoices: [],
    receipts: [], allocations: [], assessments: [], reminders: [], targets: [],
  };
}

/** A snapshot with some tables given, the rest empty: handy for tests and scoped queries. */
export function snapshotOf(parts: Partial<LedgerSnapshot>): LedgerSnapshot {
  return { ...emptySnapshot(), ...parts };
}
