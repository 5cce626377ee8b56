import { recogniseHeaders } from "../../../src/core/import/headers";
import { prepareImport } from "../../../src/core/import/importer";
import { layoutTable } from "../../../src/core/import/layout";
import { fillMergedCells, parseA1Area, parseA1Areas, relativeArea } from "../../../src/core/import/mergedCells";
import { type ImportAmount, minorOfAmount } from "../../../src/core/import/values";

const fen = (a: ImportAmount | undefined): number | undefined => {
  const m = a === undefined ? undefined : minorOfAmount(a, 2);
  return m !== undefined && "minor" in m ? m.minor : undefined;
};

describe("A1 references of merged areas", () => {
  test("a range, a single cell, absolute and sheet-qualified references give 0-based areas", () => {
    expect(parseA1Area("C4:C6")).toEqual({ row: 3, column: 2, rows: 3, columns: 1 });
    expect(parseA1Area("$AA$10")).toEqual({ row: 9, column: 26, rows: 1, columns: 1 });
    expect(parseA1Area("'回款!台账'!B2:D3")).toEqual({ row: 1, column: 1, rows: 2, columns: 3 });
    expect(parseA1Area("A:A")).toBeUndefined();
  });

  test("Office's multi-area address splits at commas outside quoted sheet names", () => {
    expect(parseA1Areas("'a, b'!A1:A3, 'a, b'!C4:D4")).toEqual([
      { row: 0, column: 0, rows: 3, columns: 1 }, { row: 3, column: 2, rows: 1, columns: 2 },
    ]);
  });

  test("an area is made relative to the grid's top-left cell", () => {
    expect(relativeArea({ row: 3, column: 2, rows: 3, columns: 1 }, { row: 2, column: 1 })).toEqual({ row: 1, column: 1, rows: 3, columns: 1 });
  });
});

describe("filling merged cells", () => {
  test("the top-left value fills its area down and right; the input grid is not changed", () => {
    const grid = [["A", "x", ""], ["", "", ""], ["", "", "z"]];
    const filled = fillMergedCells(grid, [{ row: 0, column: 0, rows: 3, columns: 1 }, { row: 1, column: 1, rows: 1, columns: 2 }]);
    expect(filled).toEqual([["A", "x", ""], ["A", "", ""], ["A", "", "z"]]); // the blank top-left of B2:C2 fills nothing
    expect(grid[1][0]).toBe("");
    expect(fillMergedCells([["v", ""], ["", ""]], [{ row: 0, column: 0, rows: 2, columns: 2 }])).toEqual([["v", "v"], ["v", "v"]]);
  });

  test("an area whose first cell lies outside the grid, or that reaches past it, fills only what it can", () => {
    const grid = [["", "b"], ["", "c"]];
    expect(fillMergedCells(grid, [{ row: -2, column: 0, rows: 4, columns: 1 }])).toEqual(grid);
    expect(fillMergedCells(grid, [{ row: 0, column: 1, rows: 9, columns: 5 }])).toEqual([["", "b"], ["", "b"]]);
  });
});

