import { serialFromIso } from "../../../src/core/dates";
import { cashForecast, planVsActualByMonth } from "../../../src/core/ledger/cashflow";
import { creditInputsFromLedger } from "../../../src/core/ledger/creditInputs";
import {
  contractIdsIn, creditCurrencyOf, currencyCode, initialCurrency, ledgerCurrencies, targetsCurrencyOf,
} from "../../../src/core/ledger/currencyScope";
import { creditPositions, ledgerScorecardInputs } from "../../../src/core/ledger/customerCredit";
import { agingTotals, targetsVsCollected, topOverdueCustomers } from "../../../src/core/ledger/dashboard";
import { metricInputsByMonth, positionAt } from "../../../src/core/ledger/metricInputs";
import { type LedgerSnapshot, snapshotOf } from "../../../src/core/ledger/snapshot";
import type { CollectionTarget, Contract, Installment } from "../../../src/core/store/types";
import { scenario } from "./scenario";

const asOf = serialFromIso("2026-03-10")!;
const v = { rev: 1, updatedAt: "2026-01-01T00:00:00Z" };

/*
 * The scenario ledger (all CNY, worked by hand in dashboard.test.ts and customerCredit.test.ts)
 * plus two USD contracts, with amounts chosen so any USD leaking into a CNY figure shows:
 * - HT-U (Acme, owner Li, USD 2,500.00, active): 2,000.00 due 02-01 (800.00 received 03-02 →
 *   1,200.00 open, 37 days late: 31-60), 500.00 due 03-20 (Current; 10 days ahead → forecast
 *   week 1). Invoice 2,000.00 on 02-01.
 * - HT-V (Beta, owner Wang, USD 300.00, active): 300.00 due 03-05 (5 days late: 1-30), unpaid.
 * USD as of 2026-03-10: aging Current 500 · 1-30 300 · 31-60 1,200 → outstanding 2,000.00,
 * overdue 1,500.00. Acme USD: outstanding 1,700.00, overdue 1,200.00 (all past 16 days);
 * Beta USD: 300.00 outstanding, all overdue, none past 16 days.
 */
const usdContract = (id: number, code: string, customerId: number, amountMinor: number, owner: string): Contract => ({
  id, code, customerId, title: code, amountMinor, currency: "USD", signDate: "2026-01-01", terms: "", owner, status: "active", penalty: { kind: "none" }, ...v,
});
const usdInst = (id: number, planId: number, contractId: number, seq: number, dueDate: string, amountMinor: number): Installment => ({
  id, planId, contractId, seq, dueDate, amountMinor, trigger: { kind: "date" }, ...v,
});

function twoCurrencies(): LedgerSnapshot {
  const s = scenario();
  return snapshotOf({
    ...s,
    contracts: [...s.contracts, usdContract(4, "HT-U", 1, 2500_00, "Li"), usdContract(5, "HT-V", 2, 300_00, "Wang")],
    plans: [...s.plans, { id: 5, contractId: 4, version: 1, active: 1, createdAt: "", ...v }, { id: 6, contractId: 5, version: 1, active: 1, createdAt: "", ...v }],
    installments: [...s.installments, usdInst(41, 5, 4, 1, "2026-02-01", 2000_00), usdInst(42, 5, 4, 2, "2026-03-20", 500_00), usdInst(51, 6, 5, 1, "2026-03-05", 300_00)],
    receipts: [...s.receipts, { id: 3, contractId: 4, date: "2026-03-02", amountMinor: 800_00, method: "transfer", ...v }],
    allocations: [...s.allocations, { id: 4, receiptId: 3, installmentId: 41, contractId: 4, amountMinor: 800_00 }],
    invoices: [...s.invoices, { id: 3, number: "INV-U1", contractId: 4, installmentId: 41, date: "2026-02-01", amountMinor: 2000_00, taxMinor: 0, ...v }],
  });
}

const targets: CollectionTarget[] = [
  { id: 1, owner: "Li", period: "2026-03", targetMinor: 1000_00, ...v },
  { id: 2, owner: "Zhao", period: "2026-03", targetMinor: 500_00, ...v },
];

