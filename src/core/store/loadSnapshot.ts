import type { LedgerSnapshot } from "../ledger/snapshot";
import type { LedgerDb } from "./db";

/**
 * The whole ledger in one read transaction, for the pure queries in core/ledger. A pane loads it
 * inside `useLiveQuery(() => loadSnapshot(db))`, so it reloads on every change, consistently.
 */
export async function loadSnapshot(db: LedgerDb): Promise<LedgerSnapshot> {
  const tables = [db.customers, db.contracts, db.milestones, db.plans, db.installments, db.invoices, db.receipts, db.allocations, db.assessments, db.reminders, db.targets];
  return db.transaction("r", tables, async () => {
    const [customers, contracts, milestones, plans, installments, invoices, receipts, allocations, assessments, reminders, targets] = await Promise.all([
      db.customers.toArray(), db.contracts.toArray(), db.milestones.toArray(), db.plans.toArray(), db.installments.toArray(),
      db.invoices.toArray(), db.receipts.toArray(), db.allocations.toArray(), db.assessments.toArray(), db.reminders.toArray(),
      db.targets.toArray(),
    ]);
    return { customers, contracts, milestones, plans, installments, invoices, receipts, allocations, assessments, reminders, targets };
  });
}

/**
 * One contract's part of the ledger (plus its customer and the customer's assessments), read by
 * indexes only: what AR.CONTRACT needs, cheap enough to re-read on every change. Undefined when no
 * contract has the code.
 */
export async function loadContractSnapshot(db: LedgerDb, code: string): Promise<LedgerSnapshot | undefined> {
  const tables = [db.customers, db.contracts, db.milestones, db.plans, db.installments, db.invoices, db.receipts, db.allocations, db.assessments, db.reminders];
  return db.transaction("r", tables, async () => {
    const contract = await db.contracts.where("code").equals(code.trim()).first();
    if (!contract) return undefined;
    const id = contract.id!;
    const [customer, milestones, plans, installments, invoices, receipts, allocations, assessments, reminders] = await Promise.all([
      db.customers.get(contract.customerId),
      db.milestones.where("contractId").equals(id).toArray(),
      db.plans.where("contractId").equals(id).toArray(),
      db.installments.where("contractId").equals(id).toArray(),
      db.invoices.where("contractId").equals(id).toArray(),
      db.receipts.where("contractId").equals(id).toArray(),
      db.allocations.where("contractId").equals(id).toArray(),
      db.assessments.where("customerId").equals(contract.customerId).toArray(),
      db.reminders.where("contractId").equals(id).toArray(),
    ]);
    return {
      customers: customer ? [customer] : [], contracts: [contract], milestones, plans, installments, invoices, receipts,
      allocations, assessments, reminders, targets: [],
    };
  });
}
