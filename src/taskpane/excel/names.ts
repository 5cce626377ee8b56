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

export function uniqueTableName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const cleaned = wanted.replace(/[^\w.\u4e00-\u9fff]/g, "_");
  const base = /^[A-Za-z_\u4e00-\u9fff]/.test(cleaned) ? cleaned : `_${cleaned}`;
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}${i}`.toLowerCase())) return `${base}${i}`;
}