describe("the Dashboard's figures are per currency: CNY excludes the USD contracts and USD the CNY ones", () => {
  const s = twoCurrencies();

  it("lists the ledger's currencies with what is open in each", () => {
    expect(ledgerCurrencies(s, asOf)).toEqual([
      { currency: "CNY", outstanding: 750_00 + 450_00 },
      { currency: "USD", outstanding: 2000_00 },
    ]);
  });

  it("ages each currency's open amounts on their own", () => {
    expect(agingTotals(s, asOf, "CNY").totals).toEqual([900_00, 150_00, 150_00, 0, 0]); // the all-CNY scenario's aging
    expect(agingTotals(s, asOf, "USD").totals).toEqual([500_00, 300_00, 1200_00, 0, 0]);
    expect(agingTotals(s, asOf, "EUR").totals).toEqual([0, 0, 0, 0, 0]);
  });

  it("ranks customers by what is overdue in the currency shown", () => {
    const rows = (c: string) => topOverdueCustomers(s, asOf, c).map((r) => [r.name, r.overdue, r.outstanding]);
    expect(rows("CNY")).toEqual([["Acme", 150_00, 750_00], ["Beta", 150_00, 450_00]]);
    expect(rows("USD")).toEqual([["Acme", 1200_00, 1700_00], ["Beta", 300_00, 300_00]]);
  });

  it("sets plan against collections month by month in one currency", () => {
    expect(planVsActualByMonth(s, "2026-01", "2026-04", "CNY")).toEqual([
      { month: "2026-01", planned: 500_00, collected: 0 },
      { month: "2026-02", planned: 200_00, collected: 250_00 },
      { month: "2026-03", planned: 600_00, collected: 50_00 },
      { month: "2026-04", planned: 300_00, collected: 0 },
    ]);
    expect(planVsActualByMonth(s, "2026-01", "2026-04", "USD")).toEqual([
      { month: "2026-01", planned: 0, collected: 0 },
      { month: "2026-02", planned: 2000_00, collected: 0 },
      { month: "2026-03", planned: 500_00 + 300_00, collected: 800_00 },
      { month: "2026-04", planned: 0, collected: 0 },
    ]);
  });

  it("forecasts each currency's cash separately", () => {
    const cny = cashForecast(s, asOf, "CNY");
    expect([cny.expected[0], cny.expected[1], cny.expected[7], cny.pastDue]).toEqual([600_00, 0, 300_00, 300_00]);
    const usd = cashForecast(s, asOf, "USD");
    const expected = new Array(13).fill(0);
    expected[1] = 500_00; // due 03-20: 10 days ahead
    expect(usd.expected).toEqual(expected);
    expect(usd.pastDue).toBe(1200_00 + 300_00);
  });

  it("derives DSO / CEI inputs from one currency's invoices, receipts and plan", () => {
    expect(positionAt(s, asOf, "CNY")).toEqual({ receivables: 450_00, current: 300_00 });
    // USD at 03-10: HT-U invoiced 2,000 − received 800 = 1,200, and 2,000 was due before → all overdue.
    expect(positionAt(s, asOf, "USD")).toEqual({ receivables: 1200_00, current: 0 });
    expect(metricInputsByMonth(s, ["2026-03"], "CNY")).toEqual([
      { month: "2026-03", days: 31, creditSales: 300_00, beginReceivables: 150_00, endReceivables: 450_00, endCurrentReceivables: 0 },
    ]);
    expect(metricInputsByMonth(s, ["2026-03"], "USD")).toEqual([
      { month: "2026-03", days: 31, creditSales: 0, beginReceivables: 2000_00, endReceivables: 1200_00, endCurrentReceivables: 0 },
    ]);
  });

  it("compares targets (in the default currency) only with that currency's collections", () => {
    const t = { ...s, targets };
    // March CNY receipts: 50.00 on HT-2 (Wang). The USD 800.00 on HT-U (Li) is not set against Li's CNY target.
    expect(targetsVsCollected(t, "2026-03", "CNY", "CNY")).toEqual([
      { owner: "Li", target: 1000_00, collected: 0, achieved: 0 },
      { owner: "Wang", target: 0, collected: 50_00, achieved: undefined },
      { owner: "Zhao", target: 500_00, collected: 0, achieved: 0 },
    ]);
    expect(targetsVsCollected(t, "2026-03", "USD", "CNY")).toEqual([{ owner: "Li", target: 0, collected: 800_00, achieved: undefined }]);
  });
});

