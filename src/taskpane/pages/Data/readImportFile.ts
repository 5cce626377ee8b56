import { decodeCsvBytes, parseCsv } from "../../../core/import/csv";
import type { SheetRows } from "../../excel/readSelection";

/** One importable table from a file: a CSV has one, an .xlsx one per worksheet. */
export type FileSheet = SheetRows & { sheetName: string };

/** The first non-empty row is the header; row numbers are the file's (1-based). */
function toSheetRows(sheetName: string, source: string, all: unknown[][]): FileSheet {
  const blank = (row: unknown[] | undefined): boolean => !row || row.every((c) => c === null || c === undefined || String(c).trim() === "");
  let h = 0;
  while (h < all.length && blank(all[h])) h++;
  return { sheetName, source, headers: all[h] ?? [], rows: all.slice(h + 1), firstRowNumber: h + 2 };
}

/**
 * A chosen .xlsx file that is no workbook (damaged, or another format renamed). The reader's own
 * message is English only; the page says it in the user's language (errorText).
 */
export class UnreadableFileError extends Error {
  readonly fileName: string;

  constructor(fileName: string, cause: unknown) {
    super(`${fileName} cannot be read as an .xlsx workbook`, { cause });
    this.name = "UnreadableFileError";
    this.fileName = fileName;
  }
}

/** Read a CSV or .xlsx file chosen in the pane; the .xlsx reader is fetched only when an .xlsx is chosen. */
export async function readImportFile(file: File): Promise<FileSheet[]> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.xlsx$/i.test(file.name)) {
    const { readXlsx } = await import("../../../core/import/xlsx");
    let sheets;
    try {
      sheets = await readXlsx(bytes);
    } catch (e) {
      throw new UnreadableFileError(file.name, e);
    }
    return sheets.map((s) => toSheetRows(s.name, `${file.name} › ${s.name}`, s.rows));
  }
  return [toSheetRows(file.name, file.name, parseCsv(decodeCsvBytes(bytes)).rows)];
}
