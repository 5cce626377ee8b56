import { serialFromIso } from "../../src/core/dates";
import { snapshotOf } from "../../src/core/ledger/snapshot";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/store/settings";
import type { CollectionTarget, Contract, Installment, PaymentPlan, Receipt } from "../../src/core/store/types";
import { dashboardViewFrom } from "../../src/taskpane/pages/Dashboard/dashboardData";

/*
 * Which currency the Dashboard shows, and that everything on it is that currency's. As of
 * 2026-03-10, one open installment per contract, all due 2026-04-01 (Current):
 *   HT-C CNY 300.00 · HT-U USD 500.00 · HT-J JPY 70,000 (JPY has no minor digits)
 * A USD receipt of 20.00 on 2026-03-05 (Li); Li's March target is 100.00 (read in the default currency).
 */
const v = { rev: 1, updatedAt: "" };
const asOf = serialFromIso("2026-03-10")!;
const contract = (id: number, currency: string): Contract => ({
  id, code: `HT-${currency}`, customerId: 1, title: "", amountMinor: 1, currency, signDate: "2026-01-01", terms: "", owner: "Li", status: "active", penalty: { kind: "none" }, ...v,
});
const plan = (id: number): PaymentPlan => ({ id, contractId: id, version: 1, active: 1, createdAt: "", ...v });
const inst = (id: number, amountMinor: number): Installment => ({ id, planId: id, contractId: id, seq: 1, dueDate: "2026-04-01", amountMinor, trigger: { kind: "date" }, ...v });
const receipts: Receipt[] = [{ id: 1, contractId: 2, date: "2026-03-05", amountMinor: 20_00, method: "transfer", ...v }];
const targets: CollectionTarget[] = [{ id: 1, owner: "Li", period: "2026-03", targetMinor: 100_00, ...v }];

const ledger = (currencies: readonly string[], amounts: readonly number[]) =>
  snapshotOf({
    customers: [{ id: 1, code: "C", name: "C", ...v }],
    contracts: currencies.map((c, i) => contract(i + 1, c)),
    plans: currencies.map((_, i) => plan(i + 1)),
    installments: amounts.map((a, i) => inst(i + 1, a)),
    receipts: receipts.filter((r) => r.contractId <= currencies.length),
    targets,
  });
const three = ledger(["CNY", "USD", "JPY"], [300_00, 500_00, 70_000]);
const settings = (code: string): Settings => ({ ...DEFAULT_SETTINGS, defaultCurrency: { code, digits: 2 } });

describe("the Dashboard view is of one currency", () => {
  it("opens on the default currency when the ledger has it, and lists the others as excluded", () => {
    const view = dashboardViewFrom(three, asOf, settings("CNY"));
    expect([view.currency, view.digits, view.outstandingMinor]).toEqual(["CNY", 2, 300_00]);
    expect(view.currencies).toEqual(["CNY", "JPY", "USD"]);
    expect(view.otherCurrencies).toEqual(["JPY", "USD"]);
  });

  it("without contracts in the default currency, opens on the one with the most outstanding, in its own units", () => {
    // JPY 70,000 against USD 500.00 and CNY 300.00.
    const view = dashboardViewFrom(three, asOf, settings("EUR"));
    expect([view.currency, view.digits, view.outstandingMinor]).toEqual(["JPY", 0, 70_000]);
    const smallYen = ledger(["CNY", "USD", "JPY"], [300_00, 500_00, 400]);
    expect(dashboardViewFrom(smallYen, asOf, settings("EUR")).currency).toBe("USD");
  });

  it("shows a chosen currency with its digits; a choice the ledger does not hold falls back", () => {
    const usd = dashboardViewFrom(three, asOf, settings("CNY"), "USD");
    expect([usd.currency, usd.outstandingMinor, usd.collectedThisMonthMinor]).toEqual(["USD", 500_00, 20_00]);
    expect(usd.forecast.reduce((t, w) => t + w.amountMinor, 0)).toBe(500_00);
    expect(usd.topOverdue).toEqual([]);
    expect(dashboardViewFrom(three, asOf, settings("CNY"), "JPY").digits).toBe(0);
    expect(dashboardViewFrom(three, asOf, settings("CNY"), "GBP").currency).toBe("CNY");
  });

  it("sets targets (in the default currency) against that currency's collections only", () => {
    expect(dashboardViewFrom(three, asOf, settings("CNY")).owners).toEqual([{ owner: "Li", targetMinor: 100_00, collectedMinor: 0 }]);
    const usd = dashboardViewFrom(three, asOf, settings("CNY"), "USD");
    expect(usd.targetsCurrency).toBe("CNY");
    expect(usd.owners).toEqual([{ owner: "Li", targetMinor: 0, collectedMinor: 20_00 }]);
  });

  it("a ledger in one currency other than the default is shown in that currency, targets included, with no other currency", () => {
    const usdOnly = ledger(["USD"], [500_00]);
    const contracts = usdOnly.contracts.map((c) => ({ ...c, id: 2 }));
    const s = snapshotOf({ ...usdOnly, contracts, plans: [plan(2)], installments: [inst(2, 500_00)] });
    const view = dashboardViewFrom({ ...s, receipts }, asOf, settings("CNY"));
    expect([view.currency, view.outstandingMinor, view.otherCurrencies]).toEqual(["USD", 500_00, []]);
    expect(view.owners).toEqual([{ owner: "Li", targetMinor: 100_00, collectedMinor: 20_00 }]);
  });
});

