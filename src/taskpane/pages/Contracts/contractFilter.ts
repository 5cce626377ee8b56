import type { Contract, ContractStatus, Customer } from "../../../core/store/types";

export interface ContractFilterValues {
  search: string;
  status: ContractStatus | "";
  owner: string;
  customerId: string;
}

export const NO_FILTER: ContractFilterValues = { search: "", status: "", owner: "", customerId: "" };

/** Contracts matching every filter; the text matches part of the code, title or customer code / name, any case. */
export function filterContracts(
  contracts: readonly Contract[],
  customers: ReadonlyMap<number, Customer>,
  f: ContractFilterValues,
): Contract[] {
  const needle = f.search.trim().toLowerCase();
  const rows = contracts.filter((c) => {
    if (f.status && c.status !== f.status) return false;
    if (f.owner && c.owner !== f.owner) return false;
    if (f.customerId && String(c.customerId) !== f.customerId) return false;
    if (!needle) return true;
    const cust = customers.get(c.customerId);
    return [c.code, c.title, cust?.code ?? "", cust?.name ?? ""].some((t) => t.toLowerCase().includes(needle));
  });
  return rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Owners named on any contract, for the owner filter. */
export function ownersOf(contracts: readonly Contract[]): string[] {
  return [...new Set(contracts.map((c) => c.owner))].sort();
}
