import fc from "fast-check";
import { type Day, serialFromIso } from "../../../src/core/dates";
import type { DunningPolicy } from "../../../src/core/dunning";
import { indexLedger } from "../../../src/core/ledger/ledgerIndex";
import { openItemsOf } from "../../../src/core/ledger/openItems";
import { type LedgerSnapshot, snapshotOf } from "../../../src/core/ledger/snapshot";
import { type TodayOptions, todayQueue } from "../../../src/core/ledger/today";
import type { Allocation, Contract, Customer, Installment, PaymentPlan, Receipt } from "../../../src/core/store/types";
import { FIRST_DAY, LAST_DAY, OWNERS, randomLedger } from "./randomLedger";

/**
 * openItemsOf's contract: the reduced snapshot gives the same Today queue as the whole ledger for
 * every day and every options object, and the Today page finds the same contract and customer
 * records in it. Checked on random well-formed ledgers (./randomLedger).
 */

const v = { rev: 1, updatedAt: "2026-01-01T00:00:00Z" };

const ledger = randomLedger();
/** Days from two months before the first due date to two months after the last. */
const asOfDay = fc.integer({ min: FIRST_DAY - 60, max: LAST_DAY + 60 });
const policy: fc.Arbitrary<DunningPolicy> = fc
  .uniqueArray(fc.integer({ min: -30, max: 120 }), { minLength: 1, maxLength: 5 })
  .map((starts) => [...starts].sort((a, b) => a - b).map((fromDays, i) => ({ fromDays, stage: `Stage ${i}` })));
const options: fc.Arbitrary<TodayOptions> = fc.record(
  {
    horizonDays: fc.integer({ min: -10, max: 800 }),
    policy,
    unassessedScore: fc.integer({ min: 0, max: 100 }),
    owner: fc.constantFrom(...OWNERS, "Nobody"),
  },
  { requiredKeys: [] },
);
/**
 * Several days and options per ledger, and always the widest query too (the last day, a horizon
 * past every due date, no owner filter), so most ledgers queue something to compare.
 */
const queries = fc
  .array(fc.tuple(asOfDay, options), { minLength: 1, maxLength: 4 })
  .map((qs): [Day, TodayOptions][] => [...qs, [LAST_DAY + 60, { horizonDays: 800 }]]);
const RUNS = { numRuns: 200 };

describe("openItemsOf: the open-items view of a ledger (property)", () => {
  it("gives the same Today queue as the whole ledger, for any day and any options", () => {
    fc.assert(
      fc.property(ledger, queries, (s, qs) => {
        const view = openItemsOf(s);
        // The view is saved as JSON (core/store/openItemsView): what is read back must do as well.
        const saved = JSON.parse(JSON.stringify(view)) as LedgerSnapshot;
        for (const [asOf, opts] of qs) {
          const expected = todayQueue(s, asOf, opts);
          expect(todayQueue(view, asOf, opts)).toStrictEqual(expected);
          expect(todayQueue(saved, asOf, opts)).toStrictEqual(expected);
        }
      }),
      RUNS,
    );
  });

  it("holds, for every queued installment, the same contract and customer records as the whole ledger", () => {
    fc.assert(
      fc.property(ledger, queries, (s, qs) => {
        const view = openItemsOf(s);
        const [viewIndex, fullIndex] = [indexLedger(view), indexLedger(s)];
        for (const item of qs.flatMap(([asOf, opts]) => todayQueue(view, asOf, opts))) {
          const contract = fullIndex.contractById.get(item.contractId);
          const customer = fullIndex.customerById.get(item.customerId);
          expect(contract).toBeDefined();
          expect(customer).toBeDefined();
          expect(viewIndex.contractById.get(item.contractId)).toEqual(contract);
          expect(viewIndex.customerById.get(item.customerId)).toEqual(customer);
        }
      }),
      RUNS,
    );
  });

  it("never holds a paid installment, one of an inactive plan or of a draft or closed contract, nor invoices or targets", () => {
    fc.assert(
      fc.property(ledger, (s) => {
        const view = openItemsOf(s);
        const full = indexLedger(s);
        for (const inst of view.installments) {
          expect(full.activePlanIds.has(inst.planId)).toBe(true);
          expect(["active", "disputed"]).toContain(full.contractById.get(inst.contractId)?.status);
          expect(inst.amountMinor - (full.allocatedByInstallment.get(inst.id!) ?? 0)).toBeGreaterThan(0);
        }
        for (const plan of view.plans) expect(plan.active).toBe(1);
        expect(view.invoices).toEqual([]);
        expect(view.targets).toEqual([]);
      }),
      RUNS,
    );
  });

  it("is tested on ledgers that exercise what the view must keep (generator coverage)", () => {
    // A property over a generator that never produced these cases would prove nothing about them.
    const seen = { dropped: 0, brokenPromise: 0, keptPromise: 0, milestoneTriggered: 0, foreignTrigger: 0, assessed: 0, sameDayAssessments: 0 };
    for (const s of fc.sample(ledger, { numRuns: 300, seed: 20260310 })) {
      const view = openItemsOf(s);
      if (view.installments.length < s.installments.length) seen.dropped++;
      const queue = todayQueue(s, serialFromIso("2026-06-30")!, { horizonDays: 800 });
      if (queue.some((q) => q.brokenPromise)) seen.brokenPromise++;
      if (queue.some((q) => q.promiseDate !== undefined && !q.brokenPromise)) seen.keptPromise++;
      const byId = new Map(s.installments.map((i) => [i.id!, i]));
      const milestoneContract = new Map(s.milestones.map((m) => [m.id!, m.contractId]));
      for (const q of queue) {
        const trigger = byId.get(q.installmentId)!.trigger;
        if (trigger.kind !== "milestone") continue;
        seen.milestoneTriggered++;
        if (milestoneContract.get(trigger.milestoneId) !== q.contractId) seen.foreignTrigger++;
      }
      if (queue.some((q) => indexLedger(s).latestAssessment.has(q.customerId))) seen.assessed++;
      const dates = s.assessments.map((a) => `${a.customerId}/${a.date}`);
      if (new Set(dates).size < dates.length) seen.sameDayAssessments++;
    }
    for (const [what, count] of Object.entries(seen)) expect([what, count >= 10]).toEqual([what, true]);
  });
});

