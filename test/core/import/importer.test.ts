import { recogniseHeaders } from "../../../src/core/import/headers";
import { applyImport, importGrid, prepareImport, previewImport } from "../../../src/core/import/importer";
import { refusalMessage } from "../../../src/core/import/messages";
import { LedgerDb } from "../../../src/core/store/db";

let seq = 0;
const freshDb = (): LedgerDb => new LedgerDb(`import-test-${++seq}`);
const opts = { firstRowNumber: 2, digits: 2, now: "2026-11-27T00:00:00.000Z", today: "2026-11-27", currency: "CNY", owner: "王经理" };

// A sheet as an analyst keeps it: one row per receivable, Chinese headers, a few bad rows.
const SHEET: unknown[][] = [
  ["合同编号", "客户", "金额", "签订日期", "到期日", "回款金额", "备注"],
  ["HT-001", "华东建设", "100,000.00", "2026/1/5", "2026-03-31", 30000, "首付已收"], // row 2
  ["HT-002", "北方电力", 50000, "2026-02-01", "2026-04-30", "", ""], // row 3
  ["", "某客户", 1000, "2026-02-01", "2026-04-30", "", ""], // row 4: no code
  ["HT-004", "南方物流", "一千", "2026-02-01", "2026-04-30", "", ""], // row 5: amount not a number
  ["HT-005", "西部矿业", 8000, "2026-02-01", "2026-13-01", "", ""], // row 6: bad date
  ["HT-001", "华东建设", "100,000.00", "2026/1/5", "2026-03-31", 30000, ""], // row 7: duplicate
];

