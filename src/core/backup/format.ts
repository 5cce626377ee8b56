import type { LedgerTableName } from "../store/db";

/**
 * The backup file: the whole ledger as one JSON file. `schemaVersion` is the Dexie schema
 * version of the ledger that wrote it; a file from a newer version is refused rather than half-read.
 */
export const BACKUP_FORMAT = "huikuan-backup";

/**
 * Keep in step with the highest `version(n)` in store/db.ts (a test holds them together). Version 2
 * changed no ledger record (it added the derived meta table, never backed up). Version 3 gives every
 * collection target a currency: a file from an older version has its targets without one given the
 * file's own default currency on restore (validate.ts), as the database upgrade does.
 */
export const BACKUP_SCHEMA_VERSION = 3;

export interface LedgerBackup {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  exportedAt: string; // ISO timestamp
  tables: Record<LedgerTableName, Record<string, unknown>[]>;
}

/** Why a backup was refused: a code and its parameters, rendered by backupErrorMessage. */
export type BackupErrorCode =
  | "notJson" | "notAnObject" | "foreignFormat" | "badSchemaVersion" | "newerSchema" | "badExportedAt"
  | "missingTable" | "unknownTable" | "notAList" | "badRecord" | "duplicateKey" | "danglingReference";

export class BackupError extends Error {
  readonly code: BackupErrorCode;
  readonly params: Readonly<Record<string, string | number>>;

  constructor(code: BackupErrorCode, params: Record<string, string | number> = {}) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = "BackupError";
    this.code = code;
    this.params = params;
  }
}

export function isBackupError(e: unknown): e is BackupError {
  return e instanceof BackupError;
}
