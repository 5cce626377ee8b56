import { agingFormula, structuredRef } from "../../src/core/export/ledgerReports";
import type { SheetTable } from "../../src/core/export/sheetTable";
import { a1Range, columnLetters, sheetRef } from "../../src/taskpane/excel/a1";
import { cleanSheetName, uniqueSheetName, uniqueTableName } from "../../src/taskpane/excel/names";

describe("addresses and names", () => {
  test.each([[0, "A"], [25, "Z"], [26, "AA"], [51, "AZ"], [52, "BA"], [701, "ZZ"], [702, "AAA"], [16383, "XFD"]])("column %i is %s", (i, letters) => {
    expect(columnLetters(i)).toBe(letters);
  });

  test("ranges and sheet references", () => {
    expect(a1Range(0, 0, 1, 1)).toBe("A1");
    expect(a1Range(2, 1, 4, 7)).toBe("B3:H6");
    expect(sheetRef("O'Brien's")).toBe("'O''Brien''s'");
  });

  test("sheet names drop characters Excel forbids, fit 31 characters and never collide (case-insensitively)", () => {
    expect(cleanSheetName("Plan [2026]: A/B?")).toBe("Plan  2026   A B");
    expect(uniqueSheetName("Ledger", ["ledger", "Ledger (2)"])).toBe("Ledger (3)");
    const long = uniqueSheetName("x".repeat(40), ["x".repeat(31)]);
    expect([long.length, long.endsWith(" (2)")]).toEqual([31, true]);
  });

  test("table names are valid identifiers and never collide", () => {
    expect(uniqueTableName("HuikuanLedger", ["huikuanledger", "HuikuanLedger2"])).toBe("HuikuanLedger3");
    expect(uniqueTableName("2026 plan", [])).toBe("_2026_plan");
  });

  // Excel refuses a table name that is a cell reference in A1 or R1C1 style (or begins with an R1C1
  // one), "R", "C", TRUE or FALSE: such a name gets a leading underscore, which no reference has.
  const looksLikeReference = (name: string): boolean =>
    /^[a-z]{1,3}\d+$/i.test(name) || /^[rc](?:\d|$)/i.test(name) || /^rc(?:\d|$)/i.test(name) || /^(?:true|false)$/i.test(name);
  test.each([["A1"], ["ab12"], ["XFD1048576"], ["R1C1"], ["r2c"], ["RC"], ["rc3"], ["R"], ["c"], ["C1_Totals"], ["R12x"], ["TRUE"], ["false"]])(
    "%p, a name Excel refuses for a table, becomes a valid one", (wanted) => {
      const name = uniqueTableName(wanted, []);
      expect(looksLikeReference(name)).toBe(false);
      expect(name).toMatch(/^[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/);
      expect(name.toLowerCase()).toContain(wanted.toLowerCase());
    },
  );

  test("a numbered name never turns into a cell reference: AB taken gives no AB2", () => {
    const name = uniqueTableName("AB", ["ab"]);
    expect(name.toLowerCase()).not.toBe("ab");
    expect(looksLikeReference(name)).toBe(false);
  });

  test("a name taken by a defined name passed with the tables is avoided, case-insensitively", () => {
    expect(uniqueTableName("HuikuanLedger", ["Table1", "HUIKUANLEDGER"])).toBe("HuikuanLedger2");
  });

  test("table names are at most 255 characters, numbered ones included", () => {
    const long = "x".repeat(300);
    const first = uniqueTableName(long, []);
    expect(first.length).toBe(255);
    const second = uniqueTableName(long, [first]);
    expect(second.length).toBeLessThanOrEqual(255);
    expect(second.toLowerCase()).not.toBe(first.toLowerCase());
    expect(second.endsWith("2")).toBe(true);
  });
});

describe("the live aging formula", () => {
  const ledger: SheetTable = {
    tableName: "HuikuanLedger", digits: 2,
    columns: [{ header: "Customer", kind: "text" }, { header: "Due", kind: "date" }, { header: "Open", kind: "money" }],
    rows: [["Acme", "2026-01-01", 1], [" acme ", "2026-02-01", 2], ["Beta", "2026-01-01", 3], [null, "2026-01-01", 0]],
  };

  test("spill size counts customers the way AR.AGINGBY groups them (case and spaces ignored)", () => {
    expect(agingFormula(ledger, "HuikuanLedger", "en")).toEqual({
      formula: "=AR.AGINGBY(HuikuanLedger[Customer],HuikuanLedger[Due],HuikuanLedger[Open],TODAY())", rows: 3, columns: 7, digits: 2,
    });
  });

  test("custom bounds are passed as an array constant and widen the spill", () => {
    const f = agingFormula(ledger, "HuikuanLedger", "en", [30, 60, 90, 180]);
    expect(f.formula).toBe("=AR.AGINGBY(HuikuanLedger[Customer],HuikuanLedger[Due],HuikuanLedger[Open],TODAY(),{30,60,90,180})");
    expect(f.columns).toBe(8); // Key, Current, 1-30, 31-60, 61-90, 91-180, >180, Total
  });

  test("special characters in a column name are escaped in structured references", () => {
    expect(structuredRef("T", "Amount [CNY] #1's")).toBe("T[Amount '[CNY'] '#1''s]");
  });
});
