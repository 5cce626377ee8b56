import { fieldForHeader, recogniseHeaders } from "../../../src/core/import/headers";
import { applyImport, importGrid, prepareImport, previewImport } from "../../../src/core/import/importer";
import { refusalMessage, skippedTotalsMessage } from "../../../src/core/import/messages";
import { readImportNumber, readImportSeq } from "../../../src/core/import/values";
import { LedgerDb } from "../../../src/core/store/db";

/*
 * Sheets as finance analysts really keep them: a total row under the table, a pre-numbered 序号
 * column running past the data, CSV exported from accounting formats (zero shown as "-"), lookup
 * formulas that failed (#N/A), a received amount larger than its installment, repeated rows.
 */

let seq = 0;
const freshDb = (): LedgerDb => new LedgerDb(`import-real-workbooks-${++seq}`);
const opts = { firstRowNumber: 2, digits: 2, now: "2026-11-27T00:00:00.000Z", today: "2026-11-27", currency: "CNY", owner: "王经理" };

async function counts(db: LedgerDb): Promise<number[]> {
  return Promise.all([db.customers.count(), db.contracts.count(), db.plans.count(), db.installments.count(), db.receipts.count(), db.allocations.count()]);
}

describe("total and subtotal rows under a table", () => {
  // Row numbers are the sheet's: header in row 1.
  const SHEET: unknown[][] = [
    ["序号", "合同编号", "客户名称", "应收日期", "应收金额", "已收金额"],
    [1, "HT-1", "华东建设", "2026/11/27", "¥1,234.50", 1000], // row 2
    [2, "HT-2", "北方电力", "2026年12月1日", "5,000.00", ""], // row 3
    ["小计", "", "", "", 6234.5, 1000], // row 4: a subtotal, label in the 序号 column
    [3, "HT-3", "南方物流", "2026.12.15", 800, 0], // row 5
    ["", "", "", "", "", ""], // row 6: blank
    ["合计", "", "", "", 7034.5, 1000], // row 7: the total, label in an unmapped column
    ["", "总计：", "", "", 7034.5, 1000], // row 8: a total labelled in the contract code column itself
  ];

  test("are skipped, not refused, and listed as totals; only the data rows are imported", async () => {
    const db = freshDb();
    const { mapping } = recogniseHeaders(SHEET[0]);
    const r = await importGrid(db, SHEET.slice(1), mapping, opts);
    expect(r.refusals.map((x) => refusalMessage(x, "en"))).toEqual([]);
    expect(r.prepared.totalRows).toEqual([4, 7, 8]);
    expect(r.created).toBe(3);
    expect((await db.contracts.orderBy("code").toArray()).map((c) => c.code)).toEqual(["HT-1", "HT-2", "HT-3"]);
    expect(await db.receipts.count()).toBe(1);
    expect(skippedTotalsMessage([4, 7, 8], "en")).toBe("Total and subtotal rows skipped (not data): rows 4, 7, 8.");
    expect(skippedTotalsMessage([4, 7, 8], "zh")).toBe("已跳过合计 / 小计行（不是数据）：第 4、7、8 行。");
  });

  test("an English Total row with the code column blank is skipped too", async () => {
    const sheet: unknown[][] = [
      ["Contract No.", "Customer", "Due Date", "Amount Due", "Amount Received"],
      ["C-1", "Acme", "2026-11-30", 1000, 200],
      ["Grand Total", "", "", 1000, 200],
    ];
    const r = await prepareImport(sheet.slice(1), recogniseHeaders(sheet[0]).mapping, opts);
    expect([r.rows.length, r.refusals.length, r.totalRows]).toEqual([1, 0, [3]]);
  });

  test("a data row that merely mentions 合计 in its notes keeps its contract and is imported", async () => {
    const sheet: unknown[][] = [["合同编号", "客户", "到期日", "应收金额", "备注"], ["HT-9", "甲", "2026-12-01", 100, "合计"]];
    const r = await prepareImport(sheet.slice(1), recogniseHeaders(sheet[0]).mapping, opts);
    expect([r.rows.map((x) => x.contractCode), r.totalRows]).toEqual([["HT-9"], []]);
  });
});

