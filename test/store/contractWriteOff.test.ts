import { backupToJson, exportBackup, restoreBackup } from "../../src/core/backup/backup";
import { backupErrorMessage } from "../../src/core/backup/messages";
import { isBackupError } from "../../src/core/backup/format";
import { closeContract, reopenContract, updateContract } from "../../src/core/store/contracts";
import type { LedgerDb } from "../../src/core/store/db";
import { recordReceipt } from "../../src/core/store/receipts";
import type { Contract } from "../../src/core/store/types";
import { codeOf, freshDb, seedContract } from "./fixtures";

/**
 * What closing with money open leaves on the contract record (the close record: what was written
 * off, the day, the status it had), and how reopening, editing and a backup treat it.
 *
 * The seeded plan is three installments of 100.00 (due 01-31, 02-28, 03-31); a receipt of 150.00
 * settles the first and half the second, so 300.00 − 150.00 = 150.00 is open when it is closed.
 */
const PLAN_TOTAL = 3 * 100_00;
const RECEIVED = 150_00;

async function contractWithMoneyOpen(status: Contract["status"] = "active"): Promise<{ db: LedgerDb; id: number }> {
  const db = freshDb();
  const { contractId } = await seedContract(db, undefined, { status });
  await recordReceipt(db, { contractId, date: "2026-02-01", amountMinor: RECEIVED, method: "transfer" });
  return { db, id: contractId };
}

const stored = async (db: LedgerDb, id: number): Promise<Contract> => (await db.contracts.get(id))!;

async function closeWrittenOff(db: LedgerDb, id: number, date = "2026-03-10"): Promise<Contract> {
  await closeContract(db, id, (await stored(db, id)).rev, { writeOff: true, date });
  return stored(db, id);
}

describe("closing a contract records what was written off", () => {
  it("records the remainder open at closing, the day and the status it had before", async () => {
    const { db, id } = await contractWithMoneyOpen("disputed");
    const c = await closeWrittenOff(db, id, "2026-03-10");
    expect(c.status).toBe("closed");
    expect(c.writtenOffMinor).toBe(PLAN_TOTAL - RECEIVED);
    expect(c.closedDate).toBe("2026-03-10");
    expect(c.statusBeforeClose).toBe("disputed");
  });

  it("records 0 written off when nothing was open", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    await recordReceipt(db, { contractId, date: "2026-02-01", amountMinor: PLAN_TOTAL, method: "transfer" });
    await closeContract(db, contractId, (await stored(db, contractId)).rev, { date: "2026-04-01" });
    const c = await stored(db, contractId);
    expect([c.status, c.writtenOffMinor, c.closedDate, c.statusBeforeClose]).toEqual(["closed", 0, "2026-04-01", "active"]);
  });

  it("refuses a close day that is no date, and writes nothing", async () => {
    const { db, id } = await contractWithMoneyOpen();
    const before = await stored(db, id);
    expect(await codeOf(closeContract(db, id, before.rev, { writeOff: true, date: "2026-02-30" }))).toBe("notADate");
    expect(await stored(db, id)).toEqual(before);
  });

  it("closing a contract already closed keeps the first close record (it does not become 'closed before closing')", async () => {
    const { db, id } = await contractWithMoneyOpen("disputed");
    const first = await closeWrittenOff(db, id, "2026-03-10");
    await closeContract(db, id, first.rev, { writeOff: true, date: "2026-05-01" });
    expect(await stored(db, id)).toEqual(first);
  });
});

