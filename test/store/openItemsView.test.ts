import { exportBackup, restoreBackup } from "../../src/core/backup/backup";
import { serialFromIso } from "../../src/core/dates";
import { openItemsOf } from "../../src/core/ledger/openItems";
import { todayQueue } from "../../src/core/ledger/today";
import { LedgerDb } from "../../src/core/store/db";
import { STAMP_KEY } from "../../src/core/store/ledgerStamp";
import { loadSnapshot, loadStampedSnapshot, reloadStampedTables } from "../../src/core/store/loadSnapshot";
import { ensureLedgerStamp, loadOpenItemsView, openItemsKeeper, saveOpenItemsView } from "../../src/core/store/openItemsView";
import { recordReceipt } from "../../src/core/store/receipts";
import { logReminder } from "../../src/core/store/reminders";
import { freshDb, seedContract } from "./fixtures";

const stampOf = async (db: LedgerDb) => (await db.meta.get(STAMP_KEY))?.value;

/** A ledger with one contract of three installments, the first paid, and its view saved. */
async function ledgerWithSavedView() {
  const db = freshDb();
  const { contractId } = await seedContract(db);
  await recordReceipt(db, { contractId, date: "2026-02-05", amountMinor: 100_00, method: "transfer" });
  const { snapshot, stamp } = await loadStampedSnapshot(db);
  expect(await saveOpenItemsView(db, snapshot, stamp)).toBe(true);
  return { db, contractId, snapshot };
}

describe("the ledger's change stamp", () => {
  it("changes with every kind of write, through the repositories or Dexie's own table API", async () => {
    const db = freshDb();
    const seen = [await stampOf(db)];
    const changed = async () => {
      const now = await stampOf(db);
      expect(seen).not.toContain(now);
      seen.push(now);
    };
    const { contractId } = await seedContract(db);
    await changed();
    await logReminder(db, { contractId, date: "2026-02-01", channel: "phone", contact: "AP", outcome: "called", owner: "Li" });
    await changed();
    await db.reminders.where("contractId").equals(contractId).modify({ outcome: "edited" });
    await changed();
    await db.reminders.bulkPut([{ contractId, date: "2026-02-02", channel: "email", contact: "AP", outcome: "sent", owner: "Li", rev: 1, updatedAt: "" }]);
    await changed();
    await db.reminders.where("contractId").equals(contractId).delete();
    await changed();
    await db.targets.clear();
    await changed();
    expect(seen[0]).toBeUndefined(); // a ledger never written to has no stamp
  });

  it("changes when another connection to the same ledger writes, as another pane does", async () => {
    const { db, contractId } = await ledgerWithSavedView();
    const before = await stampOf(db);
    const other = new LedgerDb(db.name);
    await logReminder(other, { contractId, date: "2026-02-01", channel: "phone", contact: "AP", outcome: "called", owner: "Li" });
    other.close();
    expect(await stampOf(db)).not.toBe(before);
    expect(await loadOpenItemsView(db)).toBeUndefined();
  });

  it("is left as it was by a write that rolls back", async () => {
    const { db, contractId } = await ledgerWithSavedView();
    const before = await stampOf(db);
    await expect(
      db.transaction("rw", db.reminders, async () => {
        await db.reminders.add({ contractId, date: "2026-02-01", channel: "phone", contact: "AP", outcome: "x", owner: "Li", rev: 1, updatedAt: "" });
        throw new Error("abandoned");
      }),
    ).rejects.toThrow("abandoned");
    expect(await stampOf(db)).toBe(before);
    expect(await loadOpenItemsView(db)).toBeDefined();
  });
});

