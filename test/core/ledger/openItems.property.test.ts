import { shuffled } from "./shuffled";
import fc from "fast-check";
import { type Day, isoFromSerial, serialFromIso } from "../../../src/core/dates";
import type { DunningPolicy } from "../../../src/core/dunning";
import { indexLedger } from "../../../src/core/ledger/ledgerIndex";
import { openItemsOf } from "../../../src/core/ledger/openItems";
import { type LedgerSnapshot, snapshotOf } from "../../../src/core/ledger/snapshot";
import { type TodayOptions, todayQueue } from "../../../src/core/ledger/today";
import type {
  Allocation, Channel, CollectionTarget, Contract, ContractStatus, CreditAssessment, Customer, Installment, InstallmentTrigger,
  Invoice, Milestone, PaymentPlan, Receipt, Reminder,
} from "../../../src/core/store/types";

/**
 * openItemsOf's contract: the reduced snapshot gives the same Today queue as the whole ledger for
 * every day and every options object, and the Today page finds the same contract and customer
 * records in it. Checked on random but well-formed ledgers: two years of due dates, plan versions,
 * milestone triggers (own, another contract's, missing), partial/exact/over-payments, on-account
 * receipts, promises to pay, assessments and reminders tied on date, tables in random order.
 */

const v = { rev: 1, updatedAt: "2026-01-01T00:00:00Z" };
const FIRST = serialFromIso("2025-01-01")!;
const LAST = serialFromIso("2026-12-31")!;
const OWNERS = ["Li", "Wang", "Zhao"];
const STATUSES: readonly ContractStatus[] = ["draft", "active", "closed", "disputed"];
const CHANNELS: readonly Channel[] = ["phone", "email", "letter", "visit", "legal"];
/** A few shared days, so assessments, reminders and receipts often fall on the same date. */
const TIE_DAYS = ["2025-06-30", "2026-01-15", "2026-03-10"].map((d) => serialFromIso(d)!);
/** Milestone ids start at 1 and stay far below this: a trigger on it points at no milestone. */
const MISSING_MILESTONE = 9_999;

const day = fc.oneof({ arbitrary: fc.integer({ min: FIRST, max: LAST }), weight: 3 }, { arbitrary: fc.constantFrom(...TIE_DAYS), weight: 1 });
/** For assessments and reminders: same-day ties half the time. */
const tiedDay = fc.oneof(fc.integer({ min: FIRST, max: LAST }), fc.constantFrom(...TIE_DAYS));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const triggerSpec = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant("date" as const) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant("own" as const), pick: fc.nat(), offsetDays: fc.integer({ min: 0, max: 90 }) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("other" as const), pick: fc.nat(), offsetDays: fc.integer({ min: 0, max: 90 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("missing" as const), offsetDays: fc.integer({ min: 0, max: 90 }) }), weight: 1 },
);

const installmentSpec = fc.record({
  due: day,
  amount: fc.integer({ min: 1, max: 50_000 }),
  trigger: triggerSpec,
  owner: maybe(fc.nat()),
  paid: fc.constantFrom("unpaid", "part", "exact", "over"),
  /** Drives the partial amount and the overpayment. */
  extra: fc.integer({ min: 1, max: 60_000 }),
  /** Paid by two receipts a week apart instead of one. */
  split: fc.boolean(),
  paidOn: day,
});

const reminderSpec = fc.record({
  on: tiedDay,
  channel: fc.constantFrom(...CHANNELS),
  promiseIn: maybe(fc.integer({ min: 0, max: 60 })),
  promiseAmount: maybe(fc.integer({ min: 1, max: 60_000 })),
  nextIn: maybe(fc.integer({ min: 0, max: 30 })),
});

