import { backupToJson, exportBackup, isLedgerEmpty, RESTORE_CHUNK, restoreBackup } from "../../../src/core/backup/backup";
import { BACKUP_SCHEMA_VERSION, BackupError, isBackupError } from "../../../src/core/backup/format";
import { backupErrorMessage } from "../../../src/core/backup/messages";
import { LEDGER_TABLES, LedgerDb } from "../../../src/core/store/db";
import { saveSetting } from "../../../src/core/store/settings";
import { seedLedger } from "./sampleLedger";

let n = 0;
const freshDb = (): LedgerDb => new LedgerDb(`backup-test-${++n}`);

async function tablesOf(db: LedgerDb): Promise<unknown> {
  return (await exportBackup(db, new Date(0))).tables;
}

async function refusal(p: Promise<unknown>): Promise<BackupError> {
  try {
    await p;
  } catch (e) {
    if (isBackupError(e)) return e;
    throw e;
  }
  throw new Error("expected the restore to be refused");
}

describe("backup and restore", () => {
  test("the backup schema version is the ledger database's version", () => {
    expect(BACKUP_SCHEMA_VERSION).toBe(new LedgerDb("version-probe").verno);
  });

  test("a backup restores to an identical ledger in another database", async () => {
    const source = freshDb();
    await seedLedger(source);
    const backup = await exportBackup(source, new Date("2026-11-27T01:00:00Z"));
    expect(backup.format).toBe("huikuan-backup");
    expect(backup.schemaVersion).toBe(3);
    expect(backup.exportedAt).toBe("2026-11-27T01:00:00.000Z");
    expect(Object.keys(backup.tables)).toEqual([...LEDGER_TABLES]);

    const target = freshDb();
    await target.customers.add({ rev: 1, updatedAt: "2026-01-01T00:00:00Z", code: "OLD", name: "replaced by the restore" });
    const summary = await restoreBackup(target, backupToJson(backup));
    expect(summary.records).toBe(18);
    expect(await tablesOf(target)).toEqual(await tablesOf(source));
    // Auto-increment continues after the restored ids.
    const id = await target.customers.add({ rev: 1, updatedAt: "2026-01-01T00:00:00Z", code: "NEW", name: "n" });
    expect(id).toBe(3);
  });

  test.each([1, 2])("a backup written by schema version %i restores whole, its targets in the currency they were read in", async (version) => {
    const source = freshDb();
    await seedLedger(source);
    await saveSetting(source, "defaultCurrency", { code: "HKD", digits: 2 });
    const current = await exportBackup(source);
    // Before version 3 a target had no currency: it was read in the contracts' only currency (CNY
    // here), the default (HKD) applying only to a ledger in several currencies.
    const old = { ...current, schemaVersion: version, tables: { ...current.tables, targets: current.tables.targets.map(({ currency: _, ...t }) => t) } };
    const target = freshDb();
    await restoreBackup(target, backupToJson(old));
    const withoutTargets = (tables: unknown) => ({ ...(tables as Record<string, unknown[]>), targets: undefined });
    expect(withoutTargets(await tablesOf(target))).toEqual(withoutTargets(await tablesOf(source)));
    expect((await target.targets.toArray()).map((t) => [t.owner, t.currency, t.targetMinor])).toEqual([["王经理", "CNY", 8_000_000]]);
  });

  test("a large restore reports its progress chunk by chunk, from none to every record, and writes them all", async () => {
    const source = freshDb();
    await seedLedger(source);
    const backup = await exportBackup(source);
    const many = Array.from({ length: 2 * RESTORE_CHUNK + 7 }, (_, i) => ({ id: 100 + i, rev: 1, updatedAt: "2026-01-01T00:00:00Z", code: `BULK-${i}`, name: `Customer ${i}` }));
    const big = { ...backup, tables: { ...backup.tables, customers: [...backup.tables.customers, ...many] } };
    const total = Object.values(big.tables).reduce((n, t) => n + t.length, 0);
    const seen: { done: number; total: number }[] = [];
    const target = freshDb();
    const summary = await restoreBackup(target, backupToJson(big), (p) => seen.push({ ...p }));
    expect(summary.records).toBe(total);
    expect(seen[0]).toEqual({ done: 0, total });
    expect(seen.at(-1)).toEqual({ done: total, total });
    for (let i = 1; i < seen.length; i++) expect(seen[i].done).toBeGreaterThan(seen[i - 1].done);
    // The customers alone take three chunks.
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(await target.customers.count()).toBe(big.tables.customers.length);
  });

  test("an old backup's target without a currency takes its contracts' only currency when they are all in one other than the default", async () => {
    const source = freshDb();
    await seedLedger(source);
    const current = await exportBackup(source);
    const inUsd = {
      ...current, schemaVersion: 2,
      tables: { ...current.tables, contracts: current.tables.contracts.map((c) => ({ ...c, currency: "USD" })), targets: current.tables.targets.map(({ currency: _, ...t }) => t) },
    };
    const target = freshDb();
    await restoreBackup(target, backupToJson(inUsd));
    expect((await target.targets.toArray()).map((t) => t.currency)).toEqual(["USD"]);
    // Contracts in two currencies: the file's default currency (HKD here).
    const mixed = {
      ...inUsd,
      tables: {
        ...inUsd.tables,
        contracts: inUsd.tables.contracts.map((c, i) => (i === 0 ? c : { ...c, currency: "CNY" })),
        settings: [...inUsd.tables.settings, { key: "defaultCurrency", value: { code: "HKD", digits: 2 } }],
      },
    };
    expect(new Set(mixed.tables.contracts.map((c) => c.currency)).size).toBe(2);
    await restoreBackup(target, backupToJson(mixed));
    expect((await target.targets.toArray()).map((t) => t.currency)).toEqual(["HKD"]);
  });

  test("an old backup whose target without a currency meets the same target with one is refused as a duplicate before anything is written", async () => {
    const source = freshDb();
    await seedLedger(source);
    const current = await exportBackup(source);
    const [t] = current.tables.targets;
    const { currency: _, ...legacy } = t;
    const old = { ...current, schemaVersion: 2, tables: { ...current.tables, targets: [t, { ...legacy, id: 2 }] } };
    const db = freshDb();
    await seedLedger(db);
    const before = await tablesOf(db);
    const e = await refusal(restoreBackup(db, backupToJson(old)));
    expect(e.code).toBe("duplicateKey");
    expect(e.params.key).toBe("王经理+2026-11+CNY");
    expect(await tablesOf(db)).toEqual(before);
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- corruptions poke at arbitrary JSON
  const corruptions: [string, (b: Record<string, any>) => unknown, string][] = [
    ["a foreign JSON file", () => ({ name: "package", version: "1.0.0" }), "foreignFormat"],
    ["a newer schema", (b) => ({ ...b, schemaVersion: 99 }), "newerSchema"],
    ["a missing table", (b) => { const t = { ...b.tables }; delete t.receipts; return { ...b, tables: t }; }, "missingTable"],
    ["an unknown table", (b) => ({ ...b, tables: { ...b.tables, hackers: [] } }), "unknownTable"],
    ["an amount that is text", (b) => { b.tables.contracts[1].amountMinor = "5000"; return b; }, "badRecord"],
    ["a fractional minor amount", (b) => { b.tables.installments[2].amountMinor = 1.5; return b; }, "badRecord"],
    ["an impossible date", (b) => { b.tables.receipts[0].date = "2026-02-30"; return b; }, "badRecord"],
    ["an unknown status", (b) => { b.tables.contracts[0].status = "lost"; return b; }, "badRecord"],
    ["a missing required field", (b) => { delete b.tables.customers[0].code; return b; }, "badRecord"],
    ["two customers with one code", (b) => { b.tables.customers[1].code = "C-1"; return b; }, "duplicateKey"],
    ["two records with one id", (b) => { b.tables.plans[1].id = 1; return b; }, "duplicateKey"],
    ["an installment of a missing plan", (b) => { b.tables.installments[0].planId = 42; return b; }, "danglingReference"],
    ["a table that is not a list", (b) => ({ ...b, tables: { ...b.tables, settings: {} } }), "notAList"],
  ];

  test.each(corruptions)("%s is refused and changes nothing", async (_what, corrupt, code) => {
    const db = freshDb();
    await seedLedger(db);
    const before = await tablesOf(db);
    const good = JSON.parse(backupToJson(await exportBackup(db)));
    const e = await refusal(restoreBackup(db, JSON.stringify(corrupt(good))));
    expect(e.code).toBe(code);
    expect(await tablesOf(db)).toEqual(before);
  });

  test("text that is not JSON is refused with a clear message in both languages", async () => {
    const db = freshDb();
    await seedLedger(db);
    const before = await tablesOf(db);
    const e = await refusal(restoreBackup(db, "{\"format\": \"huikuan-backup\", truncated"));
    expect(backupErrorMessage(e, "en")).toBe("This file is not a Huikuan backup: it is not valid JSON.");
    expect(backupErrorMessage(e, "zh")).toBe("此文件不是回款备份：不是有效的 JSON。");
    expect(await tablesOf(db)).toEqual(before);
  });

  test("a damaged record is named by table, position and field in both languages", async () => {
    const db = freshDb();
    await seedLedger(db);
    const b = JSON.parse(backupToJson(await exportBackup(db)));
    b.tables.contracts[1].amountMinor = "5000";
    const e = await refusal(restoreBackup(db, b));
    expect(backupErrorMessage(e, "en")).toBe("This backup is damaged: contracts record 2, field amountMinor: must be a whole number.");
    expect(backupErrorMessage(e, "zh")).toBe("此备份已损坏：合同（contracts）第 2 条记录的字段 amountMinor：应为整数。");
  });

  test("in Chinese a refusal names each table in Chinese, with the name the file uses beside it", () => {
    const missing = (table: string) => backupErrorMessage(new BackupError("missingTable", { table }), "zh");
    for (const table of LEDGER_TABLES) expect(missing(table)).toMatch(new RegExp(`缺少数据表 [\u4e00-\u9fff]+（${table}）。$`));
    expect(missing("receipts")).toBe("此备份不完整：缺少数据表 收款（receipts）。");
    // A reference names both tables.
    const dangling = new BackupError("danglingReference", { table: "installments", index: 0, target: "plans", value: "42" });
    expect(backupErrorMessage(dangling, "zh")).toBe("此备份已损坏：分期（installments）第 1 条记录引用的 回款计划（plans） 42 不在备份中。");
    expect(backupErrorMessage(dangling, "en")).toBe("This backup is damaged: installments record 1 refers to plans 42, which is not in the backup.");
    // A table the ledger does not have keeps the file's name.
    expect(backupErrorMessage(new BackupError("unknownTable", { table: "hackers" }), "zh")).toBe("此备份包含未知的数据表 hackers。");
  });

  test("a failure while writing rolls the restore back", async () => {
    const db = freshDb();
    await seedLedger(db);
    const before = await tablesOf(db);
    const backup = await exportBackup(db);
    backup.tables.customers[0].name = "changed";
    // The last-but-one table fails to write, after every earlier table was cleared and refilled.
    const proto = Object.getPrototypeOf(db.targets) as { bulkAdd: (...a: unknown[]) => Promise<unknown> };
    const original = proto.bulkAdd;
    const spy = jest.spyOn(proto, "bulkAdd").mockImplementation(function (this: { name: string }, ...args: unknown[]) {
      return this.name === "targets" ? Promise.reject(new Error("disk full")) : original.apply(this, args);
    });
    await expect(restoreBackup(db, backup)).rejects.toThrow("disk full");
    spy.mockRestore();
    expect(await tablesOf(db)).toEqual(before);
  });

  test("an empty ledger is recognised; settings alone do not count", async () => {
    const db = freshDb();
    await db.settings.put({ key: "language", value: "zh" });
    expect(await isLedgerEmpty(db)).toBe(true);
    await seedLedger(freshDb());
    await db.customers.add({ rev: 1, updatedAt: "2026-01-01T00:00:00Z", code: "X", name: "X" });
    expect(await isLedgerEmpty(db)).toBe(false);
  });
});
