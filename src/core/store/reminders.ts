import { inputError } from "../errors";
import type { ReminderDraft } from "../ledger/drafts";
import { validateReminder } from "../ledger/validateRecords";
import { contractMoney } from "./contractMoney";
import { openContract } from "./contracts";
import type { LedgerDb } from "./db";
import { activePlanInstallments } from "./reallocate";
import { bumped, fresh, readForUpdate } from "./revision";
import type { Contract, Reminder } from "./types";

async function checkInstallment(db: LedgerDb, d: ReminderDraft, code: string): Promise<void> {
  if (d.installmentId === undefined) return;
  const inst = await db.installments.get(d.installmentId);
  if (!inst || inst.contractId !== d.contractId) inputError("notInContract", { arg: "installment", got: d.installmentId, code });
}

/**
 * What is open on a contract: its active plan's installments less what receipts settled on them.
 * It does not depend on the day (due or not, every unpaid part is owed). Call inside a transaction
 * over plans, installments, milestones and allocations.
 */
async function openOnContract(db: LedgerDb, contractId: number): Promise<number> {
  const rows = await activePlanInstallments(db, contractId);
  const ids = new Set(rows.map((i) => i.id!));
  const settled = new Map<number, number>();
  for (const a of await db.allocations.where("contractId").equals(contractId).toArray()) {
    if (ids.has(a.installmentId)) settled.set(a.installmentId, (settled.get(a.installmentId) ?? 0) + a.amountMinor);
  }
  return rows.reduce((sum, i) => sum + Math.max(0, i.amountMinor - (settled.get(i.id!) ?? 0)), 0);
}

/**
 * A promise to pay is for at most what is open on the contract: a customer cannot promise more
 * than is owed, and a larger amount is a typing slip (12,062,026.00 for 300,000.00 open) that would
 * stand in the log and the promise checks as if real.
 */
async function checkPromise(db: LedgerDb, d: ReminderDraft, contract: Contract): Promise<void> {
  if (d.promiseAmountMinor === undefined) return;
  const open = await openOnContract(db, contract.id!);
  if (d.promiseAmountMinor > open) {
    inputError("mustNotExceed", { arg: "promiseAmount", limit: contractMoney(contract, open), got: contractMoney(contract, d.promiseAmountMinor) });
  }
}

const TABLES = (db: LedgerDb) => [db.contracts, db.plans, db.installments, db.milestones, db.allocations, db.reminders];

/** Log a contact (催款记录) about a contract or one of its installments. */
export async function logReminder(db: LedgerDb, draft: ReminderDraft): Promise<number> {
  const d = validateReminder(draft);
  return db.transaction("rw", TABLES(db), async () => {
    const contract = await openContract(db, d.contractId);
    await checkInstallment(db, d, contract.code);
    await checkPromise(db, d, contract);
    return db.reminders.add(fresh(d) as Reminder);
  });
}

/** Complete a logged contact later (outcome, promise, next action). Returns the new rev. */
export async function updateReminder(db: LedgerDb, id: number, expectedRev: number, patch: Partial<ReminderDraft>): Promise<number> {
  return db.transaction("rw", TABLES(db), async () => {
    const stored = await readForUpdate(db.reminders, id, expectedRev, reminderLabel(db));
    const d = validateReminder({ ...stored, ...patch });
    if (d.contractId !== stored.contractId || d.installmentId !== stored.installmentId) {
      const contract = await openContract(db, d.contractId);
      await checkInstallment(db, d, contract.code);
    }
    // A changed promise is checked as a new one; an unchanged one stays as it was agreed, even when
    // receipts since have brought the open amount below it.
    if (d.contractId !== stored.contractId || d.promiseAmountMinor !== stored.promiseAmountMinor) {
      const contract = await db.contracts.get(d.contractId);
      if (contract) await checkPromise(db, d, contract);
    }
    const next = bumped(stored, d);
    await db.reminders.put(next);
    return next.rev;
  });
}

/**
 * Delete a logged contact (a mistaken or duplicate entry), guarded like every edit: an entry changed
 * or deleted in another pane since it was read is refused (StaleEditError, recordNotFound). Nothing
 * else refers to a contact, so nothing else changes. A closed contract's records are final, as for
 * receipts and invoices (and no contact is logged on one): reopen it first.
 */
export async function deleteReminder(db: LedgerDb, id: number, expectedRev: number): Promise<void> {
  await db.transaction("rw", [db.contracts, db.reminders], async () => {
    const stored = await readForUpdate(db.reminders, id, expectedRev, reminderLabel(db));
    await openContract(db, stored.contractId);
    await db.reminders.delete(id);
  });
}

/** A contact is named by its contract's code and the contact's date ("HT-2026-001 2026-02-10"). */
function reminderLabel(db: LedgerDb): (r: Reminder) => Promise<string> {
  return async (r) => `${(await db.contracts.get(r.contractId))?.code ?? ""} ${r.date}`.trim();
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
