import type { TargetDraft } from "../ledger/drafts";
import { validateTarget } from "../ledger/validateRecords";
import type { LedgerDb } from "./db";
import { inputError } from "../errors";
import { bumped, fresh, readForUpdate, StaleEditError } from "./revision";
import { readSettings } from "./settings";
import type { CollectionTarget } from "./types";

/**
 * Set the collection target of an owner for a period in a currency (one per owner, period and
 * currency: an owner can have a CNY and a USD target for the same month). The currency is the one
 * given (upper-cased), else the settings' default at the time of saving, so a target keeps its
 * meaning when the default changes later.
 *
 * `expected` is what the page read: for a new target nothing; to change the target stored for
 * this owner, period and currency, its rev; to change a target the page opened — possibly to
 * another owner, period or currency — its id and rev. A target changed elsewhere since is refused
 * as stale, and moving a target onto another that already exists is refused (targetExists).
 * Returns the target's id and rev.
 */
export async function setTarget(db: LedgerDb, draft: TargetDraft, expected?: number | { id: number; rev: number }): Promise<{ id: number; rev: number }> {
  const d = validateTarget(draft);
  return db.transaction("rw", [db.targets, db.settings], async () => {
    const byId = typeof expected === "object" ? await openedTarget(db, expected.id, expected.rev) : undefined;
    const currency = d.currency ?? byId?.currency ?? (await readSettings(db)).values.defaultCurrency.code;
    const label = `${d.owner} ${d.period} ${currency}`;
    const atKey = await db.targets.where("[owner+period+currency]").equals([d.owner, d.period, currency]).first();
    if (byId) {
      if (atKey && atKey.id !== byId.id) inputError("targetExists", { owner: d.owner, period: d.period, currency });
      const next = bumped(byId, { owner: d.owner, period: d.period, targetMinor: d.targetMinor, currency });
      await db.targets.put(next);
      return { id: next.id!, rev: next.rev };
    }
    const expectedRev = expected as number | undefined;
    if (!atKey) {
      if (expectedRev !== undefined) throw new StaleEditError(label, expectedRev, 0);
      const id = await db.targets.add(fresh({ ...d, currency }) as CollectionTarget);
      return { id, rev: 1 };
    }
    if (atKey.rev !== expectedRev) throw new StaleEditError(label, expectedRev ?? 0, atKey.rev);
    const next = bumped(atKey, { targetMinor: d.targetMinor });
    await db.targets.put(next);
    return { id: next.id!, rev: next.rev };
  });
}

/** The target a page opened, at the rev it read; named as a person knows it when refused as stale. */
async function openedTarget(db: LedgerDb, id: number, rev: number): Promise<CollectionTarget> {
  const stored = await db.targets.get(id);
  if (!stored) return inputError("recordNotFound", { what: "targets", got: id }, "na");
  if (stored.rev !== rev) throw new StaleEditError(`${stored.owner} ${stored.period} ${stored.currency ?? ""}`.trim(), rev, stored.rev);
  return stored;
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
