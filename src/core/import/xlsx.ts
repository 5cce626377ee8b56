import { type MergedArea, parseA1Area } from "./mergedCells";

/**
 * Reading an .xlsx file chosen in the pane. read-excel-file's universal build reads an ArrayBuffer
 * in the browser and in Node alike, without workers or eval (the pane's content security policy
 * forbids both); it is loaded on first use only, as a separate chunk. Callers get plain rows of
 * numbers, text, booleans, Dates and nulls: formulas as their cached results, rich text as text.
 * read-excel-file does not report merged cells, so each worksheet's `<mergeCell ref="…"/>` list is
 * read from the archive with fflate (read-excel-file's own unzip library), synchronously (no worker).
 */
export interface XlsxSheet {
  name: string;
  rows: unknown[][];
  /** The worksheet's merged areas (合并单元格), 0-based from A1 like `rows`. */
  merges: MergedArea[];
}

/** Every worksheet of a workbook as rows (row 1 first; empty rows kept so row numbers match). */
export async function readXlsx(data: ArrayBuffer | Uint8Array): Promise<XlsxSheet[]> {
  const { default: readExcelFile } = await import("read-excel-file/universal");
  const buffer = data instanceof Uint8Array ? data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) : data;
  const sheets = await readExcelFile(buffer as ArrayBuffer);
  const merges = await readMergedAreas(new Uint8Array(buffer as ArrayBuffer));
  return sheets.map((s) => ({ name: s.sheet, rows: s.data as unknown[][], merges: merges.get(s.sheet) ?? [] }));
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function xmlText(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) => {
    if (e[0] !== "#") return XML_ENTITIES[e] ?? whole;
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  });
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? xmlText(m[2] ?? m[3]) : undefined;
}

/** Where `needle` last occurs in `bytes` (-1 if nowhere). */
function lastIndexOfBytes(bytes: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = bytes.length - needle.length; i >= 0; i--) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const END_OF_SHEET_DATA = new TextEncoder().encode("sheetData>");

/**
 * Each worksheet's merged areas, by sheet name. A worksheet lists them after its cells
 * (`<sheetData>…</sheetData><mergeCells>`), so only the text after the cells is decoded. A workbook
 * whose parts cannot be read this way (read-excel-file read it, so this is unexpected) gives none:
 * its rows import as before, unfilled.
 */
async function readMergedAreas(bytes: Uint8Array): Promise<Map<string, MergedArea[]>> {
  const out = new Map<string, MergedArea[]>();
  try {
    const { unzipSync, strFromU8 } = await import("fflate");
    const files = unzipSync(bytes, {
      filter: (f) => f.name === "xl/workbook.xml" || f.name === "xl/_rels/workbook.xml.rels" || /^xl\/worksheets\/[^/]+\.xml$/.test(f.name),
    });
    const workbook = files["xl/workbook.xml"];
    const rels = files["xl/_rels/workbook.xml.rels"];
    if (!workbook || !rels) return out;
    const targets = new Map<string, string>();
    for (const tag of strFromU8(rels).match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
      const id = attribute(tag, "Id");
      const target = attribute(tag, "Target");
      if (id !== undefined && target !== undefined) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
    }
    for (const tag of strFromU8(workbook).match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
      const name = attribute(tag, "name");
      const id = attribute(tag, "r:id") ?? /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1];
      const path = id === undefined ? undefined : targets.get(id);
      const sheet = path === undefined ? undefined : files[path];
      if (name === undefined || sheet === undefined) continue;
      const end = lastIndexOfBytes(sheet, END_OF_SHEET_DATA);
      const tail = strFromU8(end < 0 ? sheet : sheet.subarray(end));
      const areas = (tail.match(/<(?:\w+:)?mergeCell\b[^>]*>/g) ?? [])
        .map((t) => attribute(t, "ref"))
        .map((ref) => (ref === undefined ? undefined : parseA1Area(ref)))
        .filter((a): a is MergedArea => a !== undefined);
      if (areas.length > 0) out.set(name, areas);
    }
  } catch {
    return new Map();
  }
  return out;
}
