import { inputError } from "../errors";
import { sumMinor } from "../money";
import type { ContractDraft, InstallmentDraft } from "../ledger/drafts";
import { generatePlanPreview } from "../ledger/planPreview";
import { validateContract } from "../ledger/validateRecords";
import type { LedgerDb } from "./db";
import { requireFreeCode } from "./freeCode";
import { activePlanInstallments } from "./reallocate";
import { bumped, fresh, mustExist, readForUpdate } from "./revision";
import { writePlanVersion } from "./planWrite";
import type { Contract, ContractStatus, IsoDate } from "./types";
import { contractMoney, requireAmountCoversInvoices } from "./contractMoney";
import { currencyCode } from "../ledger/currencyScope";
import { isoFromSerial, serialFromYmd } from "../dates";
import { isoDate } from "../ledger/fieldChecks";
import { withoutCloseRecord } from "../ledger/closeRecord";

/** A contract that exists and is not closed: the target of a receipt, an invoice or a reminder. */
export async function openContract(db: LedgerDb, contractId: number): Promise<Contract> {
  const c = await mustExist(db.contracts, contractId);
  if (c.status === "closed") inputError("contractClosed", { code: c.code });
  return c;
}

/**
 * Create a contract with plan version 1 and its installments, all or nothing. The plan is `plan`
 * when given (rows edited on the page), else the one the contract's tranche terms give.
 */
export async function createContract(db: LedgerDb, draft: ContractDraft, plan?: readonly InstallmentDraft[]): Promise<number> {
  const d = validateContract(draft);
  const rows = plan ?? (d.terms ? generatePlanPreview(d.terms, d.amountMinor, d.signDate) : inputError("required", { arg: "terms" }));
  return db.transaction("rw", [db.contracts, db.customers, db.plans, db.installments, db.milestones], async () => {
    await requireFreeCode(db.contracts, d.code);
    await mustExist(db.customers, d.customerId);
    const id = await db.contracts.add(fresh({ ...d, status: d.status ?? "active" }) as Contract);
    await writePlanVersion(db, { ...(d as Contract), id }, rows, 1);
    return id;
  });
}

/**
 * Edit a contract's fields. The amount can change only while it still equals the active plan's
 * total; otherwise renegotiate (savePlanVersion with a new amount). Setting status "closed" here
 * is refused while money is open (closeContract can write it off). Returns the new rev.
 */
export async function updateContract(db: LedgerDb, id: number, expectedRev: number, patch: Partial<ContractDraft>): Promise<number> {
  return db.transaction("rw", [db.contracts, db.customers, db.plans, db.installments, db.milestones, db.allocations, db.invoices], async () => {
    const stored = await readForUpdate(db.contracts, id, expectedRev);
    // A currency an older import stored as a name ("人民币") is read as its code everywhere; an
    // edit of another field (the form sends the stored text back) must not be refused for it, so
    // it is written back as that code. A name typed as a new currency is still refused.
    const currency = patch.currency === undefined || patch.currency === stored.currency ? currencyCode(stored.currency) : patch.currency;
    const d = validateContract({ ...stored, ...patch, currency });
    if (d.status === "closed" && stored.status !== "closed") {
      // Closing here must not skip closeContract's check on money still open.
      const open = await openOnContract(db, id);
      if (open > 0) inputError("contractHasOpen", { code: stored.code, open: contractMoney(d as Contract, open) });
    }
    if (d.code !== stored.code) await requireFreeCode(db.contracts, d.code, id);
    if (d.customerId !== stored.customerId) await mustExist(db.customers, d.customerId);
    if (d.amountMinor !== stored.amountMinor) {
      const total = sumMinor((await activePlanInstallments(db, id)).map((i) => i.amountMinor));
      if (total !== d.amountMinor) inputError("planTotalMismatch", { arg: "installments", total: contractMoney(d as Contract, total), amount: contractMoney(d as Contract, d.amountMinor) });
      await requireAmountCoversInvoices(db, { ...stored, ...d } as Contract, d.amountMinor);
    }
    const next = withCloseRecord(stored, bumped(stored, d as Partial<Contract>));
    await db.contracts.put(next);
    return next.rev;
  });
}

/** What is still open on a contract's active plan, in minor units. Call inside a transaction. */
export async function openOnContract(db: LedgerDb, contractId: number): Promise<number> {
  const installments = await activePlanInstallments(db, contractId);
  const ids = new Set(installments.map((i) => i.id!));
  const allocated = (await db.allocations.where("contractId").equals(contractId).toArray())
    .filter((a) => ids.has(a.installmentId))
    .reduce((s, a) => s + a.amountMinor, 0);
  return sumMinor(installments.map((i) => i.amountMinor)) - allocated;
}

