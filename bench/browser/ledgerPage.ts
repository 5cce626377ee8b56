/**
 * The ledger benchmark page (bundled for the browser by bench/browser/ledgerBench.ts): the real
 * chunked importer and the real Today queue, on IndexedDB in Chromium. The Node side calls the
 * functions on window.__ledgerBench and does the timing bookkeeping.
 */
import Dexie from "dexie";
import { applyImport, prepareImport } from "../../src/core/import/importer";
import { IMPORT_TABLES, planImport } from "../../src/core/import/plan";
import { type TodayItem, todayQueue } from "../../src/core/ledger/today";
import { LedgerDb } from "../../src/core/store/db";
import { loadSnapshot, loadStampedSnapshot, loadTodaySnapshot, reloadTables } from "../../src/core/store/loadSnapshot";
import { loadOpenItemsView, saveOpenItemsView } from "../../src/core/store/openItemsView";
import { logReminder } from "../../src/core/store/reminders";
import type { Reminder } from "../../src/core/store/types";
import { ledgerSheet, SHEET_MAPPING, TODAY_SERIAL } from "./ledgerSheet";

const DB_NAME = "huikuan-bench";
let sheet: unknown[][] = [];

async function freshDb(): Promise<LedgerDb> {
  await Dexie.delete(DB_NAME);
  const db = new LedgerDb(DB_NAME);
  await db.open();
  return db;
}