const contractSpec = fc.record({
  customer: fc.nat(),
  status: fc.oneof(...STATUSES.map((status) => ({ arbitrary: fc.constant(status), weight: status === "active" || status === "disputed" ? 3 : 1 }))),
  owner: fc.nat(),
  title: fc.constantFrom("Fit-out", "Pumps", "Software", "Steel"),
  plans: fc.array(fc.array(installmentSpec, { maxLength: 4 }), { minLength: 1, maxLength: 2 }),
  /** Which plan version is active (modulo their number), or none. */
  active: fc.oneof({ arbitrary: fc.nat(), weight: 5 }, { arbitrary: fc.constant(-1), weight: 1 }),
  milestones: fc.array(fc.record({ planned: day, actual: maybe(day), percent: fc.integer({ min: 0, max: 100 }) }), { maxLength: 3 }),
  onAccount: fc.array(fc.record({ on: day, amount: fc.integer({ min: 1, max: 60_000 }) }), { maxLength: 2 }),
  reminders: fc.array(reminderSpec, { maxLength: 3 }),
});

const ledgerSpec = fc.record({
  owners: fc.integer({ min: 2, max: 3 }),
  customers: fc.array(fc.record({ contact: maybe(fc.constantFrom("Ms Wu", "Mr Zhang")), limit: maybe(fc.integer({ min: 0, max: 1_000_000 })) }), { minLength: 1, maxLength: 4 }),
  contracts: fc.array(contractSpec, { minLength: 1, maxLength: 6 }),
  assessments: fc.array(fc.record({ customer: fc.nat(), on: tiedDay, score: fc.integer({ min: 0, max: 100 }) }), { maxLength: 8 }),
  invoices: fc.array(fc.nat(), { maxLength: 3 }),
  targets: fc.array(fc.record({ owner: fc.nat(), target: fc.integer({ min: 1, max: 1_000_000 }) }), { maxLength: 2 }),
  /** Tables come in random order: nothing may rely on id order. */
  shuffleSeed: fc.integer(),
});
type LedgerSpec = typeof ledgerSpec extends fc.Arbitrary<infer T> ? T : never;

