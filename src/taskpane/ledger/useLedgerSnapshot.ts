import { useLiveQuery } from "dexie-react-hooks";
import type { LedgerSnapshot } from "../../core/ledger/snapshot";
import { loadSnapshot } from "../../core/store/loadSnapshot";
import { getLedger } from "../app/ledger";

/**
 * The whole ledger, live: re-read (in one transaction) whenever any table changes, here or in
 * another pane, so every page's figures follow a receipt or a reminder at once.
 * Undefined while the first read runs.
 */
export function useLedgerSnapshot(): LedgerSnapshot | undefined {
  const db = getLedger();
  return useLiveQuery(() => loadSnapshot(db), [db]);
}
