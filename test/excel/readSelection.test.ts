import { recogniseWithFormats } from "../../src/core/import/displayScale";
import { multiplierOfField, recogniseHeaders } from "../../src/core/import/headers";
import { importGrid } from "../../src/core/import/importer";
import { LedgerDb } from "../../src/core/store/db";
import { FORMAT_SAMPLE_ROWS, listTables, readSelection, readTable } from "../../src/taskpane/excel/readSelection";
import { FakeWorkbook, type FakeSheet, installOfficeRequirements } from "./fakeExcel";
import { OfficeMockObject } from "./officeMock";

/**
 * The fake workbook plus Range.getCell(row, column), relative to the range's top-left cell as in
 * Office, recording every range whose numberFormat is loaded (its A1 address, on its sheet) and the
 * single cells asked for: what the reader sends for beyond the values.
 */
class TrackingBook extends FakeWorkbook {
  readonly formatLoads: string[] = [];
  readonly cellsAsked: string[] = [];

  override range(sheet: FakeSheet, row: number, col: number, rows: number, cols: number): ReturnType<FakeWorkbook["range"]> {
    const mock = super.range(sheet, row, col, rows, cols);
    const load = mock.load.bind(mock);
    mock.load = (what: string | string[]) => {
      if ((Array.isArray(what) ? what : [what]).includes("numberFormat")) this.formatLoads.push(String(mock.__address));
      return load(what);
    };
    mock.getCell = (r: number, c: number) => {
      const cell = this.range(sheet, row + r, col + c, 1, 1);
      this.cellsAsked.push(String(cell.__address));
      return cell;
    };
    return mock;
  }
}

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

