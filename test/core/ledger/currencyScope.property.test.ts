import fc from "fast-check";
import { isoFromSerial, serialFromIso } from "../../../src/core/dates";
import { cashForecast, planVsActualByMonth } from "../../../src/core/ledger/cashflow";
import { creditInputsFromLedger } from "../../../src/core/ledger/creditInputs";
import { ledgerCurrencies } from "../../../src/core/ledger/currencyScope";
import { creditPositions } from "../../../src/core/ledger/customerCredit";
import { agingTotals, targetsVsCollected, topOverdueCustomers } from "../../../src/core/ledger/dashboard";
import { indexLedger } from "../../../src/core/ledger/ledgerIndex";
import { installmentState } from "../../../src/core/ledger/installmentState";
import { metricInputsByMonth } from "../../../src/core/ledger/metricInputs";
import { type LedgerSnapshot, snapshotOf } from "../../../src/core/ledger/snapshot";
import type {
  Allocation, CollectionTarget, Contract, ContractStatus, Customer, Installment, Invoice, Milestone, PaymentPlan, Receipt,
} from "../../../src/core/store/types";

/**
 * Properties of the per-currency figures, on random well-formed ledgers whose contracts are in
 * CNY, USD or JPY (plan versions, milestone triggers reached or not, part/over-payments, invoices,
 * targets; customers with or without a currency and a limit):
 * 1. nothing of another currency: every figure for currency C is the same as on the ledger with
 *    every other currency's contracts (and their rows) removed;
 * 2. nothing lost, nothing changed for one currency: the figures of each currency, added over
 *    the currencies, equal the figures of the same ledger with every contract in one currency —
 *    and those equal a plain sum over the ledger written here without any currency at all.
 */

const v = { rev: 1, updatedAt: "2026-01-01T00:00:00Z" };
const CURRENCIES = ["CNY", "USD", "JPY"] as const;
const FIRST = serialFromIso("2025-07-01")!;
const LAST = serialFromIso("2026-12-31")!;
const OWNERS = ["Li", "Wang", "Zhao"];
const STATUSES: readonly ContractStatus[] = ["draft", "active", "closed", "disputed"];
const MONTHS = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"];
const BIG = 1_000;

const day = fc.integer({ min: FIRST, max: LAST });
const rowSpec = fc.record({
  due: day,
  amount: fc.integer({ min: 1, max: 50_000 }),
  milestone: fc.option(fc.nat(), { nil: undefined }),
  paid: fc.constantFrom("none", "part", "exact", "over"),
  extra: fc.integer({ min: 1, max: 60_000 }),
  paidOn: day,
  invoiced: fc.boolean(),
});
const contractSpec = fc.record({
  currency: fc.constantFrom(...CURRENCIES),
  customer: fc.nat(),
  owner: fc.nat(),
  status: fc.constantFrom(...STATUSES),
  plans: fc.array(fc.array(rowSpec, { maxLength: 4 }), { minLength: 1, maxLength: 2 }),
  active: fc.oneof({ arbitrary: fc.nat(), weight: 5 }, { arbitrary: fc.constant(-1), weight: 1 }),
  milestones: fc.array(fc.option(day, { nil: undefined }), { maxLength: 2 }),
  onAccount: fc.array(fc.record({ on: day, amount: fc.integer({ min: 1, max: 30_000 }) }), { maxLength: 2 }),
});
const ledgerSpec = fc.record({
  customers: fc.array(
    fc.record({ currency: fc.option(fc.constantFrom(...CURRENCIES), { nil: undefined }), limit: fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: undefined }) }),
    { minLength: 1, maxLength: 4 },
  ),
  contracts: fc.array(contractSpec, { minLength: 1, maxLength: 7 }),
  targets: fc.array(fc.record({ owner: fc.nat(), target: fc.integer({ min: 1, max: 500_000 }) }), { maxLength: 3 }),
  asOf: fc.integer({ min: serialFromIso("2026-01-01")!, max: serialFromIso("2026-06-30")! }),
});
type Spec = typeof ledgerSpec extends fc.Arbitrary<infer T> ? T : never;