function buildLedger(spec: LedgerSpec): LedgerSnapshot {
  const owners = OWNERS.slice(0, spec.owners);
  const counter = () => {
    let n = 0;
    return () => ++n;
  };
  const [milestoneId, planId, installmentId, receiptId, allocationId, reminderId] = [counter(), counter(), counter(), counter(), counter(), counter()];
  const customers: Customer[] = spec.customers.map((c, i) => ({
    id: i + 1, code: `C-${i + 1}`, name: `Customer ${i + 1}`, contact: c.contact, creditLimitMinor: c.limit, ...v,
  }));
  const contracts: Contract[] = spec.contracts.map((c, i) => ({
    id: i + 1, code: `HT-${i + 1}`, customerId: customers[c.customer % customers.length].id!, title: c.title, amountMinor: 0,
    currency: "CNY", signDate: "2025-01-01", terms: "", owner: owners[c.owner % owners.length], status: c.status, penalty: { kind: "none" }, ...v,
  }));
  // Every milestone first, so an installment can be triggered by another contract's milestone.
  const milestones: Milestone[] = [];
  const ownMilestones = spec.contracts.map((c, i) =>
    c.milestones.map((m, k) => {
      const row: Milestone = {
        id: milestoneId(), contractId: contracts[i].id!, name: `M${k + 1}`, plannedDate: isoFromSerial(m.planned),
        actualDate: m.actual === undefined ? undefined : isoFromSerial(m.actual), percentComplete: m.percent, ...v,
      };
      milestones.push(row);
      return row;
    }),
  );
  const plans: PaymentPlan[] = [];
  const installments: Installment[] = [];
  const receipts: Receipt[] = [];
  const allocations: Allocation[] = [];
  const reminders: Reminder[] = [];
  const receive = (contractId: number, on: Day, amountMinor: number, inst?: Installment) => {
    const receipt: Receipt = { id: receiptId(), contractId, date: isoFromSerial(on), amountMinor, method: "transfer", ...v };
    receipts.push(receipt);
    if (inst) allocations.push({ id: allocationId(), receiptId: receipt.id!, installmentId: inst.id!, contractId, amountMinor });
  };
  spec.contracts.forEach((c, i) => {
    const contract = contracts[i];
    const own = ownMilestones[i];
    c.plans.forEach((rows, k) => {
      const plan: PaymentPlan = {
        id: planId(), contractId: contract.id!, version: k + 1, active: c.active >= 0 && k === c.active % c.plans.length ? 1 : 0, createdAt: "", ...v,
      };
      plans.push(plan);
      rows.forEach((r, seq) => {
        let trigger: InstallmentTrigger = { kind: "date" };
        if (r.trigger.kind === "own" || r.trigger.kind === "other") {
          const pool = r.trigger.kind === "own" && own.length > 0 ? own : milestones;
          const target = pool.length > 0 ? pool[r.trigger.pick % pool.length].id! : MISSING_MILESTONE;
          trigger = { kind: "milestone", milestoneId: target, offsetDays: r.trigger.offsetDays };
        } else if (r.trigger.kind === "missing") {
          trigger = { kind: "milestone", milestoneId: MISSING_MILESTONE, offsetDays: r.trigger.offsetDays };
        }
        const inst: Installment = {
          id: installmentId(), planId: plan.id!, contractId: contract.id!, seq: seq + 1, dueDate: isoFromSerial(r.due), amountMinor: r.amount, trigger,
          owner: r.owner === undefined ? undefined : owners[r.owner % owners.length], ...v,
        };
        installments.push(inst);
        const paid =
          r.paid === "exact" ? r.amount
          : r.paid === "over" ? r.amount + r.extra
          : r.paid === "part" && r.amount > 1 ? 1 + (r.extra % (r.amount - 1))
          : 0;
        if (paid === 0) return;
        if (r.split && paid > 1) {
          const first = Math.floor(paid / 2);
          receive(contract.id!, r.paidOn, first, inst);
          receive(contract.id!, r.paidOn + 7, paid - first, inst);
        } else {
          receive(contract.id!, r.paidOn, paid, inst);
        }
      });
    });
    for (const r of c.onAccount) receive(contract.id!, r.on, r.amount);
    for (const r of c.reminders) {
      reminders.push({
        id: reminderId(), contractId: contract.id!, date: isoFromSerial(r.on), channel: r.channel, contact: "AP desk", outcome: "called",
        promiseDate: r.promiseIn === undefined ? undefined : isoFromSerial(r.on + r.promiseIn), promiseAmountMinor: r.promiseAmount,
        nextActionDate: r.nextIn === undefined ? undefined : isoFromSerial(r.on + r.nextIn), owner: contract.owner, ...v,
      });
    }
  });
  const assessments: CreditAssessment[] = spec.assessments.map((a, i) => ({
    id: i + 1, customerId: customers[a.customer % customers.length].id!, date: isoFromSerial(a.on), assessor: "Chen", inputs: {},
    score: a.score, grade: "C", limitMinor: 0, prepaymentShare: 0, cycleDays: 30, ...v,
  }));
  const invoices: Invoice[] = installments.length === 0 ? [] : spec.invoices.map((pick, i) => {
    const inst = installments[pick % installments.length];
    return { id: i + 1, number: `INV-${i + 1}`, contractId: inst.contractId, installmentId: inst.id, date: inst.dueDate, amountMinor: inst.amountMinor, taxMinor: 0, ...v };
  });
  const targets: CollectionTarget[] = spec.targets.map((t, i) => ({ id: i + 1, owner: owners[t.owner % owners.length], period: "2026-03", targetMinor: t.target, ...v }));
  const mix = <T>(rows: readonly T[], salt: number) => shuffled(rows, spec.shuffleSeed + salt);
  return {
    customers: mix(customers, 1), contracts: mix(contracts, 2), milestones: mix(milestones, 3), plans: mix(plans, 4),
    installments: mix(installments, 5), invoices: mix(invoices, 6), receipts: mix(receipts, 7), allocations: mix(allocations, 8),
    assessments: mix(assessments, 9), reminders: mix(reminders, 10), targets: mix(targets, 11),
  };
}

const ledger = ledgerSpec.map(buildLedger);
/** Days from two months before the first due date to two months after the last. */
const asOfDay = fc.integer({ min: FIRST - 60, max: LAST + 60 });
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
  .map((qs): [Day, TodayOptions][] => [...qs, [LAST + 60, { horizonDays: 800 }]]);
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
