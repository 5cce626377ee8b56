import { agingFormula } from "../../core/export/ledgerReports";
import type { SheetTable } from "../../core/export/sheetTable";
import { type Lang, REPORT_STRINGS } from "../../core/export/strings";
import { sheetText } from "../../core/sheetText";
import { a1Range } from "./a1";
import { uniqueSheetName } from "./names";
import { takenNames, type WrittenReport, writeReport } from "./writeReport";

export interface AgingReport {
  ledger: WrittenReport;
  sheetName: string;
  formulaCell: string;
  formula: string;
  chartSource?: string; // absent when the ledger has no customers
}

const FORMULA_ROW = 2; // A3: a title above, the spill below

/**
 * Aging by customer that stays live: the installment ledger is exported as an Excel table, and a
 * new sheet holds one AR.AGINGBY formula over that table's Customer, Due and Open columns with
 * TODAY() as the as-of date, so the report recalculates when the table or the day changes. A spill
 * cannot live inside an Excel table (Excel answers #SPILL!), so the aging block is a formatted
 * range with a native stacked column chart of the buckets beside it.
 */
export async function writeAgingReport(ledger: SheetTable, lang: Lang, bounds?: readonly number[]): Promise<AgingReport> {
  const t = REPORT_STRINGS[lang];
  const written = await writeReport(ledger, { sheetName: t.ledgerSheet, activate: false });
  const aging = agingFormula(ledger, written.tableName, lang, bounds);
  return Excel.run(async (context) => {
    const taken = await takenNames(context);
    const sheetName = uniqueSheetName(t.agingSheet, taken.sheets);
    const sheet = context.workbook.worksheets.add(sheetName);
    const title = sheet.getRangeByIndexes(0, 0, 1, 1);
    title.values = [[sheetText(t.agingTitle)]];
    title.format.font.bold = true;
    const cell = sheet.getRangeByIndexes(FORMULA_ROW, 0, 1, 1);
    cell.formulas = [[aging.formula]];
    const header = sheet.getRangeByIndexes(FORMULA_ROW, 0, 1, aging.columns);
    header.format.font.bold = true;
    header.format.fill.color = "#DDEBF7";
    if (aging.rows > 1) {
      const amounts = sheet.getRangeByIndexes(FORMULA_ROW + 1, 1, aging.rows - 1, aging.columns - 1);
      amounts.numberFormat = Array.from({ length: aging.rows - 1 }, () => new Array<string>(aging.columns - 1).fill(ledger.digits > 0 ? `#,##0.${"0".repeat(ledger.digits)}` : "#,##0"));
    }
    let chartSource: string | undefined;
    if (aging.rows > 1) {
      // Keys and buckets, without the Total column, so each bar stacks the buckets of one customer.
      const source = sheet.getRangeByIndexes(FORMULA_ROW, 0, aging.rows, aging.columns - 1);
      chartSource = a1Range(FORMULA_ROW, 0, aging.rows, aging.columns - 1);
      const chart = sheet.charts.add("ColumnStacked", source, "Columns");
      chart.title.text = t.chartTitle;
      chart.setPosition(a1Range(FORMULA_ROW, aging.columns + 1, 1, 1));
    }
    sheet.getRangeByIndexes(FORMULA_ROW, 0, Math.max(aging.rows, 1), aging.columns).format.autofitColumns();
    sheet.activate();
    await context.sync();
    return { ledger: written, sheetName, formulaCell: a1Range(FORMULA_ROW, 0, 1, 1), formula: aging.formula, chartSource };
  });
}