describe("the currency a view opens on and the one targets are read in", () => {
  it("opens on the default currency when the ledger has contracts in it, else on the one with the most outstanding", () => {
    const cur = [{ currency: "CNY", outstanding: 10 }, { currency: "USD", outstanding: 99 }];
    expect(initialCurrency(cur, "CNY")).toBe("CNY");
    expect(initialCurrency(cur, "cny")).toBe("CNY");
    expect(initialCurrency(cur, "EUR")).toBe("USD");
    // In each currency's own units: JPY 30,000 (30,000 minor, no digits) is more than USD 500.00 (50,000 minor).
    expect(initialCurrency([{ currency: "JPY", outstanding: 30_000 }, { currency: "USD", outstanding: 500_00 }], "EUR")).toBe("JPY");
    expect(initialCurrency([{ currency: "JPY", outstanding: 400 }, { currency: "USD", outstanding: 500_00 }], "EUR")).toBe("USD");
    expect(initialCurrency([{ currency: "GBP", outstanding: 5 }, { currency: "EUR", outstanding: 5 }], "CNY")).toBe("EUR");
    expect(initialCurrency([], "CNY")).toBe("CNY");
  });

  it("targets are in the default currency, or in the only currency of a single-currency ledger", () => {
    expect(targetsCurrencyOf([{ currency: "CNY", outstanding: 0 }, { currency: "USD", outstanding: 0 }], "CNY")).toBe("CNY");
    expect(targetsCurrencyOf([{ currency: "USD", outstanding: 0 }], "CNY")).toBe("USD");
    expect(targetsCurrencyOf([{ currency: "CNY", outstanding: 0 }, { currency: "USD", outstanding: 0 }], "EUR")).toBe("EUR");
  });

  it("codes compare trimmed and upper-cased; a customer's credit currency is its own, else the default", () => {
    expect(currencyCode(" usd ")).toBe("USD");
    const s = snapshotOf({ contracts: [usdContract(1, "A", 1, 1, "Li"), { ...usdContract(2, "B", 1, 1, "Li"), currency: "usd" }, { ...usdContract(3, "C", 1, 1, "Li"), currency: "CNY" }] });
    expect([...contractIdsIn(s, "USD")]).toEqual([1, 2]);
    expect(creditCurrencyOf({ currency: "usd" }, "CNY")).toBe("USD");
    expect(creditCurrencyOf({ currency: " " }, "CNY")).toBe("CNY");
    expect(creditCurrencyOf({}, "cny")).toBe("CNY");
    expect(creditCurrencyOf(undefined, "CNY")).toBe("CNY");
  });
});

