/**
 * A form refused as stale (the record changed elsewhere since it was opened), merged field by field
 * so nothing typed is lost: a field the user left as it was takes the other change; a field only
 * the user changed keeps what was typed; a field both changed, differently, keeps what was typed and
 * is reported with the other value, for the user to choose before saving again.
 */
export function mergeStaleEdit<F extends string>(
  base: Readonly<Record<F, string>>,
  mine: Readonly<Record<F, string>>,
  theirs: Readonly<Record<F, string>>,
): { values: Record<F, string>; conflicts: Partial<Record<F, string>> } {
  const values: Record<F, string> = { ...mine };
  const conflicts: Partial<Record<F, string>> = {};
  for (const field of Object.keys(theirs) as F[]) {
    if (mine[field] === base[field]) values[field] = theirs[field];
    else if (theirs[field] !== base[field] && theirs[field] !== mine[field]) conflicts[field] = theirs[field];
  }
  return { values, conflicts };
}
