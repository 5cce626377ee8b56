import { serialFromIso } from "../../../src/core/dates";
import { type LedgerSnapshot, snapshotOf } from "../../../src/core/ledger/snapshot";
import type { Allocation, Contract, Customer, Installment, PaymentPlan, Receipt, Reminder } from "../../../src/core/store/types";

/**
 * A ledger in three currencies, worked by hand (as of 2026-03-10):
 * - HT-CN (Acme, CNY): 1,000.00 due 01-31 (600.00 received on 02-10), 500.00 due 03-15.
 * - HT-JP (Acme, stored as "jpy ": codes are compared trimmed and upper case): ¥1,200,000 due
 *   01-20 (¥200,000 received on 01-25), ¥800,000 due 04-30. A promise of ¥300,000.
 * - HT-KW (Beta, KWD): 1.234 due 02-01, nothing received.
 * In minor units: CNY has 2 digits, JPY 0, KWD 3.
 */
const v = { rev: 1, updatedAt: "2026-01-01T00:00:00Z" };
export const AS_OF = serialFromIso("2026-03-10")!;

const customers: Customer[] = [
  { id: 1, code: "C-ACME", name: "Acme", ...v },
  { id: 2, code: "C-BETA", name: "Beta", ...v },
];
const contract = (id: number, code: string, customerId: number, currency: string): Contract => ({
  id, code, customerId, title: code, amountMinor: 1, currency, signDate: "2026-01-01", terms: "", owner: "Li", status: "active", penalty: { kind: "none" }, ...v,
});
const contracts: Contract[] = [contract(1, "HT-CN", 1, "CNY"), contract(2, "HT-JP", 1, "jpy "), contract(3, "HT-KW", 2, "KWD")];
const plans: PaymentPlan[] = [1, 2, 3].map((id) => ({ id, contractId: id, version: 1, active: 1, createdAt: "", ...v }));
const inst = (id: number, contractId: number, seq: number, dueDate: string, amountMinor: number): Installment => ({
  id, planId: contractId, contractId, seq, dueDate, amountMinor, trigger: { kind: "date" }, ...v,
});
const installments: Installment[] = [
  inst(11, 1, 1, "2026-01-31", 1000_00), inst(12, 1, 2, "2026-03-15", 500_00),
  inst(21, 2, 1, "2026-01-20", 1_200_000), inst(22, 2, 2, "2026-04-30", 800_000),
  inst(31, 3, 1, "2026-02-01", 1_234),
];
const receipts: Receipt[] = [
  { id: 1, contractId: 1, date: "2026-02-10", amountMinor: 600_00, method: "transfer", ...v },
  { id: 2, contractId: 2, date: "2026-01-25", amountMinor: 200_000, method: "transfer", ...v },
];
const allocations: Allocation[] = [
  { id: 1, receiptId: 1, installmentId: 11, contractId: 1, amountMinor: 600_00 },
  { id: 2, receiptId: 2, installmentId: 21, contractId: 2, amountMinor: 200_000 },
];
const reminders: Reminder[] = [
  { id: 1, contractId: 2, date: "2026-03-01", channel: "phone", contact: "Ms Sato", outcome: "promised", promiseDate: "2026-03-31", promiseAmountMinor: 300_000, owner: "Li", ...v },
  { id: 2, contractId: 1, date: "2026-02-01", channel: "email", contact: "Mr Wu", outcome: "promised", promiseAmountMinor: 250_00, owner: "Li", ...v },
];

export function multiCurrencyLedger(): LedgerSnapshot {
  return snapshotOf({ customers, contracts, plans, installments, receipts, allocations, reminders });
}
