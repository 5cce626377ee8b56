import { DEFAULT_DB_NAME } from "../../core/store/db";

/**
 * The ledger's IndexedDB name. Office on the web gives each add-in a storage partition key where
 * the browser partitions storage; naming the database with it keeps the ledger in the add-in's own
 * partition (see "Persisting add-in state": Office.context.partitionKey). Elsewhere the key is
 * undefined or empty and the plain name is used.
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
