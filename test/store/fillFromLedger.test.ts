import { serialFromIso } from "../../src/core/dates";
import { creditPositions, ledgerScorecardInputs } from "../../src/core/ledger/customerCredit";
import { closeContract, createContract } from "../../src/core/store/contracts";
import type { LedgerDb } from "../../src/core/store/db";
import { loadSnapshot } from "../../src/core/store/loadSnapshot";
import { recordReceipt } from "../../src/core/store/receipts";
import { contractDraft, freshDb, seedContract } from "./fixtures";

/**
 * What the assessment form's "Fill from ledger" takes (core/ledger/customerCredit
 * ledgerScorecardInputs), before and after a contract is closed with its remainder written off.
 * A write-off is the worst payment there is: it must never make the overdue share or the
 * utilisation better than the debt it replaced (worse inputs never give a better score).
 *
 * The seeded plan is three installments of 100.00 due 01-31, 02-28 and 03-31; on 2026-04-30 all
 * three are overdue.
 */
const asOf = serialFromIso("2026-04-30")!;

async function filled(db: LedgerDb, customerId: number) {
  return ledgerScorecardInputs(await loadSnapshot(db), customerId, asOf, "CNY");
}

async function closeWrittenOff(db: LedgerDb, id: number): Promise<void> {
  const c = (await db.contracts.get(id))!;
  await closeContract(db, id, c.rev, { writeOff: true, date: "2026-04-20" });
}

async function setLimit(db: LedgerDb, customerId: number, limitMinor: number): Promise<void> {
  await db.customers.update(customerId, { creditLimitMinor: limitMinor });
}

describe("Fill from ledger after a contract is closed with its remainder written off", () => {
  it("a customer whose only contract was all overdue stays at 100% overdue and the same utilisation", async () => {
    const db = freshDb();
    const { customerId, contractId } = await seedContract(db);
    await setLimit(db, customerId, 600_00);
    const before = await filled(db, customerId);
    // 300.00 open, all overdue; 300.00 of a 600.00 limit.
    expect(before).toEqual({ overdueShare: 1, utilisation: 0.5 });

    await closeWrittenOff(db, contractId);
    const after = await filled(db, customerId);
    expect(after.overdueShare).toBeGreaterThanOrEqual(before.overdueShare);
    expect(after.utilisation).toBeGreaterThanOrEqual(before.utilisation);
    expect(after).toEqual({ overdueShare: 1, utilisation: 0.5 });
    // The exposure shown on the page does leave the written-off money out: it is no exposure.
    const position = creditPositions(await loadSnapshot(db), asOf, "CNY").get(customerId)!;
    expect([position.outstanding, position.overdue]).toEqual([0, 0]);
  });

  it("with a second contract partly paid and not yet due, writing the first off raises the overdue share and keeps the utilisation", async () => {
    const db = freshDb();
    const { customerId, contractId } = await seedContract(db);
    await recordReceipt(db, { contractId, date: "2026-02-01", amountMinor: 150_00, method: "transfer" });
    // A second contract: 200.00 due 2026-06-30, not yet due.
    await createContract(db, contractDraft(customerId, { code: "HT-2026-002", amountMinor: 200_00 }), [{ dueDate: "2026-06-30", amountMinor: 200_00 }]);
    await setLimit(db, customerId, 1000_00);
    const before = await filled(db, customerId);
    // 150.00 open and overdue on the first, 200.00 not due on the second: 150 / 350 overdue; 350 / 1000 used.
    expect(before.overdueShare).toBeCloseTo(150 / 350, 12);
    expect(before.utilisation).toBeCloseTo(350 / 1000, 12);

    await closeWrittenOff(db, contractId);
    const after = await filled(db, customerId);
    expect(after.overdueShare).toBeGreaterThanOrEqual(before.overdueShare);
    expect(after.utilisation).toBeGreaterThanOrEqual(before.utilisation);
  });

  it("without a limit the written-off money still reads as credit fully used; a zero limit as over it", async () => {
    const db = freshDb();
    const { customerId, contractId } = await seedContract(db);
    await closeWrittenOff(db, contractId);
    expect(await filled(db, customerId)).toEqual({ overdueShare: 1, utilisation: 1 });
    await setLimit(db, customerId, 0);
    // The page says a zero limit with money open is used beyond any band (creditPositions: Infinity).
    expect((await filled(db, customerId)).utilisation).toBeGreaterThan(1.2);
  });
});
