import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { parseCsv } from "./csv";
import type { SheetInput } from "./engine";
import { readXlsx } from "./xlsx";

/** Read a .csv (one sheet, named after the file) or .xlsx workbook into harness sheets. */
export async function readWorkbookFile(path: string): Promise<SheetInput[]> {
  const ext = extname(path).toLowerCase();
  if (ext === ".csv") return [{ name: basename(path, extname(path)) || "Sheet1", rows: parseCsv(await readFile(path, "utf-8")) }];
  if (ext === ".xlsx") return readXlsx(path);
  throw new Error(`Unsupported file type "${ext || basename(path)}": use .csv or .xlsx`);
}
