import fc from "fast-check";
import { serialFromIso } from "../../../src/core/dates";
import { cashForecast, planVsActualByMonth } from "../../../src/core/ledger/cashflow";
import { creditInputsFromLedger } from "../../../src/core/ledger/creditInputs";
import { ledgerCurrencies } from "../../../src/core/ledger/currencyScope";
import { creditPositions } from "../../../src/core/ledger/customerCredit";
import { agingTotals, targetsVsCollected, topOverdueCustomers } from "../../../src/core/ledger/dashboard";
import { indexLedger } from "../../../src/core/ledger/ledgerIndex";
import { installmentState } from "../../../src/core/ledger/installmentState";
import { metricInputsByMonth } from "../../../src/core/ledger/metricInputs";
import type { LedgerSnapshot } from "../../../src/core/ledger/snapshot";
import { randomLedger } from "./randomLedger";

/**
 * Properties of the per-currency figures, on random well-formed ledgers (./randomLedger) whose
 * contracts are in CNY, USD or JPY, customers with or without a currency and a limit:
 * 1. nothing of another currency: every figure for currency C is the same as on the ledger with
 *    every other currency's contracts (and their rows) removed;
 * 2. nothing lost, nothing changed for one currency: the figures of each currency, added over
 *    the currencies, equal the figures of the same ledger with every contract in one currency —
 *    and those equal a plain sum over the ledger written here without any currency at all.
 */

const CURRENCIES = ["CNY", "USD", "JPY"] as const;
const MONTHS = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"];
const BIG = 1_000;

const ledgerSpec = fc.record({
  ledger: randomLedger(CURRENCIES),
  asOf: fc.integer({ min: serialFromIso("2026-01-01")!, max: serialFromIso("2026-06-30")! }),
});

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
        const s = spec.ledger;
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
        const s = spec.ledger;
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
        const s = allIn(spec.ledger, "USD");
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