describe("a customer's credit position keeps each currency apart; utilisation is in its own currency only", () => {
  it("lists the exposure per currency, the credit currency first, and never adds them", () => {
    const p = creditPositions(twoCurrencies(), asOf, "CNY");
    expect(p.get(1)!.byCurrency).toEqual([
      { currency: "CNY", outstanding: 750_00, overdue: 150_00, overdueBeyondPolicy: 150_00 },
      { currency: "USD", outstanding: 1700_00, overdue: 1200_00, overdueBeyondPolicy: 1200_00 },
    ]);
    expect(p.get(2)!.byCurrency).toEqual([
      { currency: "CNY", outstanding: 450_00, overdue: 150_00, overdueBeyondPolicy: 0 },
      { currency: "USD", outstanding: 300_00, overdue: 300_00, overdueBeyondPolicy: 0 },
    ]);
    // The headline figures are the credit currency's alone (CNY here: the default).
    expect(p.get(1)).toMatchObject({ currency: "CNY", outstanding: 750_00, overdue: 150_00, overdueBeyondPolicy: 150_00 });
  });

  it("compares the limit only with what is open in the customer's currency", () => {
    const s = twoCurrencies();
    const [acme, beta] = s.customers;
    // Beta's limit of 400.00 in the default CNY: 450.00 CNY open → 112.5%, over; its USD 300.00 is not added.
    const cnyLedger = snapshotOf({ ...s, customers: [acme, { ...beta, creditLimitMinor: 400_00 }] });
    const cnyLimit = creditPositions(cnyLedger, asOf, "CNY").get(2)!;
    expect(cnyLimit.utilisation).toBeCloseTo(450 / 400, 12);
    expect(cnyLimit.overLimit).toBe(true);
    expect(ledgerScorecardInputs(cnyLedger, 2, asOf, "CNY")).toEqual({ overdueShare: 150 / 450, utilisation: 450 / 400 });
    // The same limit in USD (the customer's own currency): 300.00 USD open → 75%, not over; CNY listed after it.
    const usdLedger = snapshotOf({ ...s, customers: [acme, { ...beta, currency: "USD", creditLimitMinor: 400_00 }] });
    const usdLimit = creditPositions(usdLedger, asOf, "CNY").get(2)!;
    expect(usdLimit).toMatchObject({ currency: "USD", outstanding: 300_00, overdue: 300_00, limit: 400_00, overLimit: false });
    expect(usdLimit.utilisation).toBeCloseTo(300 / 400, 12);
    expect(usdLimit.byCurrency.map((e) => e.currency)).toEqual(["USD", "CNY"]);
    expect(ledgerScorecardInputs(usdLedger, 2, asOf, "CNY")).toEqual({ overdueShare: 1, utilisation: 300 / 400 });
  });

  it("an amount past the policy raises the alert whatever its currency, while utilisation stays in the limit's", () => {
    const s = twoCurrencies();
    // Beta's USD row moved to 02-01: 37 days late. Its CNY overdue is 10 days, under the 16-day Formal stage.
    const late = snapshotOf({ ...s, installments: s.installments.map((i) => (i.id === 51 ? { ...i, dueDate: "2026-02-01" } : i)) });
    const beta = creditPositions(late, asOf, "CNY").get(2)!;
    expect(beta.overdueBeyondPolicy).toBe(0);
    expect(beta.byCurrency[1]).toEqual({ currency: "USD", outstanding: 300_00, overdue: 300_00, overdueBeyondPolicy: 300_00 });
    expect(beta.overdueAlert).toBe(true);
  });

  it("a customer with contracts only in another currency shows its own currency at zero and the other on its own line", () => {
    const s = twoCurrencies();
    const onlyUsd = snapshotOf({ ...s, contracts: s.contracts.map((c) => (c.customerId === 2 ? { ...c, currency: "USD" } : c)) });
    const beta = creditPositions(onlyUsd, asOf, "CNY").get(2)!;
    expect(beta.byCurrency).toEqual([
      { currency: "CNY", outstanding: 0, overdue: 0, overdueBeyondPolicy: 0 },
      { currency: "USD", outstanding: 450_00 + 300_00, overdue: 150_00 + 300_00, overdueBeyondPolicy: 0 },
    ]);
  });
});

describe("scorecard inputs from the ledger are measured in the customer's credit currency", () => {
  it("the CNY inputs of a customer with USD contracts are those of its CNY contracts alone", () => {
    const inputs = creditInputsFromLedger(twoCurrencies(), 1, asOf, "CNY");
    // As in creditInputs.test.ts for the all-CNY scenario: HT-U's USD rows weigh in nowhere.
    expect(inputs.avgDaysLate).toBeCloseTo((38 * 400 + 68 * 100) / 500, 10);
    expect(inputs.overdueShare).toBeCloseTo(250 / 850, 12);
    expect(inputs.utilisation).toBe(1);
    expect(inputs.relationshipYears).toBeCloseTo((asOf - serialFromIso("2026-01-31")!) / 365.25, 12);
  });

  it("a customer whose own currency is USD is measured on its USD contracts; the relationship counts every contract", () => {
    const s = twoCurrencies();
    const usdAcme = snapshotOf({ ...s, customers: [{ ...s.customers[0], currency: "USD", creditLimitMinor: 3400_00 }, s.customers[1]] });
    const inputs = creditInputsFromLedger(usdAcme, 1, asOf, "CNY");
    // HT-U: row 1 (2,000.00, 37 days late so far) is the only row due in the past year; 03-20 is not due yet.
    expect(inputs.avgDaysLate).toBe(37);
    expect(inputs.overdueShare).toBeCloseTo(1200 / 1700, 12);
    expect(inputs.utilisation).toBeCloseTo(1700 / 3400, 12);
    // The first invoice of any currency: INV-1 (CNY) on 01-31, before INV-U1 on 02-01.
    expect(inputs.relationshipYears).toBeCloseTo((asOf - serialFromIso("2026-01-31")!) / 365.25, 12);
  });
});
