import { DEFAULT_DB_NAME } from "../core/store/db";

/**
 * The ledger's IndexedDB name. Office on the web gives each add-in a storage partition key where
 * the browser partitions storage; naming the database with it keeps the ledger in the add-in's own
 * partition (see "Persisting add-in state": Office.context.partitionKey). Elsewhere the key is
 * undefined or empty and the plain name is used. Read it only once Office is ready (officeReady):
 * the pane and the ledger functions must open the same name.
 */
export function ledgerDbName(): string {
  const office = (globalThis as { Office?: { context?: { partitionKey?: string } } }).Office;
  let key: string | undefined;
  try {
    key = office?.context?.partitionKey;
  } catch {
    key = undefined; // Office.context throws before Office.onReady in some hosts
  }
  return key ? `${DEFAULT_DB_NAME}-${key}` : DEFAULT_DB_NAME;
}

/** Resolves when Office.onReady has (or after 8 s, or at once without Office): the partition key is known then. */
export function officeReady(): Promise<void> {
  const office = (globalThis as { Office?: { onReady?: () => Promise<unknown> } }).Office;
  if (typeof office?.onReady !== "function") return Promise.resolve();
  return Promise.race([office.onReady().then(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, 8000))]);
}
