import type { LedgerDb } from "../../../src/core/store/db";

const at = "2026-11-20T08:00:00.000Z";

/** A small ledger with at least one record in every table, including text that looks like a formula. */
export async function seedLedger(db: LedgerDb): Promise<void> {
  await db.transaction("rw", db.tables, async () => {
    await db.customers.bulkAdd([
      { id: 1, rev: 1, updatedAt: at, code: "C-1", name: "华东建设", owner: "王经理", creditLimitMinor: 50_000_000 },
      { id: 2, rev: 3, updatedAt: at, code: "C-2", name: "=HYPERLINK(\"http://evil\")", notes: "@risk" },
    ]);
    await db.contracts.bulkAdd([
      { id: 1, rev: 2, updatedAt: at, code: "HT-001", customerId: 1, title: "厂房一期", amountMinor: 10_000_000, currency: "CNY", signDate: "2026-01-05", terms: "30%@0d; 70%@90d", owner: "王经理", status: "active", penalty: { kind: "daily", dailyRate: 0.0005, capShare: 0.1 } },
      { id: 2, rev: 1, updatedAt: at, code: "HT-002", customerId: 2, title: "+plus", amountMinor: 5_000_000, currency: "CNY", signDate: "2026-02-01", terms: "100%@30d", owner: "Li", status: "disputed", penalty: { kind: "interest", annualRate: 0.06, yearDays: 365, graceDays: 5 }, notes: "-note" },
    ]);
    await db.milestones.bulkAdd([{ id: 1, rev: 1, updatedAt: at, contractId: 1, name: "竣工验收", plannedDate: "2026-04-01", percentComplete: 40 }]);
    await db.plans.bulkAdd([
      { id: 1, rev: 1, updatedAt: at, contractId: 1, version: 1, active: 1, createdAt: at },
      { id: 2, rev: 1, updatedAt: at, contractId: 2, version: 1, active: 1, createdAt: at },
    ]);
    await db.installments.bulkAdd([
      { id: 1, rev: 1, updatedAt: at, planId: 1, contractId: 1, seq: 1, dueDate: "2026-01-05", amountMinor: 3_000_000, trigger: { kind: "date" } },
      { id: 2, rev: 1, updatedAt: at, planId: 1, contractId: 1, seq: 2, dueDate: "2026-04-05", amountMinor: 7_000_000, trigger: { kind: "milestone", milestoneId: 1, offsetDays: 10 } },
      { id: 3, rev: 1, updatedAt: at, planId: 2, contractId: 2, seq: 1, dueDate: "2026-03-03", amountMinor: 5_000_000, trigger: { kind: "date" }, owner: "Li" },
    ]);
    await db.invoices.bulkAdd([{ id: 1, rev: 1, updatedAt: at, number: "INV-1", contractId: 1, installmentId: 1, date: "2026-01-05", amountMinor: 3_000_000, taxMinor: 345_133 }]);
    await db.receipts.bulkAdd([{ id: 1, rev: 1, updatedAt: at, contractId: 1, date: "2026-01-20", amountMinor: 2_000_000, method: "transfer", reference: "BANK-77" }]);
    await db.allocations.bulkAdd([{ id: 1, receiptId: 1, installmentId: 1, contractId: 1, amountMinor: 2_000_000 }]);
    await db.assessments.bulkAdd([{ id: 1, rev: 1, updatedAt: at, customerId: 1, date: "2026-06-30", assessor: "张三", inputs: { history: 80, overdue: 0.1 }, score: 72, grade: "B", limitMinor: 40_000_000, prepaymentShare: 0.2, cycleDays: 60 }]);
    await db.reminders.bulkAdd([{ id: 1, rev: 1, updatedAt: at, contractId: 2, installmentId: 3, date: "2026-04-10", channel: "phone", contact: "=cmd|' /C calc'!A0", outcome: "承诺月底付款", promiseDate: "2026-04-30", promiseAmountMinor: 5_000_000, owner: "Li", stage: 2 }]);
    await db.targets.bulkAdd([{ id: 1, rev: 1, updatedAt: at, owner: "王经理", period: "2026-11", targetMinor: 8_000_000, currency: "CNY" }]);
    await db.settings.bulkAdd([{ key: "currency", value: "CNY" }, { key: "bounds", value: [30, 60, 90] }]);
  });
}
