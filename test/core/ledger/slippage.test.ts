import { serialFromIso } from "../../../src/core/dates";
import { milestoneSlippage, progressGaps } from "../../../src/core/ledger/slippage";
import type { Milestone } from "../../../src/core/store/types";

const asOf = serialFromIso("2026-03-10")!;
const m = (id: number, contractId: number, plannedDate: string, percentComplete: number, actualDate?: string): Milestone => ({
  id, contractId, name: `M${id}`, plannedDate, actualDate, percentComplete, rev: 1, updatedAt: "",
});

describe("milestone slippage (as of 2026-03-10)", () => {
  it.each([
    ["done late: actual − planned", m(1, 1, "2026-03-01", 100, "2026-03-05"), "done", 4],
    ["done early: negative", m(2, 1, "2026-03-01", 100, "2026-02-26"), "done", -3],
    ["not done, planned date passed: today − planned", m(3, 1, "2026-03-01", 60), "late", 9],
    ["not done, not yet planned: no slippage", m(4, 1, "2026-03-20", 10), "upcoming", 0],
  ])("%s", (_, milestone, state, days) => {
    const s = milestoneSlippage(milestone, asOf);
    expect([s.state, s.slippageDays]).toEqual([state, days]);
  });

  it("gives each contract's progress gap: planned share due minus actual share done", () => {
    const gaps = progressGaps([
      m(1, 1, "2026-03-01", 40), // due, 40% done
      m(2, 1, "2026-04-01", 0, "2026-02-25"), // not due yet but reached: counts 100%
      m(3, 2, "2026-02-01", 0), // due, nothing done
    ], asOf);
    expect(gaps.get(1)).toBeCloseTo(1 / 2 - (40 + 100) / 200, 12); // −0.2: ahead of plan
    expect(gaps.get(2)).toBe(1);
    expect(gaps.has(3)).toBe(false);
  });
});
