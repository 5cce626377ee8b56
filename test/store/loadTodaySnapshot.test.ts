import { serialFromIso } from "../../src/core/dates";
import { todayQueue } from "../../src/core/ledger/today";
import { createContract } from "../../src/core/store/contracts";
import { loadSnapshot, loadTodaySnapshot, reloadTables } from "../../src/core/store/loadSnapshot";
import { recordReceipt } from "../../src/core/store/receipts";
import { logReminder } from "../../src/core/store/reminders";
import { contractDraft, freshDb, seedContract, seedCustomer } from "./fixtures";

describe("loadTodaySnapshot", () => {
  it("reads only the receipts of contracts with a promise to pay, and the Today queue still sees the promise kept", async () => {
    const db = freshDb();
    // A: 100.00 due Jan, Feb, Mar; promised on 1 Feb to pay 100.00 by 20 Feb, and 100.00 arrived on 10 Feb.
    const { contractId: a } = await seedContract(db);
    const other = await seedCustomer(db, "C-002", "Beta");
    const b = await createContract(db, contractDraft(other, { code: "HT-2026-002", amountMinor: 200_00 }), [
      { dueDate: "2026-01-31", amountMinor: 100_00 },
      { dueDate: "2026-02-28", amountMinor: 100_00 },
    ]);
    await logReminder(db, { contractId: a, date: "2026-02-01", channel: "phone", contact: "AP", outcome: "promise", owner: "Li", promiseDate: "2026-02-20", promiseAmountMinor: 100_00 });
    await recordReceipt(db, { contractId: a, date: "2026-02-10", amountMinor: 100_00, method: "transfer" });
    await recordReceipt(db, { contractId: b, date: "2026-02-10", amountMinor: 50_00, method: "transfer" });

    const narrow = await loadTodaySnapshot(db);
    expect(narrow.receipts.map((r) => r.contractId)).toEqual([a]);
    expect(narrow.installments).toHaveLength(5);
    expect(narrow.allocations).toHaveLength(2);

    const asOf = serialFromIso("2026-04-10")!;
    const queue = todayQueue(narrow, asOf);
    // Open on 10 Apr: A's Feb and Mar rows (Jan was paid), B's Jan (50.00 left) and Feb rows.
    expect(queue.map((i) => [i.contractId, i.seq, i.amount]).sort()).toEqual([[a, 2, 100_00], [a, 3, 100_00], [b, 1, 50_00], [b, 2, 100_00]].sort());
    // 100.00 arrived inside the promise window, so A's promise is kept.
    expect(queue.filter((i) => i.contractId === a).map((i) => i.brokenPromise)).toEqual([false, false]);
    expect(queue).toEqual(todayQueue(await loadSnapshot(db), asOf));
  });

  it("reads no receipt when no reminder records a promise", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    await recordReceipt(db, { contractId, date: "2026-02-10", amountMinor: 100_00, method: "transfer" });
    await logReminder(db, { contractId, date: "2026-02-01", channel: "email", contact: "AP", outcome: "no answer", owner: "Li" });
    const narrow = await loadTodaySnapshot(db);
    expect(narrow.receipts).toEqual([]);
    expect(narrow.reminders).toHaveLength(1);
  });
});

describe("reloadTables", () => {
  it("re-reads the named tables and keeps the others, so a logged reminder shows in the kept snapshot", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const before = await loadSnapshot(db);
    await logReminder(db, { contractId, date: "2026-02-01", channel: "phone", contact: "AP", outcome: "promise", owner: "Li", promiseDate: "2026-02-20" });
    const after = await reloadTables(db, before, ["reminders"]);
    expect(after.reminders.map((r) => r.promiseDate)).toEqual(["2026-02-20"]);
    expect(after.installments).toBe(before.installments); // kept, not read again
    expect(after).toEqual(await loadSnapshot(db));
  });
});
