import { serialFromIso } from "../../../src/core/dates";
import { installmentLedgerTable } from "../../../src/core/export/ledgerReports";
import { recogniseHeaders } from "../../../src/core/import/headers";
import { importGrid, prepareImport, previewImport } from "../../../src/core/import/importer";
import type { ColumnMapping } from "../../../src/core/import/fields";
import { refusalMessage } from "../../../src/core/import/messages";
import { closeContract, openOnContract } from "../../../src/core/store/contracts";
import { LedgerDb } from "../../../src/core/store/db";
import { loadSnapshot } from "../../../src/core/store/loadSnapshot";
import { recordReceipt } from "../../../src/core/store/receipts";
import type { Contract } from "../../../src/core/store/types";

/**
 * A closed contract's records are final in the store (a receipt, an invoice or a deletion on it is
 * refused: "reopen it first"); an import must not change them behind that rule. And a sheet that
 * closes or reopens a contract must leave the same close record (Contract.writtenOffMinor,
 * closedDate, statusBeforeClose) as closing and reopening on the Contracts page.
 */
let n = 0;
const freshDb = (): LedgerDb => new LedgerDb(`import-closed-${++n}`);
const opts = { firstRowNumber: 2, digits: 2, now: "2026-11-27T00:00:00.000Z", today: "2026-11-27", currency: "CNY", owner: "王经理" };
const MAPPING: ColumnMapping = { contractCode: 0, customer: 1, contractAmount: 2, signDate: 3, seq: 4, dueDate: 5, installmentAmount: 6, receivedAmount: 7, status: 8 };

// HT-1: two installments of 500.00, 200.00 received on the first (rows 2 and 3).
const row = (seq: number, due: string, received: number | string, status = ""): unknown[] => ["HT-1", "华东建设", 1000, "2026-01-05", seq, due, 500, received, status];
const SHEET = [row(1, "2026-03-31", 200), row(2, "2026-06-30", "")];

const openOn = (db: LedgerDb, id: number): Promise<number> =>
  db.transaction("r", [db.plans, db.installments, db.milestones, db.allocations], () => openOnContract(db, id));
const contractOf = async (db: LedgerDb): Promise<Contract> => (await db.contracts.where("code").equals("HT-1").first())!;

/** What the ledger holds for HT-1 that an import could change. */
async function snapshot(db: LedgerDb): Promise<unknown> {
  return {
    contracts: await db.contracts.toArray(), plans: await db.plans.toArray(), installments: await db.installments.toArray(),
    receipts: await db.receipts.toArray(), allocations: await db.allocations.toArray(),
  };
}

async function importedThenClosed(): Promise<LedgerDb> {
  const db = freshDb();
  await importGrid(db, SHEET, MAPPING, opts);
  const c = await contractOf(db);
  await closeContract(db, c.id!, c.rev, { writeOff: true, date: "2026-10-01" });
  return db;
}