describe("openItemsOf on a mostly paid ledger", () => {
  it("keeps only the one open installment of four, with its contract, customer and payment", () => {
    const plan = (id: number, contractId: number): PaymentPlan => ({ id, contractId, version: 1, active: 1, createdAt: "", ...v });
    const inst = (id: number, planId: number, contractId: number, seq: number, dueDate: string, amountMinor: number): Installment => ({
      id, planId, contractId, seq, dueDate, amountMinor, trigger: { kind: "date" }, ...v,
    });
    const customers: Customer[] = [{ id: 1, code: "C-ACME", name: "Acme", ...v }, { id: 2, code: "C-BETA", name: "Beta", contact: "Ms Wu", ...v }];
    const contracts: Contract[] = [1, 2].map((id) => ({
      id, code: `HT-${id}`, customerId: id, title: `HT-${id}`, amountMinor: 600_00, currency: "CNY", signDate: "2026-01-01", terms: "", owner: "Li",
      status: "active", penalty: { kind: "none" }, ...v,
    }));
    const installments = [
      inst(11, 1, 1, 1, "2026-01-31", 300_00), // paid
      inst(12, 1, 1, 2, "2026-02-28", 300_00), // paid
      inst(21, 2, 2, 1, "2026-01-31", 300_00), // paid
      inst(22, 2, 2, 2, "2026-02-28", 300_00), // 100.00 of 300.00 paid: the one open row
    ];
    const receipts: Receipt[] = [
      { id: 1, contractId: 1, date: "2026-02-20", amountMinor: 600_00, method: "transfer", ...v },
      { id: 2, contractId: 2, date: "2026-02-25", amountMinor: 400_00, method: "transfer", ...v },
    ];
    const allocations: Allocation[] = [
      { id: 1, receiptId: 1, installmentId: 11, contractId: 1, amountMinor: 300_00 },
      { id: 2, receiptId: 1, installmentId: 12, contractId: 1, amountMinor: 300_00 },
      { id: 3, receiptId: 2, installmentId: 21, contractId: 2, amountMinor: 300_00 },
      { id: 4, receiptId: 2, installmentId: 22, contractId: 2, amountMinor: 100_00 },
    ];
    const s = snapshotOf({ customers, contracts, plans: [plan(1, 1), plan(2, 2)], installments, receipts, allocations });

    const view = openItemsOf(s);

    expect(view.installments).toEqual([installments[3]]);
    expect(view.contracts).toEqual([contracts[1]]);
    expect(view.customers).toEqual([customers[1]]);
    expect(view.plans.map((p) => p.id)).toEqual([2]);
    expect(view.allocations).toEqual([allocations[3]]);
    expect(view.receipts).toEqual([]); // no promise to pay recorded: receipts are not needed
    const asOf = serialFromIso("2026-03-10")!;
    const queue = todayQueue(view, asOf);
    expect(queue.map((q) => [q.installmentId, q.amount])).toEqual([[22, 200_00]]);
    expect(queue).toStrictEqual(todayQueue(s, asOf));
  });
});