/** Today as the user's calendar has it (local date), ISO: the day of a close no caller dated. */
function localIsoDay(now: Date = new Date()): IsoDate {
  return isoFromSerial(serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate()));
}

/**
 * An edited contract (updateContract) with its close record kept in step with its status: an edit
 * that closes it (allowed only with nothing open) records a close with nothing written off, today,
 * from the status it had; an edit that takes it out of "closed" reopens it, so the record goes, as
 * reopenContract does. Any other edit keeps the stored record as it is.
 */
function withCloseRecord(stored: Contract, next: Contract): Contract {
  if (next.status === "closed" && stored.status !== "closed") {
    return { ...next, writtenOffMinor: 0, closedDate: localIsoDay(), statusBeforeClose: stored.status };
  }
  if (next.status !== "closed" && stored.status === "closed") return withoutCloseRecord(next);
  return next;
}

/**
 * Close a contract. One with money still open is refused unless `writeOff` says the rest will
 * not be collected. The contract keeps a record of the close: what was open on its active plan and
 * is written off (0 when nothing was), the day (`date`, ISO; the local date today when not given)
 * and the status it had, which reopenContract restores. A contract already closed is left as it
 * is. Returns the new rev.
 */
export async function closeContract(db: LedgerDb, id: number, expectedRev: number, opts: { writeOff?: boolean; date?: IsoDate } = {}): Promise<number> {
  const day = isoDate(opts.date ?? localIsoDay(), "date");
  return db.transaction("rw", [db.contracts, db.plans, db.installments, db.milestones, db.allocations], async () => {
    const stored = await readForUpdate(db.contracts, id, expectedRev);
    if (stored.status === "closed") return stored.rev;
    const open = await openOnContract(db, id);
    if (open > 0 && !opts.writeOff) inputError("contractHasOpen", { code: stored.code, open: contractMoney(stored, open) });
    const next = bumped(stored, { status: "closed", writtenOffMinor: Math.max(0, open), closedDate: day, statusBeforeClose: stored.status });
    await db.contracts.put(next);
    return next.rev;
  });
}

/** The status a closed contract is reopened with: the one it had before it was closed, else active. */
export function reopenedStatus(c: Pick<Contract, "statusBeforeClose">): Exclude<ContractStatus, "closed"> {
  return c.statusBeforeClose ?? "active";
}

/**
 * Reopen a closed contract: it goes back to the status it had before it was closed (active when
 * the close left no record of it), and what was written off is receivable again — the close record
 * goes. A currency an older import stored as a name is written back as its code, as an edit does.
 * A contract that is not closed is left as it is. Returns the new rev.
 */
export async function reopenContract(db: LedgerDb, id: number, expectedRev: number): Promise<number> {
  return db.transaction("rw", [db.contracts], async () => {
    const stored = await readForUpdate(db.contracts, id, expectedRev);
    if (stored.status !== "closed") return stored.rev;
    const next = bumped(withoutCloseRecord(stored), { status: reopenedStatus(stored), currency: currencyCode(stored.currency) });
    await db.contracts.put(next);
    return next.rev;
  });
}

export async function getContract(db: LedgerDb, id: number): Promise<Contract | undefined> {
  return db.contracts.get(id);
}

export async function getContractByCode(db: LedgerDb, code: string): Promise<Contract | undefined> {
  return db.contracts.where("code").equals(code.trim()).first();
}

export interface ContractFilter {
  customerId?: number;
  status?: ContractStatus;
  owner?: string;
  /** Part of the code or title, any case. */
  search?: string;
}

/** Contracts matching every given filter, by code. */
export async function listContracts(db: LedgerDb, filter: ContractFilter = {}): Promise<Contract[]> {
  const base = filter.customerId !== undefined ? db.contracts.where("customerId").equals(filter.customerId) : db.contracts.toCollection();
  const needle = filter.search?.trim().toLowerCase();
  const rows = await base
    .filter((c) =>
      (filter.status === undefined || c.status === filter.status) &&
      (filter.owner === undefined || c.owner === filter.owner) &&
      (!needle || c.code.toLowerCase().includes(needle) || c.title.toLowerCase().includes(needle)),
    )
    .toArray();
  return rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
