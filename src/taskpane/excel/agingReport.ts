import { agingFormulas } from "../../core/export/ledgerReports";
import { numberFormatOf, type SheetTable } from "../../core/export/sheetTable";
import { type Lang, REPORT_STRINGS } from "../../core/export/strings";
import { sheetText } from "../../core/sheetText";
import { a1Range } from "./a1";
import { uniqueSheetName } from "./names";
import { takenNames, type WrittenReport, writeReport } from "./writeReport";

export interface AgingBlock {
  /** The currency the block ages (its heading); absent when the ledger table has no known currency. */
  currency?: string;
  formulaCell: string;
  formula: string;
  chartSource?: string; // absent when the block has no customers
}

export interface AgingReport {
  ledger: WrittenReport;
  sheetName: string;
  /** One per currency of the ledger, left to right in code order. */
  blocks: AgingBlock[];
}

const HEADING_ROW = 1; // A2: the block's currency
const FORMULA_ROW = 2; // A3: a title above, the spill below
const CHART_COLUMNS = 8; // the chart beside a block fills this many columns…
const CHART_ROWS = 15; // …and rows, so it never reaches into the next block

/**
 * Aging by customer that stays live: the installment ledger is exported as an Excel table, and a
 * new sheet holds AR.AGINGBY formulas over that table's Customer, Due and Open columns with
 * TODAY() as the as-of date, so the report recalculates when the table or the day changes. A spill
 * cannot live inside an Excel table (Excel answers #SPILL!), so each aging block is a formatted
 * range with a native stacked column chart of the buckets beside it.
 *
 * Amounts in different currencies are never added: there is one block per currency (see
 * agingFormulas), headed by its currency, with its amounts formatted to that currency's digits.
 * Blocks stand side by side, not one under another: a spill grows downwards when customers are
 * added to the ledger table, and a block below would stop it with #SPILL!; beside each other every
 * block can grow freely. A single-currency ledger gets one block, where it always was (A3, chart
 * at I3), under its currency's heading.
 */
export async function writeAgingReport(ledger: SheetTable, lang: Lang, bounds?: readonly number[]): Promise<AgingReport> {
  const t = REPORT_STRINGS[lang];
  const written = await writeReport(ledger, { sheetName: t.ledgerSheet, activate: false });
  const agings = agingFormulas(ledger, written.tableName, lang, bounds);
  return Excel.run(async (context) => {
    const taken = await takenNames(context);
    const sheetName = uniqueSheetName(t.agingSheet, taken.sheets);
    const sheet = context.workbook.worksheets.add(sheetName);
    const title = sheet.getRangeByIndexes(0, 0, 1, 1);
    title.values = [[sheetText(t.agingTitle)]];
    title.format.font.bold = true;
    const blocks: AgingBlock[] = [];
    let col = 0;
    for (const aging of agings) {
      if (aging.currency !== undefined) {
        const heading = sheet.getRangeByIndexes(HEADING_ROW, col, 1, 1);
        heading.values = [[sheetText(t.currencyBlock.replace("{code}", aging.currency))]];
        heading.format.font.bold = true;
      }
      const cell = sheet.getRangeByIndexes(FORMULA_ROW, col, 1, 1);
      cell.formulas = [[aging.formula]];
      const header = sheet.getRangeByIndexes(FORMULA_ROW, col, 1, aging.columns);
      header.format.font.bold = true;
      header.format.fill.color = "#DDEBF7";
      let chartSource: string | undefined;
      if (aging.rows > 1) {
        const amounts = sheet.getRangeByIndexes(FORMULA_ROW + 1, col + 1, aging.rows - 1, aging.columns - 1);
        const format = numberFormatOf("money", aging.digits);
        amounts.numberFormat = Array.from({ length: aging.rows - 1 }, () => new Array<string>(aging.columns - 1).fill(format));
        // Keys and buckets, without the Total column, so each bar stacks the buckets of one customer.
        const source = sheet.getRangeByIndexes(FORMULA_ROW, col, aging.rows, aging.columns - 1);
        chartSource = a1Range(FORMULA_ROW, col, aging.rows, aging.columns - 1);
        const chart = sheet.charts.add("ColumnStacked", source, "Columns");
        chart.title.text = aging.currency === undefined ? t.chartTitle : t.chartTitleIn.replace("{code}", aging.currency);
        chart.setPosition(a1Range(FORMULA_ROW, col + aging.columns + 1, 1, 1), a1Range(FORMULA_ROW + CHART_ROWS - 1, col + aging.columns + CHART_COLUMNS, 1, 1));
      }
      sheet.getRangeByIndexes(FORMULA_ROW, col, Math.max(aging.rows, 1), aging.columns).format.autofitColumns();
      blocks.push({ ...(aging.currency === undefined ? {} : { currency: aging.currency }), formulaCell: a1Range(FORMULA_ROW, col, 1, 1), formula: aging.formula, chartSource });
      col += aging.columns + 1 + CHART_COLUMNS + 1; // the block, a gap, its chart, a gap
    }
    sheet.activate();
    await context.sync();
    return { ledger: written, sheetName, blocks };
  });
}
