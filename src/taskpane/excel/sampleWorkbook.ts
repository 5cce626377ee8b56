import { LEDGER_COLUMNS } from "../../core/ledger/ledgerTable";
import { SAMPLE_EXAMPLES } from "../../core/sample/examples";
import { sampleSheet, type SheetWrite } from "../../core/sample/sampleSheet";
import { uniqueSheetName } from "./names";
import { takenNames } from "./writeReport";

function applyWrite(sheet: Excel.Worksheet, w: SheetWrite): void {
  const grid = w.values ?? w.formulas!;
  const range = sheet.getRangeByIndexes(w.row, w.col, grid.length, grid[0].length);
  if (w.numberFormat) range.numberFormat = grid.map((line) => line.map(() => w.numberFormat!));
  if (w.values) range.values = w.values;
  if (w.formulas) range.formulas = w.formulas;
  if (w.bold) range.format.font.bold = true;
  if (w.fill) range.format.fill.color = w.fill;
}

const DATE_FORMAT = "yyyy-mm-dd";

/**
 * The columns of a result that are dates. A custom function returns a date as its serial number and
 * Excel does not format it, so without a date format AR.DUEDATE would show 46203. `fromRow` skips
 * a header row of the spill (AR.LEDGER's).
 */
const RESULT_DATE_COLUMNS: Readonly<Record<string, { col: number; fromRow: number }>> = {
  "AR.DUEDATE": { col: 0, fromRow: 0 },
  "AR.SCHEDULE": { col: 1, fromRow: 0 }, // number, dueDate, share, amount
  "AR.INSTALLMENTS": { col: 1, fromRow: 0 },
  "AR.LEDGER": { col: LEDGER_COLUMNS.indexOf("dueDate"), fromRow: 1 },
};

/** Date formats over the rows each dated result spills into (as reserved by examples.ts). */
function formatDateResults(sheet: Excel.Worksheet, cells: readonly { fn: string; row: number; col: number }[]): void {
  for (const { fn, row, col } of cells) {
    const dated = RESULT_DATE_COLUMNS[fn];
    const rows = SAMPLE_EXAMPLES.find((e) => e.fn === fn)?.spillRows ?? 1;
    if (!dated || rows <= dated.fromRow) continue;
    const range = sheet.getRangeByIndexes(row + dated.fromRow, col + dated.col, rows - dated.fromRow, 1);
    range.numberFormat = Array.from({ length: rows - dated.fromRow }, () => [DATE_FORMAT]);
  }
}

/** One click: a new "getting started" sheet using every AR function on sample data, in the user's language. */
export async function writeSampleWorkbook(lang: "en" | "zh"): Promise<{ sheetName: string }> {
  const content = sampleSheet(lang);
  return Excel.run(async (context) => {
    const taken = await takenNames(context);
    const sheetName = uniqueSheetName(content.sheetName, taken.sheets);
    const sheet = context.workbook.worksheets.add(sheetName);
    for (const w of content.writes) applyWrite(sheet, w);
    formatDateResults(sheet, content.formulaCells);
    content.columnWidths.forEach((width, col) => {
      sheet.getRangeByIndexes(0, col, 1, 1).getEntireColumn().format.columnWidth = width;
    });
    sheet.activate();
    await context.sync();
    return { sheetName };
  });
}