describe("the number formats of the read range, for amounts only displayed in 万", () => {
  /** 合同金额(万元) whose cells hold 元 and show 万 through 0!.0,"万"; 应收金额 in plain #,##0.00. */
  function bookDisplayedInWan(): TrackingBook {
    const book = new TrackingBook();
    const sheet = book.addSheet("台账");
    const rows: unknown[][] = [
      ["合同编号", "客户", "合同金额(万元)", "期次", "到期日", "应收金额"],
      ["HT-1", "华东建设", "", 1, 46112, 30000], // a blank first amount: the format comes from the next number cell
      ["HT-1", "华东建设", 1_234_567, 2, 46203, 70000],
    ];
    rows.forEach((line, r) => line.forEach((v, c) => sheet.setCell(r, c, { value: v })));
    for (const r of [1, 2]) {
      sheet.setCell(r, 2, { numberFormat: '0!.0,"万"' });
      sheet.setCell(r, 4, { numberFormat: "yyyy-mm-dd" });
      sheet.setCell(r, 5, { numberFormat: "#,##0.00" });
    }
    sheet.setCell(1, 2, { numberFormat: "General" }); // the blank cell's own format is not the column's
    book.install();
    return book;
  }

  test("the selection's formats are read with its values in the same sync and passed on per column", async () => {
    const book = bookDisplayedInWan();
    book.selection = { sheet: book.sheet("台账"), row: 0, col: 0, rows: 3, cols: 6 };
    const read = await readSelection();
    expect(book.syncs).toBe(2); // the selection's size, then values with formats: no extra round trip
    expect(book.cellsAsked).toEqual([]); // every first number is within the sample: no cell read on its own
    expect(read.formats).toEqual([undefined, undefined, '0!.0,"万"', "General", "yyyy-mm-dd", "#,##0.00"]);
    expect(read.rows[1][2]).toBe(1_234_567); // values stay unscaled, as Excel stores them
  });

  /**
   * 200 data rows under 合同编号 | 合同金额(万元) | 回款金额(万元) | 应收金额 from A1. 合同金额 holds
   * numbers from the top; 回款金额 is blank or "待定" down to sheet row `firstReceived` - 1 and
   * holds numbers in 0!.0,"万" from sheet row `firstReceived` (its cells above are formatted "@" and
   * the ones after the first number #,##0, so only the first number cell's format is right).
   * 应收金额's first number is at sheet row `firstDue`.
   */
  function longBook(firstReceived: number, firstDue = 2): TrackingBook {
    const book = new TrackingBook();
    const sheet = book.addSheet("长表");
    ["合同编号", "合同金额(万元)", "回款金额(万元)", "应收金额"].forEach((h, c) => sheet.setCell(0, c, { value: h }));
    for (let r = 1; r <= 200; r++) {
      const sheetRow = r + 1;
      sheet.setCell(r, 0, { value: `HT-${r}` });
      sheet.setCell(r, 1, { value: 12345, numberFormat: "#,##0" });
      if (sheetRow < firstReceived) sheet.setCell(r, 2, { value: r % 2 === 0 ? "" : "待定", numberFormat: "@" });
      else sheet.setCell(r, 2, { value: 1_234_567, numberFormat: sheetRow === firstReceived ? '0!.0,"万"' : "#,##0" });
      sheet.setCell(r, 3, sheetRow < firstDue ? { value: "" } : { value: 5000, numberFormat: "#,##0.00" });
    }
    book.install();
    book.selection = { sheet, row: 0, col: 0, rows: 201, cols: 4 };
    return book;
  }

  test("formats are read for the header and the first rows only, so a long range is not sent twice", async () => {
    const book = longBook(3);
    const read = await readSelection();
    expect(read.rows.length).toBe(200);
    expect(read.formats).toEqual([undefined, "#,##0", '0!.0,"万"', "#,##0.00"]);
    // Header + FORMAT_SAMPLE_ROWS rows (A1:D51), nothing else: no single cell, no whole range.
    expect(book.formatLoads).toEqual([`A1:D${FORMAT_SAMPLE_ROWS + 1}`]);
    expect(book.cellsAsked).toEqual([]);
    expect(book.syncs).toBe(2);
  });

  test("an amount column whose first number is at row 80, below the sample, has that cell's format read in one more sync", async () => {
    const book = longBook(80);
    const read = await readSelection();
    expect(read.formats).toEqual([undefined, "#,##0", '0!.0,"万"', "#,##0.00"]);
    expect(book.cellsAsked).toEqual(["C80"]); // that one cell, not the rows between
    expect(book.formatLoads).toEqual([`A1:D${FORMAT_SAMPLE_ROWS + 1}`, "C80"]);
    expect(book.syncs).toBe(3); // the selection's size, values with the sample, then the one cell
    expect(read.rows[78][2]).toBe(1_234_567); // values stay unscaled
  });

  test("回款金额(万元) whose first number, at row 80, only displays 万 gets the warning and defaults to ×1", async () => {
    const book = longBook(80);
    const read = await readSelection();
    const plain = recogniseHeaders(read.headers);
    expect(multiplierOfField(plain.mapping, "receivedAmount")).toBe(10_000); // what the header alone says
    const { mapping, notes } = recogniseWithFormats(read.headers, read.formats);
    expect(notes.map((n) => [n.kind, n.field, n.format])).toEqual([["storedInBase", "receivedAmount", '0!.0,"万"']]);
    expect(multiplierOfField(mapping, "receivedAmount")).toBe(1);
    expect(multiplierOfField(mapping, "contractAmount")).toBe(10_000); // #,##0 does not scale: the header's unit stays
    expect(book.syncs).toBe(3);
  });

  test("several columns below the sample are read together in the one extra sync, each at its own first number", async () => {
    const book = longBook(80, 120);
    const read = await readSelection();
    expect(read.formats).toEqual([undefined, "#,##0", '0!.0,"万"', "#,##0.00"]);
    expect(book.cellsAsked).toEqual(["C80", "D120"]);
    expect(book.syncs).toBe(3);
  });

  test("a first number exactly at the last sampled row needs no extra read; one row below does", async () => {
    const last = FORMAT_SAMPLE_ROWS + 1; // sheet row of the last sampled data row (header in row 1)
    const inside = longBook(last);
    expect((await readSelection()).formats?.[2]).toBe('0!.0,"万"');
    expect(inside.cellsAsked).toEqual([]);
    expect(inside.syncs).toBe(2);
    const below = longBook(last + 1);
    expect((await readSelection()).formats?.[2]).toBe('0!.0,"万"');
    expect(below.cellsAsked).toEqual([`C${last + 1}`]);
    expect(below.syncs).toBe(3);
  });

  test("a table whose amount column starts below the sample reads that cell relative to the table, in one more sync", async () => {
    const book = new TrackingBook();
    const sheet = book.addSheet("台账");
    // The table at B3: header in sheet row 3, data from row 4; 回款金额(万元) in column D.
    ["合同编号", "合同金额", "回款金额(万元)"].forEach((h, c) => sheet.setCell(2, 1 + c, { value: h }));
    for (let r = 3; r < 103; r++) {
      sheet.setCell(r, 1, { value: `HT-${r}` });
      sheet.setCell(r, 2, { value: 100000, numberFormat: "#,##0.00" });
      const sheetRow = r + 1;
      if (sheetRow >= 80) sheet.setCell(r, 3, { value: 50000, numberFormat: sheetRow === 80 ? '0!.0,"万"' : "General" });
    }
    sheet.tables.push({ name: "Plan", address: "'台账'!B3:D103", hasHeaders: true, sheet });
    book.install();
    const read = await readTable("Plan");
    expect(read.formats).toEqual([undefined, "#,##0.00", '0!.0,"万"']);
    expect(book.cellsAsked).toEqual(["D80"]);
    expect(book.syncs).toBe(2); // values with the sample, then the one cell
  });

  test("a table's formats come with its values in one sync", async () => {
    const book = bookDisplayedInWan();
    book.sheet("台账").tables.push({ name: "Ledger", address: "'台账'!A1:F3", hasHeaders: true, sheet: book.sheet("台账") });
    const read = await readTable("Ledger");
    expect(book.syncs).toBe(1);
    expect(book.cellsAsked).toEqual([]);
    expect(read.formats?.[2]).toBe('0!.0,"万"');
  });

  test("reading formats writes nothing back into the cells", async () => {
    const book = bookDisplayedInWan();
    book.selection = { sheet: book.sheet("台账"), row: 0, col: 0, rows: 3, cols: 6 };
    await readSelection();
    expect(book.sheet("台账").cell(0, 0).numberFormat).toBeUndefined();
  });

  test("imported from the selection, 合同金额(万元) shown in 万 by its format is stored in 元 (×1), not 10,000 times", async () => {
    const book = bookDisplayedInWan();
    book.selection = { sheet: book.sheet("台账"), row: 0, col: 0, rows: 3, cols: 6 };
    const read = await readSelection();
    const { mapping, notes } = recogniseWithFormats(read.headers, read.formats);
    expect(notes.map((n) => [n.kind, n.field])).toEqual([["storedInBase", "contractAmount"]]);
    const db = new LedgerDb("selection-display-scale");
    await importGrid(db, read.rows, mapping, { firstRowNumber: read.firstRowNumber, digits: 2, now: "2026-11-27T00:00:00Z", today: "2026-04-02" });
    expect((await db.contracts.toArray()).map((c) => c.amountMinor)).toEqual([123_456_700]);
  });
});

