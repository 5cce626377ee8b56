import ExcelJS from "exceljs";
import { serialFromYmd } from "../core/dates";
import type { CellInput, SheetInput } from "./engine";

/**
 * An .xlsx workbook as sheets of harness cells. Formula cells (shared formulas included) become
 * "=…" and are recalculated; a text cell starting with "=" counts as a formula too, as in CSV.
 * Date cells become serials (1900 system), rich text its plain text, errors error values.
 */

/** A JavaScript date read by exceljs (UTC) as an Excel serial, time of day as the fraction. */
function serialFromDate(d: Date): number {
  const day = serialFromYmd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  const ms = ((d.getUTCHours() * 60 + d.getUTCMinutes()) * 60 + d.getUTCSeconds()) * 1000 + d.getUTCMilliseconds();
  return day + ms / 86_400_000;
}

/**
 * Formula text as a user would type it. Excel stores newer built-ins as `_xlfn.NAME` and add-in
 * custom functions as `_xldudf_AR_NAME` (office-js issues #5611, #2568; sometimes behind an
 * external-link prefix such as `[2]!`).
 */
export function typedFormula(stored: string): string {
  return stored.replace(/_xlfn\./g, "").replace(/(?:\[\d+\]!)?_xldudf_AR[._]([A-Za-z0-9]+)\(/g, "AR.$1(");
}

function cellInput(cell: ExcelJS.Cell): CellInput {
  if (cell.formula) return `=${typedFormula(cell.formula)}`;
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  if (v instanceof Date) return serialFromDate(v);
  if ("error" in v) return { error: v.error };
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("text" in v && typeof v.text === "string") return v.text; // hyperlink
  return String(v);
}

export async function readXlsx(path: string): Promise<SheetInput[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((sheet) => {
    const rows: CellInput[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: CellInput[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        cells[colNumber - 1] = cellInput(cell);
      });
      rows[rowNumber - 1] = cells;
    });
    return { name: sheet.name, rows: Array.from(rows, (r) => Array.from(r ?? [], (c) => c ?? null)) };
  });
}
