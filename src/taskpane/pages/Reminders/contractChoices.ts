import type { Contract, Customer } from "../../../core/store/types";
import { foldFields, type SearchChoice, sortByCode } from "../../forms/searchChoices";

/**
 * The contracts the Reminders pickers offer (ContractPicker): a ledger holds thousands of them, so a
 * picker matches them with matchChoices (forms/searchChoices) and lists only a few.
 */

/** One contract as a picker shows and matches it. */
export interface ContractChoice extends SearchChoice {
  readonly title: string;
  /** The customer's name ("" when the customer is not in the ledger). */
  readonly customer: string;
}

/**
 * Every contract as a choice, matched by code, title or customer name and sorted by code (ties,
 * which a ledger should not have, by id), so the order does not depend on the order the contracts
 * were read in. Build once per ledger snapshot.
 */
export function contractChoiceList(contracts: Iterable<Contract>, customers: ReadonlyMap<number, Customer>): ContractChoice[] {
  const list: ContractChoice[] = [];
  for (const c of contracts) {
    const customer = customers.get(c.customerId)?.name ?? "";
    list.push({ id: c.id!, code: c.code, title: c.title, customer, folded: foldFields(c.code, c.title, customer) });
  }
  return sortByCode(list);
}