describe("an update sheet naming a closed contract", () => {
  // A guard for the refusal below (it held before the fix too): rows that change nothing are never refused.
  test("re-importing the sheet it was imported from reads unchanged and writes nothing, with or without 已关闭", async () => {
    const db = await importedThenClosed();
    const before = await snapshot(db);
    for (const sheet of [SHEET, SHEET.map((r) => [...r.slice(0, 8), "已关闭"])]) {
      const prepared = await prepareImport(sheet, MAPPING, opts);
      const preview = await previewImport(db, prepared.rows, opts);
      expect([preview.unchanged, preview.updated, preview.created, preview.refusals]).toEqual([2, 0, 0, []]);
      const result = await importGrid(db, sheet, MAPPING, opts);
      expect([result.unchanged, result.refusals]).toEqual([2, []]);
    }
    expect(await snapshot(db)).toEqual(before);
  });

  test("the installment ledger the add-in exports, imported back, reads unchanged (its Owner column is the contract's owner)", async () => {
    const db = await importedThenClosed();
    const before = await snapshot(db);
    const table = installmentLedgerTable(await loadSnapshot(db), "zh", serialFromIso("2026-11-27")!);
    const data = table.rows.map((r) => r.map((v, i) => (table.columns[i].kind === "money" ? (v as number) / 100 : v)));
    const { mapping } = recogniseHeaders(table.columns.map((c) => c.header), data);
    expect(mapping).toMatchObject({ owner: expect.any(Number), status: expect.any(Number), receivedAmount: expect.any(Number) });
    const result = await importGrid(db, data, mapping, opts);
    expect([result.unchanged, result.updated, result.refusals]).toEqual([2, 0, []]);
    expect(await snapshot(db)).toEqual(before);
  });

  test("a row adding a receipt or changing an installment is refused, in the preview and on import, and nothing is written", async () => {
    const db = await importedThenClosed();
    const before = await snapshot(db);
    // Row 2 is as stored; row 3 adds a received amount; row 4 adds a third installment.
    const sheet = [row(1, "2026-03-31", 200), row(2, "2026-06-30", 300), row(3, "2026-09-30", "")];
    const prepared = await prepareImport(sheet, MAPPING, opts);
    const preview = await previewImport(db, prepared.rows, opts);
    expect(preview.refusals.map((r) => [r.row, r.code])).toEqual([[3, "contractClosed"], [4, "contractClosed"]]);
    expect(preview.outcomes).toEqual([{ row: 2, outcome: "unchanged" }]);
    expect([preview.created, preview.updated, preview.unchanged]).toEqual([0, 0, 1]);

    const result = await importGrid(db, sheet, MAPPING, opts);
    expect(result.refusals.map((r) => [r.row, r.code])).toEqual([[3, "contractClosed"], [4, "contractClosed"]]);
    expect(await snapshot(db)).toEqual(before);
  });

  test("a row removing an imported receipt or changing the contract is refused too", async () => {
    const db = await importedThenClosed();
    const before = await snapshot(db);
    const noReceipt = await importGrid(db, [row(1, "2026-03-31", 0), row(2, "2026-06-30", "")], MAPPING, opts);
    expect(noReceipt.refusals.map((r) => [r.row, r.code])).toEqual([[2, "contractClosed"]]);
    const newAmount = await importGrid(db, SHEET.map((r) => [...r.slice(0, 2), 1200, ...r.slice(3)]), MAPPING, opts);
    expect(newAmount.refusals.map((r) => [r.row, r.code])).toEqual([[2, "contractClosed"], [3, "contractClosed"]]);
    expect(await snapshot(db)).toEqual(before);
  });

  test("the refusal says the contract is closed and how to go on, in English and Chinese", async () => {
    const db = await importedThenClosed();
    const { rows } = await prepareImport([row(2, "2026-06-30", 300)], MAPPING, opts);
    const [refusal] = (await previewImport(db, rows, opts)).refusals;
    expect(refusalMessage(refusal, "en")).toBe(
      "Row 2: The contract HT-1 is closed and this row would change it; reopen it on the Contracts page first, or give it another status in the sheet (such as active).",
    );
    expect(refusalMessage(refusal, "zh")).toBe("第 2 行：合同 HT-1 已关闭，本行会更改该合同；请先在合同页面重新打开，或在表格中将其状态改为执行中等其他状态。");
  });

  test("a sheet that reopens it (status active) applies its rows and drops the close record, as reopening does", async () => {
    const db = await importedThenClosed();
    const result = await importGrid(db, [row(1, "2026-03-31", 200, "执行中"), row(2, "2026-06-30", 300, "执行中")], MAPPING, opts);
    expect(result.refusals).toEqual([]);
    const c = await contractOf(db);
    expect(c.status).toBe("active");
    expect([c.writtenOffMinor, c.closedDate, c.statusBeforeClose]).toEqual([undefined, undefined, undefined]);
    expect("writtenOffMinor" in c || "closedDate" in c || "statusBeforeClose" in c).toBe(false);
    expect(await openOn(db, c.id!)).toBe(1000_00 - 200_00 - 300_00);
  });
});

