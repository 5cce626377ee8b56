import { decodeCsvBytes, parseCsv } from "../../../core/import/csv";
import { layoutTable } from "../../../core/import/layout";
import type { MergedArea } from "../../../core/import/mergedCells";
import type { SheetRows } from "../../excel/readSelection";

/** One importable table from a file: a CSV has one, an .xlsx one per worksheet. */
export type FileSheet = SheetRows & { sheetName: string };

/**
 * The header is found as for a selection (core/import/layout): blank rows, a report title or a
 * "单位：元" line above it are skipped, and merged cells (an .xlsx's 合并单元格) are filled first.
 * Row numbers are the file's (1-based): the first data row is the header's row + 1.
 */
function toSheetRows(sheetName: string, source: string, all: unknown[][], merges: readonly MergedArea[] = []): FileSheet {
  const { headerIndex, headers, rows } = layoutTable(all, { findHeader: true, merges });
  return { sheetName, source, headers, rows, firstRowNumber: headerIndex + 2 };
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
    return sheets.map((s) => toSheetRows(s.name, `${file.name} › ${s.name}`, s.rows, s.merges));
  }
  return [toSheetRows(file.name, file.name, parseCsv(decodeCsvBytes(bytes)).rows)];
}
