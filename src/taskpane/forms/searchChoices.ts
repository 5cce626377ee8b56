/**
 * The choices a search picker (SearchPicker) offers, matched against what the user typed and cut to
 * a few: a ledger holds thousands of contracts and customers, and rendering one option for each
 * blocks the pane every time a page opens. Pure (no DOM, no React), so a Node test can check it.
 * Each page builds its own list (Reminders' contracts, Contracts' customers) with `foldFields` and
 * `sortByCode`, and matches it with `matchChoices`.
 */

/** How many choices a picker lists at most; the rest are counted ("type to narrow"). */
export const CHOICE_LIMIT = 50;

/** One thing a picker shows and matches: a ledger record with its code. */
export interface SearchChoice {
  readonly id: number;
  readonly code: string;
  /** The fields a query matches, folded (`foldFields`), one per line: a term never spans two. */
  readonly folded: string;
}

export interface ChoiceMatches<T extends SearchChoice> {
  /** Whether the picker offers "All" first: always when asked, whatever was typed. */
  readonly all: boolean;
  /** At most `limit` matching choices, in the list's order. */
  readonly choices: readonly T[];
  /** How many more choices match but are not listed. */
  readonly more: number;
}

/** Case- and width-insensitive form: "ＨＴ-a" and "ht-A" fold alike. */
export const fold = (text: string): string => text.normalize("NFKC").toLowerCase();

/** The fields a choice is matched by, folded and kept one per line so a typed term never spans two. */
export function foldFields(...fields: readonly string[]): string {
  return fold(fields.join("\n"));
}

const collator = new Intl.Collator();

/**
 * Sorts choices by code (ties, which a ledger should not have, by id) in place and returns them, so
 * the order does not depend on the order the records were read in.
 */
export function sortByCode<T extends SearchChoice>(list: T[]): T[] {
  return list.sort((a, b) => collator.compare(a.code, b.code) || a.id - b.id);
}

/**
 * The choices matching `query`: every blank-separated term must appear in one of a choice's folded
 * fields, ignoring case and width; a blank query matches all. Keeps the list's order.
 */
export function matchChoices<T extends SearchChoice>(
  list: readonly T[],
  query: string,
  { limit = CHOICE_LIMIT, all = false }: { limit?: number; all?: boolean } = {},
): ChoiceMatches<T> {
  const terms = fold(query).split(/\s+/).filter((t) => t !== "");
  const choices: T[] = [];
  let more = 0;
  for (const c of list) {
    if (!terms.every((t) => c.folded.includes(t))) continue;
    if (choices.length < limit) choices.push(c);
    else more++;
  }
  return { all, choices, more };
}
