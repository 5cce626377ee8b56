import ExcelJS from "exceljs";
import { recogniseHeaders } from "../../../src/core/import/headers";
import { importGrid } from "../../../src/core/import/importer";
import { readXlsx } from "../../../src/core/import/xlsx";
import { LedgerDb } from "../../../src/core/store/db";
import { readImportFile } from "../../../src/taskpane/pages/Data/readImportFile";

/**
 * Files chosen on the Data page (readImportFile): the header is found below a report title or a
 * "单位：元" line as for a selection, merged cells of an .xlsx are filled, and messages keep the
 * file's own row numbers.
 */
let seq = 0;
const freshDb = (): LedgerDb => new LedgerDb(`file-layout-${++seq}`);
const opts = { digits: 2, now: "2026-11-27T00:00:00Z", today: "2026-11-27" };

async function xlsxFile(name: string, build: (ws: ExcelJS.Worksheet) => void, sheetName = "台账"): Promise<File> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet(sheetName));
  const buffer = await wb.xlsx.writeBuffer();
  return new File([buffer as ArrayBuffer], name);
}

describe("a title or a unit line above the header of a file", () => {
  const csv = "\uFEFF2026年合同回款台账,,,\n单位：元,,,\n合同编号,客户名称,合同金额,到期日\nHT-1,华东建设,100000,2026-03-31\nHT-2,北方电力,50000,2026-13-01\n合计,,150000,\n";

  test("a CSV's header is found below them, and a refusal names the file's row", async () => {
    const [sheet] = await readImportFile(new File([csv], "台账.csv"));
    expect(sheet.headers).toEqual(["合同编号", "客户名称", "合同金额", "到期日"]);
    expect(sheet.firstRowNumber).toBe(4);
    const result = await importGrid(freshDb(), sheet.rows, recogniseHeaders(sheet.headers).mapping, { ...opts, firstRowNumber: sheet.firstRowNumber });
    expect(result.refusals.map((r) => [r.row, r.code, r.field])).toEqual([[5, "badDate", "dueDate"]]);
    expect(result.prepared.totalRows).toEqual([6]);
    expect(result.created).toBe(1);
  });

  test("an .xlsx worksheet's header is found below them, after blank rows too", async () => {
    const file = await xlsxFile("台账.xlsx", (ws) => {
      ws.getCell("A2").value = "应收账款明细表";
      ws.getCell("A3").value = "单位：元";
      ws.getRow(5).values = ["合同编号", "客户", "合同金额", "到期日"];
      ws.getRow(6).values = ["HT-1", "华东建设", 100000, new Date(Date.UTC(2026, 2, 31))];
      ws.getRow(7).values = ["HT-2", "", 5000, new Date(Date.UTC(2026, 3, 30))];
    });
    const [sheet] = await readImportFile(file);
    expect(sheet.headers).toEqual(["合同编号", "客户", "合同金额", "到期日"]);
    expect(sheet.firstRowNumber).toBe(6);
    const result = await importGrid(freshDb(), sheet.rows, recogniseHeaders(sheet.headers).mapping, { ...opts, firstRowNumber: sheet.firstRowNumber });
    expect(result.refusals.map((r) => [r.row, r.code])).toEqual([[7, "missingCustomer"]]);
  });
});

describe("merged cells in an .xlsx file", () => {
  /** 合同编号 and 客户名称 merged down over each contract's installments, under a title merged across. */
  const planFile = (): Promise<File> => xlsxFile("回款计划.xlsx", (ws) => {
    ws.getCell("A1").value = "2026年回款计划";
    ws.mergeCells("A1:E1");
    ws.getRow(2).values = ["合同编号", "客户名称", "期次", "到期日", "应收金额"];
    ws.getRow(3).values = ["HT-1", "华东建设", 1, new Date(Date.UTC(2026, 2, 31)), 30000];
    ws.getRow(4).values = [null, null, 2, new Date(Date.UTC(2026, 5, 30)), 30000];
    ws.getRow(5).values = [null, null, 3, new Date(Date.UTC(2026, 8, 30)), 40000];
    ws.getRow(6).values = ["HT-2", "北方电力", 1, new Date(Date.UTC(2026, 3, 30)), 5000];
    ws.mergeCells("A3:A5");
    ws.mergeCells("B3:B5");
  });

  test("the reader reports each worksheet's merged areas, 0-based from A1", async () => {
    const sheets = await readXlsx(new Uint8Array(await (await planFile()).arrayBuffer()));
    expect(sheets[0].merges).toEqual([
      { row: 0, column: 0, rows: 1, columns: 5 }, { row: 2, column: 0, rows: 3, columns: 1 }, { row: 2, column: 1, rows: 3, columns: 1 },
    ]);
  });

  test("every installment row of a merged contract imports, none refused for a missing contract code", async () => {
    const [sheet] = await readImportFile(await planFile());
    expect(sheet.firstRowNumber).toBe(3);
    expect(sheet.rows.map((r) => r[0])).toEqual(["HT-1", "HT-1", "HT-1", "HT-2"]);
    const db = freshDb();
    const result = await importGrid(db, sheet.rows, recogniseHeaders(sheet.headers).mapping, { ...opts, firstRowNumber: sheet.firstRowNumber });
    expect(result.refusals).toEqual([]);
    const contracts = await db.contracts.orderBy("code").toArray();
    expect(contracts.map((c) => [c.code, c.amountMinor])).toEqual([["HT-1", 10_000_000], ["HT-2", 500_000]]);
    const installments = await db.installments.where("contractId").equals(contracts[0].id!).sortBy("seq");
    expect(installments.map((i) => [i.seq, i.dueDate, i.amountMinor])).toEqual([[1, "2026-03-31", 3_000_000], [2, "2026-06-30", 3_000_000], [3, "2026-09-30", 4_000_000]]);
  });

  test("merged areas are read for each worksheet by its own name, including a name with an ampersand", async () => {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet("说明");
    a.getCell("A1").value = "readme";
    const b = wb.addWorksheet("R&D 回款");
    b.getRow(1).values = ["合同编号", "客户"];
    b.getRow(2).values = ["HT-9", "甲"];
    b.getRow(3).values = [null, "乙"];
    b.mergeCells("A2:A3");
    const sheets = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer));
    expect(sheets.map((s) => [s.name, s.merges])).toEqual([["说明", []], ["R&D 回款", [{ row: 1, column: 0, rows: 2, columns: 1 }]]]);
  });
});
