import { serialFromIso } from "../../../src/core/dates";
import { installmentLedgerTable } from "../../../src/core/export/ledgerReports";
import type { ColumnMapping } from "../../../src/core/import/fields";
import { recogniseHeaders } from "../../../src/core/import/headers";
import { importGrid, prepareImport, previewImport } from "../../../src/core/import/importer";
import { refusalMessage } from "../../../src/core/import/messages";
import { closeContract } from "../../../src/core/store/contracts";
import { LedgerDb } from "../../../src/core/store/db";
import { loadSnapshot } from "../../../src/core/store/loadSnapshot";
import { recordReceipt } from "../../../src/core/store/receipts";

/**
 * A sheet's received column (已回款 / Received) is the TOTAL received on its installment: what the
 * ledger's installment export writes (receipts recorded on the Contracts page included) and what an
 * analyst's sheet means. The import's own receipt is that total less what the page's receipts
 * allocate to the installment, so nothing is counted twice when the ledger's sheet is imported back.
 */
let n = 0;
const freshDb = (): LedgerDb => new LedgerDb(`import-page-receipts-${++n}`);
const opts = { firstRowNumber: 2, digits: 2, now: "2026-11-27T00:00:00.000Z", today: "2026-11-27", currency: "CNY", owner: "王经理" };
const MAPPING: ColumnMapping = { contractCode: 0, customer: 1, contractAmount: 2, signDate: 3, seq: 4, dueDate: 5, installmentAmount: 6, receivedAmount: 7 };

// HT-1: two installments of 500.00; the sheet's received amount on each.
const sheet = (first: number | string, second: number | string = ""): unknown[][] => [
  ["HT-1", "华东建设", 1000, "2026-01-05", 1, "2026-03-31", 500, first],
  ["HT-1", "华东建设", 1000, "2026-01-05", 2, "2026-06-30", 500, second],
];

/** Each installment's amount, what is allocated to it (any receipt) and the import's receipts, by seq. */
async function ledgerState(db: LedgerDb) {
  const installments = await db.installments.toArray();
  const allocations = await db.allocations.toArray();
  const receipts = await db.receipts.toArray();
  const imported = receipts.filter((r) => r.reference?.startsWith("import:"));
  return {
    open: Object.fromEntries(installments.map((i) => [i.seq, i.amountMinor - allocations.filter((a) => a.installmentId === i.id).reduce((s, a) => s + a.amountMinor, 0)])),
    imported: Object.fromEntries(imported.map((r) => [r.reference!, r.amountMinor])),
    receipts: receipts.length,
  };
}

/** HT-1 imported with 200.00 received on #1, then 100.00 recorded on the Contracts page (it goes to #1, the first open). */
async function importedThenPageReceipt(): Promise<LedgerDb> {
  const db = freshDb();
  await importGrid(db, sheet(200), MAPPING, opts);
  const c = (await db.contracts.where("code").equals("HT-1").first())!;
  const recorded = await recordReceipt(db, { contractId: c.id!, date: "2026-04-01", amountMinor: 100_00, method: "transfer" });
  const [inst1] = await db.installments.where("contractId").equals(c.id!).sortBy("seq");
  expect(recorded.allocations).toEqual([{ installmentId: inst1.id, amountMinor: 100_00 }]);
  return db;
}

/** The installment ledger the add-in exports, as the cells read back (money in currency units). */
async function exportedSheet(db: LedgerDb): Promise<{ data: unknown[][]; mapping: ColumnMapping }> {
  const table = installmentLedgerTable(await loadSnapshot(db), "zh", serialFromIso("2026-11-27")!);
  const data = table.rows.map((r) => r.map((v, i) => (table.columns[i].kind === "money" ? (v as number) / 100 : v)));
  const { mapping } = recogniseHeaders(table.columns.map((c) => c.header), data);
  return { data, mapping };
}

