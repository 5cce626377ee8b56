/**
 * Ledger records as stored in IndexedDB. Money is integer minor units (`…Minor`), dates are ISO
 * `YYYY-MM-DD` text (convert with serialFromIso / isoFromSerial in core/dates). Every record keeps
 * `rev`, bumped on each write, so a stale edit from another pane can be refused.
 */
export type IsoDate = string;

export interface Versioned {
  id?: number;
  rev: number;
  updatedAt: string; // ISO timestamp of the last write
}

export interface Customer extends Versioned {
  code: string;
  name: string;
  contact?: string;
  phone?: string;
  email?: string;
  owner?: string;
  creditLimitMinor?: number;
  /**
   * ISO 4217 code of the credit limit (upper case); utilisation counts only contracts in it. A
   * customer stored without one is read in the settings' default currency (creditCurrencyOf).
   */
  currency?: string;
  notes?: string;
}

export type ContractStatus = "draft" | "active" | "closed" | "disputed";

export type PenaltyClause =
  | { kind: "none" }
  | { kind: "interest"; annualRate: number; yearDays: 360 | 365; graceDays: number }
  | { kind: "daily"; dailyRate: number; capShare?: number };

export interface Contract extends Versioned {
  code: string;
  customerId: number;
  title: string;
  amountMinor: number;
  currency: string;
  signDate: IsoDate;
  terms: string; // tranche terms text, e.g. "30%@0d; 60%@90d; 10%@12m"
  owner: string;
  status: ContractStatus;
  penalty: PenaltyClause;
  notes?: string;
  /**
   * The close record, written by closeContract (and by updateContract when an edit closes a
   * contract with nothing open) and taken away when the contract is reopened: what was open on
   * the active plan at that moment and written off (0 when nothing was open), the day it was
   * closed, and the status it had before, which reopening restores. A contract closed before the
   * record existed (or by an import) has none: its open remainder is still what was written off
   * (a closed contract takes no receipt), and it reopens as active.
   */
  writtenOffMinor?: number;
  closedDate?: IsoDate;
  statusBeforeClose?: Exclude<ContractStatus, "closed">;
}

export interface Milestone extends Versioned {
  contractId: number;
  name: string;
  plannedDate: IsoDate;
  actualDate?: IsoDate;
  percentComplete: number; // 0..100
}

export interface PaymentPlan extends Versioned {
  contractId: number;
  version: number; // 1, 2, … a renegotiation adds a version; older ones are kept
  active: 0 | 1; // IndexedDB cannot index booleans
  reason?: string;
  createdAt: string;
}

/**
 * What makes an installment due: a calendar date, or a milestone (due `offsetDays` after the
 * milestone is reached; until then the installment waits and is not aged as overdue).
 */
export type InstallmentTrigger = { kind: "date" } | { kind: "milestone"; milestoneId: number; offsetDays: number };

export interface Installment extends Versioned {
  planId: number;
  contractId: number;
  seq: number; // 1-based within its plan
  dueDate: IsoDate;
  amountMinor: number;
  trigger: InstallmentTrigger;
  owner?: string; // who chases this step; defaults to the contract owner
}

export interface Invoice extends Versioned {
  number: string;
  contractId: number;
  installmentId?: number;
  date: IsoDate;
  amountMinor: number; // tax included
  taxMinor: number;
}

export type ReceiptMethod = "transfer" | "acceptance" | "cash" | "check" | "other";

export interface Receipt extends Versioned {
  contractId: number;
  date: IsoDate;
  amountMinor: number;
  method: ReceiptMethod;
  reference?: string;
}

/**
 * A part of a receipt applied to one installment. Allocations are never edited: they are written
 * with their receipt and replaced as a whole when the plan or the receipts change. Allocations to
 * installments of an older plan version are that version's history.
 */
export interface Allocation {
  id?: number;
  receiptId: number;
  installmentId: number;
  contractId: number;
  amountMinor: number;
}

export interface CreditAssessment extends Versioned {
  customerId: number;
  date: IsoDate;
  assessor: string;
  inputs: Record<string, number>; // the scorecard inputs, by factor name
  score: number; // 0..100
  grade: string;
  limitMinor: number;
  prepaymentShare: number; // 0..1
  cycleDays: number;
  /**
   * ISO 4217 code of `limitMinor`: the customer's credit currency when it was saved
   * (store/assessments saveAssessment). An assessment saved before this was kept has none and is
   * read in the customer's credit currency of today (which it was made in unless that changed since).
   */
  currency?: string;
}

export type Channel = "phone" | "email" | "letter" | "visit" | "legal";

export interface Reminder extends Versioned {
  contractId: number;
  installmentId?: number;
  date: IsoDate;
  channel: Channel;
  contact: string;
  outcome: string;
  promiseDate?: IsoDate;
  promiseAmountMinor?: number;
  nextActionDate?: IsoDate;
  owner: string;
  stage?: number; // index of the dunning stage (core/dunning dunningStageIndex) when the contact was made
  /**
   * The policy stage's key (DunningStep.stage, "Friendly") the contact was made at, kept with the
   * position: a policy edited later (a stage inserted or removed) moves positions, not this key.
   * Contacts logged before it was kept have the position only.
   */
  stageKey?: string;
}

export interface CollectionTarget extends Versioned {
  owner: string;
  period: string; // "2026-11" (month) or "2026-Q4"
  targetMinor: number;
  /**
   * ISO 4217 code the target is in; it is set only against collections in this currency. Written
   * by setTarget (the settings' default currency at the time of saving when none is chosen). A
   * target stored before targets had a currency has none and is read in the default currency
   * (core/ledger/currencyScope targetsCurrencyOf).
   */
  currency?: string;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}
