import { exportBackup } from "../../src/core/backup/backup";
import { isBackupError } from "../../src/core/backup/format";
import { SNAPSHOT_NAMESPACE, snapshotPartsXml } from "../../src/core/backup/snapshotXml";
import { LedgerDb } from "../../src/core/store/db";
import { acceptSnapshotOffer, loadSnapshotJson, restoreLedgerFromWorkbook, saveLedgerToWorkbook, saveSnapshotJson, snapshotToOffer } from "../../src/taskpane/excel/snapshot";
import { seedLedger } from "../core/backup/sampleLedger";
import { FakeWorkbook } from "./fakeExcel";

let n = 0;
const freshDb = (): LedgerDb => new LedgerDb(`snapshot-${++n}`);
const tables = async (db: LedgerDb): Promise<unknown> => (await exportBackup(db, new Date(0))).tables;

describe("the ledger snapshot in the workbook", () => {
  test("a snapshot round-trips: saved from one ledger, restored into an empty one, identical", async () => {
    const book = new FakeWorkbook();
    book.install();
    const source = freshDb();
    await seedLedger(source);
    const info = await saveLedgerToWorkbook(source, new Date("2026-11-27T02:00:00Z"));
    expect(info).toEqual({ savedAt: "2026-11-27T02:00:00.000Z", records: 18 });
    expect(book.xmlParts.map((p) => p.namespace)).toEqual([SNAPSHOT_NAMESPACE]);

    // The browser cache was cleared: the pane opens on an empty ledger and offers the snapshot.
    const target = freshDb();
    expect(await snapshotToOffer(target)).toEqual({ savedAt: "2026-11-27T02:00:00.000Z", records: 18 });
    const progress: number[] = [];
    const summary = await restoreLedgerFromWorkbook(target, (p) => progress.push(p.done));
    expect(await tables(target)).toEqual(await tables(source));
    // The pane hears how far the restore got, from none to every record.
    expect([progress[0], progress.at(-1)]).toEqual([0, summary!.records]);
    // Once the ledger holds data, nothing is offered.
    expect(await snapshotToOffer(target)).toBeUndefined();
  });

  test("accepting the start-up offer after entries were made restores nothing and keeps them", async () => {
    const book = new FakeWorkbook();
    book.install();
    const source = freshDb();
    await seedLedger(source);
    await saveLedgerToWorkbook(source, new Date("2026-11-27T02:00:00Z"));
    const target = freshDb();
    expect(await snapshotToOffer(target)).toBeDefined(); // offered while empty…
    await target.customers.add({ code: "NEW-1", name: "Typed after the offer", rev: 1, updatedAt: "2026-11-27T03:00:00Z" });
    expect(await acceptSnapshotOffer(target)).toBeUndefined(); // …but accepted too late
    expect((await target.customers.toArray()).map((c) => c.code)).toEqual(["NEW-1"]);
  });

  test("text that would break XML (< & \" and Chinese) survives the snapshot", async () => {
    const book = new FakeWorkbook();
    book.install();
    const json = JSON.stringify({ note: "<tag a=\"1\"> & ]]> 回款 \u0000" });
    await saveSnapshotJson(json, "2026-11-27T00:00:00.000Z");
    expect((await loadSnapshotJson())?.json).toBe(json);
  });

  test("a big snapshot is split over several parts and saving again replaces every old part", async () => {
    const book = new FakeWorkbook();
    book.install();
    const json = JSON.stringify({ rows: Array.from({ length: 3000 }, (_, i) => `客户${i}`) });
    expect(await saveSnapshotJson(json, "2026-11-27T00:00:00.000Z", 4096)).toBeGreaterThan(5);
    const first = book.xmlParts.map((p) => p.id);
    const parts = await saveSnapshotJson(json, "2026-11-27T01:00:00.000Z", 4096);
    expect(book.xmlParts.length).toBe(parts);
    expect(book.xmlParts.some((p) => first.includes(p.id))).toBe(false);
    expect(await loadSnapshotJson()).toEqual({ json, savedAt: "2026-11-27T01:00:00.000Z" });
  });

  test("an interrupted save (missing part) is ignored in favour of the last complete snapshot", async () => {
    const book = new FakeWorkbook();
    book.install();
    await saveSnapshotJson("{\"complete\":true}", "2026-11-01T00:00:00.000Z");
    const [firstPart] = snapshotPartsXml("{\"newer\":\"but incomplete\"}".repeat(50), "broken", "2026-11-02T00:00:00.000Z", 64);
    book.xmlParts.push({ id: "{stray}", xml: firstPart, namespace: SNAPSHOT_NAMESPACE });
    expect((await loadSnapshotJson())?.json).toBe("{\"complete\":true}");
  });

  test("a damaged snapshot is not offered, and restoring it is refused without touching the ledger", async () => {
    const book = new FakeWorkbook();
    book.install();
    await saveSnapshotJson(JSON.stringify({ format: "huikuan-backup", schemaVersion: 1, exportedAt: "2026-11-27T00:00:00Z", tables: {} }), "2026-11-27T00:00:00.000Z");
    const db = freshDb();
    expect(await snapshotToOffer(db)).toBeUndefined();
    await seedLedger(db);
    const before = await tables(db);
    const failure = await restoreLedgerFromWorkbook(db).then(() => undefined, (e: unknown) => e);
    expect(isBackupError(failure) && failure.code).toBe("missingTable");
    expect(await tables(db)).toEqual(before);
  });

  test("a workbook without a snapshot offers nothing", async () => {
    new FakeWorkbook().install();
    expect(await snapshotToOffer(freshDb())).toBeUndefined();
    expect(await restoreLedgerFromWorkbook(freshDb())).toBeUndefined();
  });
});
