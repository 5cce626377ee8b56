import type { LedgerDb } from "../../core/store/db";
import { getLedgerDb } from "../../functions/ledgerSource";

/**
 * The pane's ledger: the same Dexie instance the AR ledger functions watch in the shared runtime
 * (src/functions/ledgerSource.ts decides its name). boot.ts mounts the app after Office.onReady, so
 * the partition key is known when the first page asks for it.
 */
export function getLedger(): LedgerDb {
  return getLedgerDb();
}
