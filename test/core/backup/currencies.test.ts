import { backupToJson, exportBackup, restoreBackup } from "../../../src/core/backup/backup";
import { type BackupError, isBackupError } from "../../../src/core/backup/format";
import { backupErrorMessage } from "../../../src/core/backup/messages";
import { createCustomer } from "../../../src/core/store/customers";
import { LedgerDb } from "../../../src/core/store/db";
import { setTarget } from "../../../src/core/store/targets";
import { seedLedger } from "./sampleLedger";

let n = 0;
const freshDb = (): LedgerDb => new LedgerDb(`backup-currency-test-${++n}`);

async function refusal(p: Promise<unknown>): Promise<BackupError> {
  try {
    await p;
  } catch (e) {
    if (isBackupError(e)) return e;
    throw e;
  }
  throw new Error("expected the restore to be refused");
}

/** The sample ledger (a customer without a currency, a CNY target) plus a USD customer and a USD target. */
async function ledgerWithCurrencies(db: LedgerDb): Promise<void> {
  await seedLedger(db);
  await createCustomer(db, { code: "C-US", name: "Pacific Rim", currency: "usd", creditLimitMinor: 250_000_00 });
  await setTarget(db, { owner: "Li", period: "2026-12", targetMinor: 40_000_00, currency: "USD" });
}

describe("backups and the currency of customers and targets", () => {
  test("customers with and without a currency, and targets in theirs, survive a backup and restore unchanged", async () => {
    const source = freshDb();
    await ledgerWithCurrencies(source);
    const json = backupToJson(await exportBackup(source));
    const target = freshDb();
    await restoreBackup(target, json);
    expect((await target.customers.orderBy("code").toArray()).map((c) => [c.code, c.currency])).toEqual([
      ["C-1", undefined], ["C-2", undefined], ["C-US", "USD"],
    ]);
    expect((await target.targets.orderBy("owner").toArray()).map((t) => [t.owner, t.period, t.currency])).toEqual([
      ["Li", "2026-12", "USD"], ["王经理", "2026-11", "CNY"],
    ]);
    expect((await exportBackup(target, new Date(0))).tables).toEqual((await exportBackup(source, new Date(0))).tables);
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- corruptions poke at arbitrary JSON
  const bad: [string, (b: Record<string, any>) => void, string, string][] = [
    ["a customer's currency that is not a code", (b) => { b.tables.customers[2].currency = "US Dollar"; }, "customers", "has an unknown value"],
    ["a customer's currency in lower case", (b) => { b.tables.customers[2].currency = "usd"; }, "customers", "has an unknown value"],
    ["a customer's currency that is a number", (b) => { b.tables.customers[2].currency = 840; }, "customers", "must be text"],
    ["a target's currency that is not a code", (b) => { b.tables.targets[1].currency = "人民币"; }, "targets", "has an unknown value"],
  ];

  test.each(bad)("%s is refused, naming the record, and changes nothing", async (_what, corrupt, table, problem) => {
    const db = freshDb();
    await ledgerWithCurrencies(db);
    const before = (await exportBackup(db, new Date(0))).tables;
    const b = JSON.parse(backupToJson(await exportBackup(db)));
    corrupt(b);
    const e = await refusal(restoreBackup(db, JSON.stringify(b)));
    expect(e.code).toBe("badRecord");
    expect(e.params).toMatchObject({ table, field: "currency", problem });
    expect((await exportBackup(db, new Date(0))).tables).toEqual(before);
  });

  test("the refusal of a bad currency reads in both languages", async () => {
    const db = freshDb();
    await ledgerWithCurrencies(db);
    const b = JSON.parse(backupToJson(await exportBackup(db)));
    b.tables.targets[1].currency = "dollars";
    const e = await refusal(restoreBackup(db, b));
    expect(backupErrorMessage(e, "en")).toBe("This backup is damaged: targets record 2, field currency: has an unknown value.");
    expect(backupErrorMessage(e, "zh")).toBe("此备份已损坏：回款目标（targets）第 2 条记录的字段 currency：取值无效。");
  });

  test("a contract's currency is still any text: the importer writes the sheet's code unchecked, and its backup must restore", async () => {
    const source = freshDb();
    await seedLedger(source);
    await source.contracts.update(1, { currency: "人民币" });
    const target = freshDb();
    await restoreBackup(target, backupToJson(await exportBackup(source)));
    expect((await target.contracts.get(1))?.currency).toBe("人民币");
  });
});
