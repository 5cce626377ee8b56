import { installmentLedgerTable, planVsActualTable, reminderLogTable } from "../../src/core/export/ledgerReports";
import { writeAgingReport } from "../../src/taskpane/excel/agingReport";
import { writeReport } from "../../src/taskpane/excel/writeReport";
import { AS_OF, multiCurrencyLedger } from "../core/export/multiCurrencyLedger";
import { FakeSheet, FakeWorkbook } from "./fakeExcel";

/** A sheet that also records the end cell charts are positioned to (the fake keeps only the start). */
class ChartSheet extends FakeSheet {
  readonly chartEnds: (string | undefined)[] = [];

  override api(): ReturnType<FakeSheet["api"]> {
    const api = super.api();
    const add = api.charts.add;
    api.charts.add = (...args: unknown[]) => {
      const chart = add(...args);
      const start = chart.setPosition.bind(chart);
      chart.setPosition = (from: string, to?: string) => {
        start(from);
        this.chartEnds.push(to);
      };
      return chart;
    };
    return api;
  }
}

class Book extends FakeWorkbook {
  override addSheet(name: string): FakeSheet {
    const s = new ChartSheet(name, this);
    this.sheets.push(s);
    return s;
  }
}

function installed(): Book {
  const book = new Book();
  book.addSheet("Sheet1");
  book.install();
  return book;
}

