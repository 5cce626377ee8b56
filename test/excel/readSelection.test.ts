import { recogniseHeaders } from "../../src/core/import/headers";
import { importGrid } from "../../src/core/import/importer";
import { LedgerDb } from "../../src/core/store/db";
import { listTables, readSelection, readTable } from "../../src/taskpane/excel/readSelection";
import { FakeWorkbook } from "./fakeExcel";

function bookWithSheet(): FakeWorkbook {
  const book = new FakeWorkbook();
  const sheet = book.addSheet("回款计划");
  const rows: unknown[][] = [
    ["合同编号", "客户", "合同金额", "期次", "到期日", "应收金额", "回款金额"],
    ["HT-1", "华东建设", 100000, 1, 46112, 30000, 30000], // 46112 = 2026-03-31
    ["HT-1", "华东建设", 100000, 2, 46203, 70000, ""], // 46203 = 2026-06-30
    ["HT-2", "北方电力", "n/a", 1, 46203, 5000, ""],
  ];
  rows.forEach((line, r) => line.forEach((v, c) => sheet.setCell(2 + r, 1 + c, { value: v }))); // at B3
  book.install();
  return book;
}

describe("reading the selection or a table", () => {
  test("the selected range gives its header row, data rows and the sheet row number of the first data row", async () => {
    const book = bookWithSheet();
    book.selection = { sheet: book.sheet("回款计划"), row: 2, col: 1, rows: 4, cols: 7 };
    const read = await readSelection();
    expect(read.source).toBe("回款计划!B3:H6");
    expect(read.headers).toEqual(["合同编号", "客户", "合同金额", "期次", "到期日", "应收金额", "回款金额"]);
    expect(read.rows.length).toBe(3);
    expect(read.firstRowNumber).toBe(4);
  });

  test("a single selected cell reads the block around it", async () => {
    const book = bookWithSheet();
    book.selection = { sheet: book.sheet("回款计划"), row: 3, col: 2, rows: 1, cols: 1, region: [2, 1, 4, 7] };
    const read = await readSelection();
    expect(read.source).toBe("回款计划!B3:H6");
    expect(read.rows[0][0]).toBe("HT-1");
  });

  test("a sheet with Chinese headers imports from the selection with the right mapping and a refusal list", async () => {
    const book = bookWithSheet();
    book.selection = { sheet: book.sheet("回款计划"), row: 2, col: 1, rows: 4, cols: 7 };
    const read = await readSelection();
    const { mapping } = recogniseHeaders(read.headers);
    expect(mapping).toEqual({ contractCode: 0, customer: 1, contractAmount: 2, seq: 3, dueDate: 4, installmentAmount: 5, receivedAmount: 6 });
    const db = new LedgerDb("selection-import");
    const result = await importGrid(db, read.rows, mapping, { firstRowNumber: read.firstRowNumber, digits: 2, now: "2026-11-27T00:00:00Z", today: "2026-04-02" });
    expect(result.refusals.map((r) => [r.row, r.code, r.field])).toEqual([[6, "notANumber", "contractAmount"]]);
    const installments = await db.installments.toArray();
    expect(installments.map((i) => [i.seq, i.dueDate, i.amountMinor])).toEqual([[1, "2026-03-31", 3_000_000], [2, "2026-06-30", 7_000_000]]);
    expect((await db.receipts.toArray()).map((r) => [r.amountMinor, r.date])).toEqual([[3_000_000, "2026-04-02"]]);
  });

  test("a named table reads header and rows; the table list names every table", async () => {
    const book = bookWithSheet();
    book.sheet("回款计划").tables.push({ name: "Plan", address: "'回款计划'!B3:H6", hasHeaders: true, sheet: book.sheet("回款计划") });
    expect(await listTables()).toEqual(["Plan"]);
    const read = await readTable("Plan");
    expect(read.source).toBe("Plan");
    expect(read.headers[0]).toBe("合同编号");
    expect(read.rows.map((r) => r[0])).toEqual(["HT-1", "HT-1", "HT-2"]);
    expect(read.firstRowNumber).toBe(4);
  });
});
