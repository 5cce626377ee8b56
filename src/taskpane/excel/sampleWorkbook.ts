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

/** One click: a new "getting started" sheet using every AR function on sample data, in the user's language. */
export async function writeSampleWorkbook(lang: "en" | "zh"): Promise<{ sheetName: string }> {
  const content = sampleSheet(lang);
  return Excel.run(async (context) => {
    const taken = await takenNames(context);
    const sheetName = uniqueSheetName(content.sheetName, taken.sheets);
    const sheet = context.workbook.worksheets.add(sheetName);
    for (const w of content.writes) applyWrite(sheet, w);
    content.columnWidths.forEach((width, col) => {
      sheet.getRangeByIndexes(0, col, 1, 1).getEntireColumn().format.columnWidth = width;
    });
    sheet.activate();
    await context.sync();
    return { sheetName };
  });
}
