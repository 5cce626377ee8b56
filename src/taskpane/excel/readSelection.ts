import { columnNumberFormats } from "../../core/import/displayScale";

/**
 * Reading what the analyst wants to import: the selected range or a named table, as a header row
 * and data rows of raw values (numbers, text, booleans; dates arrive as serial numbers).
 */
export interface SheetRows {
  source: string; // the address or table name, for messages
  headers: unknown[];
  rows: unknown[][];
  firstRowNumber: number; // sheet row number of rows[0]
  /**
   * Each column's number format (that of its first number cell), read with the values in the same
   * sync: a format such as `0!.0,"万"` shows 元 as 万 without changing the values
   * (core/import/displayScale). Absent for files, which carry no formats here.
   */
  formats?: (string | undefined)[];
}

function rowNumberOf(address: string): number {
  const m = /!?\$?[A-Z]+\$?(\d+)/.exec(address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address);
  return m ? Number(m[1]) : 1;
}

/**
 * Formats are read for the header and the first rows only, in the same sync as the values: a
 * column's first number cell is near its top, and the formats of a whole 100,000-row range would
 * double what Excel sends (Excel on the web caps a response's size).
 */
export const FORMAT_SAMPLE_ROWS = 50;

function formatSample(range: Excel.Range): Excel.Range {
  const sample = range.getRow(0).getResizedRange(FORMAT_SAMPLE_ROWS, 0);
  sample.load("numberFormat");
  return sample;
}

function split(source: string, address: string, values: unknown[][], numberFormat: unknown[][]): SheetRows {
  const [headers = [], ...rows] = values;
  const formats = columnNumberFormats(rows, numberFormat.slice(1), headers.length);
  return { source, headers, rows, firstRowNumber: rowNumberOf(address) + 1, formats };
}

/** The selected range; a single selected cell inside a table-like block reads its current region. */
export async function readSelection(): Promise<SheetRows> {
  return Excel.run(async (context) => {
    let range = context.workbook.getSelectedRange();
    range.load(["address", "rowCount", "columnCount"]);
    await context.sync();
    if (range.rowCount === 1 && range.columnCount === 1) range = range.getSurroundingRegion();
    range.load(["address", "values"]);
    const formats = formatSample(range);
    await context.sync();
    return split(range.address, range.address, range.values, formats.numberFormat);
  });
}

/** A named Excel table, header row included. */
export async function readTable(tableName: string): Promise<SheetRows> {
  return Excel.run(async (context) => {
    const range = context.workbook.tables.getItem(tableName).getRange();
    range.load(["address", "values"]);
    const formats = formatSample(range);
    await context.sync();
    return split(tableName, range.address, range.values, formats.numberFormat);
  });
}

/** Names of the workbook's tables, for the "pick a table" list. */
export async function listTables(): Promise<string[]> {
  return Excel.run(async (context) => {
    const tables = context.workbook.tables;
    tables.load("items/name");
    await context.sync();
    return tables.items.map((t) => t.name);
  });
}