describe("the saved open-items view", () => {
  it("is read back while the ledger is unchanged and gives the same Today queue as the whole ledger", async () => {
    const { db, snapshot } = await ledgerWithSavedView();
    const view = await loadOpenItemsView(db);
    expect(view).toEqual(openItemsOf(snapshot));
    expect(view!.installments.map((i) => i.seq)).toEqual([2, 3]); // the paid first one is left out
    const asOf = serialFromIso("2026-04-10")!;
    expect(todayQueue(view!, asOf)).toEqual(todayQueue(snapshot, asOf));
  });

  it("is stale after a write and not used until it is saved again from a fresh read", async () => {
    const { db, contractId } = await ledgerWithSavedView();
    await recordReceipt(db, { contractId, date: "2026-03-05", amountMinor: 100_00, method: "transfer" });
    expect(await loadOpenItemsView(db)).toBeUndefined();
    const fresh = await loadStampedSnapshot(db);
    await saveOpenItemsView(db, fresh.snapshot, fresh.stamp);
    expect((await loadOpenItemsView(db))!.installments.map((i) => i.seq)).toEqual([3]);
  });

  it("is not saved from a snapshot read before the latest write", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const old = await loadStampedSnapshot(db);
    await recordReceipt(db, { contractId, date: "2026-02-05", amountMinor: 100_00, method: "transfer" });
    expect(await saveOpenItemsView(db, old.snapshot, old.stamp)).toBe(false);
    expect(await loadOpenItemsView(db)).toBeUndefined();
  });

  it("saving it does not change the stamp, so it stays current", async () => {
    const { db } = await ledgerWithSavedView();
    const before = await stampOf(db);
    const { snapshot, stamp } = await loadStampedSnapshot(db);
    expect(await saveOpenItemsView(db, snapshot, stamp)).toBe(true);
    expect(await stampOf(db)).toBe(before);
  });

  it("is ignored when saved in another format, as by an older build", async () => {
    const { db } = await ledgerWithSavedView();
    const saved = await db.meta.get("openItemsView");
    await db.meta.put({ key: "openItemsView", value: { ...(saved!.value as object), format: 0 } });
    expect(await loadOpenItemsView(db)).toBeUndefined();
  });

  it("is not part of a backup, and a restore makes it stale", async () => {
    const { db } = await ledgerWithSavedView();
    const backup = await exportBackup(db);
    expect(Object.keys(backup.tables)).not.toContain("meta");
    await restoreBackup(db, backup);
    expect(await loadOpenItemsView(db)).toBeUndefined();
  });

  it("is not saved from a kept snapshot whose re-read missed a write to a table it kept", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const first = await loadStampedSnapshot(db);
    // A receipt (receipts, allocations) lands, but the pane re-reads only the reminders it heard of.
    await recordReceipt(db, { contractId, date: "2026-02-05", amountMinor: 100_00, method: "transfer" });
    await logReminder(db, { contractId, date: "2026-02-06", channel: "phone", contact: "AP", outcome: "called", owner: "Li" });
    const mixed = await reloadStampedTables(db, first.snapshot, ["reminders"], first.tableStamps);
    expect(mixed.stamp).toBeUndefined();
    expect(await saveOpenItemsView(db, mixed.snapshot, mixed.stamp)).toBe(false);
    expect(await loadOpenItemsView(db)).toBeUndefined();
    // Re-reading what the receipt touched as well makes it one state of the ledger again.
    const caughtUp = await reloadStampedTables(db, mixed.snapshot, ["receipts", "allocations"], mixed.tableStamps);
    expect(caughtUp.stamp).toBe(await stampOf(db));
    expect(await saveOpenItemsView(db, caughtUp.snapshot, caughtUp.stamp)).toBe(true);
    expect(await loadOpenItemsView(db)).toEqual(openItemsOf(await loadSnapshot(db)));
  });

  it("a partial re-read of exactly the tables written carries the ledger's stamp", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const first = await loadStampedSnapshot(db);
    await logReminder(db, { contractId, date: "2026-02-06", channel: "phone", contact: "AP", outcome: "called", owner: "Li" });
    const next = await reloadStampedTables(db, first.snapshot, ["reminders"], first.tableStamps);
    expect(next.stamp).toBe(await stampOf(db));
  });

  it("a ledger with records but no stamp (written before schema v2) gets one, so its view can be saved", async () => {
    const db = freshDb();
    await seedContract(db);
    await db.meta.clear(); // as a v1 ledger opened by v2: records, no stamp
    expect((await loadStampedSnapshot(db)).stamp).toBeUndefined();
    await ensureLedgerStamp(db);
    const { snapshot, stamp } = await loadStampedSnapshot(db);
    expect(stamp).toEqual(expect.any(String));
    expect(await saveOpenItemsView(db, snapshot, stamp)).toBe(true);
    await ensureLedgerStamp(db); // a second call leaves the stamp, and so the view, as it is
    expect(await loadOpenItemsView(db)).toEqual(openItemsOf(snapshot));
  });

  it("is saved by the keeper once, after a burst of snapshots has settled", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const keeper = openItemsKeeper(db, 30);
    const first = await loadStampedSnapshot(db);
    keeper.offer(first.snapshot, first.stamp);
    await recordReceipt(db, { contractId, date: "2026-02-05", amountMinor: 100_00, method: "transfer" });
    const second = await loadStampedSnapshot(db);
    keeper.offer(second.snapshot, second.stamp); // replaces the first, whose stamp is already stale
    expect(await loadOpenItemsView(db)).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await loadOpenItemsView(db)).toEqual(openItemsOf(second.snapshot));
    keeper.stop();
  });
});