describe("the table of a grid with merged cells", () => {
  test("合同编号 and 客户名称 merged down over a contract's installments are every installment's", async () => {
    const grid = [
      ["合同编号", "客户名称", "期次", "到期日", "应收金额"],
      ["HT-1", "华东建设", 1, "2026-03-31", 30000],
      ["", "", 2, "2026-06-30", 70000],
      ["HT-2", "北方电力", 1, "2026-04-30", 5000],
    ];
    const merges = [{ row: 1, column: 0, rows: 2, columns: 1 }, { row: 1, column: 1, rows: 2, columns: 1 }];
    const unfilled = await prepareImport(layoutTable(grid).rows, recogniseHeaders(grid[0]).mapping, { firstRowNumber: 2 });
    expect(unfilled.refusals.map((r) => [r.row, r.code])).toEqual([[3, "missingCode"]]); // what merged cells gave before
    const { headers, rows } = layoutTable(grid, { findHeader: true, merges });
    const prepared = await prepareImport(rows, recogniseHeaders(headers).mapping, { firstRowNumber: 2 });
    expect(prepared.refusals).toEqual([]);
    expect(prepared.rows.map((r) => [r.row, r.contractCode, r.customerName, r.seq])).toEqual([
      [2, "HT-1", "华东建设", 1], [3, "HT-1", "华东建设", 2], [4, "HT-2", "北方电力", 1],
    ]);
  });

  test("a received amount merged over two installments stays one receipt on the first, not one per row", async () => {
    const grid = [
      ["合同编号", "客户", "期次", "到期日", "应收金额", "回款金额"],
      ["HT-1", "甲", 1, "2026-03-31", 100000, 100000],
      ["", "", 2, "2026-06-30", 100000, ""],
    ];
    const merges = [{ row: 1, column: 0, rows: 2, columns: 1 }, { row: 1, column: 1, rows: 2, columns: 1 }, { row: 1, column: 5, rows: 2, columns: 1 }];
    const { headers, rows } = layoutTable(grid, { findHeader: true, merges });
    const prepared = await prepareImport(rows, recogniseHeaders(headers).mapping, { firstRowNumber: 2 });
    expect(prepared.rows.map((r) => [r.contractCode, fen(r.receivedAmount)])).toEqual([["HT-1", 10_000_000], ["HT-1", undefined]]);
  });

  test("a header merged down over a two-level header is found with its names, and the title merged across is no header", () => {
    const grid = [
      ["2026年回款台账", "", "", "", ""], // A1:E1 merged
      ["合同编号", "客户", "回款计划", "", ""], // A2:A3, B2:B3 merged; 回款计划 over C2:E2
      ["", "", "到期日", "应收金额", "回款金额"],
      ["HT-1", "甲", 46112, 3000, 1000],
    ];
    const merges = [
      { row: 0, column: 0, rows: 1, columns: 5 }, { row: 1, column: 0, rows: 2, columns: 1 },
      { row: 1, column: 1, rows: 2, columns: 1 }, { row: 1, column: 2, rows: 1, columns: 3 },
    ];
    const without = layoutTable(grid, { findHeader: true });
    expect(recogniseHeaders(without.headers).mapping.contractCode).toBeUndefined(); // row 3 alone lacks 合同编号
    const layout = layoutTable(grid, { findHeader: true, merges });
    expect(layout.headerIndex).toBe(2);
    expect(layout.headers).toEqual(["合同编号", "客户", "到期日", "应收金额", "回款金额"]);
    expect(recogniseHeaders(layout.headers).mapping).toEqual({ contractCode: 0, customer: 1, dueDate: 2, installmentAmount: 3, receivedAmount: 4 });
    expect(layout.rows).toEqual([["HT-1", "甲", 46112, 3000, 1000]]);
  });

  test("an area reaching from the header into the data fills no data cell with the header", () => {
    const grid = [["合同编号", "客户", "备注"], ["HT-1", "甲", ""], ["HT-2", "乙", ""]];
    const { rows } = layoutTable(grid, { findHeader: true, merges: [{ row: 0, column: 2, rows: 3, columns: 1 }] });
    expect(rows.map((r) => r[2])).toEqual(["", ""]);
  });

  test("blank rows and a title above the header are skipped; the first data row's index follows the header", () => {
    const grid = [[null, null], ["应收账款明细", null], ["单位：元", null], ["合同编号", "客户"], ["HT-1", "甲"]];
    const layout = layoutTable(grid, { findHeader: true });
    expect([layout.headerIndex, layout.headers, layout.rows]).toEqual([3, ["合同编号", "客户"], [["HT-1", "甲"]]]);
    expect(layoutTable(grid).headerIndex).toBe(0); // a named table's header is its first row
  });
});
