import type { SheetTable } from "../../src/core/export/sheetTable";
import { writeReport } from "../../src/taskpane/excel/writeReport";
import { FakeWorkbook } from "./fakeExcel";

function installed(): FakeWorkbook {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  book.install();
  return book;
}

const table = (tableName: string): SheetTable => ({
  tableName, digits: 2, columns: [{ header: "Customer", kind: "text" }, { header: "Open", kind: "money" }], rows: [["Acme", 100]],
});

describe("an exported table never takes a name the workbook already uses", () => {
  test("a workbook-scoped defined name HuikuanLedger (any case) makes the table HuikuanLedger2", async () => {
    const book = installed();
    book.definedNames.push("HUIKUANLEDGER", "Rates");
    const written = await writeReport(table("HuikuanLedger"), { sheetName: "Ledger" });
    expect(written.tableName).toBe("HuikuanLedger2");
    expect(book.sheet("Ledger").tables.map((t) => t.name)).toEqual(["HuikuanLedger2"]);
  });

  test("a name scoped to a worksheet is avoided too", async () => {
    const book = installed();
    book.sheet("Sheet1").names.push("huikuanledger");
    const written = await writeReport(table("HuikuanLedger"), { sheetName: "Ledger" });
    expect(written.tableName.toLowerCase()).not.toBe("huikuanledger");
    expect(book.allTables().map((t) => t.name)).toEqual([written.tableName]);
  });

  test("a defined name and a table both taken: the number skips both", async () => {
    const book = installed();
    await writeReport(table("HuikuanLedger"), { sheetName: "Ledger" });
    book.definedNames.push("HuikuanLedger2");
    const second = await writeReport(table("HuikuanLedger"), { sheetName: "Ledger" });
    expect(second.tableName).toBe("HuikuanLedger3");
  });
});