describe("a sheet that closes a contract", () => {
  test("with money open records what is open after its own rows as written off, on the import's day, with the status before", async () => {
    const db = freshDb();
    await importGrid(db, SHEET.map((r) => [...r.slice(0, 8), "争议"]), MAPPING, opts);
    const id = (await contractOf(db)).id!;
    // A receipt recorded on the Contracts page counts too: 100.00 more on the first installment.
    await recordReceipt(db, { contractId: id, date: "2026-04-01", amountMinor: 100_00, method: "transfer" });
    const openBefore = await openOn(db, id);

    // The sheet adds 250.00 received on the second installment and says 已关闭; on the first it gives the total
    // received, the page's 100.00 included (a sheet's received amount is the installment's total).
    await importGrid(db, [row(1, "2026-03-31", 300, "已关闭"), row(2, "2026-06-30", 250, "已关闭")], MAPPING, { ...opts, today: "2026-11-20" });
    const c = await contractOf(db);
    expect(c.status).toBe("closed");
    expect(c.writtenOffMinor).toBe(openBefore - 250_00);
    expect(c.writtenOffMinor).toBe(1000_00 - 200_00 - 100_00 - 250_00);
    expect(c.closedDate).toBe("2026-11-20");
    expect(c.statusBeforeClose).toBe("disputed");
  });

  test("with nothing open records 0 written off", async () => {
    const db = freshDb();
    await importGrid(db, SHEET, MAPPING, opts);
    await importGrid(db, [row(1, "2026-03-31", 500, "closed"), row(2, "2026-06-30", 500, "closed")], MAPPING, opts);
    const c = await contractOf(db);
    expect([c.status, c.writtenOffMinor, c.closedDate, c.statusBeforeClose]).toEqual(["closed", 0, "2026-11-27", "active"]);
  });

  test("a new contract imported as closed records what its rows leave open", async () => {
    const db = freshDb();
    await importGrid(db, SHEET.map((r) => [...r.slice(0, 8), "已关闭"]), MAPPING, opts);
    const c = await contractOf(db);
    expect([c.status, c.writtenOffMinor, c.closedDate]).toEqual(["closed", 1000_00 - 200_00, "2026-11-27"]);
  });

  test("a sheet of contract rows without due dates closes with the close record too, and importing it again changes nothing", async () => {
    const db = freshDb();
    await importGrid(db, SHEET, MAPPING, opts);
    const contractsOnly: ColumnMapping = { contractCode: 0, status: 1 };
    await importGrid(db, [["HT-1", "已完成"]], contractsOnly, { ...opts, today: "2026-11-25" });
    const c = await contractOf(db);
    expect([c.status, c.writtenOffMinor, c.closedDate, c.statusBeforeClose]).toEqual(["closed", 1000_00 - 200_00, "2026-11-25", "active"]);
    const before = await snapshot(db);
    const again = await importGrid(db, SHEET.map((r) => [...r.slice(0, 8), "已完成"]), MAPPING, opts);
    expect([again.unchanged, again.refusals]).toEqual([2, []]);
    expect(await snapshot(db)).toEqual(before);
  });

  test("the preview writes nothing and reports what the close writes off", async () => {
    const db = freshDb();
    await importGrid(db, SHEET, MAPPING, opts);
    const before = await snapshot(db);
    const { rows } = await prepareImport(SHEET.map((r) => [...r.slice(0, 8), "closed"]), MAPPING, opts);
    const preview = await previewImport(db, rows, opts);
    expect(preview.updated).toBe(2);
    expect([...preview.writeOffs]).toEqual([["HT-1", 1000_00 - 200_00]]);
    expect(await snapshot(db)).toEqual(before);
  });
});