describe("the Dashboard's quarter targets", () => {
  // CNY only: a receipt of 40.00 in January and one of 60.00 in March (Li), Q1 target 250.00.
  const cnyLedger = (quarterTarget: boolean) =>
    snapshotOf({
      customers: [{ id: 1, code: "C", name: "C", ...v }],
      contracts: [contract(1, "CNY")],
      plans: [plan(1)],
      installments: [inst(1, 300_00)],
      receipts: [
        { id: 1, contractId: 1, date: "2026-01-20", amountMinor: 40_00, method: "transfer", ...v },
        { id: 2, contractId: 1, date: "2026-03-05", amountMinor: 60_00, method: "transfer", ...v },
      ],
      targets: quarterTarget ? [...targets, { id: 2, owner: "Li", period: "2026-Q1", targetMinor: 250_00, currency: "CNY", ...v }] : targets,
    });

  it("show the current quarter's targets against everything collected in the quarter, beside the month's", () => {
    const view = dashboardViewFrom(cnyLedger(true), asOf, settings("CNY"));
    expect(view.owners).toEqual([{ owner: "Li", targetMinor: 100_00, collectedMinor: 60_00 }]);
    expect(view.quarter).toEqual({ period: "2026-Q1", owners: [{ owner: "Li", targetMinor: 250_00, collectedMinor: 100_00 }] });
  });

  it("are left out while no target is set for the quarter", () => {
    expect(dashboardViewFrom(cnyLedger(false), asOf, settings("CNY")).quarter).toBeUndefined();
  });
});

describe("the Dashboard's quarter targets, by currency", () => {
  const quarterTarget = (targetMinor: number, currency?: string): CollectionTarget => ({ id: 9, owner: "Li", period: "2026-Q1", targetMinor, currency, ...v });
  const withQuarter = (t: CollectionTarget) => ({ ...three, targets: [...targets, t] });

  it("show only in the view of the target's own currency, however the currency is written", () => {
    for (const written of ["USD", " usd "]) {
      const s = withQuarter(quarterTarget(700_00, written));
      expect(dashboardViewFrom(s, asOf, settings("CNY")).quarter).toBeUndefined();
      expect(dashboardViewFrom(s, asOf, settings("CNY"), "USD").quarter).toEqual({
        period: "2026-Q1", owners: [{ owner: "Li", targetMinor: 700_00, collectedMinor: 20_00 }],
      });
    }
  });

  it("read a quarter target without a currency (none, or a blank one) in the default currency", () => {
    for (const written of [undefined, "", "  "]) {
      const s = withQuarter(quarterTarget(700_00, written));
      expect(dashboardViewFrom(s, asOf, settings("CNY")).quarter).toEqual({ period: "2026-Q1", owners: [{ owner: "Li", targetMinor: 700_00, collectedMinor: 0 }] });
      expect(dashboardViewFrom(s, asOf, settings("CNY"), "USD").quarter).toBeUndefined();
    }
  });

  it("are left out when the quarter's only target is 0", () => {
    expect(dashboardViewFrom(withQuarter(quarterTarget(0, "USD")), asOf, settings("CNY"), "USD").quarter).toBeUndefined();
  });
});

