/** A1 addresses built from 0-based indexes, for table and chart sources. */

export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function a1Range(row: number, col: number, rows: number, cols: number): string {
  const start = `${columnLetters(col)}${row + 1}`;
  if (rows === 1 && cols === 1) return start;
  return `${start}:${columnLetters(col + cols - 1)}${row + rows}`;
}

/** A sheet name as it appears in a reference: quoted, with quotes doubled. */
export function sheetRef(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}
