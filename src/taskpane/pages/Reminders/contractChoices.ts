import type { Contract, Customer } from "../../../core/store/types";

/**
 * The contracts a picker offers, matched against what the user typed and cut to a few: a ledger
 * holds thousands of contracts, and rendering one option for each blocks the pane for half a
 * second every time the page opens. Pure (no DOM, no React), so a Node test can check it.
 */

/** How many contracts a picker lists at most; the rest are counted ("type to narrow"). */
export const CHOICE_LIMIT = 50;

/** One contract as a picker shows and matches it. */
export interface ContractChoice {
  readonly id: number;
  readonly code: string;
  readonly title: string;
  /** The customer's name ("" when the customer is not in the ledger). */
  readonly customer: string;
  /** Code, title and customer name folded for matching, one per line (a term never spans two). */
  readonly folded: string;
}

export interface ContractMatches {
  /** Whether the picker offers "All contracts" first: always when asked, whatever was typed. */
  readonly all: boolean;
  /** At most `limit` matching contracts, in code order. */
  readonly choices: readonly ContractChoice[];
  /** How many more contracts match but are not listed. */
  readonly more: number;
}

/** Case- and width-insensitive form: "ＨＴ-a" and "ht-A" fold alike. */
const fold = (text: string): string => text.normalize("NFKC").toLowerCase();

const collator = new Intl.Collator();

/**
 * Every contract as a choice, sorted by code (ties, which a ledger should not have, by id), so the
 * order does not depend on the order the contracts were read in. Build once per ledger snapshot.
 */
export function contractChoiceList(contracts: Iterable<Contract>, customers: ReadonlyMap<number, Customer>): ContractChoice[] {
  const list: ContractChoice[] = [];
  for (const c of contracts) {
    const customer = customers.get(c.customerId)?.name ?? "";
    list.push({ id: c.id!, code: c.code, title: c.title, customer, folded: fold(`${c.code}\n${c.title}\n${customer}`) });
  }
  return list.sort((a, b) => collator.compare(a.code, b.code) || a.id - b.id);
}

/**
 * The contracts matching `query`: every blank-separated term must appear in the code, the title or
 * the customer's name, ignoring case; a blank query matches all. Keeps the list's order.
 */
export function matchContracts(
  list: readonly ContractChoice[],
  query: string,
  { limit = CHOICE_LIMIT, all = false }: { limit?: number; all?: boolean } = {},
): ContractMatches {
  const terms = fold(query).split(/\s+/).filter((t) => t !== "");
  const choices: ContractChoice[] = [];
  let more = 0;
  for (const c of list) {
    if (!terms.every((t) => c.folded.includes(t))) continue;
    if (choices.length < limit) choices.push(c);
    else more++;
  }
  return { all, choices, more };
}
