import { serialFromIso } from "../../../src/core/dates";
import { creditInputsFromLedger } from "../../../src/core/ledger/creditInputs";
import fc from "fast-check";
import { customers, scenario } from "./scenario";
import { creditScore, UTILISATION_BANDS } from "../../../src/core/credit/scorecard";
import { creditPositions, ledgerScorecardInputs } from "../../../src/core/ledger/customerCredit";
import { snapshotOf, type LedgerSnapshot } from "../../../src/core/ledger/snapshot";
import { closeContract } from "../../../src/core/store/contracts";
import { updateCustomer } from "../../../src/core/store/customers";
import { loadSnapshot } from "../../../src/core/store/loadSnapshot";
import { recordReceipt } from "../../../src/core/store/receipts";
import { freshDb, seedContract } from "../../store/fixtures";

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

describe("scorecard inputs when a contract is closed with its remainder written off", () => {
  // The store's own close, on a customer with a 1,000.00 limit and one contract of 3 × 100.00 due
  // 01-31, 02-28 and 03-31; 150.00 received on 02-01 settles row 1 (one day late) and half of row 2.
  async function ledgerBeforeAndAfterWriteOff(): Promise<{ before: LedgerSnapshot; after: LedgerSnapshot; customerId: number }> {
    const db = freshDb();
    const { customerId, contractId } = await seedContract(db);
    await updateCustomer(db, customerId, (await db.customers.get(customerId))!.rev, { creditLimitMinor: 1000_00 });
    await recordReceipt(db, { contractId, date: "2026-02-01", amountMinor: 150_00, method: "transfer" });
    const before = await loadSnapshot(db);
    await closeContract(db, contractId, (await db.contracts.get(contractId))!.rev, { writeOff: true, date: "2026-03-10" });
    return { before, after: await loadSnapshot(db), customerId };
  }

  it("counts the whole written-off remainder as overdue, so the overdue share rises; utilisation and days late stay", async () => {
    const { before, after, customerId } = await ledgerBeforeAndAfterWriteOff();
    const day = serialFromIso("2026-03-10")!;
    const was = creditInputsFromLedger(before, customerId, day, "CNY");
    const is = creditInputsFromLedger(after, customerId, day, "CNY");
    // Before: 150.00 outstanding, of which row 2's 50.00 overdue (row 3 is due 03-31).
    expect(was.overdueShare).toBeCloseTo(50 / 150, 12);
    // Written off, all 150.00 is a default: overdue whether it had fallen due or not.
    expect(is.overdueShare).toBe(1);
    // Credit used and never repaid stays used; days late as before: row 1 one day, row 2 ten days so far.
    expect(is.utilisation).toBeCloseTo(150 / 1000, 12);
    expect(is.utilisation).toBe(was.utilisation);
    expect(is.avgDaysLate).toBeCloseTo((1 * 100 + 10 * 100) / 200, 12);
    expect(is.avgDaysLate).toBe(was.avgDaysLate);
  });

  // Days on which part of the remainder had not fallen due yet (due today is not late).
  it.each(["2026-02-15", "2026-03-10", "2026-03-31"])(
    "never gives a better input or a better score than before the write-off, and counts what was not yet due as overdue (as of %s)",
    async (iso) => {
      const { before, after, customerId } = await ledgerBeforeAndAfterWriteOff();
      const day = serialFromIso(iso)!;
      const was = creditInputsFromLedger(before, customerId, day, "CNY");
      const is = creditInputsFromLedger(after, customerId, day, "CNY");
      // Smaller is better for each of these; relationship is about time and does not change.
      expect(is.avgDaysLate).toBeGreaterThanOrEqual(was.avgDaysLate);
      expect(is.overdueShare).toBeGreaterThanOrEqual(was.overdueShare);
      expect(is.utilisation).toBeGreaterThanOrEqual(was.utilisation);
      expect(is.relationshipYears).toBe(was.relationshipYears);
      // A written-off remainder is worse than one merely due: the share is all of it.
      expect(was.overdueShare).toBeLessThan(1);
      expect(is.overdueShare).toBe(1);
      const score = (i: typeof is) => creditScore({ ...i, financialStrength: 60 }).score;
      expect(score(is)).toBeLessThanOrEqual(score(was));
    },
  );
});

describe("utilisation against a zero credit limit (\"no credit\") and against none (\"unknown\")", () => {
  const withLimit = (limit: number | undefined): LedgerSnapshot =>
    snapshotOf({ ...scenario(), customers: [{ ...customers[0], creditLimitMinor: limit }, customers[1]] });

  it("reads a zero limit with money owed as over the limit, as the Customers page does, not as merely full", () => {
    const zero = creditInputsFromLedger(withLimit(0), 1, asOf, "CNY");
    // Acme owes 850.00 (HT-1 750.00 and HT-3's written-off 100.00): with no credit at all that is
    // over the limit, the scorecard's worst utilisation band (above 1.2), as ledgerScorecardInputs says.
    expect(zero.utilisation).toBeGreaterThan(UTILISATION_BANDS[UTILISATION_BANDS.length - 2].upTo);
    expect(zero.utilisation).toBe(ledgerScorecardInputs(withLimit(0), 1, asOf, "CNY").utilisation);
    expect(creditPositions(withLimit(0), asOf, "CNY").get(1)!.overLimit).toBe(true);
  });

  it("reads no limit at all with money owed as fully used (1), and either with nothing owed as 0", () => {
    expect(creditInputsFromLedger(withLimit(undefined), 1, asOf, "CNY").utilisation).toBe(1);
    const nothingOwed = snapshotOf({ ...scenario(), customers: [{ ...customers[0], creditLimitMinor: 0 }, customers[1]], installments: [] });
    expect(creditInputsFromLedger(nothingOwed, 1, asOf, "CNY").utilisation).toBe(0);
    expect(ledgerScorecardInputs(nothingOwed, 1, asOf, "CNY").utilisation).toBe(0);
  });

  it("never scores a lower limit better than a higher one, a zero limit included", () => {
    const score = (limit: number | undefined) => creditScore({ ...creditInputsFromLedger(withLimit(limit), 1, asOf, "CNY"), financialStrength: 60 }).score;
    fc.assert(
      fc.property(fc.nat({ max: 5_000_00 }), fc.nat({ max: 5_000_00 }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        return score(low) <= score(high);
      }),
      { examples: [[0, 1], [0, 100_00], [0, 850_00], [1, 1_000_00]] },
    );
    // A zero limit, "no credit", is never better than an unknown one.
    expect(score(0)).toBeLessThan(score(undefined));
  });
});
