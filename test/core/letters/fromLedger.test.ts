import { letterInputFromLedger } from "../../../src/core/letters/fromLedger";
import { accruedInterest } from "../../../src/core/letters/accruedInterest";
import { letterStageFor } from "../../../src/core/letters/stageFor";
import { indexLedger } from "../../../src/core/ledger/ledgerIndex";
import { snapshotOf } from "../../../src/core/ledger/snapshot";
import { serialFromYmd } from "../../../src/core/dates";
import type { Contract, Customer, Installment, PaymentPlan } from "../../../src/core/store/types";

const day = (y: number, m: number, d: number) => serialFromYmd(y, m, d);
const meta = { rev: 1, updatedAt: "2026-11-01T00:00:00Z" };
const asOf = day(2026, 11, 27);

const customer: Customer = { ...meta, id: 1, code: "C1", name: "华东建设有限公司", contact: "王经理" };
const contract: Contract = {
  ...meta, id: 1, code: "HT-2026-001", customerId: 1, title: "智慧园区一期", amountMinor: 70000000, currency: "CNY",
  signDate: "2026-06-01", terms: "", owner: "李娜", status: "active",
  penalty: { kind: "interest", annualRate: 0.0365, yearDays: 365, graceDays: 0 },
};
const plans: PaymentPlan[] = [
  { ...meta, id: 1, contractId: 1, version: 2, active: 1, createdAt: "2026-07-01" },
  { ...meta, id: 2, contractId: 1, version: 1, active: 0, createdAt: "2026-06-01" },
];
const inst = (id: number, planId: number, seq: number, dueDate: string, amountMinor: number): Installment =>
  ({ ...meta, id, planId, contractId: 1, seq, dueDate, amountMinor, trigger: { kind: "date" } });
const installments = [
  inst(1, 1, 1, "2026-09-30", 50000000), // 200,000.00 received → 300,000.00 open, 58 days late
  inst(2, 1, 2, "2026-11-30", 10000000), // due in 3 days: inside the 7-day horizon
  inst(3, 1, 3, "2027-03-31", 10000000), // far off: not chased
  inst(4, 2, 1, "2026-08-31", 99900000), // superseded plan version: history only
  inst(5, 1, 0, "2026-08-31", 1000000), // paid in full
];
const allocations = [
  { id: 1, receiptId: 1, installmentId: 1, contractId: 1, amountMinor: 20000000 },
  { id: 2, receiptId: 1, installmentId: 5, contractId: 1, amountMinor: 1000000 },
];
const snapshot = snapshotOf({ customers: [customer], contracts: [contract], plans, installments, allocations });

test("a contract's letter lists its overdue open installments with interest from its clause, not what is not due yet", () => {
  const input = letterInputFromLedger(snapshot, indexLedger(snapshot), 1, asOf)!;
  // 300,000.00 × 3.65% × 58 / 365 = 300,000.00 × 0.0001 × 58 = 1,740.00. Installment 2 (due in 3
  // days) is not overdue: a letter asking for the overdue total must not add it in.
  expect(input.installments).toEqual([
    { seq: 1, dueDate: day(2026, 9, 30), openMinor: 30000000, interestMinor: 174000 },
  ]);
  // 58 days past due falls in the default policy's "Final demand" band (46–90 days)
  expect(input.stage).toBe("finalDemand");
  expect(input.customer).toEqual({ name: "华东建设有限公司", contact: "王经理" });
  expect(input.owner.name).toBe("李娜");
  expect(input.contract.code).toBe("HT-2026-001");
});

test("with nothing overdue, the letter is a courtesy reminder of what falls due within the horizon", () => {
  const early = day(2026, 9, 25); // installment 1 due in 5 days, nothing late
  const input = letterInputFromLedger(snapshot, indexLedger(snapshot), 1, early)!;
  expect(input.installments).toEqual([{ seq: 1, dueDate: day(2026, 9, 30), openMinor: 30000000, interestMinor: 0 }]);
  expect(letterInputFromLedger(snapshot, indexLedger(snapshot), 1, early, { horizonDays: 3 })).toBeUndefined();
});

