import { exportBackup, isLedgerEmpty, type RestoreProgress, type RestoreSummary, restoreBackup } from "../../core/backup/backup";
import { parseBackup } from "../../core/backup/validate";
import { assembleSnapshot, SNAPSHOT_NAMESPACE, snapshotPartsXml } from "../../core/backup/snapshotXml";
import type { LedgerDb } from "../../core/store/db";

/**
 * The ledger saved into the workbook (custom XML parts), so it travels with the file and survives
 * Office's cache clearing. Saving adds the new parts first and removes the old ones only after, so
 * a failed save leaves the previous snapshot intact.
 */
export interface WorkbookSnapshotInfo {
  savedAt: string;
  records: number;
}

function newId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Store `json` (a backup) in the workbook, replacing any earlier snapshot. */
export async function saveSnapshotJson(json: string, savedAt: string, partChars?: number): Promise<number> {
  const parts = snapshotPartsXml(json, newId(), savedAt, partChars);
  return Excel.run(async (context) => {
    const old = context.workbook.customXmlParts.getByNamespace(SNAPSHOT_NAMESPACE);
    old.load("items/id");
    await context.sync();
    const previous = [...old.items];
    for (const xml of parts) context.workbook.customXmlParts.add(xml);
    await context.sync();
    for (const p of previous) p.delete();
    await context.sync();
    return parts.length;
  });
}

/** The newest complete snapshot's JSON, or undefined when the workbook holds none. */
export async function loadSnapshotJson(): Promise<{ json: string; savedAt: string } | undefined> {
  return Excel.run(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(SNAPSHOT_NAMESPACE);
    parts.load("items/id");
    await context.sync();
    const xmls = parts.items.map((p) => p.getXml());
    await context.sync();
    const found = assembleSnapshot(xmls.map((x) => x.value));
    return found && { json: found.json, savedAt: found.savedAt };
  });
}

/** Save the whole ledger into the workbook. */
export async function saveLedgerToWorkbook(db: LedgerDb, now: Date = new Date()): Promise<WorkbookSnapshotInfo> {
  const backup = await exportBackup(db, now);
  await saveSnapshotJson(JSON.stringify(backup), backup.exportedAt);
  return { savedAt: backup.exportedAt, records: Object.values(backup.tables).reduce((s, t) => s + t.length, 0) };
}

/**
 * What the pane offers at start: when the ledger is empty (e.g. the browser cache was cleared) and
 * the workbook holds a valid snapshot, its date and size; otherwise undefined.
 */
export async function snapshotToOffer(db: LedgerDb): Promise<WorkbookSnapshotInfo | undefined> {
  if (!(await isLedgerEmpty(db))) return undefined;
  const found = await loadSnapshotJson();
  if (!found) return undefined;
  try {
    const backup = parseBackup(found.json);
    return { savedAt: found.savedAt, records: Object.values(backup.tables).reduce((s, t) => s + t.length, 0) };
  } catch {
    return undefined; // a damaged snapshot is not offered; restoring it explicitly reports why
  }
}

/** Replace the ledger with the workbook's snapshot (validated first; nothing changes on failure). */
export async function restoreLedgerFromWorkbook(db: LedgerDb, onProgress?: (p: RestoreProgress) => void): Promise<RestoreSummary | undefined> {
  const found = await loadSnapshotJson();
  return found && restoreBackup(db, found.json, onProgress);
}

/**
 * Accept snapshotToOffer's offer: restore only while the ledger is still empty. The offer can sit on
 * screen while the analyst starts entering data; accepting it then must not replace that work.
 * Undefined when nothing was restored.
 */
export async function acceptSnapshotOffer(db: LedgerDb): Promise<RestoreSummary | undefined> {
  if (!(await isLedgerEmpty(db))) return undefined;
  return restoreLedgerFromWorkbook(db);
}
