/**
 * Reading what the analyst wants to import: the selected range or a named table, as a header row
 * and data rows of raw values (numbers, text, booleans; dates arrive as serial numbers).
 */
export interface SheetRows {
  source: string; // the address or table name, for messages
  headers: unknown[];
  rows: unknown[][];
  firstRowNumber: number; // sheet row number of rows[0]
}

function rowNumberOf(address: string): number {
  const m = /!?\$?[A-Z]+\$?(\d+)/.exec(address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address);
  return m ? Number(m[1]) : 1;
}

function split(source: string, address: string, values: unknown[][]): SheetRows {
  const [headers = [], ...rows] = values;
  return { source, headers, rows, firstRowNumber: rowNumberOf(address) + 1 };
}

/** The selected range; a single selected cell inside a table-like block reads its current region. */
export async function readSelection(): Promise<SheetRows> {
  return Excel.run(async (context) => {
    let range = context.workbook.getSelectedRange();
    range.load(["address", "rowCount", "columnCount"]);
    await context.sync();
    if (range.rowCount === 1 && range.columnCount === 1) range = range.getSurroundingRegion();
    range.load(["address", "values"]);
    await context.sync();
    return split(range.address, range.address, range.values);
  });
}

/** A named Excel table, header row included. */
export async function readTable(tableName: string): Promise<SheetRows> {
  return Excel.run(async (context) => {
    const range = context.workbook.tables.getItem(tableName).getRange();
    range.load(["address", "values"]);
    await context.sync();
    return split(tableName, range.address, range.values);
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
