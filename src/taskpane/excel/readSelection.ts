import { columnNumberFormats, formatCellsBeyondSample } from "../../core/import/displayScale";
import { layoutTable } from "../../core/import/layout";
import { type MergedArea, parseA1Area, parseA1Areas, relativeArea } from "../../core/import/mergedCells";

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
   * Each column's number format (that of its first number cell): a format such as `0!.0,"万"` shows
   * 元 as 万 without changing the values (core/import/displayScale). Read with the values in the same
   * sync for the first rows (FORMAT_SAMPLE_ROWS), and in one more sync for the first number cells
   * below them. Absent for files, which carry no formats here.
   */
  formats?: (string | undefined)[];
}

function rowNumberOf(address: string): number {
  const m = /!?\$?[A-Z]+\$?(\d+)/.exec(address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address);
  return m ? Number(m[1]) : 1;
}

/**
 * Formats are read for the header and the first FORMAT_SAMPLE_ROWS data rows, in the same sync as
 * the values: a column's first number cell is usually near its top, and the formats of a whole
 * 100,000-row range would double what Excel sends (Excel on the web caps a response's size). A
 * column whose first number cell lies below them (blank or text at its top) has that one cell's
 * format read in a single extra sync, shared by all such columns; none when there are none.
 */
export const FORMAT_SAMPLE_ROWS = 50;

function formatSample(range: Excel.Range): Excel.Range {
  const sample = range.getRow(0).getResizedRange(FORMAT_SAMPLE_ROWS, 0);
  sample.load("numberFormat");
  return sample;
}

/**
 * Merged cells (合并单元格) are read with Range.getMergedAreasOrNullObject, of ExcelApi 1.13. The
 * manifest asks for no Excel requirement set (the pane runs wherever the add-in loads), so the call
 * is made only where the host reports 1.13: elsewhere (Excel 2016/2019 perpetual) the values are
 * read as before, a merged cell's value in its first cell only.
 */
export function mergedAreasSupported(): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", "1.13") === true;
  } catch {
    return false;
  }
}

/** The merged areas of a range, queued for the next sync (no round trip of their own); undefined where unsupported. */
function queueMergedAreas(range: Excel.Range): Excel.RangeAreas | undefined {
  if (!mergedAreasSupported()) return undefined;
  const merged = range.getMergedAreasOrNullObject();
  merged.load("address");
  return merged;
}

/** The synced merged areas relative to the range (whose address is loaded); none for a null object. */
function mergedAreasOf(range: Excel.Range, merged: Excel.RangeAreas | undefined): MergedArea[] {
  if (merged === undefined || merged.isNullObject) return [];
  const origin = parseA1Area(range.address.split(":")[0]);
  if (origin === undefined) return [];
  return parseA1Areas(merged.address).map((a) => relativeArea(a, origin));
}

/**
 * Header, rows and each column's format from a range whose values and format sample are loaded
 * and synced; the first number cells below the sample are read in one more sync, if any. With
 * `findHeader`, rows above the header (a title, a "单位：元" line, a group header) are dropped:
 * the header is the first of the top rows naming the most fields (core/import/headers findHeaderRow).
 * Merged cells are filled first (core/import/layout), so 合同编号 merged down over a contract's
 * installments is every installment's contract code.
 */
async function split(
  context: Excel.RequestContext, source: string, range: Excel.Range, sample: Excel.Range, findHeader = false, merged?: Excel.RangeAreas,
): Promise<SheetRows> {
  const { headerIndex: skip, headers, rows } = layoutTable(range.values, { findHeader, merges: mergedAreasOf(range, merged) });
  const sampled = sample.numberFormat.slice(1 + skip);
  const beyond = formatCellsBeyondSample(rows, sampled.length, headers.length).map(({ row, column }) => {
    const cell = range.getCell(row + 1 + skip, column); // + 1: the header row
    cell.load("numberFormat");
    return { row, column, cell };
  });
  if (beyond.length > 0) await context.sync();
  const cells = beyond.map(({ row, column, cell }) => ({ row, column, format: cell.numberFormat[0]?.[0] }));
  const formats = columnNumberFormats(rows, sampled, headers.length, cells);
  return { source, headers, rows, firstRowNumber: rowNumberOf(range.address) + 1 + skip, formats };
}

/** Excel's grid: a selection this tall or wide is whole columns or whole rows (A:F, 1:20, the whole sheet). */
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

/**
 * The selected range; a single selected cell inside a table-like block reads its current region.
 * Whole columns or rows (the analyst clicked the column letters A:F) are cut to the cells holding
 * values: the values of a million rows would exceed what Excel sends in one response. Rows above
 * the header inside the selection (a title, a unit line) are skipped and merged cells filled (see
 * split); the merged areas come with the selection's size, or with the values when the range read is
 * another (the block around a cell, the used part of whole columns). A named table needs neither: Excel
 * tables hold no merged cells and their header is known.
 */
export async function readSelection(): Promise<SheetRows> {
  return Excel.run(async (context) => {
    let range = context.workbook.getSelectedRange();
    range.load(["address", "rowCount", "columnCount"]);
    let merged = queueMergedAreas(range);
    await context.sync();
    // Clicking a merged cell selects its whole area (A3:A5): that is one cell to the analyst, as it is here.
    if ((range.rowCount === 1 && range.columnCount === 1) || isOneMergedArea(range, merged)) {
      range = range.getSurroundingRegion();
      merged = queueMergedAreas(range);
    } else if (range.rowCount >= SHEET_ROWS || range.columnCount >= SHEET_COLUMNS) {
      range = range.getUsedRange(true);
      merged = queueMergedAreas(range);
    }
    range.load(["address", "values"]);
    const sample = formatSample(range);
    await context.sync();
    return split(context, range.address, range, sample, true, merged);
  });
}

/** Whether a synced selection (address loaded) is exactly one merged area. */
function isOneMergedArea(range: Excel.Range, merged: Excel.RangeAreas | undefined): boolean {
  if (merged === undefined || merged.isNullObject) return false;
  const areas = parseA1Areas(merged.address);
  const selected = parseA1Area(range.address);
  return areas.length === 1 && selected !== undefined && JSON.stringify(areas[0]) === JSON.stringify(selected);
}

/** A named Excel table, header row included. */
export async function readTable(tableName: string): Promise<SheetRows> {
  return Excel.run(async (context) => {
    const range = context.workbook.tables.getItem(tableName).getRange();
    range.load(["address", "values"]);
    const sample = formatSample(range);
    await context.sync();
    return split(context, tableName, range, sample);
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