describe("the Dashboard view is computed once per ledger snapshot, day, currency and the settings it reads", () => {
  // A snapshot is never changed in place: each change to the ledger gives the pane a new object.
  const fresh = () => ({ ...three });

  it("gives back the same view for the same snapshot, day, currency and settings, without computing it again", () => {
    const s = fresh();
    const first = dashboardViewFrom(s, asOf, settings("CNY"));
    expect(dashboardViewFrom(s, asOf, settings("CNY"))).toBe(first);
    expect(dashboardViewFrom(s, asOf, { ...settings("CNY"), language: "en-US" })).toBe(first); // a setting the view does not read
    const usd = dashboardViewFrom(s, asOf, settings("CNY"), "USD");
    expect(dashboardViewFrom(s, asOf, settings("CNY"), "USD")).toBe(usd);
    expect(dashboardViewFrom(s, asOf, settings("CNY"))).toBe(first); // back to the first currency: kept too
  });

  it("computes a new view for a new snapshot, and shows what changed in the ledger", () => {
    const s = fresh();
    const before = dashboardViewFrom(s, asOf, settings("CNY"), "USD");
    const same = fresh();
    const again = dashboardViewFrom(same, asOf, settings("CNY"), "USD");
    expect(again).not.toBe(before);
    expect(again).toEqual(before);
    const paid = { ...s, receipts: [...s.receipts, { id: 2, contractId: 2, date: "2026-03-06", amountMinor: 30_00, method: "transfer" as const, ...v }] };
    expect(dashboardViewFrom(paid, asOf, settings("CNY"), "USD").collectedThisMonthMinor).toBe(50_00);
    expect(dashboardViewFrom(s, asOf, settings("CNY"), "USD").collectedThisMonthMinor).toBe(20_00);
  });

  it("computes a new view for another day, another currency or other settings it reads", () => {
    const s = fresh();
    const cny = dashboardViewFrom(s, asOf, settings("CNY"));
    // On 2026-04-10 the CNY installment (due 04-01) is overdue; on 03-10 it is not.
    const later = dashboardViewFrom(s, serialFromIso("2026-04-10")!, settings("CNY"));
    expect(later).not.toBe(cny);
    expect([cny.overdueMinor, later.overdueMinor]).toEqual([0, 300_00]);
    const usd = dashboardViewFrom(s, asOf, settings("CNY"), "USD");
    expect([usd.currency, usd.outstandingMinor]).toEqual(["USD", 500_00]);
    const otherDefault = dashboardViewFrom(s, asOf, settings("USD"));
    expect([otherDefault.currency, otherDefault.targetsCurrency]).toEqual(["USD", "USD"]);
    const bounds = dashboardViewFrom(s, asOf, { ...settings("CNY"), agingBounds: [10, 20] });
    expect(bounds).not.toBe(cny);
    expect(bounds.aging.labels).toHaveLength(4);
    expect(cny.aging.labels).toHaveLength(settings("CNY").agingBounds.length + 2);
    // The configured default's digits apply to a code outside ISO 4217.
    const own = ledger(["ABC"], [500]);
    const twoDigits = dashboardViewFrom(own, asOf, settings("ABC"));
    const threeDigits = dashboardViewFrom(own, asOf, { ...settings("ABC"), defaultCurrency: { code: "ABC", digits: 3 } });
    expect([twoDigits.digits, threeDigits.digits]).toEqual([2, 3]);
  });
});
