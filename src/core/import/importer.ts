import type { Table } from "dexie";
import { codeKey } from "../ledger/codeKey";
import type { LedgerDb } from "../store/db";
import type { ColumnMapping } from "./fields";
import { type ExistingLedger, type ImportPlan, type ImportTable, IMPORT_TABLES, planImport, type PlanOptions, type RowOutcome } from "./plan";
import { checkAcrossRows, type ImportRow, isEmptyForImport, isRefusal, isTotalRow, type Refusal, readImportRow } from "./rows";

/**
 * The importer in two phases, because one IndexedDB transaction cannot stay open across waits on
 * anything but its own requests (a setTimeout would let it auto-commit):
 * 1. prepareImport reads and validates the rows in chunks, yielding to the event loop between
 *    chunks so the pane repaints its progress bar;
 * 2. applyImport opens ONE read-write transaction, reads what exists for those contracts, plans
 *    creates and updates (pure, in memory) and writes with bulkPut in chunks. Between chunks it only
 *    awaits IndexedDB requests, which keeps the transaction alive; a failure rolls back everything.
 */

export interface ImportProgress {
  phase: "validate" | "write";
  done: number;
  total: number;
}

export type ProgressListener = (p: ImportProgress) => void;

export interface PrepareOptions {
  firstRowNumber: number; // sheet row number of rows[0], for messages
  /** The default currency ("CNY" when not given): new contracts without a currency cell are in it. */
  currency?: string;
  /**
   * The default currency's digits in the settings, used only for a code ISO 4217 does not list
   * (see currencyDigits). Amounts are never converted with these digits: each one is converted with
   * the digits of its own contract's currency, in planImport.
   */
  digits?: number;
  chunkSize?: number;
  onProgress?: ProgressListener;
  breathe?: () => Promise<void>; // how to yield between chunks; a macrotask by default
}

export interface PreparedImport {
  rows: ImportRow[];
  refusals: Refusal[];
  /** Sheet rows skipped as totals or subtotals (合计, 小计, Total): not data, neither imported nor refused. */
  totalRows: number[];
}

const DEFAULT_CURRENCY = "CNY";

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Phase 1: validate every data row (header excluded) through the mapping, in chunks. */
export async function prepareImport(data: readonly (readonly unknown[])[], mapping: ColumnMapping, opts: PrepareOptions): Promise<PreparedImport> {
  const chunk = opts.chunkSize ?? 5000;
  const breathe = opts.breathe ?? nextTask;
  const rows: ImportRow[] = [];
  const refusals: Refusal[] = [];
  const totalRows: number[] = [];
  const defaultCurrency = { code: opts.currency ?? DEFAULT_CURRENCY, digits: opts.digits ?? 2 };
  for (let start = 0; start < data.length; start += chunk) {
    const end = Math.min(data.length, start + chunk);
    for (let i = start; i < end; i++) {
      const cells = data[i];
      if (isEmptyForImport(cells, mapping)) continue; // an empty line, or nothing in the columns imported
      if (isTotalRow(cells, mapping)) {
        totalRows.push(opts.firstRowNumber + i);
        continue;
      }
      const r = readImportRow(cells, mapping, opts.firstRowNumber + i, { defaultCurrency });
      if (isRefusal(r)) refusals.push(r);
      else rows.push(r);
    }
    opts.onProgress?.({ phase: "validate", done: end, total: data.length });
    if (end < data.length) await breathe();
  }
  const checked = checkAcrossRows(rows);
  return { rows: checked.rows, refusals: [...refusals, ...checked.refusals].sort((a, b) => a.row - b.row), totalRows };
}

export interface ApplyOptions extends Partial<PlanOptions> {
  chunkSize?: number;
  onProgress?: ProgressListener;
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  outcomes: { row: number; outcome: RowOutcome }[];
  /**
   * Rows refused because of what the ledger holds: a new contract without a customer, a row
   * naming another currency than its contract's, an amount too precise for its contract's currency.
   */
  refusals: Refusal[];
  /** The currency of each contract of the rows, by contract code as the rows spell it ("ht-1" for a stored "HT-1"): the one its amounts are in. */
  currencies: Map<string, string>;
  /** Rows whose installment keeps its stored amount (minor units): the sheet gave the contract amount only. */
  keptInstallmentAmounts: Map<number, number>;
  /** The contracts the sheet closes, by stored code, with what the close writes off (minor units of the contract's currency). */
  writeOffs: Map<string, number>;
}


function planOptions(opts: ApplyOptions): PlanOptions {
  const now = opts.now ?? new Date().toISOString();
  return {
    now, today: opts.today ?? now.slice(0, 10), currency: opts.currency ?? DEFAULT_CURRENCY, owner: opts.owner ?? "",
    ...(opts.digits !== undefined ? { digits: opts.digits } : {}),
  };
}

function tableOf(db: LedgerDb, t: ImportTable): Table<{ id?: number }, number> {
  return db.table(t);
}

/**
 * The records whose `index` holds one of `values`, in the order Dexie's anyOf() gives them (by
 * value, then by id), read with one equals() per value — a getAll on the index, all issued at
 * once. anyOf() walks a cursor record by record: the preview of a re-import of 3,000 stored
 * contracts took 95 s that way on fake-indexeddb, 6 s this way (test/core/import/reimportSpeed;
 * see also loadTodaySnapshot).
 */
