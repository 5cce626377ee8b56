import type { LedgerSnapshot } from "../ledger/snapshot";
import type { LedgerDb } from "../store/db";

/** Every business table in one read transaction, so a report never mixes two states of the ledger. */
export async function loadLedger(db: LedgerDb): Promise<LedgerSnapshot> {
  return db.transaction("r", [db.customers, db.contracts, db.milestones, db.plans, db.installments, db.invoices, db.receipts, db.allocations, db.assessments, db.reminders, db.targets], async () => ({
    customers: await db.customers.toArray(),
    contracts: await db.contracts.toArray(),
    milestones: await db.milestones.toArray(),
    plans: await db.plans.toArray(),
    installments: await db.installments.toArray(),
    invoices: await db.invoices.toArray(),
    receipts: await db.receipts.toArray(),
    allocations: await db.allocations.toArray(),
    assessments: await db.assessments.toArray(),
    reminders: await db.reminders.toArray(),
    targets: await db.targets.toArray(),
  }));
}
