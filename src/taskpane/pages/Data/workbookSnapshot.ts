import type { LedgerBackup } from "../../../core/backup/format";
import { parseBackup } from "../../../core/backup/validate";
import { loadSnapshotJson, type WorkbookSnapshotInfo } from "../../excel/snapshot";
import { format } from "../../i18n/language";
import { localDateTime } from "./BackupSection";
import type { DataStrings } from "./strings";

/** The ledger saved in the workbook, read and validated: what the confirmation names and the restore then writes. */
export interface WorkbookSnapshot extends WorkbookSnapshotInfo {
  readonly backup: LedgerBackup;
}

/**
 * Reads the workbook's snapshot before the analyst is asked to replace the ledger with it, so the
 * question can say from when and how big it is. Undefined when the workbook holds none; a damaged
 * one is refused here (its BackupError), before anything is asked or changed.
 */
export async function readWorkbookSnapshot(): Promise<WorkbookSnapshot | undefined> {
  const found = await loadSnapshotJson();
  if (!found) return undefined;
  const backup = parseBackup(found.json);
  return { backup, savedAt: found.savedAt, records: Object.values(backup.tables).reduce((n, t) => n + t.length, 0) };
}

/** "…a saved ledger from 2026-11-27 07:30 (18 records)": the time as the analyst's clock reads it (`timeZone`: theirs when undefined). */
export function snapshotOfferText(s: DataStrings, offer: WorkbookSnapshotInfo, timeZone?: string): string {
  return format(s.snapshotOffer, { date: localDateTime(offer.savedAt, timeZone), records: offer.records });
}

/** The "replace the ledger?" question: the current ledger is replaced by the snapshot of that (local) time and size. */
export function snapshotRestoreConfirmText(s: DataStrings, snapshot: WorkbookSnapshotInfo, timeZone?: string): string {
  return format(s.snapshotRestoreConfirm, { date: localDateTime(snapshot.savedAt, timeZone), records: snapshot.records });
}
