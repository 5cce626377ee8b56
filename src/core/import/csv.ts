/**
 * CSV as RFC 4180 writes it (quoted fields, "" for a quote, line breaks inside quotes), plus what
 * spreadsheets really produce: a UTF-8 byte-order mark, CRLF / LF / CR line ends, and comma,
 * semicolon (European Excel) or tab as the delimiter, detected from the header line.
 */
export type CsvDelimiter = "," | ";" | "\t";

export interface CsvTable {
  delimiter: CsvDelimiter;
  rows: string[][];
}

/** The delimiter that splits the first line (outside quotes) into the most fields. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && (ch === "," || ch === ";" || ch === "\t")) counts[ch]++;
  }
  const best = (Object.keys(counts) as CsvDelimiter[]).reduce((a, b) => (counts[b] > counts[a] ? b : a), ",");
  return best;
}

export function parseCsv(input: string, delimiter?: CsvDelimiter): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = delimiter ?? detectDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endField = (): void => {
    row.push(field);
    field = "";
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === sep) endField();
    else if (ch === "\r") {
      endRow();
      if (text[i + 1] === "\n") i++;
    } else if (ch === "\n") endRow();
    else field += ch;
    i++;
  }
  if (field !== "" || row.length > 0) endRow();
  return { delimiter: sep, rows };
}

/** Decode file bytes: UTF-8 (with or without BOM), else GB18030 when the bytes are not valid UTF-8 (older Chinese Excel exports). */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}
