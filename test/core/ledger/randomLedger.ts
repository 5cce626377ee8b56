import fc from "fast-check";
import { type Day, isoFromSerial, serialFromIso } from "../../../src/core/dates";
import type { LedgerSnapshot } from "../../../src/core/ledger/snapshot";
import type {
  Allocation, Channel, CollectionTarget, Contract, ContractStatus, CreditAssessment, Customer, Installment, InstallmentTrigger,
  Invoice, Milestone, PaymentPlan, Receipt, Reminder,
} from "../../../src/core/store/types";
import { shuffled } from "./shuffled";

/**
 * Random but well-formed ledgers for the property tests of whole-ledger queries: two years of due
 * dates, plan versions (or none active), milestone triggers (own milestone, another contract's, a
 * missing one; reached or not), unpaid/part/exact/over-payments split over receipts (an overpayment's excess left on account), receipts on
 * account, invoices (on an installment or free), promises to pay, assessments and reminders tied
 * on date, customers shared by contracts, tables in random order (nothing may rely on id order).
 */

const v = { rev: 1, updatedAt: "2026-01-01T00:00:00Z" };
export const FIRST_DAY = serialFromIso("2025-01-01")!;
export const LAST_DAY = serialFromIso("2026-12-31")!;
export const OWNERS = ["Li", "Wang", "Zhao"];
const STATUSES: readonly ContractStatus[] = ["draft", "active", "closed", "disputed"];
const CHANNELS: readonly Channel[] = ["phone", "email", "letter", "visit", "legal"];
/** A few shared days, so assessments, reminders and receipts often fall on the same date. */
const TIE_DAYS = ["2025-06-30", "2026-01-15", "2026-03-10"].map((d) => serialFromIso(d)!);
/** Milestone ids start at 1 and stay far below this: a trigger on it points at no milestone. */
const MISSING_MILESTONE = 9_999;

const day = fc.oneof({ arbitrary: fc.integer({ min: FIRST_DAY, max: LAST_DAY }), weight: 3 }, { arbitrary: fc.constantFrom(...TIE_DAYS), weight: 1 });
/** For assessments and reminders: same-day ties half the time. */
const tiedDay = fc.oneof(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), fc.constantFrom(...TIE_DAYS));
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

const contractSpec = (currencies: readonly string[]) => fc.record({
  currency: fc.constantFrom(...currencies),
  customer: fc.nat(),
  status: fc.oneof(...STATUSES.map((status) => ({ arbitrary: fc.constant(status), weight: status === "active" || status === "disputed" ? 3 : 1 }))),
  owner: fc.nat(),
  title: fc.constantFrom("Fit-out", "Pumps", "Software", "Steel"),
  plans: fc.array(fc.array(installmentSpec, { maxLength: 4 }), { minLength: 1, maxLength: 3 }),
  /** Which plan version is active (modulo their number), or none. */
  active: fc.oneof({ arbitrary: fc.nat(), weight: 5 }, { arbitrary: fc.constant(-1), weight: 1 }),
  milestones: fc.array(fc.record({ planned: day, actual: maybe(day), percent: fc.integer({ min: 0, max: 100 }) }), { maxLength: 3 }),
  onAccount: fc.array(fc.record({ on: day, amount: fc.integer({ min: 1, max: 60_000 }) }), { maxLength: 2 }),
  /** Invoices not tied to an installment. */
  invoices: fc.array(fc.record({ on: day, amount: fc.integer({ min: 1, max: 60_000 }) }), { maxLength: 2 }),
  reminders: fc.array(reminderSpec, { maxLength: 3 }),
});

