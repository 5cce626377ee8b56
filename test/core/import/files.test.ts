import ExcelJS from "exceljs";
import { decodeCsvBytes, detectDelimiter, parseCsv } from "../../../src/core/import/csv";
import { recogniseHeaders } from "../../../src/core/import/headers";
import { prepareImport } from "../../../src/core/import/importer";
import { type ImportAmount, minorOfAmount } from "../../../src/core/import/values";
import { readXlsx } from "../../../src/core/import/xlsx";

/** A prepared row's amount (kept exact until its currency is known) in fen. */
const inCny = (a: ImportAmount | undefined): number | undefined => {
  const m = a === undefined ? undefined : minorOfAmount(a, 2);
  return m !== undefined && "minor" in m ? m.minor : undefined;
};

describe("CSV files", () => {
  test("quoted fields keep delimiters, doubled quotes and line breaks (RFC 4180)", () => {
    const { rows } = parseCsv('code,note\r\nHT-1,"a, b"\r\nHT-2,"say ""hi""\nnext line"\r\n');
    expect(rows).toEqual([["code", "note"], ["HT-1", "a, b"], ["HT-2", 'say "hi"\nnext line']]);
  });

  test("a byte-order mark is dropped and Chinese text survives", () => {
    const { rows } = parseCsv("\uFEFF合同编号,客户\nHT-1,华东建设\n");
    expect(rows).toEqual([["合同编号", "客户"], ["HT-1", "华东建设"]]);
  });

  test.each([
    ["a,b,c\n1,2,3", ","], ["a;b;c\n1,5;2;3", ";"], ["a\tb\tc\n1\t2\t3", "\t"], ['"x;y",b,c\n', ","],
  ])("the delimiter of %p is %p", (text, sep) => {
    expect(detectDelimiter(text)).toBe(sep);
  });

  test("semicolon files (European Excel) split on semicolons, commas stay in numbers", () => {
    expect(parseCsv("Amount;Due\n1.234,5;2026-01-31").rows).toEqual([["Amount", "Due"], ["1.234,5", "2026-01-31"]]);
  });

  test("a last line without a line break is kept; a trailing line break adds no empty row", () => {
    expect(parseCsv("a,b\n1,2").rows).toEqual([["a", "b"], ["1", "2"]]);
    expect(parseCsv("a,b\n1,2\n").rows.length).toBe(2);
  });

  test("UTF-8 bytes decode as UTF-8; GB18030 bytes from older Chinese exports decode too", () => {
    expect(decodeCsvBytes(new TextEncoder().encode("客户"))).toBe("客户");
    expect(decodeCsvBytes(new Uint8Array([0xbf, 0xcd, 0xbb, 0xa7]))).toBe("客户"); // 客户 in GBK
  });

  test("a Chinese CSV goes through the same import flow", async () => {
    const { rows } = parseCsv("\uFEFF合同编号,客户,金额,到期日\nHT-1,华东建设,\"1,000.50\",2026/3/31\n,缺编号,5,2026-01-01\n");
    const { mapping } = recogniseHeaders(rows[0]);
    const prepared = await prepareImport(rows.slice(1), mapping, { firstRowNumber: 2, digits: 2 });
    expect(prepared.rows.map((r) => [r.contractCode, inCny(r.contractAmount), r.dueDate, inCny(r.installmentAmount)])).toEqual([["HT-1", 100050, "2026-03-31", 100050]]);
    expect(prepared.refusals.map((r) => [r.row, r.code])).toEqual([[3, "missingCode"]]);
  });
});

describe(".xlsx files", () => {
  test("cells come back as values: dates as Dates, formulas as their results, rich text as text", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("回款");
    ws.addRow(["合同编号", "客户", "到期日", "应收金额"]);
    ws.addRow(["HT-1", { richText: [{ text: "华东" }, { text: "建设" }] }, new Date(Date.UTC(2026, 2, 31)), { formula: "100*3", result: 300 }]);
    const buffer = await wb.xlsx.writeBuffer();
    const sheets = await readXlsx(new Uint8Array(buffer as ArrayBuffer));
    expect(sheets.map((s) => s.name)).toEqual(["回款"]);
    const [headers, row] = sheets[0].rows;
    expect(headers).toEqual(["合同编号", "客户", "到期日", "应收金额"]);
    expect(row[0]).toBe("HT-1");
    expect(row[1]).toBe("华东建设");
    expect(row[3]).toBe(300);
    const prepared = await prepareImport([row], recogniseHeaders(headers).mapping, { firstRowNumber: 2, digits: 2 });
    expect(prepared.rows[0].dueDate).toBe("2026-03-31");
    expect(inCny(prepared.rows[0].installmentAmount)).toBe(30000);
  });
});
