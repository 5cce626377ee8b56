import { LEDGER_TABLES, type LedgerDb, type LedgerTableName } from "../store/db";
import { BACKUP_FORMAT, type LedgerBackup } from "./format";
import { parseBackup, validateBackup } from "./validate";

/** The whole ledger, read in one transaction so the tables are consistent with each other. */
export async function exportBackup(db: LedgerDb, now: Date = new Date()): Promise<LedgerBackup> {
  return db.transaction("r", LEDGER_TABLES.map((t) => db.table(t)), async () => {
    const tables = {} as Record<LedgerTableName, Record<string, unknown>[]>;
    for (const t of LEDGER_TABLES) tables[t] = await db.table(t).toArray();
    return { format: BACKUP_FORMAT, schemaVersion: db.verno, exportedAt: now.toISOString(), tables };
  });
}

export function backupToJson(backup: LedgerBackup): string {
  return JSON.stringify(backup);
}

/**
 * A file name such as huikuan-backup-2026-11-27.json. `day` (YYYY-MM-DD) is the day on the user's
 * clock, which the pane knows and core does not; without it, the UTC day of the export.
 */
export function backupFileName(backup: LedgerBackup, day: string = backup.exportedAt.slice(0, 10)): string {
  return `${BACKUP_FORMAT}-${day}.json`;
}

export interface RestoreSummary {
  records: number;
  perTable: Record<LedgerTableName, number>;
}

/** How far a restore has got: records written of all the backup holds. */
export interface RestoreProgress {
  done: number;
  total: number;
}

/** Records written per step of a restore; between steps the pane repaints its progress bar. */
export const RESTORE_CHUNK = 5000;

/**
 * Replace the ledger with a backup. The backup is validated completely first (a BackupError is
 * thrown before anything is written); then one transaction clears every table and adds every
 * record, so a failure part-way rolls back and the current ledger stays as it was. A large backup
 * takes seconds (IndexedDB writes tens of microseconds a record), so the records go in chunks and
 * `onProgress` hears after each.
 */
export async function restoreBackup(db: LedgerDb, source: string | unknown, onProgress?: (p: RestoreProgress) => void): Promise<RestoreSummary> {
  const backup = typeof source === "string" ? parseBackup(source) : validateBackup(source);
  const perTable = {} as Record<LedgerTableName, number>;
  const total = LEDGER_TABLES.reduce((n, t) => n + backup.tables[t].length, 0);
  let done = 0;
  onProgress?.({ done, total });
  await db.transaction("rw", LEDGER_TABLES.map((t) => db.table(t)), async () => {
    for (const t of LEDGER_TABLES) await db.table(t).clear();
    for (const t of LEDGER_TABLES) {
      const rows = backup.tables[t];
      for (let start = 0; start < rows.length; start += RESTORE_CHUNK) {
        const chunk = rows.slice(start, start + RESTORE_CHUNK);
        await db.table(t).bulkAdd(chunk);
        done += chunk.length;
        onProgress?.({ done, total });
      }
      perTable[t] = rows.length;
    }
  });
  return { records: total, perTable };
}

/** Whether the ledger holds no business records (settings alone do not count). */
export async function isLedgerEmpty(db: LedgerDb): Promise<boolean> {
  for (const t of LEDGER_TABLES) if (t !== "settings" && (await db.table(t).count()) > 0) return false;
  return true;
}
