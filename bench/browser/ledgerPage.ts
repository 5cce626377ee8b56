/**
 * The ledger benchmark page (bundled for the browser by bench/browser/ledgerBench.ts): the real
 * chunked importer and the real Today queue, on IndexedDB in Chromium. The Node side calls the
 * functions on window.__ledgerBench and does the timing bookkeeping.
 */
import Dexie from "dexie";
import { applyImport, prepareImport } from "../../src/core/import/importer";
import { IMPORT_TABLES, planImport } from "../../src/core/import/plan";
import { todayQueue } from "../../src/core/ledger/today";
import { LedgerDb } from "../../src/core/store/db";
import { loadSnapshot } from "../../src/core/store/loadSnapshot";
import { ledgerSheet, SHEET_MAPPING, TODAY_SERIAL } from "./ledgerSheet";

const DB_NAME = "huikuan-bench";
let sheet: unknown[][] = [];

async function freshDb(): Promise<LedgerDb> {
  await Dexie.delete(DB_NAME);
  const db = new LedgerDb(DB_NAME);
  await db.open();
  return db;
}

const bench = {
  prepare(installments: number): number {
    sheet = ledgerSheet(installments);
    return sheet.length;
  },
  /** Import the whole sheet into an empty ledger; answers the time and what the ledger then holds. */
  async importOnce(): Promise<{ ms: number; validateMs: number; installments: number; refused: number }> {
    const db = await freshDb();
    // importGrid's two phases, called one by one to tell where the time goes.
    const start = performance.now();
    const prepared = await prepareImport(sheet, SHEET_MAPPING, { firstRowNumber: 2, digits: 2 });
    const validated = performance.now();
    const result = await applyImport(db, prepared.rows, { today: "2026-11-27", now: "2026-11-27T09:00:00.000Z" });
    const ms = performance.now() - start;
    const installments = await db.installments.count();
    db.close();
    return { ms, validateMs: validated - start, installments, refused: prepared.refusals.length + result.refusals.length };
  },
  /**
   * Where an import's time goes, for the report (not a metric): the same steps as applyImport on
   * an empty ledger — validate, plan (pure), then each table's bulkPut in one transaction — timed
   * one by one.
   */
  async profileImport(): Promise<Record<string, number>> {
    const db = await freshDb();
    const times: Record<string, number> = {};
    let t = performance.now();
    const lap = (name: string) => {
      const now = performance.now();
      times[name] = now - t;
      t = now;
    };
    const prepared = await prepareImport(sheet, SHEET_MAPPING, { firstRowNumber: 2, digits: 2 });
    lap("validate");
    const nextId = Object.fromEntries(IMPORT_TABLES.map((name) => [name, 1])) as Record<(typeof IMPORT_TABLES)[number], number>;
    const empty = { customers: [], contracts: [], plans: [], installments: [], receipts: [], allocations: [], nextId };
    const plan = planImport(prepared.rows, empty, { now: "2026-11-27T09:00:00.000Z", today: "2026-11-27", currency: "CNY", owner: "" });
    lap("plan");
    await db.transaction("rw", IMPORT_TABLES.map((name) => db.table(name)), async () => {
      for (const name of IMPORT_TABLES) {
        const records = plan.puts[name] as object[];
        for (let start = 0; start < records.length; start += 5000) await db.table(name).bulkPut(records.slice(start, start + 5000));
        lap(`${name} ×${records.length}`);
      }
    });
    lap("commit");
    db.close();
    return times;
  },
  /**
   * The floor on this machine: the installments alone, written with bulkPut into a table with the
   * same indexes and into one without any, in one transaction each.
   */
  async writeFloor(): Promise<{ indexedMs: number; bareMs: number }> {
    const prepared = await prepareImport(sheet, SHEET_MAPPING, { firstRowNumber: 2, digits: 2 });
    const nextId = Object.fromEntries(IMPORT_TABLES.map((name) => [name, 1])) as Record<(typeof IMPORT_TABLES)[number], number>;
    const empty = { customers: [], contracts: [], plans: [], installments: [], receipts: [], allocations: [], nextId };
    const records = planImport(prepared.rows, empty, { now: "2026-11-27T09:00:00.000Z", today: "2026-11-27", currency: "CNY", owner: "" }).puts.installments;
    const timeWrite = async (schema: string): Promise<number> => {
      await Dexie.delete("huikuan-bench-floor");
      const db = new Dexie("huikuan-bench-floor");
      db.version(1).stores({ installments: schema });
      await db.open();
      const start = performance.now();
      await db.transaction("rw", db.table("installments"), async () => {
        for (let i = 0; i < records.length; i += 5000) await db.table("installments").bulkPut(records.slice(i, i + 5000));
      });
      const ms = performance.now() - start;
      db.close();
      await Dexie.delete("huikuan-bench-floor");
      return ms;
    };
    return { indexedMs: await timeWrite("++id, planId, contractId, dueDate"), bareMs: await timeWrite("++id") };
  },
  /** The Today queue as the page builds it: read the ledger snapshot, then rank. */
  async todayOnce(): Promise<{ loadMs: number; queueMs: number; installments: number; items: number }> {
    const db = new LedgerDb(DB_NAME);
    await db.open();
    const start = performance.now();
    const snapshot = await loadSnapshot(db);
    const loaded = performance.now();
    const items = todayQueue(snapshot, TODAY_SERIAL);
    const done = performance.now();
    db.close();
    return { loadMs: loaded - start, queueMs: done - loaded, installments: snapshot.installments.length, items: items.length };
  },
};

(window as unknown as { __ledgerBench: typeof bench }).__ledgerBench = bench;
document.title = "ready";
