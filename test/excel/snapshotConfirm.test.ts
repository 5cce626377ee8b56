import { exportBackup, restoreBackup } from "../../src/core/backup/backup";
import { isBackupError } from "../../src/core/backup/format";
import { LedgerDb } from "../../src/core/store/db";
import { saveLedgerToWorkbook, saveSnapshotJson, snapshotToOffer } from "../../src/taskpane/excel/snapshot";
import { strings } from "../../src/taskpane/pages/Data/strings";
import { readWorkbookSnapshot, snapshotOfferText, snapshotRestoreConfirmText } from "../../src/taskpane/pages/Data/workbookSnapshot";
import { seedLedger } from "../core/backup/sampleLedger";
import { FakeWorkbook } from "./fakeExcel";

/**
 * The ledger saved in the workbook, as the Data page and the start-up banner name it: the time it
 * was saved on the analyst's clock (the workbook records UTC), and before the current ledger is
 * replaced, from when and how many records the snapshot brings.
 */
const BEIJING = "Asia/Shanghai"; // eight hours ahead of UTC
let n = 0;
const freshDb = (): LedgerDb => new LedgerDb(`snapshot-confirm-${++n}`);
const tables = async (db: LedgerDb): Promise<unknown> => (await exportBackup(db, new Date(0))).tables;

describe("the workbook snapshot named in the analyst's time", () => {
  test("the start-up offer gives the local time the snapshot was saved, not the UTC one, in both languages", () => {
    const offer = { savedAt: "2026-11-26T23:30:00.000Z", records: 18 };
    expect(snapshotOfferText(strings.en, offer, BEIJING)).toBe("The ledger is empty, but this workbook holds a saved ledger from 2026-11-27 07:30 (18 records). Restore it?");
    expect(snapshotOfferText(strings.zh, offer, BEIJING)).toBe("台账为空，但此工作簿保存有 2026-11-27 07:30 的台账（18 条记录）。是否恢复？");
    expect(snapshotOfferText(strings.en, offer, "UTC")).toContain("from 2026-11-26 23:30 (18 records)");
  });

  test("before replacing the ledger, the question says it is replaced by the snapshot of that local time and size", async () => {
    new FakeWorkbook().install();
    const source = freshDb();
    await seedLedger(source);
    await saveLedgerToWorkbook(source, new Date("2026-11-26T18:05:00Z"));

    const found = await readWorkbookSnapshot();
    expect(found).toBeDefined();
    // The size named is the one the start-up offer counts and the restore then writes.
    const offered = await snapshotToOffer(freshDb());
    expect(found!.records).toBe(offered!.records);
    expect(snapshotRestoreConfirmText(strings.en, found!, BEIJING)).toBe(
      `The current ledger will be replaced by the one saved in this workbook on 2026-11-27 02:05 (${found!.records} records). This cannot be undone; download a backup first if unsure.`,
    );
    expect(snapshotRestoreConfirmText(strings.zh, found!, BEIJING)).toBe(
      `当前台账将被此工作簿中 2026-11-27 02:05 保存的台账（${found!.records} 条记录）替换，且无法撤销；如不确定，请先下载备份。`,
    );

    // Confirming restores the snapshot that was named: a ledger with other data becomes the saved one.
    const target = freshDb();
    await target.customers.add({ code: "OTHER", name: "Typed since", rev: 1, updatedAt: "2026-11-27T03:00:00Z" });
    const summary = await restoreBackup(target, found!.backup);
    expect(summary.records).toBe(found!.records);
    expect(await tables(target)).toEqual(await tables(source));
  });

  test("a workbook without a snapshot asks nothing; a damaged one is refused before the question", async () => {
    new FakeWorkbook().install();
    expect(await readWorkbookSnapshot()).toBeUndefined();
    await saveSnapshotJson(JSON.stringify({ format: "huikuan-backup", schemaVersion: 1, exportedAt: "2026-11-27T00:00:00Z", tables: {} }), "2026-11-27T00:00:00.000Z");
    const failure = await readWorkbookSnapshot().then(() => undefined, (e: unknown) => e);
    expect(isBackupError(failure) && failure.code).toBe("missingTable");
  });
});
