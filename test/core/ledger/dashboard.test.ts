import { serialFromIso } from "../../../src/core/dates";
import { cashForecast, planVsActualByMonth } from "../../../src/core/ledger/cashflow";
import { agingTotals, targetsVsCollected, topOverdueCustomers } from "../../../src/core/ledger/dashboard";
import { metricInputsByMonth, positionAt } from "../../../src/core/ledger/metricInputs";
import { snapshotOf } from "../../../src/core/ledger/snapshot";
import type { CollectionTarget } from "../../../src/core/store/types";
import { scenario } from "./scenario";

const asOf = serialFromIso("2026-03-10")!;

describe("dashboard aggregates (scenario ledger, worked by hand)", () => {
  it("ages what is open on live contracts; waiting milestone rows are Current; totals add up to the open total", () => {
    const { labels, totals } = agingTotals(scenario(), asOf, "CNY");
    expect(labels).toEqual(["Current", "1-30", "31-60", "61-90", ">90"]);
    // Current: 300 (HT-1 row 2) + 300 (row 3, waiting) + 300 (HT-2 row 2); 1-30: 150 (HT-2, 10 days); 31-60: 150 (HT-1, 38 days).
    expect(totals).toEqual([900_00, 150_00, 150_00, 0, 0]);
    expect(totals.reduce((a, b) => a + b, 0)).toBe(750_00 + 450_00);
  });

  it("lists the customers with the most overdue, breaking ties by outstanding", () => {
    expect(topOverdueCustomers(scenario(), asOf, "CNY").map((c) => [c.name, c.overdue, c.outstanding])).toEqual([
      ["Acme", 150_00, 750_00],
      ["Beta", 150_00, 450_00],
    ]);
  });

  it("compares targets with what each owner's contracts collected in the period", () => {
    const targets: CollectionTarget[] = [
      { id: 1, owner: "Li", period: "2026-03", targetMinor: 1000_00, rev: 1, updatedAt: "" },
      { id: 2, owner: "Zhao", period: "2026-03", targetMinor: 500_00, rev: 1, updatedAt: "" },
      { id: 3, owner: "Li", period: "2026-Q1", targetMinor: 9000_00, rev: 1, updatedAt: "" },
    ];
    const s = { ...scenario(), targets };
    // March receipts: 50.00 on HT-2 (owner Wang). Li's February receipt is outside the period.
    expect(targetsVsCollected(s, "2026-03", "CNY", "CNY")).toEqual([
      { owner: "Li", target: 1000_00, collected: 0, achieved: 0 },
      { owner: "Wang", target: 0, collected: 50_00, achieved: undefined },
      { owner: "Zhao", target: 500_00, collected: 0, achieved: 0 },
    ]);
    // The quarter includes February's 250.00 for Li.
    expect(targetsVsCollected(s, "2026-Q1", "CNY", "CNY").find((r) => r.owner === "Li")).toEqual({ owner: "Li", target: 9000_00, collected: 250_00, achieved: 250 / 9000 });
  });

  it("matches a target to the contracts' owner ignoring case and surrounding spaces, named as the contracts spell it", () => {
    // Wang collected 50.00 in March (HT-2); the target was typed as " wang ", 200.00.
    const targets: CollectionTarget[] = [{ id: 1, owner: " wang ", period: "2026-03", targetMinor: 200_00, rev: 1, updatedAt: "" }];
    expect(targetsVsCollected({ ...scenario(), targets }, "2026-03", "CNY", "CNY")).toEqual([
      { owner: "Wang", target: 200_00, collected: 50_00, achieved: 0.25 },
    ]);
  });

  it("an owner typed in another case on a contract is the same owner: one row, its receipts added", () => {
    // HT-1 (Li) is re-spelt "LI " on a copy of the ledger; Li's February receipt of 250.00 counts for the Q1 target of "li".
    const base = scenario();
    const s = {
      ...base,
      contracts: base.contracts.map((c) => (c.code === "HT-1" ? { ...c, owner: "LI " } : c)),
      targets: [{ id: 1, owner: "li", period: "2026-Q1", targetMinor: 1000_00, rev: 1, updatedAt: "" }],
    };
    const rows = targetsVsCollected(s, "2026-Q1", "CNY", "CNY");
    expect(rows.filter((r) => r.owner.toLowerCase() === "li")).toEqual([{ owner: "LI", target: 1000_00, collected: 250_00, achieved: 0.25 }]);
  });

  it("two stored targets that are one owner this way are that owner's target together, not two rows", () => {
    const targets: CollectionTarget[] = [
      { id: 1, owner: "Zhao", period: "2026-03", targetMinor: 300_00, rev: 1, updatedAt: "" },
      { id: 2, owner: "zhao", period: "2026-03", targetMinor: 200_00, rev: 1, updatedAt: "" },
    ];
    expect(targetsVsCollected({ ...scenario(), targets }, "2026-03", "CNY", "CNY").filter((r) => r.owner.toLowerCase() === "zhao")).toEqual([
      { owner: "Zhao", target: 500_00, collected: 0, achieved: 0 },
    ]);
  });

  it("a quarter target stored as \"2026-q1\" (before periods were stored upper-cased) is the 2026-Q1 target", () => {
    const targets: CollectionTarget[] = [{ id: 1, owner: "Li", period: "2026-q1", targetMinor: 1000_00, rev: 1, updatedAt: "" }];
    expect(targetsVsCollected({ ...scenario(), targets }, "2026-Q1", "CNY", "CNY").find((r) => r.owner === "Li")).toEqual({
      owner: "Li", target: 1000_00, collected: 250_00, achieved: 0.25,
    });
  });

  it("sets the plan of each month against what was collected", () => {
    expect(planVsActualByMonth(scenario(), "2026-01", "2026-04", "CNY")).toEqual([
      { month: "2026-01", planned: 500_00, collected: 0 }, // HT-1 row 1 (400) + HT-3 (100); the replaced v1 row is not counted
      { month: "2026-02", planned: 200_00, collected: 250_00 },
      { month: "2026-03", planned: 600_00, collected: 50_00 },
      { month: "2026-04", planned: 300_00, collected: 0 },
    ]);
  });

  it("forecasts 13 weeks of open installments by due week, keeping past-due amounts apart", () => {
    const f = cashForecast(scenario(), asOf, "CNY");
    expect(f.weekStarts).toHaveLength(13);
    expect(f.weekStarts[1] - f.weekStarts[0]).toBe(7);
    const expected = new Array(13).fill(0);
    expected[0] = 300_00 + 300_00; // due 03-15 (5 days) and 03-12 (2 days)
    expected[7] = 300_00; // the milestone row expected 04-30: 51 days → week 7
    expect(f.expected).toEqual(expected);
    expect(f.pastDue).toBe(150_00 + 150_00);
  });

  it("derives DSO and CEI inputs from invoices, receipts and the plan", () => {
    // At 03-10: HT-1 invoiced 700 − received 250 = 450 receivable, of which 400 − 250 = 150 overdue.
    expect(positionAt(scenario(), asOf, "CNY")).toEqual({ receivables: 450_00, current: 300_00 });
    expect(metricInputsByMonth(scenario(), ["2026-03"], "CNY")).toEqual([
      // Begin (02-28): 400 − 250 = 150. End (03-31): 450, all overdue (rows due 01-31 and 03-15: 700 − 250 ≥ 450).
      { month: "2026-03", days: 31, creditSales: 300_00, beginReceivables: 150_00, endReceivables: 450_00, endCurrentReceivables: 0 },
    ]);
    expect(metricInputsByMonth(snapshotOf({}), ["2026-02"], "CNY")[0].days).toBe(28);
  });
});
