import { calculateWorkbook, type CellInput } from "../../src/calc/engine";
import { catalogMetadata } from "../../src/calc/metadata";
import { SAMPLE_EXAMPLES } from "../../src/core/sample/examples";
import { writeSampleWorkbook } from "../../src/taskpane/excel/sampleWorkbook";
import { columnLetters } from "../../src/taskpane/excel/a1";
import { type FakeSheet, FakeWorkbook } from "./fakeExcel";

/** Every function Excel registers, from the same generated metadata: one added later must join the sample. */
const CATALOG = catalogMetadata().functions.map((f) => `AR.${f.id}`);

async function written(lang: "en" | "zh"): Promise<FakeSheet> {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  book.install();
  const { sheetName } = await writeSampleWorkbook(lang);
  return book.sheet(sheetName);
}

/** The sheet as the harness reads it: formulas as formulas, values as written (a quote prefix keeps text, as in Excel). */
function asRows(sheet: FakeSheet): CellInput[][] {
  const rows: CellInput[][] = [];
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(",").map(Number);
    (rows[r] ??= [])[c] = cell.formula ?? (cell.value as CellInput);
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return rows;
}

describe("the getting-started sample sheet", () => {
  test("uses every AR function of the catalog as a live formula, with its formula shown as text beside it", async () => {
    const sheet = await written("en");
    const formulas = [...sheet.cells.values()].map((c) => c.formula).filter((f): f is string => f !== undefined);
    for (const fn of CATALOG) expect(formulas.some((f) => f.startsWith(`=${fn}(`))).toBe(true);
    const shown = [...sheet.cells.values()].map((c) => c.value).filter((v): v is string => typeof v === "string" && v.startsWith("'="));
    expect(shown.length).toBe(SAMPLE_EXAMPLES.length);
  });

  test("explanations are in the user's language", async () => {
    const zh = await written("zh");
    expect(zh.name).toBe("回款入门示例");
    expect(zh.block(14, 0, 1, 2)).toEqual([["AR.SCHEDULE", "按合同条款生成回款计划：每期一行（期次、到期日、比例、金额），金额合计与合同额分毫不差。"]]);
    const en = await written("en");
    expect(String(en.block(14, 1, 1, 1)[0][0])).toMatch(/^Collection plan from contract terms/);
  });

  test("on the sample data the formulas compute without errors and spills never collide", async () => {
    const sheet = await written("en");
    const results = calculateWorkbook([{ name: "Sample", rows: asRows(sheet) }]);
    const at = (fn: string): { address: string; value: unknown } => {
      const ex = [...sheet.cells.entries()].find(([, c]) => c.formula?.startsWith(`=${fn}(`))!;
      const [r, c] = ex[0].split(",").map(Number);
      const address = `${columnLetters(c)}${r + 1}`;
      return { address, value: results[address]?.value };
    };
    // Worked by hand from the sample block (as of 2026-06-30):
    expect(at("AR.AGEDAYS").value).toBe(91); // due 2026-03-31
    expect(at("AR.BUCKET").value).toBe(">90");
    const aging = at("AR.AGING").value as unknown[][];
    expect(aging[1].reduce((s: number, v) => s + (v as number), 0)).toBe(920000); // all open amounts
    const byCustomer = at("AR.AGINGBY").value as unknown[][];
    expect(byCustomer.length).toBe(4); // header + 3 customers, as reserved
    for (const fn of CATALOG.filter((f) => f !== "AR.CONTRACT" && f !== "AR.LEDGER")) {
      const { address, value } = at(fn);
      const flat = Array.isArray(value) ? value.flat() : [value];
      expect([fn, address, flat.some((v) => typeof v === "string" && /^#[A-Z/0!]+[!?A]?$/.test(v))]).toEqual([fn, address, false]);
    }
  });

  test("results that are dates show as dates, not as serial numbers such as 46203", async () => {
    const sheet = await written("zh");
    const formulaAt = (fn: string): [number, number] => {
      const ex = [...sheet.cells.entries()].find(([, c]) => c.formula?.startsWith(`=${fn}(`))!;
      const [r, c] = ex[0].split(",").map(Number);
      return [r, c];
    };
    const DATE = /^yyyy-mm-dd$/;
    // AR.DUEDATE returns a due date; AR.SCHEDULE and AR.INSTALLMENTS spill [number, dueDate, share, amount].
    const [dr, dc] = formulaAt("AR.DUEDATE");
    expect(sheet.cell(dr, dc).numberFormat).toMatch(DATE);
    for (const [fn, rows] of [["AR.SCHEDULE", 3], ["AR.INSTALLMENTS", 4]] as const) {
      const [r, c] = formulaAt(fn);
      expect([fn, sheet.formats(r, c + 1, rows, 1).flat().every((f) => DATE.test(f))]).toEqual([fn, true]);
      // the tranche number stays a plain number
      expect([fn, sheet.cell(r, c).numberFormat ?? "General"]).toEqual([fn, "General"]);
    }
    // AR.LEDGER spills a header row, then rows whose fourth column is the due date.
    const [lr, lc] = formulaAt("AR.LEDGER");
    const spill = SAMPLE_EXAMPLES.find((e) => e.fn === "AR.LEDGER")!.spillRows;
    expect(sheet.formats(lr + 1, lc + 3, spill - 1, 1).flat().every((f) => DATE.test(f))).toBe(true);
    // The data's own dates were already dates.
    expect(sheet.cell(5, 1).numberFormat).toMatch(DATE);
  });

  test("each example reserves the rows its result spills, so results do not overlap", () => {
    const rows = SAMPLE_EXAMPLES.map((e) => e.spillRows);
    expect(rows.every((n) => n >= 1)).toBe(true);
    expect(SAMPLE_EXAMPLES.find((e) => e.fn === "AR.SCHEDULE")!.spillRows).toBe(3); // three tranches in the terms
    expect(SAMPLE_EXAMPLES.find((e) => e.fn === "AR.INSTALLMENTS")!.spillRows).toBe(4); // count 4
  });
});
