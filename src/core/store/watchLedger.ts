import Dexie from "dexie";
import type { LedgerSnapshot } from "../ledger/snapshot";
import type { LedgerDb } from "./db";
import { loadStampedSnapshot, reloadStampedTables, SNAPSHOT_TABLES, type SnapshotTable, type TableStamps } from "./loadSnapshot";

const WATCHED: ReadonlySet<string> = new Set<string>(SNAPSHOT_TABLES);

/**
 * Keep a snapshot of the whole ledger and hand on every new version. The ledger is read once; after
 * a write (here or in another pane: Dexie's "storagemutated" event covers both) only the tables the
 * write touched are read again, so logging a reminder re-reads the reminders, not 100,000
 * installments. Writes that land while a read runs are caught up in the next round.
 * Each snapshot comes with the ledger's change stamp when it is one state of the ledger at that
 * stamp (core/store/ledgerStamp), else undefined: a table written before a re-read but not yet
 * reported here is caught up in the next round.
 * Returns the function that stops watching.
 */
export function watchLedger(
  db: LedgerDb,
  onSnapshot: (snapshot: LedgerSnapshot, stamp: string | undefined) => void,
  onError: (e: unknown) => void = console.error,
): () => void {
  const prefix = `idb://${db.name}/`;
  const changed = new Set<SnapshotTable>();
  let current: LedgerSnapshot | undefined;
  let stamps: TableStamps = {};
  let running = false;
  let stopped = false;

  const catchUp = async () => {
    if (running) return; // the running round picks up what arrived meanwhile
    running = true;
    let tables: SnapshotTable[] = [];
    try {
      while (!stopped && (current === undefined || changed.size > 0)) {
        tables = [...changed];
        changed.clear();
        const read = current === undefined ? await loadStampedSnapshot(db) : await reloadStampedTables(db, current, tables, stamps);
        current = read.snapshot;
        stamps = read.tableStamps;
        if (!stopped) onSnapshot(current, read.stamp);
      }
    } catch (e) {
      // Those tables are still stale: the next write reads them again (a failed first read retries whole).
      for (const t of tables) changed.add(t);
      onError(e);
    } finally {
      running = false;
    }
  };

  // Keys look like "idb://<database>/<table>/<index>"; an index name may be empty or ":dels".
  const onMutated = (parts: Record<string, unknown>) => {
    for (const key of Object.keys(parts)) {
      if (!key.startsWith(prefix)) continue;
      const table = key.slice(prefix.length).split("/")[0];
      if (WATCHED.has(table)) changed.add(table as SnapshotTable);
    }
    if (changed.size > 0) void catchUp();
  };

  Dexie.on("storagemutated", onMutated);
  void catchUp();
  return () => {
    stopped = true;
    Dexie.on("storagemutated").unsubscribe(onMutated);
  };
}
