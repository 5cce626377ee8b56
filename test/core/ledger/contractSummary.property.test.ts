import { shuffled } from "./shuffled";
import fc from "fast-check";
import { isoFromSerial, serialFromIso } from "../../../src/core/dates";
import { contractLedger, contractSummaries, contractSummary } from "../../../src/core/ledger/contractSummary";
import { indexLedger } from "../../../src/core/ledger/ledgerIndex";
import { installmentState } from "../../../src/core/ledger/installmentState";
import type { LedgerSnapshot } from "../../../src/core/ledger/snapshot";
import type {
  Allocation, Contract, ContractStatus, CreditAssessment, Customer, Installment, InstallmentTrigger, Invoice, Milestone, PaymentPlan, Receipt,
} from "../../../src/core/store/types";

/**
 * contractSummary computes one contract's summary from that contract's part of the ledger
 * (contractLedger) instead of summarising every contract. Its contract: for every contract and
 * every day it is the contract's entry of contractSummaries over the whole ledger, and the part it
 * reads gives every per-contract lookup (installment states, customer, latest assessment) the same
 * answer as the whole ledger. Checked on random well-formed ledgers: plan versions (or none
 * active), milestone triggers (own milestone, another contract's, a missing one; reached or not),
 * unpaid/part/exact/over-payments split over receipts, receipts on account, invoices, assessments
 * tied on date, customers shared by contracts, tables in random order.
 */

const v = { rev: 1, updatedAt: "2026-01-01T00:00:00Z" };
const FIRST = serialFromIso("2025-07-01")!;
const LAST = serialFromIso("2026-12-31")!;
const STATUSES: readonly ContractStatus[] = ["draft", "active", "closed", "disputed"];
/** Milestone ids stay far below this: a trigger on it points at no milestone. */
const MISSING_MILESTONE = 9_999;
const TIE_DAY = serialFromIso("2026-03-10")!;

const day = fc.integer({ min: FIRST, max: LAST });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const rowSpec = fc.record({
  due: day,
  amount: fc.integer({ min: 1, max: 50_000 }),
  trigger: fc.constantFrom("date", "date", "own", "other", "missing"),
  pick: fc.nat(),
  paid: fc.constantFrom("unpaid", "part", "exact", "over"),
  extra: fc.integer({ min: 1, max: 60_000 }),
  split: fc.boolean(),
  paidOn: day,
});

const contractSpec = fc.record({
  customer: fc.nat(),
  status: fc.constantFrom(...STATUSES),
  plans: fc.array(fc.array(rowSpec, { maxLength: 4 }), { minLength: 1, maxLength: 3 }),
  /** Which plan version is active (modulo their number), or none. */
  active: fc.oneof({ arbitrary: fc.nat(), weight: 5 }, { arbitrary: fc.constant(-1), weight: 1 }),
  milestones: fc.array(fc.record({ planned: day, reached: maybe(day) }), { maxLength: 2 }),
  onAccount: fc.array(fc.record({ on: day, amount: fc.integer({ min: 1, max: 60_000 }) }), { maxLength: 2 }),
  invoices: fc.array(fc.record({ on: day, amount: fc.integer({ min: 1, max: 60_000 }) }), { maxLength: 2 }),
});

const ledgerSpec = fc.record({
  customers: fc.integer({ min: 1, max: 3 }),
  contracts: fc.array(contractSpec, { minLength: 1, maxLength: 6 }),
  assessments: fc.array(fc.record({ customer: fc.nat(), on: fc.oneof(day, fc.constant(TIE_DAY)), grade: fc.constantFrom("A", "B", "C", "D") }), { maxLength: 6 }),
  shuffleSeed: fc.integer(),
});
type LedgerSpec = typeof ledgerSpec extends fc.Arbitrary<infer T> ? T : never;

