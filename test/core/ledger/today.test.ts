import fc from "fast-check";
import { collectRisk, rankByExposure } from "../../../src/core/credit/collectRisk";
import { serialFromIso } from "../../../src/core/dates";
import { snapshotOf } from "../../../src/core/ledger/snapshot";
import { rankInPlace, todayQueue } from "../../../src/core/ledger/today";
import type { Installment } from "../../../src/core/store/types";
import { contracts, customers, plans, scenario } from "./scenario";

const asOf = serialFromIso("2026-03-10")!;

describe("the Today queue (scenario ledger, as of 2026-03-10, 7-day horizon)", () => {
  const queue = todayQueue(scenario(), asOf);
  const byRow = new Map(queue.map((q) => [q.installmentId, q]));

  it("lists overdue and soon-due open rows of live contracts only", () => {
    // 11 (HT-1, 38 days late), 12 (HT-1, due in 5 days), 21 (HT-2, 10 late), 22 (HT-2, due in 2).
    // Not 13 (waiting for its milestone), 10 (replaced plan), 31 (closed contract).
    expect([...byRow.keys()].sort()).toEqual([11, 12, 21, 22]);
    expect([byRow.get(11)!.amount, byRow.get(12)!.amount, byRow.get(21)!.amount, byRow.get(22)!.amount]).toEqual([150_00, 300_00, 150_00, 300_00]);
    expect(byRow.get(11)!.daysPastDue).toBe(38);
    expect(byRow.get(22)!.daysPastDue).toBe(-2);
  });

  it("feeds collection risk the customer's latest score, the contract's progress gap and its dispute", () => {
    // HT-1: Acme's latest score 45; Acceptance planned 03-01 is 40% done → gap 1 − 0.4 = 0.6.
    expect(byRow.get(11)!.risk).toBe(collectRisk({ daysPastDue: 38, creditScore: 45, progressGap: 0.6, disputed: false }).risk);
    // HT-2: never assessed → the default 50; no milestones → no gap; disputed.
    expect(byRow.get(21)!.risk).toBe(collectRisk({ daysPastDue: 10, creditScore: 50, progressGap: 0, disputed: true }).risk);
  });

  it("ranks by open amount × risk, largest first", () => {
    const exposures = queue.map((q) => q.exposure);
    expect(exposures).toEqual([...exposures].sort((a, b) => b - a));
    for (const q of queue) expect(q.exposure).toBeCloseTo((q.amount * q.risk) / 100, 6);
  });

  it("shows stage, owner, last contact and broken promises", () => {
    expect([byRow.get(11)!.stage, byRow.get(21)!.stage, byRow.get(12)!.stage]).toEqual(["Formal", "Friendly", "Courtesy"]);
    expect([byRow.get(11)!.owner, byRow.get(21)!.owner]).toEqual(["Li", "Wang"]);
    expect(byRow.get(11)!.lastContact).toBe(serialFromIso("2026-03-08"));
    expect(byRow.get(11)!.brokenPromise).toBe(false); // promised for 03-20, not yet passed
    expect(byRow.get(21)!.brokenPromise).toBe(true); // 100.00 promised by 03-06, only 50.00 came
    expect(byRow.get(21)!.promiseDate).toBe(serialFromIso("2026-03-06"));
  });

  it("filters by owner", () => {
    expect(todayQueue(scenario(), asOf, { owner: "Wang" }).map((q) => q.installmentId).sort()).toEqual([21, 22]);
  });
});

describe("the queue's ranking", () => {
  it("orders exactly as core/credit's rankByExposure does, ties included", () => {
    const item = fc.record({ amount: fc.integer({ min: 0, max: 1000 }), risk: fc.constantFrom(0, 12.5, 50, 77.73, 100) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), (raw) => {
        const tagged = raw.map((r, id) => ({ ...r, id, exposure: 0 }));
        const expected = rankByExposure(raw.map((r, id) => ({ ...r, id }))).map((r) => [r.id, r.exposure]);
        expect(rankInPlace(tagged).map((r) => [r.id, r.exposure])).toEqual(expected);
      }),
    );
  });
});

describe("the Today queue on 100,000 installments", () => {
  // How fast is measured by `npm run bench` (ledger.today.*), not here: a timed test fails on a busy
  // machine. This proves the queue at that size is complete and in order.
  it("lists every overdue or soon-due open installment once, largest exposure first", () => {
    const rows: Installment[] = [];
    for (let i = 0; i < 100_000; i++) {
      const planId = [2, 3][i % 2];
      const month = String(1 + (i % 6)).padStart(2, "0");
      const dueDate = `2026-${month}-${String(1 + (i % 28)).padStart(2, "0")}`;
      rows.push({ id: 1000 + i, planId, contractId: planId === 2 ? 1 : 2, seq: i, dueDate, amountMinor: 1000 + (i % 977), trigger: { kind: "date" }, rev: 1, updatedAt: "" });
    }
    const s = snapshotOf({ customers, contracts, plans, installments: rows });
    const asOfLate = serialFromIso("2026-04-15")!;
    const queue = todayQueue(s, asOfLate);
    // Nothing is paid: every row due by the end of the 7-day horizon (2026-04-22) is in the queue.
    const expected = rows.filter((r) => r.dueDate <= "2026-04-22").map((r) => r.id!).sort((a, b) => a - b);
    expect(expected.length).toBeGreaterThan(50_000);
    expect(queue.map((q) => q.installmentId).sort((a, b) => a - b)).toEqual(expected);
    expect(queue.findIndex((q, k) => k > 0 && queue[k - 1].exposure < q.exposure)).toBe(-1);
  });
});
