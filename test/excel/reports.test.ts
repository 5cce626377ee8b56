import { installmentLedgerTable, planVsActualTable, reminderLogTable } from "../../src/core/export/ledgerReports";
import { loadSnapshot } from "../../src/core/store/loadSnapshot";
import type { SheetTable } from "../../src/core/export/sheetTable";
import { LedgerDb } from "../../src/core/store/db";
import { writeAgingReport } from "../../src/taskpane/excel/agingReport";
import { writeReport } from "../../src/taskpane/excel/writeReport";
import { seedLedger } from "../core/backup/sampleLedger";
import { FakeWorkbook } from "./fakeExcel";

const AS_OF = 46203; // 2026-06-30: 46023 is 2026-01-01, plus 180 days

let n = 0;
async function seeded() {
  const db = new LedgerDb(`reports-${++n}`);
  await seedLedger(db);
  return loadSnapshot(db);
}

function installed(): FakeWorkbook {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  book.install();
  return book;
}

describe("reports written to the workbook", () => {
  test("the installment ledger lands on a new sheet as an Excel table with header, values and formats", async () => {
    const book = installed();
    const written = await writeReport(installmentLedgerTable(await seeded(), "en", AS_OF), { sheetName: "Installment ledger" });
    expect(written).toEqual({ sheetName: "Installment ledger", tableName: "HuikuanLedger", address: "A1:L4" });
    const sheet = book.sheet("Installment ledger");
    expect(sheet.tables.map((t) => [t.name, t.address, t.hasHeaders, t.style])).toEqual([
      ["HuikuanLedger", "'Installment ledger'!A1:L4", true, "TableStyleMedium2"],
    ]);
    expect(sheet.block(0, 0, 1, 12)).toEqual([["Contract", "Customer", "No", "Due", "Currency", "Amount", "Received", "Open", "State", "Days past due", "Owner", "Contract status"]]);
    // HT-001 #1: CNY 30,000.00 due 2026-01-05 (serial 46027), 20,000.00 received, 10,000.00 open, 176 days late.
    expect(sheet.block(1, 0, 1, 12)).toEqual([["HT-001", "华东建设", 1, 46027, "CNY", 30000, 20000, 10000, "Overdue", 176, "王经理", "Active"]]);
    // HT-001 #2 waits for its milestone; HT-002 belongs to the customer whose name looks like a formula.
    expect(sheet.block(2, 8, 1, 1)).toEqual([["Awaiting milestone"]]);
    expect(sheet.cell(3, 1)).toMatchObject({ value: "'=HYPERLINK(\"http://evil\")", formula: undefined });
    expect(sheet.cell(1, 3).numberFormat).toBe("yyyy-mm-dd");
    expect(sheet.cell(1, 5).numberFormat).toBe("#,##0.00");
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.activated).toBe(true);
    expect(sheet.autofitCalls).toEqual(["Installment ledger!A1:L4"]);
  });

  test("a customer name or note that starts with = + - @ is written as text, never as a formula", async () => {
    const book = installed();
    const s = await seeded();
    await writeReport(reminderLogTable(s, "en"), { sheetName: "Reminder log" });
    await writeReport(installmentLedgerTable(s, "en", AS_OF), { sheetName: "Ledger" });
    const cells = book.sheets.flatMap((sh) => [...sh.cells.values()]);
    expect(cells.filter((c) => c.formula !== undefined)).toEqual([]);
    const texts = cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
    for (const risky of ["=cmd|' /C calc'!A0", "=HYPERLINK(\"http://evil\")"]) {
      expect(texts).toContain("'" + risky);
      expect(texts).not.toContain(risky);
    }
  });

  test("every formula-looking text (= + - @, full-width, tab) lands as text with the quote prefix", async () => {
    const book = installed();
    const risky = ["=1+1", "+86 138", "-5%", "@SUM(A1)", "＝SUM(A1)", "\t=1", "Acme"];
    const table: SheetTable = { tableName: "T", digits: 2, columns: [{ header: "Name", kind: "text" }], rows: risky.map((r) => [r]) };
    await writeReport(table, { sheetName: "Names" });
    const written = book.sheet("Names").block(1, 0, risky.length, 1).map((r) => r[0]);
    expect(written).toEqual([...risky.slice(0, 6).map((r) => "'" + r), "Acme"]);
    expect([...book.sheet("Names").cells.values()].some((c) => c.formula !== undefined)).toBe(false);
  });

  test("aging by customer of a one-currency ledger is one live AR.AGINGBY formula over the whole ledger table, headed by its currency, with a native chart", async () => {
    const book = installed();
    const report = await writeAgingReport(installmentLedgerTable(await seeded(), "en", AS_OF), "en");
    const aging = book.sheet("Aging by customer");
    // The seeded ledger's second installment waits for a milestone not yet reached: it is aged as
    // due today (Current), not by its planned date.
    expect(aging.cell(2, 0).formula).toBe('=AR.AGINGBY(HuikuanLedger[Customer],IF(HuikuanLedger[State]="Awaiting milestone",TODAY(),HuikuanLedger[Due]),HuikuanLedger[Open],TODAY())');
    expect(report.blocks.map((b) => [b.currency, b.formulaCell])).toEqual([["CNY", "A3"]]);
    expect(aging.cell(1, 0)).toMatchObject({ value: "Currency: CNY", bold: true });
    // Every structured reference names a real column of the exported table.
    const ledger = book.sheet("Installment ledger");
    const headers = ledger.block(0, 0, 1, 12)[0];
    for (const [, col] of report.blocks[0].formula.matchAll(/HuikuanLedger\[([^\]]+)\]/g)) expect(headers).toContain(col);
    expect(ledger.tables[0].name).toBe("HuikuanLedger");
    // Two customers → header + 2 rows; the chart stacks the buckets (Key … >90) without the Total.
    expect(aging.charts).toEqual([{ type: "ColumnStacked", source: "A3:F5", seriesBy: "Columns", title: { text: "Open receivables by age (CNY)" }, position: "I3", setPosition: expect.any(Function) }]);
    expect(aging.cell(2, 0).bold).toBe(true);
    expect(aging.cell(3, 1).numberFormat).toBe("#,##0.00");
  });

  test("in Chinese the formula refers to the Chinese column headers of the ledger table", async () => {
    const book = installed();
    await writeAgingReport(installmentLedgerTable(await seeded(), "zh", AS_OF), "zh");
    expect(book.sheet("客户账龄").cell(2, 0).formula).toBe('=AR.AGINGBY(HuikuanLedger[客户],IF(HuikuanLedger[状态]="待里程碑",TODAY(),HuikuanLedger[到期日]),HuikuanLedger[未回款],TODAY())');
    expect(book.sheet("回款台账").block(0, 0, 1, 5)).toEqual([["合同编号", "客户", "期次", "到期日", "币种"]]);
    expect(book.sheet("客户账龄").cell(1, 0).value).toBe("币种：CNY");
  });

  test("a second report never replaces the first: sheet and table names get a number", async () => {
    const book = installed();
    const table = installmentLedgerTable(await seeded(), "en", AS_OF);
    await writeReport(table, { sheetName: "Ledger" });
    const second = await writeReport(table, { sheetName: "Ledger" });
    expect([second.sheetName, second.tableName]).toEqual(["Ledger (2)", "HuikuanLedger2"]);
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1", "Ledger", "Ledger (2)"]);
  });

  test("plan vs actual by month lists every month with its currency, planned, received and cumulative rate", async () => {
    const book = installed();
    await writeReport(planVsActualTable(await seeded(), "en"), { sheetName: "Plan vs actual" });
    const sheet = book.sheet("Plan vs actual");
    expect(sheet.block(0, 0, 1, 8)).toEqual([["Currency", "Month", "Planned", "Actual", "Difference", "Cumulative planned", "Cumulative actual", "Collection rate"]]);
    // Planned: Jan 30,000 (HT-001 #1), Mar 50,000 (HT-002), Apr 70,000 (HT-001 #2); received: Jan 20,000.
    expect(sheet.block(1, 0, 4, 7)).toEqual([
      ["CNY", "'2026-01", 30000, 20000, -10000, 30000, 20000],
      ["CNY", "'2026-02", 0, 0, 0, 30000, 20000],
      ["CNY", "'2026-03", 50000, 0, -50000, 80000, 20000],
      ["CNY", "'2026-04", 70000, 0, -70000, 150000, 20000],
    ]);
    expect(sheet.cell(4, 7).value).toBeCloseTo(20000 / 150000, 12);
    expect(sheet.cell(4, 7).numberFormat).toBe("0.0%");
    expect(sheet.cell(4, 2).numberFormat).toBe("#,##0.00");
  });

  test("a big table is written in chunks, each sync under the cell budget, and every row lands", async () => {
    const book = installed();
    const rows = Array.from({ length: 12_000 }, (_, i) => [`HT-${i}`, i * 100, "2026-01-31"]);
    const table: SheetTable = { tableName: "Big", digits: 2, columns: [{ header: "Code", kind: "text" }, { header: "Amount", kind: "money" }, { header: "Due", kind: "date" }], rows };
    await writeReport(table, { sheetName: "Big", cellsPerSync: 9000 });
    const sheet = book.sheet("Big");
    expect(book.cellsPerSync.filter((c) => c > 0).length).toBe(4); // 3,000 rows × 3 columns per chunk
    expect(Math.max(...book.cellsPerSync)).toBeLessThanOrEqual(9000 + 3); // the header row rides with the first chunk
    expect(sheet.block(12_000, 0, 1, 3)).toEqual([["HT-11999", 11999, 46053]]);
    expect(sheet.tables[0].address).toBe("'Big'!A1:C12001");
  });
});