function buildLedger(spec: Spec): LedgerSnapshot {
  let ids = 0;
  const next = () => ++ids;
  const customers: Customer[] = spec.customers.map((c, i) => ({ id: i + 1, code: `C-${i + 1}`, name: `Customer ${i + 1}`, currency: c.currency, creditLimitMinor: c.limit, ...v }));
  const contracts: Contract[] = [];
  const milestones: Milestone[] = [];
  const plans: PaymentPlan[] = [];
  const installments: Installment[] = [];
  const receipts: Receipt[] = [];
  const allocations: Allocation[] = [];
  const invoices: Invoice[] = [];
  spec.contracts.forEach((c, i) => {
    const contract: Contract = {
      id: i + 1, code: `HT-${i + 1}`, customerId: customers[c.customer % customers.length].id!, title: "", amountMinor: 1, currency: c.currency,
      signDate: isoFromSerial(FIRST + i), terms: "", owner: OWNERS[c.owner % OWNERS.length], status: c.status, penalty: { kind: "none" }, ...v,
    };
    contracts.push(contract);
    const own = c.milestones.map((reached, k): Milestone => {
      const m: Milestone = { id: next(), contractId: contract.id!, name: `M${k}`, plannedDate: isoFromSerial(FIRST), actualDate: reached === undefined ? undefined : isoFromSerial(reached), percentComplete: 50, ...v };
      milestones.push(m);
      return m;
    });
    c.plans.forEach((rows, k) => {
      const plan: PaymentPlan = { id: next(), contractId: contract.id!, version: k + 1, active: c.active >= 0 && k === c.active % c.plans.length ? 1 : 0, createdAt: "", ...v };
      plans.push(plan);
      rows.forEach((r, seq) => {
        const inst: Installment = {
          id: next(), planId: plan.id!, contractId: contract.id!, seq: seq + 1, dueDate: isoFromSerial(r.due), amountMinor: r.amount,
          trigger: r.milestone !== undefined && own.length > 0 ? { kind: "milestone", milestoneId: own[r.milestone % own.length].id!, offsetDays: 0 } : { kind: "date" }, ...v,
        };
        installments.push(inst);
        if (r.invoiced) invoices.push({ id: next(), number: `INV-${ids}`, contractId: contract.id!, installmentId: inst.id, date: inst.dueDate, amountMinor: r.amount, taxMinor: 0, ...v });
        const paid = r.paid === "exact" ? r.amount : r.paid === "over" ? r.amount + r.extra : r.paid === "part" && r.amount > 1 ? 1 + (r.extra % (r.amount - 1)) : 0;
        if (paid === 0) return;
        const receipt: Receipt = { id: next(), contractId: contract.id!, date: isoFromSerial(r.paidOn), amountMinor: paid, method: "transfer", ...v };
        receipts.push(receipt);
        allocations.push({ id: next(), receiptId: receipt.id!, installmentId: inst.id!, contractId: contract.id!, amountMinor: Math.min(paid, r.amount) });
      });
    });
    for (const r of c.onAccount) receipts.push({ id: next(), contractId: contract.id!, date: isoFromSerial(r.on), amountMinor: r.amount, method: "cash", ...v });
  });
  const targets: CollectionTarget[] = spec.targets.map((t, i) => ({ id: i + 1, owner: OWNERS[t.owner % OWNERS.length], period: "2026-03", targetMinor: t.target, ...v }));
  return snapshotOf({ customers, contracts, milestones, plans, installments, receipts, allocations, invoices, targets });
}

/** The ledger with only the contracts in `currency` and their rows (customers, milestones, plans and targets kept). */
function only(s: LedgerSnapshot, currency: string): LedgerSnapshot {
  const keep = new Set(s.contracts.filter((c) => c.currency === currency).map((c) => c.id!));
  const mine = (r: { contractId: number }) => keep.has(r.contractId);
  return {
    ...s, contracts: s.contracts.filter((c) => keep.has(c.id!)), installments: s.installments.filter(mine), receipts: s.receipts.filter(mine),
    allocations: s.allocations.filter(mine), invoices: s.invoices.filter(mine),
  };
}

