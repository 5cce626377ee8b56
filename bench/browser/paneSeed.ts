/**
 * The seeding page of the pane benchmark (bundled by bench/browser/paneBench.ts, served beside the
 * built pane on one origin so they share IndexedDB): the bench's 100,000-installment sheet through
 * the real importer into the database the pane opens outside Office.
 */
import { applyImport, prepareImport } from "../../src/core/import/importer";
import { DEFAULT_DB_NAME, LedgerDb } from "../../src/core/store/db";
import { ledgerSheet, SHEET_MAPPING } from "./ledgerSheet";

async function seed(installments: number): Promise<number> {
  const db = new LedgerDb(DEFAULT_DB_NAME);
  const prepared = await prepareImport(ledgerSheet(installments), SHEET_MAPPING, { firstRowNumber: 2, digits: 2 });
  await applyImport(db, prepared.rows, { today: "2026-11-27", now: "2026-11-27T09:00:00.000Z" });
  const stored = await db.installments.count();
  db.close();
  return stored;
}

(window as unknown as { __seed: typeof seed }).__seed = seed;
document.title = "ready";
