import { headerValues, numberFormats, type SheetTable, sheetValues } from "../../core/export/sheetTable";
import { a1Range, sheetRef } from "./a1";
import { uniqueSheetName, uniqueTableName } from "./names";

/**
 * Reports land on a new sheet as an Excel table. Values go in chunks, one sync per chunk, so a
 * 100,000-row ledger never becomes one oversized request (Excel on the web caps a request's
 * payload); then the range is turned into a table, formatted and autofitted on its first rows.
 */
export const DEFAULT_CELLS_PER_SYNC = 50_000;
const AUTOFIT_ROWS = 200; // autofitting 100,000 rows is slow and the first rows show the widths

export interface WrittenReport {
  sheetName: string;
  tableName: string;
  address: string; // A1 range of the table on its sheet, header included
}

export interface WriteReportOptions {
  sheetName: string;
  cellsPerSync?: number;
  activate?: boolean;
}

/**
 * Names already used in the workbook, so a report never replaces anything. With `definedNames`,
 * also the defined names of the workbook and of every sheet (Worksheet.names, ExcelApi 1.4): Excel
 * refuses a table name that a defined name uses. Those of the sheets cost one more sync.
 */
export async function takenNames(context: Excel.RequestContext, definedNames = false): Promise<{ sheets: string[]; tables: string[]; definedNames: string[] }> {
  const sheets = context.workbook.worksheets;
  const tables = context.workbook.tables;
  sheets.load("items/name");
  tables.load("items/name");
  const workbookNames = definedNames ? context.workbook.names : undefined;
  workbookNames?.load("items/name");
  await context.sync();
  const taken = { sheets: sheets.items.map((s) => s.name), tables: tables.items.map((t) => t.name), definedNames: [] as string[] };
  if (!workbookNames) return taken;
  const sheetNames = sheets.items.map((s) => s.names.load("items/name"));
  await context.sync();
  taken.definedNames = [...workbookNames.items, ...sheetNames.flatMap((names) => names.items)].map((n) => n.name);
  return taken;
}

/** Write `table` at (row, col) of `sheet` and make it an Excel table named `tableName`. */
export async function writeTableOn(
  context: Excel.RequestContext, sheet: Excel.Worksheet, sheetName: string, table: SheetTable, tableName: string,
  at: { row: number; col: number }, cellsPerSync = DEFAULT_CELLS_PER_SYNC,
): Promise<string> {
  const cols = table.columns.length;
  const n = table.rows.length;
  sheet.getRangeByIndexes(at.row, at.col, 1, cols).values = [headerValues(table)];
  const rowsPerSync = Math.max(1, Math.floor(cellsPerSync / cols));
  for (let start = 0; start < n; start += rowsPerSync) {
    const end = Math.min(n, start + rowsPerSync);
    const range = sheet.getRangeByIndexes(at.row + 1 + start, at.col, end - start, cols);
    range.numberFormat = numberFormats(table, start, end); // formats first, so Excel does not guess
    range.values = sheetValues(table, start, end);
    await context.sync();
  }
  const address = a1Range(at.row, at.col, Math.max(n, 1) + 1, cols);
  const excelTable = sheet.tables.add(`${sheetRef(sheetName)}!${address}`, true);
  excelTable.name = tableName;
  excelTable.style = "TableStyleMedium2";
  sheet.getRangeByIndexes(at.row, at.col, Math.min(n + 1, AUTOFIT_ROWS), cols).format.autofitColumns();
  await context.sync();
  return address;
}

/** A new sheet holding `table` as an Excel table. */
export async function writeReport(table: SheetTable, opts: WriteReportOptions): Promise<WrittenReport> {
  return Excel.run(async (context) => {
    const taken = await takenNames(context, true);
    const sheetName = uniqueSheetName(opts.sheetName, taken.sheets);
    const tableName = uniqueTableName(table.tableName, [...taken.tables, ...taken.definedNames]);
    const sheet = context.workbook.worksheets.add(sheetName);
    const address = await writeTableOn(context, sheet, sheetName, table, tableName, { row: 0, col: 0 }, opts.cellsPerSync);
    sheet.freezePanes.freezeRows(1);
    if (opts.activate !== false) sheet.activate();
    await context.sync();
    return { sheetName, tableName, address };
  });
}
