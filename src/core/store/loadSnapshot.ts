import { emptySnapshot, type LedgerSnapshot } from "../ledger/snapshot";
import type { LedgerDb } from "./db";
import { STAMP_KEY } from "./ledgerStamp";

/** A snapshot and the ledger's change stamp (core/store/ledgerStamp) read in the same transaction. */
export interface StampedSnapshot {
  readonly snapshot: LedgerSnapshot;
  /** Undefined for a ledger never written to. */
  readonly stamp: string | undefined;
}

const stampIn = async (db: LedgerDb) => (await db.meta.get(STAMP_KEY))?.value as string | undefined;

/**
 * The whole ledger in one read transaction, for the pure queries in core/ledger. It does not read
 * the change stamp: inside a liveQuery (AR functions) reading it would re-run the query on every
 * write, whatever it touched.
 */
export async function loadSnapshot(db: LedgerDb): Promise<LedgerSnapshot> {
  return reloadTables(db, emptySnapshot(), SNAPSHOT_TABLES);
}

/** loadSnapshot with the change stamp the snapshot was read at, for a pane that saves views. */
export async function loadStampedSnapshot(db: LedgerDb): Promise<StampedSnapshot> {
  return reloadStampedTables(db, emptySnapshot(), SNAPSHOT_TABLES);
}

/**
 * One contract's part of the ledger (plus its customer and the customer's assessments), read by
 * indexes only: what AR.CONTRACT's summary needs, cheap enough to re-read on every change. The
 * reminder log is not read — the summary does not use it, and AR.CONTRACT re-runs on a change to
 * any table it read. Undefined when no contract has the code.
 */
export async function loadContractSnapshot(db: LedgerDb, code: string): Promise<LedgerSnapshot | undefined> {
  const tables = [db.customers, db.contracts, db.milestones, db.plans, db.installments, db.invoices, db.receipts, db.allocations, db.assessments];
  return db.transaction("r", tables, async () => {
    const contract = await db.contracts.where("code").equals(code.trim()).first();
    if (!contract) return undefined;
    const id = contract.id!;
    const [customer, milestones, plans, installments, invoices, receipts, allocations, assessments] = await Promise.all([
      db.customers.get(contract.customerId),
      db.milestones.where("contractId").equals(id).toArray(),
      db.plans.where("contractId").equals(id).toArray(),
      db.installments.where("contractId").equals(id).toArray(),
      db.invoices.where("contractId").equals(id).toArray(),
      db.receipts.where("contractId").equals(id).toArray(),
      db.allocations.where("contractId").equals(id).toArray(),
      db.assessments.where("customerId").equals(contract.customerId).toArray(),
    ]);
    return {
      customers: customer ? [customer] : [], contracts: [contract], milestones, plans, installments, invoices, receipts,
      allocations, assessments, reminders: [], targets: [],
    };
  });
}

/**
 * What the Today queue (core/ledger/today.ts) reads, in one read transaction: the tables it uses,
 * except that receipts are read only for contracts whose reminders record a promise to pay — the
 * queue looks at receipts only to tell whether such a promise was kept (core/ledger/promises.ts).
 * Invoices and targets are left out. `todayQueue` gives the same queue from this as from the
 * whole ledger; on a mature ledger it skips most receipts, about a quarter of all records.
 */
export async function loadTodaySnapshot(db: LedgerDb): Promise<LedgerSnapshot> {
  const tables = [db.customers, db.contracts, db.milestones, db.plans, db.installments, db.receipts, db.allocations, db.assessments, db.reminders];
  return db.transaction("r", tables, async () => {
    const [customers, contracts, milestones, plans, installments, allocations, assessments, reminders] = await Promise.all([
      db.customers.toArray(), db.contracts.toArray(), db.milestones.toArray(), db.plans.toArray(), db.installments.toArray(),
      db.allocations.toArray(), db.assessments.toArray(), db.reminders.toArray(),
    ]);
    const promised = [...new Set(reminders.filter((r) => r.promiseDate).map((r) => r.contractId))];
    // One equals() per contract (each one getAll on the index) — anyOf() walks a cursor, record by
    // record, and took 20 s here for 1,250 contracts.
    const receipts = (await Promise.all(promised.map((id) => db.receipts.where("contractId").equals(id).toArray()))).flat();
    return { customers, contracts, milestones, plans, installments, invoices: [], receipts, allocations, assessments, reminders, targets: [] };
  });
}

export type SnapshotTable = keyof LedgerSnapshot;

/** Every table of a snapshot. */
export const SNAPSHOT_TABLES: readonly SnapshotTable[] = [
  "customers", "contracts", "milestones", "plans", "installments", "invoices", "receipts", "allocations", "assessments", "reminders", "targets",
];

/**
 * `previous` with the named tables read again, in one read transaction, and every other table kept
 * as it was: for a pane that holds its snapshot and knows which tables a write touched (Dexie's
 * "storagemutated" event names them), so that logging a reminder re-reads the reminders instead of
 * 100,000 installments. The result is what loadSnapshot would read only if no other table changed
 * since `previous` was read; a caller that cannot tell reads everything.
 */
export async function reloadTables(db: LedgerDb, previous: LedgerSnapshot, tables: readonly SnapshotTable[]): Promise<LedgerSnapshot> {
  return (await readTables(db, previous, tables, false)).snapshot;
}

/**
 * reloadTables with the change stamp read in the same transaction: the stamp of the whole result
 * only under reloadTables' own condition (no other table changed since `previous`).
 */
export async function reloadStampedTables(db: LedgerDb, previous: LedgerSnapshot, tables: readonly SnapshotTable[]): Promise<StampedSnapshot> {
  return readTables(db, previous, tables, true);
}

async function readTables(db: LedgerDb, previous: LedgerSnapshot, tables: readonly SnapshotTable[], withStamp: boolean): Promise<StampedSnapshot> {
  const names = [...new Set(tables)];
  if (names.length === 0 && !withStamp) return { snapshot: previous, stamp: undefined };
  const scope = [...names.map((n) => db.table(n)), ...(withStamp ? [db.meta] : [])];
  return db.transaction("r", scope, async () => {
    const [stamp, ...fresh] = await Promise.all([withStamp ? stampIn(db) : undefined, ...names.map((n) => db.table(n).toArray())]);
    const next: Record<string, unknown> = { ...previous };
    names.forEach((n, i) => (next[n] = fresh[i]));
    return { snapshot: names.length === 0 ? previous : (next as unknown as LedgerSnapshot), stamp: stamp as string | undefined };
  });
}
