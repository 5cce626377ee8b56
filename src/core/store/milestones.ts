import { inputError } from "../errors";
import type { MilestoneDraft } from "../ledger/drafts";
import { milestoneDueDate } from "../ledger/planPreview";
import { validateMilestone } from "../ledger/validateRecords";
import { openContract } from "./contracts";
import type { LedgerDb } from "./db";
import { activePlanInstallments, reallocateActivePlan } from "./reallocate";
import { bumped, fresh, readForUpdate } from "./revision";
import type { Milestone } from "./types";

export async function addMilestone(db: LedgerDb, draft: MilestoneDraft): Promise<number> {
  const d = validateMilestone(draft);
  return db.transaction("rw", [db.contracts, db.milestones], async () => {
    await openContract(db, d.contractId);
    return db.milestones.add(fresh(d) as Milestone);
  });
}

/** The fields a progress update may change; `actualDate: null` clears a date entered by mistake. */
export interface MilestonePatch {
  name?: string;
  plannedDate?: string;
  actualDate?: string | null;
  percentComplete?: number;
}

/**
 * Record progress on a milestone, all or nothing: installments of the active plan triggered by it
 * are re-dated (actual date, else planned, plus their offset), and the receipts are re-applied if
 * that changed any due date or made the rows payable (or waiting) again. Returns the new rev.
 */
export async function updateMilestone(db: LedgerDb, id: number, expectedRev: number, patch: MilestonePatch): Promise<number> {
  const tables = [db.milestones, db.plans, db.installments, db.receipts, db.allocations];
  return db.transaction("rw", tables, async () => {
    const stored = await readForUpdate(db.milestones, id, expectedRev);
    const { actualDate, ...rest } = patch;
    const merged: MilestoneDraft = { ...stored, ...rest, actualDate: actualDate === null ? undefined : (actualDate ?? stored.actualDate) };
    const d = validateMilestone(merged);
    const next = bumped(stored, { ...d, actualDate: d.actualDate });
    if (next.actualDate === undefined) delete next.actualDate;
    await db.milestones.put(next);
    // Reaching the milestone (or taking its actual date back) makes its rows payable (or waiting)
    // again, which moves them in the order receipts are applied, as a new date does.
    let reorder = false;
    const reachedChanged = !stored.actualDate !== !next.actualDate;
    for (const inst of await activePlanInstallments(db, stored.contractId)) {
      if (inst.trigger.kind !== "milestone" || inst.trigger.milestoneId !== id) continue;
      if (reachedChanged) reorder = true;
      const dueDate = milestoneDueDate(next, inst.trigger.offsetDays);
      if (dueDate === inst.dueDate) continue;
      await db.installments.put(bumped(inst, { dueDate }));
      reorder = true;
    }
    if (reorder) await reallocateActivePlan(db, stored.contractId);
    return next.rev;
  });
}

/** Delete a milestone entered by mistake; refused while an installment of the active plan is due on it. */
export async function deleteMilestone(db: LedgerDb, id: number, expectedRev: number): Promise<void> {
  await db.transaction("rw", [db.milestones, db.plans, db.installments], async () => {
    const stored = await readForUpdate(db.milestones, id, expectedRev);
    const using = (await activePlanInstallments(db, stored.contractId)).filter((i) => i.trigger.kind === "milestone" && i.trigger.milestoneId === id);
    if (using.length > 0) inputError("milestoneInUse", { got: stored.name, count: using.length });
    await db.milestones.delete(id);
  });
}

/** A contract's milestones by planned date. */
export async function listMilestones(db: LedgerDb, contractId: number): Promise<Milestone[]> {
  const rows = await db.milestones.where("contractId").equals(contractId).toArray();
  return rows.sort((a, b) => (a.plannedDate < b.plannedDate ? -1 : a.plannedDate > b.plannedDate ? 1 : a.id! - b.id!));
}
