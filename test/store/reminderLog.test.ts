import { isArInputError } from "../../src/core/errors";
import { closeContract } from "../../src/core/store/contracts";
import { LedgerDb } from "../../src/core/store/db";
import { recordReceipt } from "../../src/core/store/receipts";
import { deleteReminder, listReminders, logReminder, updateReminder } from "../../src/core/store/reminders";
import { isStaleEdit } from "../../src/core/store/revision";
import { codeOf, freshDb, refusalOf, seedContract } from "./fixtures";

/*
 * The contact log (催款记录): a mistaken entry can be deleted (guarded like every edit), and a promise
 * to pay cannot be for more than is open on the contract. The seeded contract has three
 * installments of CNY 100.00: CNY 300.00 open.
 */
const contact = (contractId: number, patch: Partial<Parameters<typeof logReminder>[1]> = {}) =>
  ({ contractId, date: "2026-02-10", channel: "phone" as const, contact: "Mr Zhang", outcome: "", owner: "Li", ...patch });

describe("deleting a logged contact", () => {
  test("removes that entry only; the contract's other contacts stay", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const keep = await logReminder(db, contact(contractId, { date: "2026-02-05", outcome: "no answer" }));
    const wrong = await logReminder(db, contact(contractId, { outcome: "promised", promiseDate: "2026-02-20", promiseAmountMinor: 250_00 }));
    await deleteReminder(db, wrong, 1);
    expect(await db.reminders.get(wrong)).toBeUndefined();
    expect((await listReminders(db, { contractId })).map((r) => r.id)).toEqual([keep]);
  });

  test("an entry changed in another pane since it was read is not deleted (stale edit, named by contract and date)", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const id = await logReminder(db, contact(contractId));
    const other = new LedgerDb(db.name);
    await updateReminder(other, id, 1, { outcome: "will pay Friday" });
    const refused = await refusalOf(deleteReminder(db, id, 1));
    expect(isStaleEdit(refused)).toBe(true);
    expect(isArInputError(refused) && refused.messageIn("en")).toMatch(/^HT-2026-001 2026-02-10 was changed in another pane/);
    expect((await db.reminders.get(id))?.outcome).toBe("will pay Friday");
    other.close();
  });

  test("an entry already deleted in another pane is reported as not found, not deleted twice", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const id = await logReminder(db, contact(contractId));
    await deleteReminder(db, id, 1);
    expect(await codeOf(deleteReminder(db, id, 1))).toBe("recordNotFound");
  });

  test("a closed contract's contacts are final, as its receipts are: reopen it first", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const id = await logReminder(db, contact(contractId));
    const rev = (await db.contracts.get(contractId))!.rev;
    await closeContract(db, contractId, rev, { writeOff: true, date: "2026-03-01" });
    expect(await codeOf(deleteReminder(db, id, 1))).toBe("contractClosed");
    expect(await db.reminders.get(id)).toBeDefined();
  });
});

describe("a promise to pay is for at most what is open on the contract", () => {
  test("a mistyped promise far above the open amount is refused, naming the open amount in both languages", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const refused = await refusalOf(logReminder(db, contact(contractId, { promiseDate: "2026-02-20", promiseAmountMinor: 12_062_026_00 })));
    expect(isArInputError(refused) && refused.code).toBe("mustNotExceed");
    expect(isArInputError(refused) && refused.messageIn("en")).toContain("CNY 300.00");
    expect(isArInputError(refused) && refused.messageIn("en")).toContain("CNY 12,062,026.00");
    expect(isArInputError(refused) && refused.messageIn("zh")).toContain("CNY 300.00");
    expect(await db.reminders.count()).toBe(0);
  });

  test("a promise of everything open is accepted; one cent more is not", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    await logReminder(db, contact(contractId, { promiseDate: "2026-02-20", promiseAmountMinor: 300_00 }));
    expect(await codeOf(logReminder(db, contact(contractId, { promiseDate: "2026-02-20", promiseAmountMinor: 300_01 })))).toBe("mustNotExceed");
    expect(await db.reminders.count()).toBe(1);
  });

  test("what receipts settled is no longer open: after CNY 120.00 received, CNY 180.00 can be promised, not 180.01", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    await recordReceipt(db, { contractId, date: "2026-02-01", amountMinor: 120_00, method: "transfer" });
    await logReminder(db, contact(contractId, { promiseDate: "2026-02-20", promiseAmountMinor: 180_00 }));
    expect(await codeOf(logReminder(db, contact(contractId, { promiseDate: "2026-02-20", promiseAmountMinor: 180_01 })))).toBe("mustNotExceed");
  });

  test("completing a contact later with a promise above the open amount is refused; an unchanged promise does not block other edits", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const id = await logReminder(db, contact(contractId));
    expect(await codeOf(updateReminder(db, id, 1, { promiseDate: "2026-02-20", promiseAmountMinor: 300_01 }))).toBe("mustNotExceed");
    expect(await updateReminder(db, id, 1, { promiseDate: "2026-02-20", promiseAmountMinor: 300_00 })).toBe(2);
    // Money received since brings the open amount below the promise as agreed: the entry stays editable.
    await recordReceipt(db, { contractId, date: "2026-02-12", amountMinor: 100_00, method: "transfer" });
    expect(await updateReminder(db, id, 2, { nextActionDate: "2026-02-21" })).toBe(3);
    expect((await db.reminders.get(id))?.promiseAmountMinor).toBe(300_00);
  });
});