const ledgerSpec = (currencies: readonly string[]) => fc.record({
  owners: fc.integer({ min: 2, max: 3 }),
  customers: fc.array(
    fc.record({
      contact: maybe(fc.constantFrom("Ms Wu", "Mr Zhang")),
      limit: maybe(fc.integer({ min: 0, max: 1_000_000 })),
      /** The customer's credit currency, only when the ledger has several. */
      currency: currencies.length > 1 ? maybe(fc.constantFrom(...currencies)) : fc.constant(undefined),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  contracts: fc.array(contractSpec(currencies), { minLength: 1, maxLength: 7 }),
  assessments: fc.array(fc.record({ customer: fc.nat(), on: tiedDay, score: fc.integer({ min: 0, max: 100 }), grade: fc.constantFrom("A", "B", "C", "D") }), { maxLength: 8 }),
  /** Invoices on an installment, picked by position. */
  installmentInvoices: fc.array(fc.nat(), { maxLength: 3 }),
  targets: fc.array(fc.record({ owner: fc.nat(), target: fc.integer({ min: 1, max: 1_000_000 }) }), { maxLength: 2 }),
  shuffleSeed: fc.integer(),
});
type LedgerSpec = ReturnType<typeof ledgerSpec> extends fc.Arbitrary<infer T> ? T : never;

function buildLedger(spec: LedgerSpec): LedgerSnapshot {
  const owners = OWNERS.slice(0, spec.owners);
  const counter = () => {
    let n = 0;
    return () => ++n;
  };
  const [milestoneId, planId, installmentId, receiptId, allocationId, reminderId, invoiceId] = [counter(), counter(), counter(), counter(), counter(), counter(), counter()];
  const customers: Customer[] = spec.customers.map((c, i) => ({
    id: i + 1, code: `C-${i + 1}`, name: `Customer ${i + 1}`, contact: c.contact, creditLimitMinor: c.limit, currency: c.currency, ...v,
  }));
  const contracts: Contract[] = spec.contracts.map((c, i) => ({
    id: i + 1, code: `HT-${i + 1}`, customerId: customers[c.customer % customers.length].id!, title: c.title, amountMinor: 100_000 * (i + 1),
    currency: c.currency, signDate: "2025-01-01", terms: "", owner: owners[c.owner % owners.length], status: c.status, penalty: { kind: "none" }, ...v,
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
  const invoices: Invoice[] = [];
  const allocatedTo = new Map<number, number>();
  /** A receipt, applied to `inst` up to what is still open on it (as the store does); the rest stays on account. */
  const receive = (contractId: number, on: Day, amountMinor: number, inst?: Installment) => {
    const receipt: Receipt = { id: receiptId(), contractId, date: isoFromSerial(on), amountMinor, method: "transfer", ...v };
    receipts.push(receipt);
    if (!inst) return;
    const applied = Math.min(amountMinor, inst.amountMinor - (allocatedTo.get(inst.id!) ?? 0));
    if (applied <= 0) return;
    allocatedTo.set(inst.id!, (allocatedTo.get(inst.id!) ?? 0) + applied);
    allocations.push({ id: allocationId(), receiptId: receipt.id!, installmentId: inst.id!, contractId, amountMinor: applied });
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
    for (const inv of c.invoices) {
      const id = invoiceId();
      invoices.push({ id, number: `INV-${id}`, contractId: contract.id!, date: isoFromSerial(inv.on), amountMinor: inv.amount, taxMinor: 0, ...v });
    }
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
    score: a.score, grade: a.grade, limitMinor: 0, prepaymentShare: 0, cycleDays: 30, ...v,
  }));
  if (installments.length > 0) {
    for (const pick of spec.installmentInvoices) {
      const inst = installments[pick % installments.length];
      const id = invoiceId();
      invoices.push({ id, number: `INV-${id}`, contractId: inst.contractId, installmentId: inst.id, date: inst.dueDate, amountMinor: inst.amountMinor, taxMinor: 0, ...v });
    }
  }
  const targets: CollectionTarget[] = spec.targets.map((t, i) => ({ id: i + 1, owner: owners[t.owner % owners.length], period: "2026-03", targetMinor: t.target, ...v }));
  const mix = <T>(rows: readonly T[], salt: number) => shuffled(rows, spec.shuffleSeed + salt);
  return {
    customers: mix(customers, 1), contracts: mix(contracts, 2), milestones: mix(milestones, 3), plans: mix(plans, 4),
    installments: mix(installments, 5), invoices: mix(invoices, 6), receipts: mix(receipts, 7), allocations: mix(allocations, 8),
    assessments: mix(assessments, 9), reminders: mix(reminders, 10), targets: mix(targets, 11),
  };
}

/** A random well-formed ledger (see above), its contracts in the given currencies (CNY alone by default). */
export function randomLedger(currencies: readonly string[] = ["CNY"]): fc.Arbitrary<LedgerSnapshot> {
  return ledgerSpec(currencies).map(buildLedger);
}