function buildLedger(spec: LedgerSpec): LedgerSnapshot {
  let next = 0;
  const id = () => ++next;
  const customers: Customer[] = Array.from({ length: spec.customers }, (_, i) => ({ id: i + 1, code: `C-${i + 1}`, name: `Customer ${i + 1}`, ...v }));
  const contracts: Contract[] = spec.contracts.map((c, i) => ({
    id: i + 1, code: `HT-${i + 1}`, customerId: (c.customer % spec.customers) + 1, title: "", amountMinor: 100_000 * (i + 1), currency: "CNY",
    signDate: "2025-07-01", terms: "", owner: "Li", status: c.status, penalty: { kind: "none" }, ...v,
  }));
  // Every milestone first, so an installment can wait for another contract's.
  const milestones: Milestone[] = [];
  const own = spec.contracts.map((c, i) =>
    c.milestones.map((m, k) => {
      const row: Milestone = {
        id: id(), contractId: i + 1, name: `M${k + 1}`, plannedDate: isoFromSerial(m.planned),
        actualDate: m.reached === undefined ? undefined : isoFromSerial(m.reached), percentComplete: 50, ...v,
      };
      milestones.push(row);
      return row;
    }),
  );
  const plans: PaymentPlan[] = [];
  const installments: Installment[] = [];
  const receipts: Receipt[] = [];
  const allocations: Allocation[] = [];
  const invoices: Invoice[] = [];
  const receive = (contractId: number, on: number, amountMinor: number, inst?: Installment) => {
    const receipt: Receipt = { id: id(), contractId, date: isoFromSerial(on), amountMinor, method: "transfer", ...v };
    receipts.push(receipt);
    if (inst) allocations.push({ id: id(), receiptId: receipt.id!, installmentId: inst.id!, contractId, amountMinor });
  };
  spec.contracts.forEach((c, i) => {
    const contractId = i + 1;
    c.plans.forEach((rows, k) => {
      const plan: PaymentPlan = { id: id(), contractId, version: k + 1, active: c.active >= 0 && k === c.active % c.plans.length ? 1 : 0, createdAt: "", ...v };
      plans.push(plan);
      rows.forEach((r, seq) => {
        let trigger: InstallmentTrigger = { kind: "date" };
        const pool = r.trigger === "own" ? own[i] : r.trigger === "other" ? milestones : [];
        if (r.trigger === "missing" || (pool.length === 0 && r.trigger !== "date")) trigger = { kind: "milestone", milestoneId: MISSING_MILESTONE, offsetDays: 30 };
        else if (pool.length > 0) trigger = { kind: "milestone", milestoneId: pool[r.pick % pool.length].id!, offsetDays: 30 };
        const inst: Installment = { id: id(), planId: plan.id!, contractId, seq: seq + 1, dueDate: isoFromSerial(r.due), amountMinor: r.amount, trigger, ...v };
        installments.push(inst);
        const paid = r.paid === "exact" ? r.amount : r.paid === "over" ? r.amount + r.extra : r.paid === "part" && r.amount > 1 ? 1 + (r.extra % (r.amount - 1)) : 0;
        if (paid === 0) return;
        if (r.split && paid > 1) {
          receive(contractId, r.paidOn, Math.floor(paid / 2), inst);
          receive(contractId, r.paidOn + 7, paid - Math.floor(paid / 2), inst);
        } else receive(contractId, r.paidOn, paid, inst);
      });
    });
    for (const r of c.onAccount) receive(contractId, r.on, r.amount);
    for (const inv of c.invoices) {
      invoices.push({ id: id(), number: `INV-${next}`, contractId, date: isoFromSerial(inv.on), amountMinor: inv.amount, taxMinor: 0, ...v });
    }
  });
  const assessments: CreditAssessment[] = spec.assessments.map((a) => ({
    id: id(), customerId: (a.customer % spec.customers) + 1, date: isoFromSerial(a.on), assessor: "Chen", inputs: {},
    score: 50, grade: a.grade, limitMinor: 0, prepaymentShare: 0, cycleDays: 30, ...v,
  }));
  const mix = <T>(rows: readonly T[], salt: number) => shuffled(rows, spec.shuffleSeed + salt);
  return {
    customers: mix(customers, 1), contracts: mix(contracts, 2), milestones: mix(milestones, 3), plans: mix(plans, 4),
    installments: mix(installments, 5), invoices: mix(invoices, 6), receipts: mix(receipts, 7), allocations: mix(allocations, 8),
    assessments: mix(assessments, 9), reminders: [], targets: [],
  };
}

const ledger = ledgerSpec.map(buildLedger);
/** From a month before the first due date to a month after the last. */
const asOfDay = fc.integer({ min: FIRST - 30, max: LAST + 30 });
const RUNS = { numRuns: 200 };

describe("contractSummary: one contract's summary, computed for it alone (property)", () => {
  it("is that contract's entry of contractSummaries over the whole ledger, for every contract and any day", () => {
    fc.assert(
      fc.property(ledger, asOfDay, (s, asOf) => {
        const all = contractSummaries(s, asOf);
        for (const c of s.contracts) expect(contractSummary(s, c.id!, asOf)).toStrictEqual(all.get(c.id!));
      }),
      RUNS,
    );
  });

  it("gives nothing for an id no contract has", () => {
    fc.assert(
      fc.property(ledger, asOfDay, (s, asOf) => {
        expect(contractSummary(s, s.contracts.length + 1, asOf)).toBeUndefined();
      }),
      { numRuns: 20 },
    );
  });

  it("reads a part of the ledger in which every installment of the contract stands as in the whole, with the same contract, customer and latest assessment", () => {
    fc.assert(
      fc.property(ledger, asOfDay, (s, asOf) => {
        const whole = indexLedger(s);
        for (const c of s.contracts) {
          const part = contractLedger(s, c.id!);
          const index = indexLedger(part);
          const own = s.installments.filter((i) => i.contractId === c.id);
          expect(part.installments).toEqual(own);
          for (const inst of own) {
            expect(index.activePlanIds.has(inst.planId)).toBe(whole.activePlanIds.has(inst.planId));
            expect(installmentState(inst, index, asOf)).toStrictEqual(installmentState(inst, whole, asOf));
          }
          expect(index.contractById.get(c.id!)).toBe(whole.contractById.get(c.id!));
          expect(index.customerById.get(c.customerId)).toBe(whole.customerById.get(c.customerId));
          expect(index.latestAssessment.get(c.customerId)).toBe(whole.latestAssessment.get(c.customerId));
          // Nothing of another contract's own records.
          expect(part.contracts.map((x) => x.id)).toEqual([c.id]);
          for (const row of [...part.invoices, ...part.receipts, ...part.installments]) expect(row.contractId).toBe(c.id);
        }
      }),
      RUNS,
    );
  });
});
