import { serialFromIso } from "../../../src/core/dates";
import { creditInputsFromLedger } from "../../../src/core/ledger/creditInputs";
import { scenario } from "./scenario";

const asOf = serialFromIso("2026-03-10")!;

describe("scorecard inputs from the ledger (scenario, as of 2026-03-10)", () => {
  it("Acme: late days weighted by amount, overdue share, no limit, relationship from the first invoice", () => {
    const inputs = creditInputsFromLedger(scenario(), 1, asOf, "CNY");
    // Rows due in the past year and not open-and-not-due: HT-1 row 1 (400.00, 38 days late so far —
    // only 250.00 came, so it is still overdue) and HT-3 (100.00, closed, 68 days late, never paid).
    expect(inputs.avgDaysLate).toBeCloseTo((38 * 400 + 68 * 100) / 500, 10);
    // Outstanding 750 (HT-1) + 100 (HT-3); overdue 150 + 100.
    expect(inputs.overdueShare).toBeCloseTo(250 / 850, 12);
    expect(inputs.utilisation).toBe(1); // no credit limit set, something outstanding
    expect(inputs.relationshipYears).toBeCloseTo((asOf - serialFromIso("2026-01-31")!) / 365.25, 12);
  });

  it("counts a settled installment from its due date to the receipt that settled it", () => {
    const s = scenario();
    const receipts = [...s.receipts, { id: 3, contractId: 2, date: "2026-03-09", amountMinor: 150_00, method: "cash" as const, rev: 1, updatedAt: "" }];
    const allocations = [...s.allocations, { id: 4, receiptId: 3, installmentId: 21, contractId: 2, amountMinor: 150_00 }];
    const inputs = creditInputsFromLedger({ ...s, receipts, allocations }, 2, asOf, "CNY");
    expect(inputs.avgDaysLate).toBe(9); // due 02-28, settled 03-09
    expect(inputs.overdueShare).toBe(0); // 300.00 due 03-12 is open, not overdue
  });
});
