import { LedgerDb } from "../../core/store/db";
import { setLedgerDb } from "../../functions/ledgerSource";
import { ledgerDbName as partitionedLedgerName } from "../excel/partition";

/**
 * The name of the pane's IndexedDB ledger: the one place that decides it. It includes Office's
 * storage partition key where there is one (src/taskpane/excel/partition.ts), so it must be
 * asked after Office.onReady — boot.ts mounts the app only then.
 */
export function ledgerDbName(): string {
  return partitionedLedgerName();
}

let ledger: LedgerDb | undefined;

/**
 * The pane's ledger, opened on first use and shared by every page — and by the AR ledger
 * functions, which run in the same (shared) runtime and must watch the same Dexie instance.
 */
export function getLedger(): LedgerDb {
  if (!ledger) {
    ledger = new LedgerDb(ledgerDbName());
    setLedgerDb(ledger);
  }
  return ledger;
}
