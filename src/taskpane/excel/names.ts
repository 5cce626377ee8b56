/**
 * Names Excel accepts: sheet names at most 31 characters without : \ / ? * [ ], not starting or
 * ending with an apostrophe; table names start with a letter or underscore and hold letters,
 * digits, underscores and dots. Reports never replace an existing sheet or table: a number is added.
 */
export function cleanSheetName(wanted: string): string {
  const cleaned = wanted.replace(/[:\\/?*[\]]/g, " ").replace(/^'+|'+$/g, "").trim();
  return (cleaned || "Sheet").slice(0, 31);
}

export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = cleanSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Excel's limit on the length of a table (or defined) name. */
export const MAX_TABLE_NAME = 255;

/**
 * Names Excel refuses for a table or defined name although their characters are allowed: an A1
 * reference ("A1", "xfd1048576"; every 1–3 letters and digits is refused, a little more than the
 * grid's A1:XFD1048576), a name beginning with an R1C1 reference ("R1C1", "R2C", "RC", "C1_x"), the
 * single letters R and C, and TRUE or FALSE.
 */
function looksLikeReference(name: string): boolean {
  return /^[a-z]{1,3}\d+$/i.test(name) || /^(?:r|c|rc)(?:\d|$)/i.test(name) || /^(?:true|false)$/i.test(name);
}

/** `name` (of allowed characters) made valid for a table: a leading underscore where needed (no reference has one). */
function validTableName(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff]/.test(name) && !looksLikeReference(name) ? name : `_${name}`;
}

/**
 * A table name Excel accepts and no table or defined name of the workbook uses: `existing` holds
 * the table names and the defined names (workbook and worksheet scope), compared case-insensitively.
 */
export function uniqueTableName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = validTableName(wanted.replace(/[^\w.\u4e00-\u9fff]/g, "_")).slice(0, MAX_TABLE_NAME);
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = String(i);
    // "AB" taken would give the cell reference AB2: validTableName makes it _AB2 (a short name, so within 255).
    const name = validTableName(base.slice(0, MAX_TABLE_NAME - suffix.length) + suffix);
    if (!taken.has(name.toLowerCase())) return name;
  }
}