describe("importing a sheet with Chinese headers", () => {
  test("maps the columns, imports the valid rows and lists each refused row with its reason", async () => {
    const db = freshDb();
    const [headers, ...data] = SHEET;
    const { mapping } = recogniseHeaders(headers);
    expect(mapping).toEqual({ contractCode: 0, customer: 1, contractAmount: 2, signDate: 3, dueDate: 4, receivedAmount: 5, notes: 6 });

    const result = await importGrid(db, data, mapping, opts);
    expect(result.refusals.map((r) => [r.row, r.code])).toEqual([[4, "missingCode"], [5, "notANumber"], [6, "badDate"], [7, "duplicateKey"]]);
    expect(result.created).toBe(2);

    const contracts = await db.contracts.orderBy("code").toArray();
    expect(contracts.map((c) => [c.code, c.amountMinor, c.signDate, c.currency, c.owner])).toEqual([
      ["HT-001", 10_000_000, "2026-01-05", "CNY", "王经理"],
      ["HT-002", 5_000_000, "2026-02-01", "CNY", "王经理"],
    ]);
    const customers = await db.customers.toArray();
    expect(customers.map((c) => c.name).sort()).toEqual(["北方电力", "华东建设"].sort());
    expect(contracts[0].customerId).toBe(customers.find((c) => c.name === "华东建设")!.id);
    // One row per receivable: the contract amount is due on the due date, in one installment.
    const installments = await db.installments.orderBy("contractId").toArray();
    expect(installments.map((i) => [i.contractId, i.seq, i.dueDate, i.amountMinor])).toEqual([
      [contracts[0].id, 1, "2026-03-31", 10_000_000],
      [contracts[1].id, 1, "2026-04-30", 5_000_000],
    ]);
    const receipts = await db.receipts.toArray();
    expect(receipts.map((r) => [r.contractId, r.amountMinor, r.date])).toEqual([[contracts[0].id, 3_000_000, "2026-11-27"]]);
    const allocations = await db.allocations.toArray();
    expect(allocations.map((a) => [a.installmentId, a.amountMinor])).toEqual([[installments[0].id, 3_000_000]]);
  });

  test("refusal reasons read in both languages with the row number", async () => {
    const [headers, ...data] = SHEET;
    const { refusals } = await prepareImport(data, recogniseHeaders(headers).mapping, opts);
    const bad = refusals.find((r) => r.code === "notANumber")!;
    expect(refusalMessage(bad, "en")).toBe("Row 5: Contract amount is not a number: 一千.");
    expect(refusalMessage(bad, "zh")).toBe("第 5 行：合同金额不是数字：一千。");
    expect(refusalMessage(refusals[0], "zh")).toBe("第 4 行：缺少合同编号。");
  });

  test("re-importing the same sheet updates instead of duplicating", async () => {
    const db = freshDb();
    const [headers, ...data] = SHEET;
    const { mapping } = recogniseHeaders(headers);
    await importGrid(db, data, mapping, opts);
    const counts = async (): Promise<number[]> =>
      Promise.all([db.customers.count(), db.contracts.count(), db.plans.count(), db.installments.count(), db.receipts.count(), db.allocations.count()]);
    const before = await counts();

    const again = await importGrid(db, data, mapping, opts);
    expect(again.created).toBe(0);
    expect(again.unchanged).toBe(2);
    expect(await counts()).toEqual(before);

    const changed = data.map((r) => [...r]);
    changed[0][5] = 45000; // more received on HT-001
    changed[1][2] = 60000; // HT-002 renegotiated upwards
    const third = await importGrid(db, changed, mapping, opts);
    expect(third.updated).toBe(2);
    expect(await counts()).toEqual(before);
    const ht2 = await db.contracts.where("code").equals("HT-002").first();
    expect([ht2!.amountMinor, ht2!.rev]).toEqual([6_000_000, 2]);
    expect((await db.receipts.toArray()).map((r) => r.amountMinor)).toEqual([4_500_000]);
    expect((await db.allocations.toArray()).map((a) => a.amountMinor)).toEqual([4_500_000]);
  });

  test("installments are keyed by contract code and installment number when that column is mapped", async () => {
    const db = freshDb();
    const sheet = [
      ["Contract code", "Customer", "Contract amount", "Seq", "Due date", "Installment amount"],
      ["C-1", "Acme", 1000, 1, "2026-01-31", 300],
      ["C-1", "Acme", 1000, 2, "2026-04-30", 700],
    ];
    const { mapping } = recogniseHeaders(sheet[0]);
    await importGrid(db, sheet.slice(1), mapping, opts);
    // The second installment moves to a new due date: same seq, so it is updated, not added.
    const moved = [sheet[1], ["C-1", "Acme", 1000, 2, "2026-05-31", 700]];
    const r = await importGrid(db, moved, mapping, opts);
    expect([r.created, r.updated, r.unchanged]).toEqual([0, 1, 1]);
    const inst = (await db.installments.toArray()).sort((a, b) => a.seq - b.seq);
    expect(inst.map((i) => [i.seq, i.dueDate, i.amountMinor])).toEqual([[1, "2026-01-31", 30000], [2, "2026-05-31", 70000]]);
  });

  test("rows of one contract that disagree on the contract amount: the later one is refused, naming the amount in currency units", async () => {
    const sheet = [["合同编号", "客户", "合同金额", "期次", "到期日", "应收金额"], ["HT-1", "甲", 1000, 1, "2026-01-31", 400], ["HT-1", "甲", 1200.5, 2, "2026-02-28", 600]];
    const { refusals, rows } = await prepareImport(sheet.slice(1), recogniseHeaders(sheet[0]).mapping, opts);
    expect(rows.map((r) => r.row)).toEqual([2]);
    expect(refusals.map((r) => refusalMessage(r, "en"))).toEqual(["Row 3: Contract amount differs from an earlier row of the same contract: 1200.5."]);
  });

  test("a new contract without a customer is refused by the plan and nothing else is lost", async () => {
    const db = freshDb();
    const sheet = [["合同编号", "金额", "签订日期"], ["HT-9", 100, "2026-01-01"]];
    const r = await importGrid(db, sheet.slice(1), recogniseHeaders(sheet[0]).mapping, opts);
    expect(r.refusals.map((x) => [x.row, x.code])).toEqual([[2, "missingCustomer"]]);
    expect(await db.contracts.count()).toBe(0);
  });

  test("the preview counts creates and updates without writing", async () => {
    const db = freshDb();
    const [headers, ...data] = SHEET;
    const prepared = await prepareImport(data, recogniseHeaders(headers).mapping, opts);
    const preview = await previewImport(db, prepared.rows, opts);
    expect([preview.created, preview.updated]).toEqual([2, 0]);
    expect(await db.contracts.count()).toBe(0);
    await applyImport(db, prepared.rows, opts);
    expect((await previewImport(db, prepared.rows, opts)).unchanged).toBe(2);
  });

  test("a failure while writing rolls the whole import back", async () => {
    const db = freshDb();
    const [headers, ...data] = SHEET;
    const prepared = await prepareImport(data, recogniseHeaders(headers).mapping, opts);
    // A listener that throws mid-write aborts the transaction after some records were put.
    const failing = applyImport(db, prepared.rows, { ...opts, chunkSize: 1, onProgress: (p) => { if (p.phase === "write" && p.done === 3) throw new Error("boom"); } });
    await expect(failing).rejects.toThrow("boom");
    expect(await db.contracts.count()).toBe(0);
    expect(await db.customers.count()).toBe(0);
  });
});