describe("reopening a closed contract", () => {
  it("restores the status it had before closing and takes the write-off back", async () => {
    const { db, id } = await contractWithMoneyOpen("disputed");
    const closed = await closeWrittenOff(db, id);
    await reopenContract(db, id, closed.rev);
    const c = await stored(db, id);
    expect(c.status).toBe("disputed");
    expect([c.writtenOffMinor, c.closedDate, c.statusBeforeClose]).toEqual([undefined, undefined, undefined]);
    expect("writtenOffMinor" in c).toBe(false);
  });

  it("makes a contract closed before the close record existed active", async () => {
    const { db, id } = await contractWithMoneyOpen("disputed");
    const closed = await closeWrittenOff(db, id);
    // As an older release stored it: status closed, no record.
    const { writtenOffMinor: _a, closedDate: _d, statusBeforeClose: _s, ...older } = closed;
    await db.contracts.put(older);
    await reopenContract(db, id, older.rev);
    expect((await stored(db, id)).status).toBe("active");
  });

  it("refuses a stale reopen and leaves the contract closed with its record", async () => {
    const { db, id } = await contractWithMoneyOpen();
    const closed = await closeWrittenOff(db, id);
    await db.contracts.update(id, { rev: closed.rev + 1 });
    expect(await codeOf(reopenContract(db, id, closed.rev))).toBe("staleEdit");
    expect(await stored(db, id)).toMatchObject({ status: "closed", writtenOffMinor: PLAN_TOTAL - RECEIVED });
  });

  it("closed again after a reopen, it records the new close", async () => {
    const { db, id } = await contractWithMoneyOpen("disputed");
    await reopenContract(db, id, (await closeWrittenOff(db, id, "2026-03-10")).rev);
    const again = await closeWrittenOff(db, id, "2026-06-30");
    expect([again.closedDate, again.statusBeforeClose, again.writtenOffMinor]).toEqual(["2026-06-30", "disputed", PLAN_TOTAL - RECEIVED]);
  });
});

describe("edits keep the close record in step", () => {
  it("an edit of another field of a closed contract keeps its close record", async () => {
    const { db, id } = await contractWithMoneyOpen("disputed");
    const closed = await closeWrittenOff(db, id);
    await updateContract(db, id, closed.rev, { title: "Renamed", owner: "Wang" });
    expect(await stored(db, id)).toMatchObject({ title: "Renamed", writtenOffMinor: closed.writtenOffMinor, closedDate: closed.closedDate, statusBeforeClose: "disputed" });
  });

  it("a patch cannot set or change the close record: only closing and reopening write it", async () => {
    const { db, id } = await contractWithMoneyOpen();
    const closed = await closeWrittenOff(db, id);
    await updateContract(db, id, closed.rev, { writtenOffMinor: 1, closedDate: "2020-01-01", statusBeforeClose: "draft" });
    expect(await stored(db, id)).toMatchObject({ writtenOffMinor: PLAN_TOTAL - RECEIVED, closedDate: "2026-03-10", statusBeforeClose: "active" });
  });

  it("an edit that takes a contract out of closed reopens it: the write-off is taken back", async () => {
    const { db, id } = await contractWithMoneyOpen();
    const closed = await closeWrittenOff(db, id);
    expect(closed.writtenOffMinor).toBe(PLAN_TOTAL - RECEIVED);
    await updateContract(db, id, closed.rev, { status: "disputed" });
    const c = await stored(db, id);
    expect(c.status).toBe("disputed");
    expect([c.writtenOffMinor, c.closedDate, c.statusBeforeClose]).toEqual([undefined, undefined, undefined]);
  });

  it("an edit that closes a contract with nothing open records a close with nothing written off", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db, undefined, { status: "disputed" });
    await recordReceipt(db, { contractId, date: "2026-02-01", amountMinor: PLAN_TOTAL, method: "transfer" });
    await updateContract(db, contractId, (await stored(db, contractId)).rev, { status: "closed" });
    const c = await stored(db, contractId);
    expect([c.status, c.writtenOffMinor, c.statusBeforeClose]).toEqual(["closed", 0, "disputed"]);
    expect(c.closedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("the close record in a backup", () => {
  it("survives a backup and restore, so the restored contract reopens to the status it had", async () => {
    const { db, id } = await contractWithMoneyOpen("disputed");
    const closed = await closeWrittenOff(db, id);
    const target = freshDb();
    await restoreBackup(target, backupToJson(await exportBackup(db)));
    expect(await stored(target, id)).toEqual(closed);
    await reopenContract(target, id, closed.rev);
    expect((await stored(target, id)).status).toBe("disputed");
  });

  it.each([
    ["statusBeforeClose", "closed"],
    ["writtenOffMinor", 12.5],
    ["closedDate", "2026-13-01"],
  ])("refuses a backup whose contract has a damaged %s, naming the field", async (field, value) => {
    const { db, id } = await contractWithMoneyOpen();
    await closeWrittenOff(db, id);
    const backup = await exportBackup(db);
    const damaged = { ...backup, tables: { ...backup.tables, contracts: backup.tables.contracts.map((c) => ({ ...c, [field]: value })) } };
    let refused: unknown;
    try {
      await restoreBackup(freshDb(), backupToJson(damaged));
    } catch (e) {
      refused = e;
    }
    expect(isBackupError(refused)).toBe(true);
    expect(backupErrorMessage(refused as never, "en")).toContain(field);
  });
});