/** A checksum of a queue's order, amounts and promise flags, to compare two ways of building it. */
function fingerprint(items: readonly TodayItem[]): number {
  let f = 0;
  items.forEach((it, i) => (f = (f * 31 + it.installmentId * 7 + it.amount + i + (it.brokenPromise ? 1 : 0)) % 1_000_000_007));
  return f;
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
   * What the indexes cost and where the floor is, in one run so that the machine's load hits each
   * alike: the installment, receipt and allocation records of the benchmark ledger written with
   * bulkPut in one transaction (1) under the ledger's present schema (these indexes unchanged since v2), (2) with the three indexes v1
   * also had and no query used (installments.dueDate, receipts.date, allocations.installmentId),
   * (3) with no index at all — the floor for one IndexedDB record per row.
   */
  async writeFloor(rounds: number): Promise<{ currentMs: number[]; v1Ms: number[]; bareMs: number[]; records: number }> {
    const prepared = await prepareImport(sheet, SHEET_MAPPING, { firstRowNumber: 2, digits: 2 });
    const nextId = Object.fromEntries(IMPORT_TABLES.map((name) => [name, 1])) as Record<(typeof IMPORT_TABLES)[number], number>;
    const empty = { customers: [], contracts: [], plans: [], installments: [], receipts: [], allocations: [], nextId };
    const puts = planImport(prepared.rows, empty, { now: "2026-11-27T09:00:00.000Z", today: "2026-11-27", currency: "CNY", owner: "" }).puts;
    const big = ["installments", "receipts", "allocations"] as const;
    const current = new LedgerDb("scratch").tables.filter((t) => (big as readonly string[]).includes(t.name));
    const schemaOf = (name: string) => current.find((t) => t.name === name)!.schema;
    const currentSchema = Object.fromEntries(big.map((n) => [n, ["++id", ...schemaOf(n).indexes.map((i) => i.src)].join(", ")]));
    const v1 = { installments: "++id, planId, contractId, dueDate", receipts: "++id, contractId, date", allocations: "++id, receiptId, installmentId, contractId" };
    const bare = Object.fromEntries(big.map((n) => [n, "++id"]));
    const timeWrite = async (schema: Record<string, string>): Promise<number> => {
      await Dexie.delete("huikuan-bench-floor");
      const db = new Dexie("huikuan-bench-floor");
      db.version(1).stores(schema);
      await db.open();
      const start = performance.now();
      await db.transaction("rw", big.map((n) => db.table(n)), async () => {
        for (const n of big) {
          const records = puts[n] as object[];
          for (let i = 0; i < records.length; i += 5000) await db.table(n).bulkPut(records.slice(i, i + 5000));
        }
      });
      const ms = performance.now() - start;
      db.close();
      await Dexie.delete("huikuan-bench-floor");
      return ms;
    };
    // current, v1, v1, current: a load that rises or falls during the run hits both alike.
    const currentMs = [await timeWrite(currentSchema)];
    const v1Ms = [await timeWrite(v1)];
    if (rounds > 1) {
      v1Ms.push(await timeWrite(v1));
      currentMs.push(await timeWrite(currentSchema));
    }
    const bareMs = [await timeWrite(bare)];
    return { currentMs, v1Ms, bareMs, records: big.reduce((s, n) => s + puts[n].length, 0) };
  },
  /**
   * A working ledger also has a reminder log: one contact on every fourth contract, a promise to
   * pay recorded at every second of those (half of the promise dates past), so that the Today
   * queue has contacts and promises to look up and loadTodaySnapshot has receipts to read.
   */
  async addReminders(): Promise<number> {
    const db = new LedgerDb(DB_NAME);
    await db.open();
    const contracts = await db.contracts.toArray();
    const reminders: Reminder[] = [];
    contracts.forEach((c, i) => {
      if (i % 4 !== 0) return;
      const promise = i % 8 === 0;
      reminders.push({
        rev: 1, updatedAt: "2026-11-20T09:00:00.000Z", contractId: c.id!, date: "2026-11-20", channel: "phone", contact: "Accounts payable",
        outcome: promise ? "promised to pay" : "no answer", owner: c.owner, nextActionDate: "2026-11-30",
        ...(promise ? { promiseDate: i % 16 === 0 ? "2026-11-25" : "2026-12-05", promiseAmountMinor: 100_000 } : {}),
      });
    });
    await db.reminders.bulkAdd(reminders);
    db.close();
    return reminders.length;
  },
  /**
   * What a pane does once it settles after the import and the reminders: save the open-items view
   * (core/store/openItemsView) from its snapshot. Answers the time of the save alone and the view's size.
   */
  async saveView(): Promise<{ ms: number; saved: boolean; installments: number; kb: number }> {
    const db = new LedgerDb(DB_NAME);
    await db.open();
    const { snapshot, stamp } = await loadStampedSnapshot(db);
    const start = performance.now();
    const saved = await saveOpenItemsView(db, snapshot, stamp);
    const ms = performance.now() - start;
    const view = await db.meta.get("openItemsView");
    db.close();
    const json = (view?.value as { json?: string } | undefined)?.json ?? "";
    const installments = json ? (JSON.parse(json) as { installments: unknown[] }).installments.length : 0;
    return { ms, saved, installments, kb: json.length / 1024 };
  },
  /**
   * The Today queue from the stored ledger: "page" as the Today page does it when the pane opens —
   * the saved open-items view, or the whole ledger when there is none current ("view" says which);
   * "whole" reads the whole ledger with loadSnapshot (a first opening, before any view is saved);
   * "today" reads what the queue needs with loadTodaySnapshot. Answers the read and the queue times
   * and a fingerprint of the queue, so every way can be checked to agree.
   */
  async todayOnce(read: "page" | "whole" | "today"): Promise<{ loadMs: number; queueMs: number; installments: number; records: number; items: number; fingerprint: number; view: boolean }> {
    const db = new LedgerDb(DB_NAME);
    await db.open();
    const start = performance.now();
    const view = read === "page" ? await loadOpenItemsView(db) : undefined;
    const snapshot = view ?? (read === "today" ? await loadTodaySnapshot(db) : await loadSnapshot(db));
    const loaded = performance.now();
    const items = todayQueue(snapshot, TODAY_SERIAL);
    const done = performance.now();
    db.close();
    const records = Object.values(snapshot).reduce((n: number, t: readonly unknown[]) => n + t.length, 0);
    return { loadMs: loaded - start, queueMs: done - loaded, installments: snapshot.installments.length, records, items: items.length, fingerprint: fingerprint(items), view: view !== undefined };
  },
  /**
   * A pane that keeps its snapshot between changes: log one reminder (with a promise), then re-read
   * the reminders alone (reloadTables) and rebuild the queue. The timed part is that re-read and
   * the queue; the answer is checked against the queue from a full read after the same change.
   */
  async afterReminder(n: number): Promise<{ ms: number; readMs: number; same: boolean }> {
    const db = new LedgerDb(DB_NAME);
    await db.open();
    const kept = await loadSnapshot(db);
    const contract = kept.contracts[kept.contracts.length - 1 - n];
    await logReminder(db, { contractId: contract.id!, date: "2026-11-26", channel: "email", contact: "Accounts payable", outcome: "promised to pay", owner: contract.owner, promiseDate: "2026-11-26", promiseAmountMinor: 1_000_000 });
    const start = performance.now();
    const snapshot = await reloadTables(db, kept, ["reminders"]);
    const read = performance.now();
    const items = todayQueue(snapshot, TODAY_SERIAL);
    const ms = performance.now() - start;
    const full = todayQueue(await loadSnapshot(db), TODAY_SERIAL);
    db.close();
    return { ms, readMs: read - start, same: items.length === full.length && fingerprint(items) === fingerprint(full) };
  },
  /** Each table read alone (toArray, its own transaction), for the report: where a full read goes. */
  async readProfile(): Promise<Record<string, number>> {
    const db = new LedgerDb(DB_NAME);
    await db.open();
    const times: Record<string, number> = {};
    for (const t of db.tables) {
      const start = performance.now();
      const n = (await t.toArray()).length;
      times[`${t.name} ×${n}`] = performance.now() - start;
    }
    db.close();
    return times;
  },
};

(window as unknown as { __ledgerBench: typeof bench }).__ledgerBench = bench;
document.title = "ready";
