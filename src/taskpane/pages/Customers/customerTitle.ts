import type { Customer } from "../../../core/store/types";

/**
 * A customer as the list and its detail name it: "C-001 · Acme Build Co.". An imported customer
 * often has its name as its code (a sheet with a customer column and no code): it is named once,
 * "Shenzhen Rail Co", not "Shenzhen Rail Co · Shenzhen Rail Co".
 */
export function customerTitle(c: Pick<Customer, "code" | "name">): string {
  const code = c.code.trim();
  const name = c.name.trim();
  return !name || name === code ? code : !code ? name : `${code} · ${name}`;
}