/** Column (0-based) of an A1 cell's letters. */
const columnOf = (a1: string) => [.../^[A-Z]+/.exec(a1)![0]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

describe("reports of a ledger in several currencies, written to the workbook", () => {
  test("the installment ledger writes each row's amounts in its currency's units with that currency's number format", async () => {
    const book = installed();
    await writeReport(installmentLedgerTable(multiCurrencyLedger(), "en", AS_OF), { sheetName: "Installment ledger" });
    const sheet = book.sheet("Installment ledger");
    expect(sheet.block(0, 4, 1, 4)).toEqual([["Currency", "Amount", "Received", "Open"]]);
    expect(sheet.block(1, 0, 5, 1).map((r) => r[0])).toEqual(["HT-CN", "HT-CN", "HT-JP", "HT-JP", "HT-KW"]);
    expect(sheet.block(1, 4, 5, 4)).toEqual([
      ["CNY", 1000, 600, 400],
      ["CNY", 500, 0, 500],
      ["JPY", 1_200_000, 200_000, 1_000_000], // ¥1,200,000, not 12,000.00
      ["JPY", 800_000, 0, 800_000],
      ["KWD", 1.234, 0, 1.234],
    ]);
    const formats = (row: number) => [5, 6, 7].map((c) => sheet.cell(row, c).numberFormat);
    expect([1, 2, 3, 4, 5].map(formats)).toEqual([
      new Array(3).fill("#,##0.00"), new Array(3).fill("#,##0.00"), new Array(3).fill("#,##0"), new Array(3).fill("#,##0"), new Array(3).fill("#,##0.000"),
    ]);
  });

  test("the same holds when the table is written in several chunks", async () => {
    const book = installed();
    await writeReport(installmentLedgerTable(multiCurrencyLedger(), "en", AS_OF), { sheetName: "Ledger", cellsPerSync: 24 }); // two rows of 12 per sync
    const sheet = book.sheet("Ledger");
    expect([1, 2, 3, 4, 5].map((r) => [sheet.cell(r, 5).value, sheet.cell(r, 5).numberFormat])).toEqual([
      [1000, "#,##0.00"], [500, "#,##0.00"], [1_200_000, "#,##0"], [800_000, "#,##0"], [1.234, "#,##0.000"],
    ]);
  });

  test("plan vs actual writes one run of months per currency, each row formatted in its currency's digits", async () => {
    const book = installed();
    await writeReport(planVsActualTable(multiCurrencyLedger(), "en"), { sheetName: "Plan vs actual" });
    const sheet = book.sheet("Plan vs actual");
    expect(sheet.block(1, 0, 8, 3)).toEqual([
      ["CNY", "'2026-01", 1000], ["CNY", "'2026-02", 0], ["CNY", "'2026-03", 500],
      ["JPY", "'2026-01", 1_200_000], ["JPY", "'2026-02", 0], ["JPY", "'2026-03", 0], ["JPY", "'2026-04", 800_000],
      ["KWD", "'2026-02", 1.234],
    ]);
    expect([1, 4, 8].map((r) => sheet.cell(r, 2).numberFormat)).toEqual(["#,##0.00", "#,##0", "#,##0.000"]);
    expect([1, 4, 8].map((r) => sheet.cell(r, 7).numberFormat)).toEqual(["0.0%", "0.0%", "0.0%"]);
  });

  test("the reminder log's promised amounts are in their contract's currency", async () => {
    const book = installed();
    await writeReport(reminderLogTable(multiCurrencyLedger(), "en"), { sheetName: "Reminder log" });
    const sheet = book.sheet("Reminder log");
    expect(sheet.block(0, 7, 3, 2)).toEqual([["Currency", "Promised amount"], ["JPY", 300_000], ["CNY", 250]]);
    expect([sheet.cell(1, 8).numberFormat, sheet.cell(2, 8).numberFormat]).toEqual(["#,##0", "#,##0.00"]);
  });

  test("aging writes one live block per currency side by side, each headed by its currency, formatted in its digits, with its own chart", async () => {
    const book = installed();
    const report = await writeAgingReport(installmentLedgerTable(multiCurrencyLedger(), "en", AS_OF), "en");
    const aging = book.sheet("Aging by customer") as ChartSheet;
    const filtered = (code: string) => ["Customer", "Due", "Open"].map((c) => `FILTER(HuikuanLedger[${c}],HuikuanLedger[Currency]="${code}","")`).join(",");
    // Each block: 7 columns, a gap, 8 columns for its chart, a gap: A, R, AI.
    expect(report.blocks).toEqual([
      { currency: "CNY", formulaCell: "A3", formula: `=AR.AGINGBY(${filtered("CNY")},TODAY())`, chartSource: "A3:F4" },
      { currency: "JPY", formulaCell: "R3", formula: `=AR.AGINGBY(${filtered("JPY")},TODAY(),,"JPY")`, chartSource: "R3:W4" },
      { currency: "KWD", formulaCell: "AI3", formula: `=AR.AGINGBY(${filtered("KWD")},TODAY(),,"KWD")`, chartSource: "AI3:AN4" },
    ]);
    expect([0, 17, 34].map((c) => aging.cell(2, c).formula)).toEqual(report.blocks.map((b) => b.formula));
    expect([0, 17, 34].map((c) => [aging.cell(1, c).value, aging.cell(1, c).bold])).toEqual([["Currency: CNY", true], ["Currency: JPY", true], ["Currency: KWD", true]]);
    // The customer row of each block (Current … Total) is formatted in the block's digits.
    expect([0, 17, 34].map((c) => aging.cell(3, c + 1).numberFormat)).toEqual(["#,##0.00", "#,##0", "#,##0.000"]);
    expect([0, 17, 34].map((c) => aging.cell(3, c + 6).numberFormat)).toEqual(["#,##0.00", "#,##0", "#,##0.000"]);
    expect([0, 17, 34].map((c) => aging.cell(2, c + 6).fill)).toEqual(["#DDEBF7", "#DDEBF7", "#DDEBF7"]);
    expect(aging.charts.map((c) => [c.source, c.title.text, c.position])).toEqual([
      ["A3:F4", "Open receivables by age (CNY)", "I3"],
      ["R3:W4", "Open receivables by age (JPY)", "Z3"],
      ["AI3:AN4", "Open receivables by age (KWD)", "AQ3"],
    ]);
    // Each chart stays between its block and the next one.
    const blockStarts = [0, 17, 34, Infinity];
    aging.charts.forEach((chart, i) => {
      const [from, to] = [columnOf(chart.position!), columnOf(aging.chartEnds[i]!)];
      expect(from).toBeGreaterThan(blockStarts[i] + 6);
      expect(to).toBeLessThan(blockStarts[i + 1]);
    });
    // Every structured reference names a column of the exported ledger table.
    const headers = book.sheet("Installment ledger").block(0, 0, 1, 12)[0];
    for (const b of report.blocks) for (const [, c] of b.formula.matchAll(/HuikuanLedger\[([^\]]+)\]/g)) expect(headers).toContain(c);
  });

  test("in Chinese the blocks filter on the Chinese Currency column and are headed in Chinese", async () => {
    const book = installed();
    const report = await writeAgingReport(installmentLedgerTable(multiCurrencyLedger(), "zh", AS_OF), "zh");
    expect(report.blocks[1].formula).toBe('=AR.AGINGBY(FILTER(HuikuanLedger[客户],HuikuanLedger[币种]="JPY",""),FILTER(HuikuanLedger[到期日],HuikuanLedger[币种]="JPY",""),FILTER(HuikuanLedger[未回款],HuikuanLedger[币种]="JPY",""),TODAY(),,"JPY")');
    expect(book.sheet("客户账龄").cell(1, 17).value).toBe("币种：JPY");
    expect(book.sheet("客户账龄").charts[1].title.text).toBe("未回款账龄分布（JPY）");
  });
});
