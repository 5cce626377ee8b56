import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { calculateWorkbook, valuesOf } from "../../src/calc/engine";
import { csvCell, parseCsvRecords } from "../../src/calc/csv";
import { readWorkbookFile } from "../../src/calc/workbookFile";
import { typedFormula } from "../../src/calc/xlsx";

describe("reading CSV", () => {
  it("splits RFC 4180 records: quoted commas, doubled quotes, CRLF, a BOM", () => {
    expect(parseCsvRecords('\ufeffa,"b,c","say ""hi"""\r\n1,,=SUM(A1:A2)\n')).toEqual([
      ["a", "b,c", 'say "hi"'],
      ["1", "", "=SUM(A1:A2)"],
    ]);
  });

  it("types fields: formula, number, boolean, error, blank; dates stay ISO text", () => {
    expect(["=A1", "12.5", "-3e2", "TRUE", "false", "#N/A", "", "2024-01-31", "31/01/2024", "12 apples"].map(csvCell)).toEqual([
      "=A1", 12.5, -300, true, false, { error: "#N/A" }, null, "2024-01-31", "31/01/2024", "12 apples",
    ]);
  });
});

describe("reading .xlsx (written with exceljs)", () => {
  it("reads formulas as typed: without _xlfn. and with Excel's stored form of add-in functions", () => {
    expect(typedFormula("_xlfn.XLOOKUP(A1,B:B,C:C)")).toBe("XLOOKUP(A1,B:B,C:C)");
    expect(typedFormula("_xldudf_AR_AGING(A2:A9,B2:B9,D1)+[2]!_xldudf_AR_AGEDAYS(A1,B1)")).toBe("AR.AGING(A2:A9,B2:B9,D1)+AR.AGEDAYS(A1,B1)");
    expect(typedFormula("AR.AGEDAYS(A1,B1)")).toBe("AR.AGEDAYS(A1,B1)");
  });

  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "huikuan-calc-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("recalculates real formula cells and text formulas, reading date cells as serials", async () => {
    const workbook = new ExcelJS.Workbook();
    const data = workbook.addWorksheet("Invoices");
    data.addRow(["dueDate", "amount"]);
    // Date cells: exceljs writes them as serials; 2024-03-01 = 45352, 2024-01-31 = 45322.
    data.addRow([new Date(Date.UTC(2024, 2, 1)), 100]);
    data.addRow([new Date(Date.UTC(2024, 0, 31)), 40.5]);
    data.addRow(["2024-03-31", 7]); // ISO text: due on the as-of date, Current
    const report = workbook.addWorksheet("Report");
    report.getCell("A1").value = new Date(Date.UTC(2024, 2, 31)); // as of 2024-03-31 = 45382
    report.getCell("A2").value = { formula: "AR.AGING(Invoices!A2:A4,Invoices!B2:B4,A1)" };
    report.getCell("A5").value = { formula: "SUM(A3:E3)" };
    report.getCell("A6").value = "=AR.AGEDAYS(Invoices!A3,A1)";
    const file = join(dir, "aging.xlsx");
    await workbook.xlsx.writeFile(file);

    const results = valuesOf(calculateWorkbook(await readWorkbookFile(file)));
    expect(results).toEqual({
      // 45382 - 45352 = 30 days → 1-30; 45382 - 45322 = 60 days → 31-60.
      "Report!A2": [["Current", "1-30", "31-60", "61-90", ">90"], [7, 100, 40.5, 0, 0]],
      "Report!A5": 147.5,
      "Report!A6": 60,
    });
  });
});
