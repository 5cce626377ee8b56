import { cashForecast } from "../../../src/core/ledger/cashflow";
import { contractSummary } from "../../../src/core/ledger/contractSummary";
import { snapshotOf } from "../../../src/core/ledger/snapshot";
import { todayQueue } from "../../../src/core/ledger/today";
import { isoFromSerial, serialFromIso } from "../../../src/core/dates";
import type { Contract, Customer, Installment, PaymentPlan, Receipt, Reminder } from "../../../src/core/store/types";

/*
 * What falls on a day boundary, from one contract whose installments fall due at chosen distances
 * from the as-of day (a Wednesday). Amounts are distinct powers of two so every sum names its rows.
 */
const meta = { rev: 1, updatedAt: "2026-11-01T00:00:00Z" };
const asOf = serialFromIso("2026-11-25")!;
const customer: Customer = { ...meta, id: 1, code: "C1", name: "Acme" };
const contract: Contract = {
  ...meta, id: 1, code: "HT-1", customerId: 1, title: "T", amountMinor: 0, currency: "CNY", signDate: "2026-01-01",
  terms: "", owner: "Li", status: "active", penalty: { kind: "none" },
};
const plan: PaymentPlan = { ...meta, id: 1, contractId: 1, version: 1, active: 1, createdAt: "2026-01-01" };
const offsets = [-1, 0, 6, 7, 8, 90, 91];
const installments: Installment[] = offsets.map((offset, i) => ({
  ...meta, id: i + 1, planId: 1, contractId: 1, seq: i + 1, dueDate: isoFromSerial(asOf + offset), amountMinor: 2 ** i * 100, trigger: { kind: "date" },
}));
const amountAt = (offset: number) => installments[offsets.indexOf(offset)].amountMinor;

function ledger(extra: { receipts?: Receipt[]; reminders?: Reminder[] } = {}) {
  return snapshotOf({ customers: [customer], contracts: [{ ...contract, amountMinor: installments.reduce((s, i) => s + i.amountMinor, 0) }], plans: [plan], installments, ...extra });
}

describe("the 13-week cash forecast's week boundaries", () => {
  const f = cashForecast(ledger(), asOf, "CNY");
  it("week k starts at asOf + 7k; due today and in 6 days are week 1, in 7 days week 2", () => {
    expect(f.weekStarts[0]).toBe(asOf);
    expect(f.weekStarts[12]).toBe(asOf + 84);
    expect(f.expected[0]).toBe(amountAt(0) + amountAt(6));
    expect(f.expected[1]).toBe(amountAt(7) + amountAt(8));
  });
  it("day 90 is the last day of week 13; day 91 is beyond the forecast; yesterday is past due", () => {
    expect(f.expected[12]).toBe(amountAt(90));
    expect(f.pastDue).toBe(amountAt(-1));
    expect(f.expected.reduce((s, a) => s + a, 0) + f.pastDue).toBe(installments.reduce((s, i) => s + i.amountMinor, 0) - amountAt(91));
  });
});

describe("due today is not late", () => {
  it("the summary counts only yesterday's row as overdue, and today's as the next due", () => {
    const s = contractSummary(ledger(), 1, asOf)!;
    expect(s.overdue).toBe(amountAt(-1));
    expect([s.nextDue, s.nextAmount]).toEqual([asOf, amountAt(0)]);
  });
  it("the Today queue lists rows due up to 7 days ahead, not 8", () => {
    const due = todayQueue(ledger(), asOf).map((q) => q.daysPastDue).sort((a, b) => a - b);
    expect(due).toEqual([-7, -6, 0, 1]);
  });
});

describe("a promise to pay", () => {
  const reminder: Reminder = {
    ...meta, id: 1, contractId: 1, date: "2026-11-10", channel: "phone", contact: "Mr Zhang", outcome: "promised",
    promiseDate: "2026-11-24", promiseAmountMinor: 500_00, owner: "Li",
  };
  const receipt = (id: number, date: string, amountMinor: number): Receipt => ({ ...meta, id, contractId: 1, date, amountMinor, method: "transfer" });
  const broken = (receipts: Receipt[], day = asOf) => todayQueue(ledger({ receipts, reminders: [reminder] }), day)[0].brokenPromise;

  it("is kept by the promised amount arriving on the promise date itself", () => {
    expect(broken([receipt(1, "2026-11-20", 200_00), receipt(2, "2026-11-24", 300_00)])).toBe(false);
  });
  it("is broken the day after the promise date when less arrived, or it arrived late", () => {
    expect(broken([receipt(1, "2026-11-24", 499_99)])).toBe(true);
    expect(broken([receipt(1, "2026-11-25", 500_00)])).toBe(true);
  });
  it("is not broken on the promise date itself, before the day is over", () => {
    expect(broken([], serialFromIso("2026-11-24")!)).toBe(false);
  });
});