describe("a sheet's received amount is the total received on the installment", () => {
  test("a first import with no other receipts records the sheet's amount as the import's receipt", async () => {
    const db = freshDb();
    const result = await importGrid(db, sheet(200, 50), MAPPING, opts);
    expect([result.created, result.refusals]).toEqual([2, []]);
    expect(await ledgerState(db)).toEqual({ open: { 1: 500_00 - 200_00, 2: 500_00 - 50_00 }, imported: { "import:HT-1#1": 200_00, "import:HT-1#2": 50_00 }, receipts: 2 });
  });

  test("the ledger's installment export imported back after a receipt recorded on the Contracts page leaves every open amount as it was and reads unchanged", async () => {
    const db = await importedThenPageReceipt();
    const before = await ledgerState(db);
    expect(before.open).toEqual({ 1: 500_00 - 200_00 - 100_00, 2: 500_00 });
    const { data, mapping } = await exportedSheet(db);
    expect(mapping.receivedAmount).toEqual(expect.any(Number));
    // The export writes the total received on #1: the import's 200.00 and the page's 100.00.
    expect(data.map((r) => r[mapping.receivedAmount!])).toEqual([300, 0]);

    const prepared = await prepareImport(data, mapping, opts);
    const preview = await previewImport(db, prepared.rows, opts);
    expect([preview.unchanged, preview.updated, preview.created, preview.refusals]).toEqual([2, 0, 0, []]);
    const result = await importGrid(db, data, mapping, opts);
    expect([result.unchanged, result.updated, result.refusals]).toEqual([2, 0, []]);
    expect(await ledgerState(db)).toEqual(before);
  });

  test("on a contract closed since, the ledger's export imported back reads unchanged instead of refused as changing it", async () => {
    const db = await importedThenPageReceipt();
    const c = (await db.contracts.where("code").equals("HT-1").first())!;
    await closeContract(db, c.id!, c.rev, { writeOff: true, date: "2026-10-01" });
    const before = { state: await ledgerState(db), contracts: await db.contracts.toArray() };
    const { data, mapping } = await exportedSheet(db);
    const result = await importGrid(db, data, mapping, opts);
    expect([result.unchanged, result.updated, result.refusals]).toEqual([2, 0, []]);
    expect({ state: await ledgerState(db), contracts: await db.contracts.toArray() }).toEqual(before);
  });

  test("an analyst's total above what the page recorded sets the import's receipt to the difference, as the preview says", async () => {
    const db = await importedThenPageReceipt();
    const { rows } = await prepareImport(sheet(450), MAPPING, opts);
    const preview = await previewImport(db, rows, opts);
    expect(preview.outcomes).toEqual([{ row: 2, outcome: "update" }, { row: 3, outcome: "unchanged" }]);
    await importGrid(db, sheet(450), MAPPING, opts);
    expect(await ledgerState(db)).toEqual({ open: { 1: 500_00 - 450_00, 2: 500_00 }, imported: { "import:HT-1#1": 450_00 - 100_00 }, receipts: 2 });
  });

  test("a total equal to what the page recorded keeps no import receipt; importing it again reads unchanged", async () => {
    const db = await importedThenPageReceipt();
    await importGrid(db, sheet(100), MAPPING, opts);
    expect(await ledgerState(db)).toEqual({ open: { 1: 500_00 - 100_00, 2: 500_00 }, imported: {}, receipts: 1 });
    const again = await importGrid(db, sheet(100), MAPPING, opts);
    expect([again.unchanged, again.refusals]).toEqual([2, []]);
  });

  test("a total below what the page recorded is refused, in the preview and on import, with the reason in English and Chinese; nothing is written", async () => {
    const db = await importedThenPageReceipt();
    const before = await ledgerState(db);
    const { rows } = await prepareImport(sheet(60, 20), MAPPING, opts);
    const preview = await previewImport(db, rows, opts);
    expect(preview.refusals.map((r) => [r.row, r.code])).toEqual([[2, "receivedBelowRecorded"]]);
    expect(preview.outcomes).toEqual([{ row: 3, outcome: "update" }]);
    const [refusal] = preview.refusals;
    expect(refusalMessage(refusal, "en")).toBe(
      "Row 2: Received amount 60 is less than the 100 already received on this installment of HT-1 by receipts recorded on the Contracts page; the column is the total received on the installment. Correct the sheet, or change those receipts on the Contracts page.",
    );
    expect(refusalMessage(refusal, "zh")).toBe("第 2 行：回款金额 60 少于合同页面登记的收款已计入合同 HT-1 本期的 100；该列是本期累计已回款金额。请更正表格，或在合同页面修改这些收款。");

    const refusedOnly = await importGrid(db, sheet(60), MAPPING, opts);
    expect(refusedOnly.refusals.map((r) => [r.row, r.code])).toEqual([[2, "receivedBelowRecorded"]]);
    expect(await ledgerState(db)).toEqual(before);
  });
});
