import type { CellInput } from "./engine";

/**
 * CSV (RFC 4180: commas, double quotes with "" inside, CRLF or LF) into sheet rows, typed the way
 * the harness documents: `=…` is a formula, a plain number is a number, TRUE / FALSE are booleans,
 * `#N/A`-style error literals are errors, an empty field is blank, everything else is text.
 * Dates are not recognised: 2024-01-31 stays ISO text, which AR functions accept as a date
 * (Excel would turn it into a serial on opening; both give the same result in AR functions).
 */

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const ERROR_LITERALS = new Set(["#N/A", "#VALUE!", "#NUM!", "#DIV/0!", "#REF!", "#NAME?", "#NULL!"]);

export function parseCsvRecords(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // Excel writes a BOM
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && input[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function csvCell(field: string): CellInput {
  const text = field.trim();
  if (text === "") return null;
  if (text.startsWith("=")) return text;
  if (NUMBER.test(text)) return Number(text);
  const upper = text.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
  if (ERROR_LITERALS.has(upper)) return { error: upper };
  return field;
}

export function parseCsv(text: string): CellInput[][] {
  return parseCsvRecords(text).map((record) => record.map(csvCell));
}
