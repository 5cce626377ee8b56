import { snapshotOf, type LedgerSnapshot } from "../../../src/core/ledger/snapshot";
import type {
  Allocation, Contract, CreditAssessment, Customer, Installment, Invoice, Milestone, PaymentPlan, Receipt, Reminder,
} from "../../../src/core/store/types";

/**
 * A small ledger with every case the queries must handle, worked by hand in the tests (as of
 * 2026-03-10):
 * - HT-1 (Acme, owner Li, 1,000.00): plan v1 replaced by v2; v2 = 400.00 due 01-31, 300.00 due
 *   03-15, 300.00 due 04-30 on the Acceptance milestone (planned 03-01, 40% done, not reached).
 *   Receipt 250.00 on 02-10 (allocated to row 1; an allocation to v1 is history). Invoices 400.00
 *   (01-31) and 300.00 (03-01). Acme assessed B (80) on 01-01, then D (45) on 02-01.
 * - HT-2 (Beta, owner Wang, 500.00, disputed): 200.00 due 02-28, 300.00 due 03-12; receipt 50.00
 *   on 03-05. A promise on 03-01 to pay 100.00 by 03-06 (broken: only 50.00 came).
 * - HT-3 (Acme, closed as a write-off): 100.00 due 01-01, never paid.
 */
const v = { rev: 1, updatedAt: "2026-01-01T00:00:00Z" };

export const customers: Customer[] = [
  { id: 1, code: "C-ACME", name: "Acme", ...v },
  { id: 2, code: "C-BETA", name: "Beta", ...v },
];

const contract = (id: number, code: string, customerId: number, amountMinor: number, owner: string, status: Contract["status"]): Contract => ({
  id, code, customerId, title: code, amountMinor, currency: "CNY", signDate: "2026-01-01", terms: "", owner, status, penalty: { kind: "none" }, ...v,
});
export const contracts: Contract[] = [
  contract(1, "HT-1", 1, 1000_00, "Li", "active"),
  contract(2, "HT-2", 2, 500_00, "Wang", "disputed"),
  contract(3, "HT-3", 1, 100_00, "Li", "closed"),
];

const plan = (id: number, contractId: number, version: number, active: 0 | 1): PaymentPlan => ({ id, contractId, version, active, createdAt: "", ...v });
export const plans: PaymentPlan[] = [plan(1, 1, 1, 0), plan(2, 1, 2, 1), plan(3, 2, 1, 1), plan(4, 3, 1, 1)];

const inst = (id: number, planId: number, contractId: number, seq: number, dueDate: string, amountMinor: number, trigger: Installment["trigger"] = { kind: "date" }): Installment => ({
  id, planId, contractId, seq, dueDate, amountMinor, trigger, ...v,
});
export const installments: Installment[] = [
  inst(10, 1, 1, 1, "2026-01-15", 1000_00), // v1 of HT-1, replaced
  inst(11, 2, 1, 1, "2026-01-31", 400_00),
  inst(12, 2, 1, 2, "2026-03-15", 300_00),
  inst(13, 2, 1, 3, "2026-04-30", 300_00, { kind: "milestone", milestoneId: 1, offsetDays: 60 }),
  inst(21, 3, 2, 1, "2026-02-28", 200_00),
  inst(22, 3, 2, 2, "2026-03-12", 300_00),
  inst(31, 4, 3, 1, "2026-01-01", 100_00),
];

export const milestones: Milestone[] = [{ id: 1, contractId: 1, name: "Acceptance", plannedDate: "2026-03-01", percentComplete: 40, ...v }];

export const receipts: Receipt[] = [
  { id: 1, contractId: 1, date: "2026-02-10", amountMinor: 250_00, method: "transfer", ...v },
  { id: 2, contractId: 2, date: "2026-03-05", amountMinor: 50_00, method: "transfer", ...v },
];

export const allocations: Allocation[] = [
  { id: 1, receiptId: 1, installmentId: 10, contractId: 1, amountMinor: 250_00 }, // history of v1
  { id: 2, receiptId: 1, installmentId: 11, contractId: 1, amountMinor: 250_00 },
  { id: 3, receiptId: 2, installmentId: 21, contractId: 2, amountMinor: 50_00 },
];

export const invoices: Invoice[] = [
  { id: 1, number: "INV-1", contractId: 1, installmentId: 11, date: "2026-01-31", amountMinor: 400_00, taxMinor: 46_02, ...v },
  { id: 2, number: "INV-2", contractId: 1, installmentId: 12, date: "2026-03-01", amountMinor: 300_00, taxMinor: 34_51, ...v },
];

const assess = (id: number, date: string, score: number, grade: string): CreditAssessment => ({
  id, customerId: 1, date, assessor: "Chen", inputs: {}, score, grade, limitMinor: 0, prepaymentShare: 0, cycleDays: 30, ...v,
});
export const assessments: CreditAssessment[] = [assess(1, "2026-02-01", 45, "D"), assess(2, "2026-01-01", 80, "B")];

export const reminders: Reminder[] = [
  { id: 1, contractId: 2, date: "2026-03-01", channel: "phone", contact: "Ms Wu", outcome: "promised", promiseDate: "2026-03-06", promiseAmountMinor: 100_00, owner: "Wang", ...v },
  { id: 2, contractId: 1, date: "2026-03-08", channel: "email", contact: "Mr Zhang", outcome: "promised", promiseDate: "2026-03-20", promiseAmountMinor: 150_00, nextActionDate: "2026-03-21", owner: "Li", ...v },
];

export function scenario(): LedgerSnapshot {
  return snapshotOf({ customers, contracts, plans, installments, milestones, receipts, allocations, invoices, assessments, reminders });
}