describe("rows with nothing in the imported columns", () => {
  test("a row holding only a pre-filled 序号 (an unmapped column) is skipped like a blank line, not refused", async () => {
    const sheet: unknown[][] = [
      ["序号", "合同编号", "客户", "到期日", "应收金额"],
      [1, "HT-1", "甲", "2026-12-01", 100],
      [2, "", "", "", ""],
      [3, null, "  ", undefined, ""],
    ];
    const r = await prepareImport(sheet.slice(1), recogniseHeaders(sheet[0]).mapping, opts);
    expect(r.refusals.map((x) => refusalMessage(x, "en"))).toEqual([]);
    expect(r.rows.map((x) => x.row)).toEqual([2]);
  });
});

describe("a zero shown as a dash by an accounting format", () => {
  test.each([["-"], [" -   "], ["—"], ["¥ -"], [" ¥ -   "], ["$ -"]])("amount %p reads as zero", (v) => {
    expect(readImportNumber(v)).toBe(0);
  });

  test.each([["--5"], ["- -"], ["5-"], ["-5-"]])("%p is still not a number", (v) => {
    expect(readImportNumber(v)).toBeUndefined();
  });

  test("a CSV saved from Excel with accounting formats imports its dashes as nothing received", async () => {
    const db = freshDb();
    const sheet: unknown[][] = [
      ["合同编号", "客户名称", "应收日期", "应收金额", "已收金额"],
      ["HT-1", "华东建设", "2026/11/27", " ¥ 1,234.50 ", " ¥ -   "],
      ["HT-2", "北方电力", "2026/12/27", " ¥ 5,000.00 ", " ¥ 2,000.00 "],
    ];
    const r = await importGrid(db, sheet.slice(1), recogniseHeaders(sheet[0]).mapping, opts);
    expect(r.refusals.map((x) => refusalMessage(x, "en"))).toEqual([]);
    expect((await db.installments.toArray()).map((i) => i.amountMinor).sort((a, b) => a - b)).toEqual([123_450, 500_000]);
    expect((await db.receipts.toArray()).map((x) => x.amountMinor)).toEqual([200_000]);
  });
});

describe("Excel error values left by failed formulas", () => {
  const SHEET: unknown[][] = [
    ["合同编号", "客户名称", "到期日", "应收金额"],
    ["HT-1", "#N/A", "2026-12-01", 100], // a VLOOKUP of the customer that found nothing
    ["#REF!", "乙", "2026-12-01", 100],
    ["HT-3", "丙", "2026-12-01", 100],
  ];

  test("are refused naming the row and the column in both languages, never stored as a customer or a contract code", async () => {
    const db = freshDb();
    const r = await importGrid(db, SHEET.slice(1), recogniseHeaders(SHEET[0]).mapping, opts);
    expect(r.refusals.map((x) => refusalMessage(x, "en"))).toEqual([
      "Row 2: Customer holds an Excel error: #N/A; correct the formula or clear the cell.",
      "Row 3: Contract code holds an Excel error: #REF!; correct the formula or clear the cell.",
    ]);
    expect(r.refusals.map((x) => refusalMessage(x, "zh"))).toEqual([
      "第 2 行：客户是 Excel 错误值：#N/A，请修正公式或清空单元格。",
      "第 3 行：合同编号是 Excel 错误值：#REF!，请修正公式或清空单元格。",
    ]);
    expect((await db.customers.toArray()).map((c) => c.name)).toEqual(["丙"]);
    expect((await db.contracts.toArray()).map((c) => c.code)).toEqual(["HT-3"]);
  });
});