async function anyOf<T, V extends string | number>(table: Table<T, number>, index: string, values: readonly V[]): Promise<T[]> {
  const sorted = [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return (await Promise.all(sorted.map((v) => table.where(index).equals(v).toArray()))).flat();
}

/**
 * The values of an index that match `wanted` by codeKey: the stored spellings of the codes (or
 * names) the rows typed, "HT-1" for a row's "ht-1". Reads the index's keys only.
 */
async function storedSpellings(table: Table<unknown, number>, index: string, wanted: ReadonlySet<string>): Promise<string[]> {
  const keys = (await table.orderBy(index).keys()) as unknown[];
  return [...new Set(keys.filter((k): k is string => typeof k === "string" && wanted.has(codeKey(k))))];
}

/**
 * What the ledger holds for the rows' contracts and customers; run inside a transaction. A code or
 * name is looked up ignoring case, surrounding spaces and full-width forms (codeKey); planImport
 * prefers the exact one and refuses to guess between several.
 */
async function readExisting(db: LedgerDb, rows: readonly ImportRow[]): Promise<ExistingLedger> {
  const codeKeys = new Set(rows.map((r) => codeKey(r.contractCode)));
  const customerKeys = new Set(rows.flatMap((r) => [r.customerCode, r.customerName]).filter((k): k is string => k !== undefined).map(codeKey));
  const contracts = await anyOf(db.contracts, "code", await storedSpellings(db.contracts, "code", codeKeys));
  const byCode = await anyOf(db.customers, "code", await storedSpellings(db.customers, "code", customerKeys));
  const byName = await anyOf(db.customers, "name", await storedSpellings(db.customers, "name", customerKeys));
  const customers = [...new Map([...byCode, ...byName].map((c) => [c.id, c])).values()];
  const contractIds = contracts.map((c) => c.id!);
  const plans = await anyOf(db.plans, "contractId", contractIds);
  const activePlanIds = plans.filter((p) => p.active === 1).map((p) => p.id!);
  const installments = await anyOf(db.installments, "planId", activePlanIds);
  const receipts = (await anyOf(db.receipts, "contractId", contractIds)).filter((r) => r.reference?.startsWith("import:"));
  const allocations = await anyOf(db.allocations, "receiptId", receipts.map((r) => r.id!));
  // Every allocation (the Contracts page's receipts' too) on the rows' contracts, read per contract: a sheet's
  // received amount is the total received on its installment, so the imported receipt is that total less what the
  // other receipts allocate to it; and what is open on a contract a row closes is what the close writes off.
  const contractAllocations = await anyOf(db.allocations, "contractId", contractIds);
  const nextId = {} as Record<ImportTable, number>;
  for (const t of IMPORT_TABLES) {
    const last = await tableOf(db, t).orderBy(":id").lastKey();
    nextId[t] = typeof last === "number" ? last + 1 : 1;
  }
  return { customers, contracts, plans, installments, receipts, allocations, contractAllocations, nextId };
}

function summarise(plan: ImportPlan): ImportResult {
  const count = (o: RowOutcome): number => plan.outcomes.filter((x) => x.outcome === o).length;
  return {
    created: count("create"), updated: count("update"), unchanged: count("unchanged"), outcomes: plan.outcomes, refusals: plan.refusals, currencies: plan.currencies,
    keptInstallmentAmounts: plan.keptInstallmentAmounts, writeOffs: plan.writeOffs,
  };
}

/** What applyImport would do, read-only: the preview's create / update counts. */
export async function previewImport(db: LedgerDb, rows: readonly ImportRow[], opts: ApplyOptions = {}): Promise<ImportResult> {
  return db.transaction("r", IMPORT_TABLES.map((t) => db.table(t)), async () => summarise(planImport(rows, await readExisting(db, rows), planOptions(opts))));
}

/** Phase 2: write the prepared rows in one transaction; all or nothing. */
export async function applyImport(db: LedgerDb, rows: readonly ImportRow[], opts: ApplyOptions = {}): Promise<ImportResult> {
  const chunk = opts.chunkSize ?? 5000;
  return db.transaction("rw", IMPORT_TABLES.map((t) => db.table(t)), async () => {
    const plan = planImport(rows, await readExisting(db, rows), planOptions(opts));
    const total = IMPORT_TABLES.reduce((s, t) => s + plan.puts[t].length, 0) + plan.deletes.receipts.length + plan.deletes.allocations.length;
    let done = 0;
    opts.onProgress?.({ phase: "write", done, total });
    await tableOf(db, "allocations").bulkDelete(plan.deletes.allocations);
    await tableOf(db, "receipts").bulkDelete(plan.deletes.receipts);
    done += plan.deletes.receipts.length + plan.deletes.allocations.length;
    for (const t of IMPORT_TABLES) {
      const records = plan.puts[t] as { id?: number }[];
      for (let start = 0; start < records.length; start += chunk) {
        const slice = records.slice(start, start + chunk);
        await tableOf(db, t).bulkPut(slice);
        done += slice.length;
        opts.onProgress?.({ phase: "write", done, total });
      }
    }
    return summarise(plan);
  });
}

/** Validate then write: the whole flow for callers that do not show a preview. */
export async function importGrid(
  db: LedgerDb, data: readonly (readonly unknown[])[], mapping: ColumnMapping, opts: PrepareOptions & ApplyOptions,
): Promise<ImportResult & { prepared: PreparedImport }> {
  const prepared = await prepareImport(data, mapping, opts);
  const result = await applyImport(db, prepared.rows, opts);
  return { ...result, refusals: [...prepared.refusals, ...result.refusals].sort((a, b) => a.row - b.row), prepared };
}
