/**
 * Reading an .xlsx file chosen in the pane. read-excel-file's universal build reads an ArrayBuffer
 * in the browser and in Node alike, without workers or eval (the pane's content security policy
 * forbids both); it is loaded on first use only, as a separate chunk. Callers get plain rows of
 * numbers, text, booleans, Dates and nulls: formulas as their cached results, rich text as text.
 */
export interface XlsxSheet {
  name: string;
  rows: unknown[][];
}

/** Every worksheet of a workbook as rows (row 1 first; empty rows kept so row numbers match). */
export async function readXlsx(data: ArrayBuffer | Uint8Array): Promise<XlsxSheet[]> {
  const { default: readExcelFile } = await import("read-excel-file/universal");
  const buffer = data instanceof Uint8Array ? data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) : data;
  const sheets = await readExcelFile(buffer as ArrayBuffer);
  return sheets.map((s) => ({ name: s.sheet, rows: s.data as unknown[][] }));
}