describe("selections as analysts make them", () => {
  /** A report laid out for printing: a title, a unit line, the header in row 3, data, then a 合计 row. */
  function reportBook(): FakeWorkbook {
    const book = new FakeWorkbook();
    const sheet = book.addSheet("回款台账");
    const rows: unknown[][] = [
      ["2026年合同回款台账", "", "", "", ""], // row 1: the title, merged over the columns
      ["单位：元", "", "", "", ""], // row 2
      ["合同编号", "客户名称", "合同金额", "到期日", "已收金额"], // row 3: the header
      ["HT-1", "华东建设", 100000, 46112, 30000], // row 4
      ["HT-2", "北方电力", 50000, "2026-13-01", ""], // row 5: a bad date
      ["HT-3", "南方物流", 20000, 46203, ""], // row 6
      ["合计", "", 170000, "", 30000], // row 7: the total
    ];
    rows.forEach((line, r) => line.forEach((v, c) => sheet.setCell(r, c, { value: v })));
    book.install();
    return book;
  }

  test("a title and a unit line above the header are skipped: the header row is found and refusals keep the sheet's row numbers", async () => {
    const book = reportBook();
    book.selection = { sheet: book.sheet("回款台账"), row: 4, col: 1, rows: 1, cols: 1, region: [0, 0, 7, 5] };
    const read = await readSelection();
    expect(read.headers).toEqual(["合同编号", "客户名称", "合同金额", "到期日", "已收金额"]);
    expect(read.firstRowNumber).toBe(4);
    expect(read.rows.map((r) => r[0])).toEqual(["HT-1", "HT-2", "HT-3", "合计"]);
    const db = new LedgerDb("selection-report-layout");
    const result = await importGrid(db, read.rows, recogniseHeaders(read.headers).mapping, { firstRowNumber: read.firstRowNumber, digits: 2, now: "2026-11-27T00:00:00Z", today: "2026-11-27" });
    expect(result.refusals.map((r) => [r.row, r.code, r.field])).toEqual([[5, "badDate", "dueDate"]]);
    expect(result.prepared.totalRows).toEqual([7]);
    expect((await db.contracts.orderBy("code").toArray()).map((c) => c.code)).toEqual(["HT-1", "HT-3"]);
  });

  test("a header in the first row stays the header even when a data row below names fields too", async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet("S");
    [["合同编号", "客户", "备注"], ["HT-1", "甲", "合同编号 客户 到期日"]].forEach((line, r) => line.forEach((v, c) => sheet.setCell(r, c, { value: v })));
    book.install();
    book.selection = { sheet, row: 0, col: 0, rows: 2, cols: 3 };
    const read = await readSelection();
    expect([read.headers[0], read.firstRowNumber, read.rows.length]).toEqual(["合同编号", 2, 1]);
  });

  /**
   * Whole columns selected by their letters: the selection is 1,048,576 rows tall. The fake gives
   * that selection only its address, size and getUsedRange; reading its values (a million rows
   * Excel would refuse to send) is recorded.
   */
  class WholeColumnsBook extends FakeWorkbook {
    readonly wholeLoads: string[] = [];
    private readonly extra: OfficeMockObject[] = [];

    override range(sheet: FakeSheet, row: number, col: number, rows: number, cols: number): ReturnType<FakeWorkbook["range"]> {
      if (rows < 1_048_576) return super.range(sheet, row, col, rows, cols);
      const used = [...sheet.cells.entries()].filter(([k, v]) => {
        const c = Number(k.split(",")[1]);
        return c >= col && c < col + cols && v.value !== undefined && v.value !== "";
      }).map(([k]) => Number(k.split(",")[0]));
      const top = Math.min(...used);
      const mock = new OfficeMockObject({
        address: `${sheet.name}!A:${String.fromCharCode(65 + col + cols - 1)}`, rowCount: rows, columnCount: cols,
        getUsedRange: () => super.range(sheet, top, col, Math.max(...used) - top + 1, cols),
        getRow: () => { throw new Error("a row of whole columns asked for"); },
      }) as ReturnType<FakeWorkbook["range"]>;
      const load = mock.load.bind(mock);
      mock.load = (what: string | string[]) => {
        if ((Array.isArray(what) ? what : [what]).includes("values")) this.wholeLoads.push(String(mock.address ?? "whole columns"));
        return load(what);
      };
      this.extra.push(mock);
      return mock;
    }

    override context(): ReturnType<FakeWorkbook["context"]> {
      const context = super.context();
      const sync = context.sync;
      context.sync = async () => {
        await sync();
        for (const m of this.extra) await m.sync();
      };
      return context;
    }
  }

  test("whole columns selected by their letters read only the rows holding values, from the header down", async () => {
    const book = new WholeColumnsBook();
    const sheet = book.addSheet("台账");
    const rows: unknown[][] = [["合同编号", "客户", "合同金额", "到期日"], ["HT-1", "甲", 1000, 46112], ["HT-2", "乙", 2000, 46203]];
    rows.forEach((line, r) => line.forEach((v, c) => sheet.setCell(r + 1, c, { value: v }))); // header in row 2, row 1 empty
    book.install();
    book.selection = { sheet, row: 0, col: 0, rows: 1_048_576, cols: 4 };
    const read = await readSelection();
    expect(book.wholeLoads).toEqual([]);
    expect(read.source).toBe("台账!A2:D4");
    expect(read.headers).toEqual(rows[0]);
    expect(read.rows).toEqual(rows.slice(1));
    expect(read.firstRowNumber).toBe(3);
  });
});

