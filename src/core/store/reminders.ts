import { inputError } from "../errors";
import type { ReminderDraft } from "../ledger/drafts";
import { validateReminder } from "../ledger/validateRecords";
import { openContract } from "./contracts";
import type { LedgerDb } from "./db";
import { bumped, fresh, readForUpdate } from "./revision";
import type { Reminder } from "./types";

async function checkInstallment(db: LedgerDb, d: ReminderDraft, code: string): Promise<void> {
  if (d.installmentId === undefined) return;
  const inst = await db.installments.get(d.installmentId);
  if (!inst || inst.contractId !== d.contractId) inputError("notInContract", { arg: "installment", got: d.installmentId, code });
}

/** Log a contact (催款记录) about a contract or one of its installments. */
export async function logReminder(db: LedgerDb, draft: ReminderDraft): Promise<number> {
  const d = validateReminder(draft);
  return db.transaction("rw", [db.contracts, db.installments, db.reminders], async () => {
    const contract = await openContract(db, d.contractId);
    await checkInstallment(db, d, contract.code);
    return db.reminders.add(fresh(d) as Reminder);
  });
}

/** Complete a logged contact later (outcome, promise, next action). Returns the new rev. */
export async function updateReminder(db: LedgerDb, id: number, expectedRev: number, patch: Partial<ReminderDraft>): Promise<number> {
  return db.transaction("rw", [db.contracts, db.installments, db.reminders], async () => {
    // Named by its contract's code and the contact's date ("HT-2026-001 2026-02-10").
    const stored = await readForUpdate(db.reminders, id, expectedRev, async (r) => `${(await db.contracts.get(r.contractId))?.code ?? ""} ${r.date}`.trim());
    const d = validateReminder({ ...stored, ...patch });
    if (d.contractId !== stored.contractId || d.installmentId !== stored.installmentId) {
      const contract = await openContract(db, d.contractId);
      await checkInstallment(db, d, contract.code);
    }
    const next = bumped(stored, d);
    await db.reminders.put(next);
    return next.rev;
  });
}

export interface ReminderFilter {
  contractId?: number;
  owner?: string;
  /** Only contacts on or after this ISO date. */
  from?: string;
}

/** Logged contacts, newest first. */
export async function listReminders(db: LedgerDb, filter: ReminderFilter = {}): Promise<Reminder[]> {
  const base = filter.contractId !== undefined ? db.reminders.where("contractId").equals(filter.contractId) : db.reminders.toCollection();
  const rows = await base
    .filter((r) => (filter.owner === undefined || r.owner === filter.owner) && (filter.from === undefined || r.date >= filter.from))
    .toArray();
  return rows.sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : b.id! - a.id!));
}