/** The same ledger with every contract (and customer currency) in one currency. */
function allIn(s: LedgerSnapshot, currency: string): LedgerSnapshot {
  return { ...s, contracts: s.contracts.map((c) => ({ ...c, currency })), customers: s.customers.map((c) => ({ ...c, currency: undefined })) };
}

/** Every figure the Dashboard shows for one currency (targets read in that same currency). */
function dashboardFigures(s: LedgerSnapshot, asOf: number, currency: string) {
  return {
    aging: agingTotals(s, asOf, currency).totals,
    top: topOverdueCustomers(s, asOf, currency, BIG),
    targets: targetsVsCollected(s, "2026-03", currency, currency),
    months: planVsActualByMonth(s, MONTHS[0], MONTHS[MONTHS.length - 1], currency),
    forecast: cashForecast(s, asOf, currency),
    metrics: metricInputsByMonth(s, MONTHS, currency),
  };
}

const addArrays = (a: readonly number[], b: readonly number[]) => a.map((x, i) => x + b[i]);
const present = (s: LedgerSnapshot) => [...new Set(s.contracts.map((c) => c.currency))];

describe("per-currency figures (random ledgers in CNY, USD and JPY)", () => {
  it("no figure for a currency includes a contract of another currency", () => {
    fc.assert(
      fc.property(ledgerSpec, (spec) => {
        const s = buildLedger(spec);
        for (const currency of CURRENCIES) {
          const alone = only(s, currency);
          expect(dashboardFigures(s, spec.asOf, currency)).toEqual(dashboardFigures(alone, spec.asOf, currency));
          const mixed = creditPositions(s, spec.asOf, "CNY");
          const clean = creditPositions(alone, spec.asOf, "CNY");
          for (const c of s.customers) {
            // The currency's line of each customer, and the customer's headline figures when it is its credit currency.
            expect(mixed.get(c.id!)!.byCurrency.find((e) => e.currency === currency)).toEqual(clean.get(c.id!)!.byCurrency.find((e) => e.currency === currency));
            if (mixed.get(c.id!)!.currency === currency) {
              const { byCurrency: _a, overdueAlert: _b, ...headline } = mixed.get(c.id!)!;
              const { byCurrency: _c, overdueAlert: _d, ...cleanHeadline } = clean.get(c.id!)!;
              expect(headline).toEqual(cleanHeadline);
              const { relationshipYears: _e, ...inputs } = creditInputsFromLedger(s, c.id!, spec.asOf, "CNY");
              const { relationshipYears: _f, ...cleanInputs } = creditInputsFromLedger(alone, c.id!, spec.asOf, "CNY");
              expect(inputs).toEqual(cleanInputs);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("the figures of each currency, added over the currencies, are those of the same ledger in one currency", () => {
    fc.assert(
      fc.property(ledgerSpec, (spec) => {
        const s = buildLedger(spec);
        const one = allIn(s, "CNY");
        const whole = dashboardFigures(one, spec.asOf, "CNY");
        const parts = CURRENCIES.map((c) => dashboardFigures(s, spec.asOf, c));
        expect(parts.map((p) => p.aging).reduce(addArrays)).toEqual(whole.aging);
        expect(parts.map((p) => p.forecast.expected).reduce(addArrays)).toEqual(whole.forecast.expected);
        expect(parts.reduce((t, p) => t + p.forecast.pastDue, 0)).toBe(whole.forecast.pastDue);
        expect(parts.map((p) => p.months.map((m) => m.planned)).reduce(addArrays)).toEqual(whole.months.map((m) => m.planned));
        expect(parts.map((p) => p.months.map((m) => m.collected)).reduce(addArrays)).toEqual(whole.months.map((m) => m.collected));
        for (const k of ["creditSales", "beginReceivables", "endReceivables", "endCurrentReceivables"] as const) {
          expect(parts.map((p) => p.metrics.map((m) => m[k])).reduce(addArrays)).toEqual(whole.metrics.map((m) => m[k]));
        }
        const perKey = <T>(rows: readonly T[][], key: (r: T) => string, value: (r: T) => number) => {
          const m = new Map<string, number>();
          for (const r of rows.flat()) m.set(key(r), (m.get(key(r)) ?? 0) + value(r));
          return m;
        };
        expect(perKey(parts.map((p) => p.top), (r) => r.name, (r) => r.overdue)).toEqual(perKey([whole.top], (r) => r.name, (r) => r.overdue));
        expect(perKey(parts.map((p) => p.targets.filter((r) => r.collected > 0)), (r) => r.owner, (r) => r.collected)).toEqual(
          perKey([whole.targets.filter((r) => r.collected > 0)], (r) => r.owner, (r) => r.collected),
        );
        // Each customer's lines, added, are its single-currency position.
        const split = creditPositions(s, spec.asOf, "CNY");
        const joined = creditPositions(one, spec.asOf, "CNY");
        for (const c of s.customers) {
          const lines = split.get(c.id!)!.byCurrency;
          expect(new Set(lines.map((e) => e.currency)).size).toBe(lines.length);
          const j = joined.get(c.id!)!;
          expect(lines.reduce((t, e) => t + e.outstanding, 0)).toBe(j.outstanding);
          expect(lines.reduce((t, e) => t + e.overdue, 0)).toBe(j.overdue);
          expect(lines.reduce((t, e) => t + e.overdueBeyondPolicy, 0)).toBe(j.overdueBeyondPolicy);
          expect(split.get(c.id!)!.overdueAlert).toBe(j.overdueAlert);
        }
        // What each currency has open is the ledger-wide list's figure too.
        expect(ledgerCurrencies(s, spec.asOf).map((c) => c.outstanding)).toEqual(
          present(s).sort().map((c) => agingTotals(s, spec.asOf, c).totals.reduce((a, b) => a + b, 0)),
        );
      }),
      { numRuns: 150 },
    );
  });

  it("on a one-currency ledger the figures are a plain sum over the whole ledger, as before currencies were told apart", () => {
    fc.assert(
      fc.property(ledgerSpec, (spec) => {
        const s = allIn(buildLedger(spec), "USD");
        const index = indexLedger(s);
        // Written without any currency: everything open on active plans of live contracts.
        let open = 0;
        let overdue = 0;
        const perCustomer = new Map<number, number>();
        for (const inst of s.installments) {
          const c = index.contractById.get(inst.contractId)!;
          if (!index.activePlanIds.has(inst.planId) || c.status === "draft" || c.status === "closed") continue;
          const st = installmentState(inst, index, spec.asOf);
          open += st.open;
          if (st.status === "overdue") overdue += st.open;
          perCustomer.set(c.customerId, (perCustomer.get(c.customerId) ?? 0) + st.open);
        }
        const aging = agingTotals(s, spec.asOf, "USD").totals;
        expect(aging.reduce((a, b) => a + b, 0)).toBe(open);
        expect(aging.reduce((a, b) => a + b, 0) - aging[0]).toBe(overdue);
        const positions = creditPositions(s, spec.asOf, "USD");
        for (const c of s.customers) {
          expect(positions.get(c.id!)!.outstanding).toBe(perCustomer.get(c.id!) ?? 0);
          expect(positions.get(c.id!)!.byCurrency).toHaveLength(1);
        }
        const collected = planVsActualByMonth(s, MONTHS[0], MONTHS[MONTHS.length - 1], "USD").reduce((t, m) => t + m.collected, 0);
        expect(collected).toBe(s.receipts.filter((r) => r.date.slice(0, 7) >= MONTHS[0] && r.date.slice(0, 7) <= MONTHS[MONTHS.length - 1]).reduce((t, r) => t + r.amountMinor, 0));
      }),
      { numRuns: 150 },
    );
  });
});
