import type { Customer } from "../../../core/store/types";
import { foldFields, type SearchChoice, sortByCode } from "../../forms/searchChoices";

/**
 * The customers the Contracts page's customer filter offers: a ledger holds thousands of them, so
 * the filter (a SearchPicker) matches them with matchChoices and lists only a few.
 */

/** One customer as the filter shows and matches it. */
export interface CustomerChoice extends SearchChoice {
  readonly name: string;
}

/** Every customer as a choice, matched by code or name and sorted by code. Build once per ledger snapshot. */
export function customerChoiceList(customers: Iterable<Customer>): CustomerChoice[] {
  const list: CustomerChoice[] = [];
  for (const c of customers) list.push({ id: c.id!, code: c.code, name: c.name, folded: foldFields(c.code, c.name) });
  return sortByCode(list);
}

/** A customer as the filter's input and options show it: "C-ACME · Acme Build Co.". */
export const customerLabel = (c: CustomerChoice): string => `${c.code} · ${c.name}`;
