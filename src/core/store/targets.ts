import type { TargetDraft } from "../ledger/drafts";
import { validateTarget } from "../ledger/validateRecords";
import type { LedgerDb } from "./db";
import { bumped, fresh, readForUpdate, StaleEditError } from "./revision";
import { readSettings } from "./settings";
import type { CollectionTarget } from "./types";

/**
 * Set the collection target of an owner for a period (one per owner and period). Changing an
 * existing target needs the rev the page read (`expectedRev`); a new one needs none. Returns the
 * target's id and rev.
 *
 * A target records the currency it is in (upper-cased): the one given, else — for a new target —
 * the settings' default currency at the time of saving, so it keeps its meaning when the default
 * changes later. Changing a target without giving a currency keeps the stored one (a target stored
 * before targets had a currency keeps being read in the default currency, as before).
 */
export async function setTarget(db: LedgerDb, draft: TargetDraft, expectedRev?: number): Promise<{ id: number; rev: number }> {
  const d = validateTarget(draft);
  return db.transaction("rw", [db.targets, db.settings], async () => {
    const stored = await db.targets.where("[owner+period]").equals([d.owner, d.period]).first();
    if (!stored) {
      if (expectedRev !== undefined) throw new StaleEditError(`targets ${d.owner} ${d.period}`, expectedRev, 0);
      const currency = d.currency ?? (await readSettings(db)).values.defaultCurrency.code;
      const id = await db.targets.add(fresh({ ...d, currency }) as CollectionTarget);
      return { id, rev: 1 };
    }
    if (stored.rev !== expectedRev) throw new StaleEditError(`targets ${d.owner} ${d.period}`, expectedRev ?? 0, stored.rev);
    const next = bumped(stored, d.currency === undefined ? { targetMinor: d.targetMinor } : { targetMinor: d.targetMinor, currency: d.currency });
    await db.targets.put(next);
    return { id: next.id!, rev: next.rev };
  });
}

/** Targets, optionally of one period, by owner. */
export async function listTargets(db: LedgerDb, period?: string): Promise<CollectionTarget[]> {
  const rows = await db.targets.filter((t) => period === undefined || t.period === period).toArray();
  return rows.sort((a, b) => (a.owner < b.owner ? -1 : a.owner > b.owner ? 1 : a.period < b.period ? -1 : 1));
}

/** Remove a target set by mistake, from the rev the page read (a target changed elsewhere since is refused as stale). */
export async function deleteTarget(db: LedgerDb, id: number, expectedRev: number): Promise<void> {
  await db.transaction("rw", [db.targets], async () => {
    await readForUpdate(db.targets, id, expectedRev);
    await db.targets.delete(id);
  });
}