describe("a received amount larger than its installment", () => {
  const SHEET: unknown[][] = [
    ["合同编号", "客户", "期次", "到期日", "应收金额", "已收金额"],
    ["HT-1", "华东建设", 1, "2026-03-31", 30000, 40000], // row 2: more received than due
    ["HT-1", "华东建设", 2, "2026-06-30", 70000, ""],
    ["HT-2", "北方电力", 1, "2026-06-30", "5,000.00", "5,000.00"], // fully paid: fine
  ];

  test("is refused naming both amounts in both languages, and nothing of that contract's row is written", async () => {
    const db = freshDb();
    const r = await importGrid(db, SHEET.slice(1), recogniseHeaders(SHEET[0]).mapping, opts);
    expect(r.refusals.map((x) => refusalMessage(x, "en"))).toEqual([
      "Row 2: Received amount 40000 is more than the installment amount 30000; record an overpayment as a receipt on the Contracts page.",
    ]);
    expect(refusalMessage(r.refusals[0], "zh")).toBe("第 2 行：回款金额 40000 超过本期应收金额 30000；多收的款项请在合同页面登记收款。");
    // No allocation ever exceeds its installment.
    const installments = await db.installments.toArray();
    for (const a of await db.allocations.toArray()) {
      expect(a.amountMinor).toBeLessThanOrEqual(installments.find((i) => i.id === a.installmentId)!.amountMinor);
    }
    expect((await db.receipts.toArray()).map((x) => x.amountMinor)).toEqual([500_000]);
  });

  test("one row per receivable: the whole contract amount is the installment, received above it is refused", async () => {
    const sheet: unknown[][] = [["合同编号", "客户", "金额", "到期日", "回款金额"], ["HT-1", "甲", "100万", "2026-12-01", "120万"]];
    const db = freshDb();
    const r = await importGrid(db, sheet.slice(1), recogniseHeaders(sheet[0]).mapping, opts);
    expect(r.refusals.map((x) => [x.row, x.code, x.field])).toEqual([[2, "receivedOverDue", "receivedAmount"]]);
    expect(await counts(db)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(refusalMessage(r.refusals[0], "en")).toBe(
      "Row 2: Received amount 1200000 is more than the installment amount 1000000; record an overpayment as a receipt on the Contracts page.",
    );
  });
});

describe("repeated rows", () => {
  test("the refusal names the earlier row and the columns of the key, in both languages", async () => {
    const sheet: unknown[][] = [
      ["合同编号", "客户", "期次", "到期日", "应收金额"],
      ["HT-1", "甲", 1, "2026-03-31", 100],
      ["HT-1", "甲", 1, "2026-03-31", 100],
    ];
    const bySeq = await prepareImport(sheet.slice(1), recogniseHeaders(sheet[0]).mapping, opts);
    expect(refusalMessage(bySeq.refusals[0], "en")).toBe("Row 3: Same contract code and installment no. as row 2 (HT-1, 1); only the first is imported.");
    expect(refusalMessage(bySeq.refusals[0], "zh")).toBe("第 3 行：合同编号和期次与第 2 行相同（HT-1，1），只导入第一行。");

    const noSeq = [["合同编号", "客户", "到期日", "应收金额"], ["HT-1", "甲", "2026-03-31", 100], ["HT-2", "乙", 46203, 5], ["HT-1", "甲", 46112, 100]];
    const byDue = await prepareImport(noSeq.slice(1), recogniseHeaders(noSeq[0]).mapping, opts);
    expect(refusalMessage(byDue.refusals[0], "en")).toBe("Row 4: Same contract code and due date as row 2 (HT-1, 2026-03-31); only the first is imported.");
    expect(refusalMessage(byDue.refusals[0], "zh")).toBe("第 4 行：合同编号和到期日与第 2 行相同（HT-1，2026-03-31），只导入第一行。");

    const contractsOnly = [["合同编号", "客户", "签订日期"], ["HT-1", "甲", "2026-01-01"], ["HT-1", "甲", "2026-01-01"]];
    const byCode = await prepareImport(contractsOnly.slice(1), recogniseHeaders(contractsOnly[0]).mapping, opts);
    expect(refusalMessage(byCode.refusals[0], "en")).toBe("Row 3: Same contract code as row 2 (HT-1); only the first is imported.");
    expect(refusalMessage(byCode.refusals[0], "zh")).toBe("第 3 行：合同编号与第 2 行相同（HT-1），只导入第一行。");
  });
});

describe("headers and installment numbers as Chinese and English ledgers write them", () => {
  test.each([
    ["币别", "currency"], ["收款金额", "receivedAmount"], ["到账金额", "receivedAmount"], ["实收日期", "receivedDate"],
    ["Amount Received", "receivedAmount"], ["Date Received", "receivedDate"], ["应收款金额", "installmentAmount"],
    ["本期应收金额", "installmentAmount"], ["客户全称", "customer"], ["计划收款日期", "dueDate"], ["Amount Paid", "receivedAmount"],
    ["应收\n日期", "dueDate"], ["已收\n金额（元）", "receivedAmount"],
  ])("%p names the %s field", (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  test.each([["第一期", 1], ["第二期", 2], ["第十期", 10], ["第十二期", 12], ["二十一期", 21], ["首期", 1], ["第３期", 3]])("installment %p is number %p", (v, n) => {
    expect(readImportSeq(v)).toBe(n);
  });

  test.each([["第零期"], ["尾款"], ["第一百期"]])("installment %p is refused", (v) => {
    expect(readImportSeq(v)).toBeUndefined();
  });
});

describe("a realistic sheet imported, imported again, then updated", () => {
  const SHEET: unknown[][] = [
    ["合同\n编号", " 客户名称 ", "币种", "合同金额", "期次", "应收日期", "应收金额", "已收金额", "收款日期"],
    ["HT-2026-001", "华东建设有限公司", "人民币", "1,200,000.00", "第一期", "2026/01/15", "¥360,000.00", "¥360,000.00", "2026年1月20日"],
    ["HT-2026-001", "华东建设有限公司", "人民币", "1,200,000.00", "第二期", "2026.04.15", "¥720,000.00", " ¥ -   ", ""],
    ["HT-2026-001", "华东建设有限公司", "人民币", "1,200,000.00", "第三期", 46402, "120,000", "", ""],
    ["HT-2026-002", "北方科技", "RMB", 500000, 1, "2026-06-30", 500000, "100,000", 46203],
    ["合计", "", "", "", "", "", 1_700_000, 460_000, ""],
  ];

  test("the preview counts what apply does; a second import changes nothing; an update changes in place", async () => {
    const db = freshDb();
    const { mapping } = recogniseHeaders(SHEET[0]);
    const prepared = await prepareImport(SHEET.slice(1), mapping, opts);
    expect(prepared.refusals.map((x) => refusalMessage(x, "en"))).toEqual([]);
    const preview = await previewImport(db, prepared.rows, opts);
    expect(await counts(db)).toEqual([0, 0, 0, 0, 0, 0]);
    const applied = await applyImport(db, prepared.rows, opts);
    expect([applied.created, applied.updated, applied.unchanged]).toEqual([preview.created, preview.updated, preview.unchanged]);
    expect(applied.created).toBe(4);
    const once = await counts(db);
    expect(once).toEqual([2, 2, 2, 4, 2, 2]);

    const again = await importGrid(db, SHEET.slice(1), mapping, opts);
    expect([again.created, again.updated, again.unchanged, again.refusals.length]).toEqual([0, 0, 4, 0]);
    expect(await counts(db)).toEqual(once);

    // The update: the second installment is now paid 200,000 on 2026-04-20; HT-2026-002 grew to 550,000.
    const update = SHEET.map((r) => [...r]);
    update[2][7] = "200,000.00";
    update[2][8] = "2026-04-20";
    update[4][3] = 550000;
    update[4][6] = 550000;
    const p2 = await prepareImport(update.slice(1), mapping, opts);
    const v2 = await previewImport(db, p2.rows, opts);
    const r2 = await applyImport(db, p2.rows, opts);
    expect([r2.created, r2.updated, r2.unchanged]).toEqual([v2.created, v2.updated, v2.unchanged]);
    expect([r2.created, r2.updated, r2.unchanged]).toEqual([0, 2, 2]);
    expect(await counts(db)).toEqual([2, 2, 2, 4, 3, 3]);
    const receipts = (await db.receipts.toArray()).map((x) => [x.amountMinor, x.date]).sort();
    expect(receipts).toEqual([[10_000_000, "2026-06-30"], [20_000_000, "2026-04-20"], [36_000_000, "2026-01-20"]].sort());
    const ht2 = await db.contracts.where("code").equals("HT-2026-002").first();
    expect(ht2!.amountMinor).toBe(55_000_000);
  });
});

describe("one row per installment under a bare 金额 header", () => {
  test("rows of one contract with different 金额 are refused with the hint to map that column to the installment amount, in both languages", async () => {
    const sheet: unknown[][] = [
      ["合同编号", "客户名称", "应收日期", "金额", "已收金额"],
      ["HT-1", "华东建设", "2026-03-31", 3000, 3000],
      ["HT-1", "华东建设", "2026-06-30", 7000, ""],
    ];
    const { mapping } = recogniseHeaders(sheet[0]);
    const r = await prepareImport(sheet.slice(1), mapping, opts);
    expect(refusalMessage(r.refusals[0], "en")).toBe(
      "Row 3: Contract amount differs from an earlier row of the same contract: 7000. If this column holds each installment's amount, map it to Installment amount.",
    );
    expect(refusalMessage(r.refusals[0], "zh")).toBe("第 3 行：合同金额与同一合同前面的行不一致：7000。如该列是每一期的金额，请将其对应到“应收金额”。");
    // Mapped as the hint says, both installments import.
    const remapped = { ...mapping, installmentAmount: mapping.contractAmount } as typeof mapping;
    delete remapped.contractAmount;
    const again = await prepareImport(sheet.slice(1), remapped, opts);
    expect([again.rows.length, again.refusals.length]).toEqual([2, 0]);
  });

  test("with an installment amount column mapped, a differing contract amount is refused without the hint", async () => {
    const sheet = [["合同编号", "客户", "合同金额", "期次", "到期日", "应收金额"], ["HT-1", "甲", 1000, 1, "2026-01-31", 400], ["HT-1", "甲", 1200, 2, "2026-02-28", 600]];
    const r = await prepareImport(sheet.slice(1), recogniseHeaders(sheet[0]).mapping, opts);
    expect(refusalMessage(r.refusals[0], "en")).toBe("Row 3: Contract amount differs from an earlier row of the same contract: 1200.");
  });
});

describe("an update sheet without the installment amount column", () => {
  const PLAN: unknown[][] = [
    ["合同编号", "客户", "合同金额", "期次", "到期日", "应收金额"],
    ["HT-1", "华东建设", 100000, 1, "2026-03-31", 30000],
    ["HT-1", "华东建设", 100000, 2, "2026-06-30", 50000],
    ["HT-1", "华东建设", 100000, 3, "2026-09-30", 20000],
  ];

  test("a receipts update naming one installment of a contract keeps that installment's stored amount instead of giving it the whole contract amount", async () => {
    const db = freshDb();
    await importGrid(db, PLAN.slice(1), recogniseHeaders(PLAN[0]).mapping, opts);
    const update: unknown[][] = [["合同编号", "客户", "合同金额", "期次", "到期日", "已收金额", "收款日期"], ["HT-1", "华东建设", 100000, 2, "2026-06-30", 20000, "2026-07-02"]];
    const prepared = await prepareImport(update.slice(1), recogniseHeaders(update[0]).mapping, opts);
    // The preview shows the amount the installment keeps, not the contract amount the sheet gave.
    expect([...(await previewImport(db, prepared.rows, opts)).keptInstallmentAmounts]).toEqual([[2, 5_000_000]]);
    const r = await importGrid(db, update.slice(1), recogniseHeaders(update[0]).mapping, opts);
    expect(r.refusals).toEqual([]);
    expect([r.created, r.updated, r.unchanged]).toEqual([0, 1, 0]);
    const inst = (await db.installments.toArray()).sort((a, b) => a.seq - b.seq);
    expect(inst.map((i) => [i.seq, i.amountMinor, i.rev])).toEqual([[1, 3_000_000, 1], [2, 5_000_000, 1], [3, 2_000_000, 1]]);
    expect((await db.allocations.toArray()).map((a) => [a.installmentId, a.amountMinor])).toEqual([[inst[1].id, 2_000_000]]);
  });

  test("received above that stored amount is refused; a new installment of such a contract needs its own amount", async () => {
    const db = freshDb();
    await importGrid(db, PLAN.slice(1), recogniseHeaders(PLAN[0]).mapping, opts);
    const over: unknown[][] = [["合同编号", "客户", "合同金额", "期次", "到期日", "已收金额"], ["HT-1", "华东建设", 100000, 3, "2026-09-30", 60000]];
    const r = await importGrid(db, over.slice(1), recogniseHeaders(over[0]).mapping, opts);
    expect(r.refusals.map((x) => refusalMessage(x, "en"))).toEqual([
      "Row 2: Received amount 60000 is more than the installment amount 20000; record an overpayment as a receipt on the Contracts page.",
    ]);
    const fourth: unknown[][] = [["合同编号", "客户", "合同金额", "期次", "到期日"], ["HT-1", "华东建设", 100000, 4, "2026-12-31"]];
    const r4 = await importGrid(db, fourth.slice(1), recogniseHeaders(fourth[0]).mapping, opts);
    expect(r4.refusals.map((x) => [x.row, x.code, x.field])).toEqual([[2, "missingAmount", "installmentAmount"]]);
    expect(await db.installments.count()).toBe(3);
    expect(await db.receipts.count()).toBe(0);
  });

  test("a contract with a single installment still follows its contract amount, as one row per receivable", async () => {
    const db = freshDb();
    const one: unknown[][] = [["合同编号", "客户", "合同金额", "到期日"], ["HT-9", "甲", 1000, "2026-12-31"]];
    const mapping = recogniseHeaders(one[0]).mapping;
    await importGrid(db, one.slice(1), mapping, opts);
    await importGrid(db, [["HT-9", "甲", 1200, "2026-12-31"]], mapping, opts);
    expect((await db.installments.toArray()).map((i) => i.amountMinor)).toEqual([120_000]);
  });
});

describe("one row per receivable, rescheduled", () => {
  test("a contract's only receivable whose due date moved is moved in place, not owed twice", async () => {
    const db = freshDb();
    const sheet: unknown[][] = [["合同编号", "客户", "金额", "到期日", "已收金额"], ["HT-9", "甲", 1000, "2026-12-31", 200]];
    const mapping = recogniseHeaders(sheet[0]).mapping;
    await importGrid(db, sheet.slice(1), mapping, opts);
    const r = await importGrid(db, [["HT-9", "甲", 1000, "2027-01-31", 200]], mapping, opts);
    expect([r.created, r.updated, r.unchanged, r.refusals.length]).toEqual([0, 1, 0, 0]);
    expect((await db.installments.toArray()).map((i) => [i.dueDate, i.amountMinor])).toEqual([["2027-01-31", 100_000]]);
    expect((await db.allocations.toArray()).map((a) => a.amountMinor)).toEqual([20_000]);
  });
});

test("a contract's only receivable and a row naming another installment no. without its amount: refused, not owed twice", async () => {
  const db = freshDb();
  const sheet: unknown[][] = [["合同编号", "客户", "金额", "期次", "到期日"], ["HT-8", "甲", 1000, 1, "2026-12-31"]];
  const mapping = recogniseHeaders(sheet[0]).mapping;
  await importGrid(db, sheet.slice(1), mapping, opts);
  const r = await importGrid(db, [["HT-8", "甲", 1000, 2, "2027-01-31"]], mapping, opts);
  expect(r.refusals.map((x) => [x.row, x.code, x.field])).toEqual([[2, "missingAmount", "installmentAmount"]]);
  expect((await db.installments.toArray()).map((i) => [i.seq, i.dueDate, i.amountMinor])).toEqual([[1, "2026-12-31", 100_000]]);
});
