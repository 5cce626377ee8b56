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

/** A file name such as huikuan-backup-2026-11-27.json. */
export function backupFileName(backup: LedgerBackup): string {
  return `${BACKUP_FORMAT}-${backup.exportedAt.slice(0, 10)}.json`;
}

export interface RestoreSummary {
  records: number;
  perTable: Record<LedgerTableName, number>;
}

/**
 * Replace the ledger with a backup. The backup is validated completely first (a BackupError is
 * thrown before anything is written); then one transaction clears every table and adds every
 * record, so a failure part-way rolls back and the current ledger stays as it was.
 */
export async function restoreBackup(db: LedgerDb, source: string | unknown): Promise<RestoreSummary> {
  const backup = typeof source === "string" ? parseBackup(source) : validateBackup(source);
  const perTable = {} as Record<LedgerTableName, number>;
  await db.transaction("rw", LEDGER_TABLES.map((t) => db.table(t)), async () => {
    for (const t of LEDGER_TABLES) await db.table(t).clear();
    for (const t of LEDGER_TABLES) {
      await db.table(t).bulkAdd(backup.tables[t]);
      perTable[t] = backup.tables[t].length;
    }
  });
  return { records: Object.values(perTable).reduce((a, b) => a + b, 0), perTable };
}

/** Whether the ledger holds no business records (settings alone do not count). */
export async function isLedgerEmpty(db: LedgerDb): Promise<boolean> {
  for (const t of LEDGER_TABLES) if (t !== "settings" && (await db.table(t).count()) > 0) return false;
  return true;
}