test("a part paid late keeps the interest it ran up to the day it was received", () => {
  // Of installment 1 (500,000.00 due 2026-09-30), 200,000.00 arrived on 2026-10-30, 30 days late.
  const receipts = [{ ...meta, id: 1, contractId: 1, date: "2026-10-30", amountMinor: 21000000, method: "transfer" as const }];
  const paid = snapshotOf({ customers: [customer], contracts: [contract], plans, installments, allocations, receipts });
  const input = letterInputFromLedger(paid, indexLedger(paid), 1, asOf)!;
  // 300,000.00 open × 0.0001 × 58 days = 1,740.00, plus 200,000.00 × 0.0001 × 30 days = 600.00
  expect(input.installments[0]).toEqual({ seq: 1, dueDate: day(2026, 9, 30), openMinor: 30000000, interestMinor: 174000 + 60000 });
  // Received on the due date itself, the same 200,000.00 ran up nothing.
  const onTime = snapshotOf({ customers: [customer], contracts: [contract], plans, installments, allocations, receipts: [{ ...receipts[0], date: "2026-09-30" }] });
  expect(letterInputFromLedger(onTime, indexLedger(onTime), 1, asOf)!.installments[0].interestMinor).toBe(174000);
});

test("nothing to chase gives no letter", () => {
  expect(letterInputFromLedger(snapshot, indexLedger(snapshot), 1, day(2026, 1, 1))).toBeUndefined();
  expect(letterInputFromLedger(snapshot, indexLedger(snapshot), 99, asOf)).toBeUndefined();
});

describe("accruedInterest follows the contract's penalty clause", () => {
  const due = day(2026, 10, 28); // 30 days before asOf
  test("daily penalty: 100,000.00 × 0.05% × 30 days = 1,500.00", () => {
    expect(accruedInterest(10000000, due, asOf, { kind: "daily", dailyRate: 0.0005 })).toBe(150000);
  });
  test("daily penalty capped at 1% of the amount = 1,000.00", () => {
    expect(accruedInterest(10000000, due, asOf, { kind: "daily", dailyRate: 0.0005, capShare: 0.01 })).toBe(100000);
  });
  test("within a 60-day grace period no interest is owed", () => {
    expect(accruedInterest(10000000, due, asOf, { kind: "interest", annualRate: 0.1, yearDays: 365, graceDays: 60 })).toBe(0);
  });
  test("no clause, or not yet due, accrues nothing", () => {
    expect(accruedInterest(10000000, due, asOf, { kind: "none" })).toBe(0);
    expect(accruedInterest(10000000, asOf + 1, asOf, { kind: "daily", dailyRate: 0.0005 })).toBe(0);
  });
});

describe("letterStageFor maps dunning stages to letters", () => {
  test.each([
    [-10, "courtesy"], [-3, "courtesy"], [1, "friendly"], [15, "friendly"], [16, "formal"],
    [45, "formal"], [46, "finalDemand"], [90, "finalDemand"], [91, "legal"],
  ])("%d days past due under the default policy → %s", (days, stage) => {
    expect(letterStageFor(days)).toBe(stage);
  });
  test("a custom policy with its own labels maps by position", () => {
    const policy = [{ fromDays: 0, stage: "Call" }, { fromDays: 30, stage: "Letter" }, { fromDays: 60, stage: "Lawyer" }];
    expect(letterStageFor(45, policy)).toBe("friendly");
    expect(letterStageFor(75, policy)).toBe("formal");
  });
});

test("a receipt dated after the letter's day was still open on it: its part runs up interest to the letter's day only", () => {
  // 200,000.00 of installment 1 (due 2026-09-30) on a receipt dated 2026-12-27, a month after the
  // letter: on 2026-11-27 it was 58 days late, not 88. 200,000.00 × 0.0001 × 58 = 1,160.00.
  const receipts = [{ ...meta, id: 1, contractId: 1, date: "2026-12-27", amountMinor: 21000000, method: "transfer" as const }];
  const postDated = snapshotOf({ customers: [customer], contracts: [contract], plans, installments, allocations, receipts });
  expect(letterInputFromLedger(postDated, indexLedger(postDated), 1, asOf)!.installments[0].interestMinor).toBe(174000 + 116000);
});
