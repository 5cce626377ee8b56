import { codeKey } from "../ledger/codeKey";
import { emptySnapshot, type LedgerSnapshot } from "../ledger/snapshot";
import type { LedgerDb } from "./db";
import { STAMP_KEY, tableStampKey } from "./ledgerStamp";

/** Each table's change stamp as read (undefined: never written). */
export type TableStamps = Readonly<Record<string, string | undefined>>;

/**
 * A snapshot and the ledger's change stamp (core/store/ledgerStamp). `stamp` is the ledger's
 * stamp only when the snapshot is one state of the ledger at that stamp; it is undefined when the
 * ledger was never written to, and when a partial re-read cannot vouch for the tables it kept.
 */
export interface StampedSnapshot {
  readonly snapshot: LedgerSnapshot;
  readonly stamp: string | undefined;
  /** The tables' own stamps read with it, for the next partial re-read to compare. */
  readonly tableStamps: TableStamps;
}

async function stampsIn(db: LedgerDb): Promise<{ stamp: string | undefined; tableStamps: Record<string, string | undefined> }> {
  const keys = [STAMP_KEY, ...SNAPSHOT_TABLES.map(tableStampKey)];
  const records = await db.meta.bulkGet(keys);
  const tableStamps: Record<string, string | undefined> = {};
  SNAPSHOT_TABLES.forEach((t, i) => (tableStamps[t] = records[i + 1]?.value as string | undefined));
  return { stamp: records[0]?.value as string | undefined, tableStamps };
}

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
    const contract = await contractByCode(db, code);
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
 * The contract a code typed in a cell names: the one with exactly that code, else the only one whose
 * code reads the same (codeKey: another case as Excel's own lookups ignore case, surrounding spaces,
 * full-width forms: "ht-2026-001", "ＨＴ－２０２６－００１"). Codes that differ only so (older ledgers,
 * backups: the store refuses new ones) need the exact one. Inside a transaction.
 */
async function contractByCode(db: LedgerDb, code: string) {
  const wanted = code.trim();
  const exact = await db.contracts.where("code").equals(wanted).first();
  if (exact || wanted === "") return exact;
  const key = codeKey(wanted);
  const alike = ((await db.contracts.orderBy("code").keys()) as unknown[]).filter((k): k is string => typeof k === "string" && codeKey(k) === key);
  return alike.length === 1 ? db.contracts.where("code").equals(alike[0]).first() : undefined;
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
  return readTables(db, previous, tables);
}

/**
 * reloadTables with the stamps read in the same transaction. The result carries the ledger's stamp
 * only if every table it did not re-read still has the stamp `previousStamps` gives it (read with
 * `previous`): a write to such a table that landed before this read — one the caller has not yet
 * heard of — leaves the result without a stamp, so no view is saved from a mixed snapshot.
 */
export async function reloadStampedTables(
  db: LedgerDb,
  previous: LedgerSnapshot,
  tables: readonly SnapshotTable[],
  previousStamps: TableStamps = {},
): Promise<StampedSnapshot> {
  const names = [...new Set(tables)];
  return db.transaction("r", [...names.map((n) => db.table(n)), db.meta], async () => {
    const [stamps, ...fresh] = await Promise.all([stampsIn(db), ...names.map((n) => readWhole(db, n))]);
    const next: Record<string, unknown> = { ...previous };
    names.forEach((n, i) => (next[n] = fresh[i]));
    const kept = SNAPSHOT_TABLES.filter((t) => !names.includes(t));
    const whole = kept.every((t) => stamps.tableStamps[t] === previousStamps[t]);
    return {
      snapshot: names.length === 0 ? previous : (next as unknown as LedgerSnapshot),
      stamp: whole ? stamps.stamp : undefined,
      tableStamps: stamps.tableStamps,
    };
  });
}

async function readTables(db: LedgerDb, previous: LedgerSnapshot, tables: readonly SnapshotTable[]): Promise<LedgerSnapshot> {
  const names = [...new Set(tables)];
  if (names.length === 0) return previous;
  return db.transaction("r", names.map((n) => db.table(n)), async () => {
    const fresh = await Promise.all(names.map((n) => readWhole(db, n)));
    const next: Record<string, unknown> = { ...previous };
    names.forEach((n, i) => (next[n] = fresh[i]));
    return next as unknown as LedgerSnapshot;
  });
}

/**
 * Records read per request when a whole table is read. Reading 100,000 installments with one
 * getAll turned their decoding into one task of 230–410 ms on the pane's thread (measured in
 * Chromium), during which nothing else could run; slices of this size keep each task short and
 * let input and painting in between, for about the same total time.
 */
export const READ_SLICE = 10_000;

/** Every record of a table, by primary key, in slices of READ_SLICE (inside the caller's transaction). */
async function readWhole(db: LedgerDb, name: SnapshotTable): Promise<unknown[]> {
  const table = db.table<{ id?: number }, number>(name);
  const out: unknown[] = [];
  let last: number | undefined;
  for (;;) {
    const range = last === undefined ? table.orderBy(":id") : table.where(":id").above(last);
    const slice = await range.limit(READ_SLICE).toArray();
    for (const r of slice) out.push(r);
    if (slice.length < READ_SLICE) return out;
    last = slice[slice.length - 1].id;
  }
}
