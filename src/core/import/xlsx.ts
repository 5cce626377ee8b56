/**
 * Reading an .xlsx file chosen in the pane. exceljs is large, so it is loaded on first use only
 * (a separate webpack chunk); callers get plain rows of numbers, text, booleans, Dates and nulls.
 */
export interface XlsxSheet {
  name: string;
  rows: unknown[][];
}

/** The value a formula, rich text, hyperlink or error cell shows, as the importer reads values. */
export function plainCellValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v !== "object" || v instanceof Date) return v;
  const o = v as Record<string, unknown>;
  if ("result" in o) return plainCellValue(o.result);
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join("");
  if (typeof o.text === "string") return o.text;
  if (typeof o.error === "string") return o.error;
  return null;
}

/** Every worksheet of a workbook as rows (row 1 first; empty rows kept so row numbers match). */
export async function readXlsx(data: ArrayBuffer | Uint8Array): Promise<XlsxSheet[]> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const buffer = data instanceof Uint8Array ? data : new Uint8Array(data);
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: unknown[][] = [];
    const width = sheet.columnCount;
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: unknown[] = [];
      for (let c = 1; c <= width; c++) cells.push(plainCellValue(row.getCell(c).value));
      rows[rowNumber - 1] = cells;
    });
    for (let r = 0; r < rows.length; r++) if (rows[r] === undefined) rows[r] = new Array(width).fill(null);
    return { name: sheet.name, rows };
  });
}
