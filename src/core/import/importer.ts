import type { Table } from "dexie";
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
  /** The currency of each contract of the rows, by contract code: the one its amounts are in. */
  currencies: Map<string, string>;
  /** Rows whose installment keeps its stored amount (minor units): the sheet gave the contract amount only. */
  keptInstallmentAmounts: Map<number, number>;
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

/** What the ledger holds for the rows' contracts and customers; run inside a transaction. */
async function readExisting(db: LedgerDb, rows: readonly ImportRow[]): Promise<ExistingLedger> {
  const codes = [...new Set(rows.map((r) => r.contractCode))];
  const customerKeys = [...new Set(rows.flatMap((r) => [r.customerCode, r.customerName]).filter((k): k is string => k !== undefined))];
  const contracts = await db.contracts.where("code").anyOf(codes).toArray();
  const byCode = await db.customers.where("code").anyOf(customerKeys).toArray();
  const byName = await db.customers.where("name").anyOf(customerKeys).toArray();
  const customers = [...new Map([...byCode, ...byName].map((c) => [c.id, c])).values()];
  const contractIds = contracts.map((c) => c.id!);
  const plans = await db.plans.where("contractId").anyOf(contractIds).toArray();
  const activePlanIds = plans.filter((p) => p.active === 1).map((p) => p.id!);
  const installments = await db.installments.where("planId").anyOf(activePlanIds).toArray();
  const receipts = (await db.receipts.where("contractId").anyOf(contractIds).toArray()).filter((r) => r.reference?.startsWith("import:"));
  const allocations = await db.allocations.where("receiptId").anyOf(receipts.map((r) => r.id!)).toArray();
  const nextId = {} as Record<ImportTable, number>;
  for (const t of IMPORT_TABLES) {
    const last = await tableOf(db, t).orderBy(":id").lastKey();
    nextId[t] = typeof last === "number" ? last + 1 : 1;
  }
  return { customers, contracts, plans, installments, receipts, allocations, nextId };
}

function summarise(plan: ImportPlan): ImportResult {
  const count = (o: RowOutcome): number => plan.outcomes.filter((x) => x.outcome === o).length;
  return {
    created: count("create"), updated: count("update"), unchanged: count("unchanged"), outcomes: plan.outcomes, refusals: plan.refusals, currencies: plan.currencies,
    keptInstallmentAmounts: plan.keptInstallmentAmounts,
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
