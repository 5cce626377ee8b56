import Dexie from "dexie";
import { readFileSync } from "node:fs";
import path from "node:path";
import { contractSummary } from "../../src/core/ledger/contractSummary";
import { serialFromIso } from "../../src/core/dates";
import { LEDGER_TABLES, LedgerDb } from "../../src/core/store/db";
import { openItemsOf } from "../../src/core/ledger/openItems";
import { loadSnapshot, loadStampedSnapshot } from "../../src/core/store/loadSnapshot";
import { loadOpenItemsView, saveOpenItemsView } from "../../src/core/store/openItemsView";
import { logReminder } from "../../src/core/store/reminders";

/**
 * A ledger as schema version 1 stored it (test/store/fixtures/ledger-v1.json, a frozen file), written
 * through a frozen copy of version 1's table definitions, then opened by the current LedgerDb. When a
 * version 2 arrives with its upgrade, this test proves that a user's v1 ledger comes through whole.
 * Never edit the fixture or FROZEN_V1 to match new code: add a fixture for the new version instead.
 */
const FROZEN_V1: Record<string, string> = {
  customers: "++id, &code, name",
  contracts: "++id, &code, customerId, status, owner",
  milestones: "++id, contractId",
  plans: "++id, contractId, [contractId+version], [contractId+active]",
  installments: "++id, planId, contractId, dueDate",
  invoices: "++id, &number, contractId, installmentId",
  receipts: "++id, contractId, date",
  allocations: "++id, receiptId, installmentId, contractId",
  assessments: "++id, customerId, [customerId+date]",
  reminders: "++id, contractId, installmentId, date, nextActionDate, owner",
  targets: "++id, &[owner+period]",
  settings: "&key",
};

const fixture = JSON.parse(readFileSync(path.join(__dirname, "fixtures/ledger-v1.json"), "utf8")) as {
  schemaVersion: number;
  tables: Record<string, Record<string, unknown>[]>;
};

async function writeV1Ledger(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(FROZEN_V1);
  await v1.transaction("rw", v1.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await v1.table(table).bulkAdd(rows);
  });
  v1.close();
}

describe("a ledger saved by schema version 1", () => {
  it("opens in the current schema with every record of every table unchanged", async () => {
    const name = `upgrade-v1-${Date.now()}`;
    await writeV1Ledger(name);
    const db = new LedgerDb(name);
    await db.open();
    expect(fixture.schemaVersion).toBe(1);
    for (const table of LEDGER_TABLES) {
      expect({ table, rows: await db.table(table).toArray() }).toEqual({ table, rows: fixture.tables[table] ?? [] });
    }
    db.close();
  });

  it("answers the ledger's questions from the old records: HT-001 keeps 80,000.00 outstanding", async () => {
    const name = `upgrade-v1-q-${Date.now()}`;
    await writeV1Ledger(name);
    const db = new LedgerDb(name);
    // HT-001: 100,000.00 in two installments (30,000.00 and 70,000.00); one receipt of 20,000.00.
    const summary = contractSummary(await loadSnapshot(db), 1, serialFromIso("2026-11-27")!)!;
    expect(summary.received).toBe(2_000_000);
    expect(summary.outstanding).toBe(8_000_000);
    db.close();
  });

  it("is at version 2 after opening: writes carry a change stamp and the open-items view can be saved", async () => {
    const name = `upgrade-v1-v2-${Date.now()}`;
    await writeV1Ledger(name);
    const db = new LedgerDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    await logReminder(db, { contractId: 1, date: "2026-11-27", channel: "phone", contact: "AP", outcome: "called", owner: "Li" });
    const { snapshot, stamp } = await loadStampedSnapshot(db);
    expect(stamp).toEqual(expect.any(String));
    expect(await saveOpenItemsView(db, snapshot, stamp)).toBe(true);
    expect((await loadOpenItemsView(db))?.contracts.map((c) => c.code)).toEqual(openItemsOf(snapshot).contracts.map((c) => c.code));
    // The indexes v2 kept still answer.
    expect(await db.installments.where("contractId").equals(1).count()).toBe(fixture.tables.installments.filter((i) => i.contractId === 1).length);
    db.close();
  });
});
