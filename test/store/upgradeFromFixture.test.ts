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
import { setTarget } from "../../src/core/store/targets";

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
  it("opens in the current schema with every record of every table unchanged, targets given the currency they were read in", async () => {
    const name = `upgrade-v1-${Date.now()}`;
    await writeV1Ledger(name);
    const db = new LedgerDb(name);
    await db.open();
    expect(fixture.schemaVersion).toBe(1);
    // v3 writes into a target stored without a currency the default one it was read in (the
    // fixture's settings name none: CNY); nothing else changes.
    const expected = (table: string) =>
      (fixture.tables[table] ?? []).map((r) => (table === "targets" && r.currency === undefined ? { ...r, currency: "CNY" } : r));
    expect(fixture.tables.targets.length).toBeGreaterThan(0);
    for (const table of LEDGER_TABLES) {
      expect({ table, rows: await db.table(table).toArray() }).toEqual({ table, rows: expected(table) });
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

  it("is at the current version after opening: writes carry a change stamp and the open-items view can be saved", async () => {
    const name = `upgrade-v1-v2-${Date.now()}`;
    await writeV1Ledger(name);
    const db = new LedgerDb(name);
    await db.open();
    expect(db.verno).toBe(3);
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

/** Version 2's table definitions as they shipped (v1's, with v2's changes). Never edit to match new code. */
const FROZEN_V2: Record<string, string> = {
  ...FROZEN_V1,
  installments: "++id, planId, contractId",
  receipts: "++id, contractId",
  allocations: "++id, receiptId, contractId",
  meta: "&key",
};

describe("a ledger saved by schema version 2", () => {
  async function writeV2Ledger(name: string, defaultCurrency: string, targets: Record<string, unknown>[], contractCurrencies: string[] = []): Promise<void> {
    const v2 = new Dexie(name);
    v2.version(2).stores(FROZEN_V2);
    await v2.transaction("rw", v2.tables, async () => {
      await v2.table("settings").add({ key: "defaultCurrency", value: { code: defaultCurrency, digits: 2 } });
      await v2.table("targets").bulkAdd(targets);
      await v2.table("contracts").bulkAdd(contractCurrencies.map((currency, i) => ({ ...(fixture.tables.contracts[0] as object), id: 100 + i, code: `HT-${i}`, currency })));
    });
    v2.close();
  }
  const target = (id: number, owner: string, currency?: string) => ({
    id, rev: 1, updatedAt: "2026-10-01T00:00:00.000Z", owner, period: "2026-11", targetMinor: 100_00 * id, ...(currency ? { currency } : {}),
  });

  it("gives a target stored without a currency the default it was read in (USD here) and keeps a target's own currency", async () => {
    const name = `upgrade-v2-${Date.now()}`;
    await writeV2Ledger(name, "USD", [target(1, "Li"), target(2, "Wang", "EUR")]);
    const db = new LedgerDb(name);
    expect((await db.targets.toArray()).map((t) => [t.owner, t.currency, t.targetMinor, t.rev])).toEqual([["Li", "USD", 100_00, 1], ["Wang", "EUR", 200_00, 1]]);
    expect(db.verno).toBe(3);
    db.close();
  });

  it("gives it the contracts' only currency when they are all in one other than the default, as the Dashboard read it", async () => {
    const name = `upgrade-v2-usd-${Date.now()}`;
    await writeV2Ledger(name, "CNY", [target(1, "Li")], ["USD", "usd"]);
    const db = new LedgerDb(name);
    expect((await db.targets.toArray()).map((t) => t.currency)).toEqual(["USD"]);
    db.close();
    const mixed = `upgrade-v2-mixed-${Date.now()}`;
    await writeV2Ledger(mixed, "CNY", [target(1, "Li")], ["USD", "EUR"]);
    const db2 = new LedgerDb(mixed);
    expect((await db2.targets.toArray()).map((t) => t.currency)).toEqual(["CNY"]);
    db2.close();
  });

  it("then lets the same owner set a target in another currency for the same period", async () => {
    const name = `upgrade-v2-more-${Date.now()}`;
    await writeV2Ledger(name, "CNY", [target(1, "Li")]);
    const db = new LedgerDb(name);
    await setTarget(db, { owner: "Li", period: "2026-11", targetMinor: 5_00, currency: "USD" });
    expect((await db.targets.toArray()).map((t) => [t.currency, t.targetMinor])).toEqual([["CNY", 100_00], ["USD", 5_00]]);
    db.close();
  });
});
