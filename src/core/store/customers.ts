import { currencyCode } from "../ledger/currencyScope";
import type { CustomerDraft } from "../ledger/drafts";
import { validateCustomer } from "../ledger/validateRecords";
import type { LedgerDb } from "./db";
import { requireFreeCode } from "./freeCode";
import { bumped, fresh, readForUpdate } from "./revision";
import { readSettings } from "./settings";
import type { Customer } from "./types";

/**
 * Add a customer. Its currency (the credit limit's, upper-cased) is the one given, else the
 * settings' default currency at the time of saving, so the limit keeps its meaning when the
 * default is changed later.
 */
export async function createCustomer(db: LedgerDb, draft: CustomerDraft): Promise<number> {
  const d = validateCustomer(draft);
  return db.transaction("rw", [db.customers, db.settings], async () => {
    await requireFreeCode(db.customers, d.code);
    const currency = d.currency ?? (await readSettings(db)).values.defaultCurrency.code;
    return db.customers.add(fresh({ ...d, currency }) as Customer);
  });
}

/**
 * Returns the new rev. A patch without `currency` keeps the stored one (a customer stored without
 * one keeps being read in the default currency); the page's form always sends the one chosen.
 */
export async function updateCustomer(db: LedgerDb, id: number, expectedRev: number, patch: Partial<CustomerDraft>): Promise<number> {
  return db.transaction("rw", [db.customers], async () => {
    const stored = await readForUpdate(db.customers, id, expectedRev);
    // A credit currency an older import stored as a name ("人民币") is read as its code; an edit of
    // another field (the form sends the stored text back) must not be refused for it, so it is
    // written back as that code. A name typed as a new currency is still refused.
    const keptCurrency = (patch.currency === undefined || patch.currency === stored.currency) && !!stored.currency?.trim();
    const d = validateCustomer({ ...stored, ...patch, ...(keptCurrency ? { currency: currencyCode(stored.currency!) } : {}) }, stored);
    if (d.code !== stored.code) await requireFreeCode(db.customers, d.code, id);
    const next = bumped(stored, d);
    await db.customers.put(next);
    return next.rev;
  });
}

export async function getCustomerByCode(db: LedgerDb, code: string): Promise<Customer | undefined> {
  return db.customers.where("code").equals(code.trim()).first();
}

/** Customers by code; `search` matches part of the code or name, any case. */
export async function listCustomers(db: LedgerDb, search?: string): Promise<Customer[]> {
  const needle = search?.trim().toLowerCase();
  const rows = await db.customers
    .filter((c) => !needle || c.code.toLowerCase().includes(needle) || c.name.toLowerCase().includes(needle))
    .toArray();
  return rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