describe("merged cells in the selection (合并单元格)", () => {
  /**
   * A plan under a title merged over A1:E1: 合同编号 and 客户名称 merged down over each contract's
   * installment rows (A3:A5, B3:B5), so Excel's values hold them in the first row only.
   */
  function mergedBook(sheetName = "回款计划"): FakeWorkbook {
    const book = new FakeWorkbook();
    const sheet = book.addSheet(sheetName);
    const rows: unknown[][] = [
      ["2026年回款计划", "", "", "", ""],
      ["合同编号", "客户名称", "期次", "到期日", "应收金额"],
      ["HT-1", "华东建设", 1, 46112, 30000],
      ["", "", 2, 46203, 30000],
      ["", "", 3, 46295, 40000],
      ["HT-2", "北方电力", 1, 46142, 5000],
    ];
    rows.forEach((line, r) => line.forEach((v, c) => sheet.setCell(r, c, { value: v })));
    sheet.merges.push([0, 0, 1, 5], [2, 0, 3, 1], [2, 1, 3, 1]);
    book.install();
    book.selection = { sheet, row: 0, col: 0, rows: 6, cols: 5 };
    return book;
  }

  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  test("with ExcelApi 1.13 each merged value fills its area: every installment row names its contract, in the same sync as the values", async () => {
    restore = installOfficeRequirements("1.13");
    const book = mergedBook();
    const read = await readSelection();
    expect(book.mergedAreaCalls).toEqual(["A1:E6"]);
    expect(book.syncs).toBe(2); // the selection's size, then values, formats and merged areas together
    expect(read.headers).toEqual(["合同编号", "客户名称", "期次", "到期日", "应收金额"]);
    expect(read.firstRowNumber).toBe(3);
    expect(read.rows.map((r) => [r[0], r[1]])).toEqual([["HT-1", "华东建设"], ["HT-1", "华东建设"], ["HT-1", "华东建设"], ["HT-2", "北方电力"]]);
    const db = new LedgerDb("selection-merged");
    const result = await importGrid(db, read.rows, recogniseHeaders(read.headers).mapping, { firstRowNumber: read.firstRowNumber, digits: 2, now: "2026-11-27T00:00:00Z", today: "2026-11-27" });
    expect(result.refusals).toEqual([]);
    expect((await db.installments.toArray()).length).toBe(4);
  });

  test("clicking a merged 合同编号 cell (the selection is its area A3:A5) reads the whole block around it, as a single cell does", async () => {
    restore = installOfficeRequirements("1.13");
    const book = mergedBook();
    book.selection = { sheet: book.sheet("回款计划"), row: 2, col: 0, rows: 3, cols: 1, region: [0, 0, 6, 5] };
    const read = await readSelection();
    expect(read.source).toBe("回款计划!A1:E6");
    expect(read.headers).toEqual(["合同编号", "客户名称", "期次", "到期日", "应收金额"]);
    expect(read.rows.map((r) => r[0])).toEqual(["HT-1", "HT-1", "HT-1", "HT-2"]);
    expect(book.syncs).toBe(2);
  });

  test("a selection of several cells that is not one merged area is read as selected", async () => {
    restore = installOfficeRequirements("1.13");
    const book = mergedBook();
    book.selection = { sheet: book.sheet("回款计划"), row: 1, col: 0, rows: 5, cols: 5, region: [0, 0, 6, 5] };
    const read = await readSelection();
    expect(read.source).toBe("回款计划!A2:E6");
    expect(read.rows.map((r) => r[1])).toEqual(["华东建设", "华东建设", "华东建设", "北方电力"]);
    expect(book.mergedAreaCalls).toEqual(["A2:E6"]); // the selection's merged areas, asked for once
  });

  test("a selection starting at B2 places the merged areas relative to it; a sheet name with a comma and a space is parsed", async () => {
    restore = installOfficeRequirements("1.16");
    const book = new FakeWorkbook();
    const sheet = book.addSheet("华东, 2026 台账");
    const rows: unknown[][] = [["合同编号", "客户", "到期日", "应收金额"], ["HT-1", "甲", 46112, 100], ["", "", 46203, 200]];
    rows.forEach((line, r) => line.forEach((v, c) => sheet.setCell(1 + r, 1 + c, { value: v }))); // at B2
    sheet.merges.push([2, 1, 2, 1], [2, 2, 2, 1]); // B3:B4, C3:C4
    book.install();
    book.selection = { sheet, row: 1, col: 1, rows: 3, cols: 4 };
    const read = await readSelection();
    expect(read.rows.map((r) => r.slice(0, 2))).toEqual([["HT-1", "甲"], ["HT-1", "甲"]]);
    expect(read.firstRowNumber).toBe(3);
  });

  test("without ExcelApi 1.13 (an older Excel) merged areas are not asked for and the selection reads as before", async () => {
    restore = installOfficeRequirements("1.12");
    const book = mergedBook();
    const read = await readSelection();
    expect(book.mergedAreaCalls).toEqual([]);
    expect(read.rows.map((r) => r[0])).toEqual(["HT-1", "", "", "HT-2"]);
    expect(read.firstRowNumber).toBe(3);
  });

  test("without an Office global (no host) merged areas are not asked for either", async () => {
    const book = mergedBook();
    const read = await readSelection();
    expect(book.mergedAreaCalls).toEqual([]);
    expect(read.headers[0]).toBe("合同编号");
  });

  test("a selection without merged cells gets the null object and reads unchanged", async () => {
    restore = installOfficeRequirements("1.13");
    const book = bookWithSheet();
    book.selection = { sheet: book.sheet("回款计划"), row: 2, col: 1, rows: 4, cols: 7 };
    const read = await readSelection();
    expect(book.mergedAreaCalls).toEqual(["B3:H6"]);
    expect(read.rows.map((r) => r[0])).toEqual(["HT-1", "HT-1", "HT-2"]);
  });

  test("a named table asks for no merged areas (Excel tables hold none)", async () => {
    restore = installOfficeRequirements("1.13");
    const book = bookWithSheet();
    book.sheet("回款计划").tables.push({ name: "Plan", address: "'回款计划'!B3:H6", hasHeaders: true, sheet: book.sheet("回款计划") });
    await readTable("Plan");
    expect(book.mergedAreaCalls).toEqual([]);
  });
});
