import { currencyDigits } from "../currencies";
import { codeKey } from "../ledger/codeKey";
import { withoutCloseRecord } from "../ledger/closeRecord";
import { currencyCode } from "../ledger/currencyScope";
import type { Allocation, Contract, ContractStatus, Customer, Installment, PaymentPlan, Receipt } from "../store/types";
import type { ImportRow, Refusal } from "./rows";
import { amountText, cellText, type ImportAmount, minorOfAmount } from "./values";

/** The tables an import writes. */
export const IMPORT_TABLES = ["customers", "contracts", "plans", "installments", "receipts", "allocations"] as const;
export type ImportTable = (typeof IMPORT_TABLES)[number];

/** What the ledger already holds for the contracts being imported (read in the write transaction). */
export interface ExistingLedger {
  customers: readonly Customer[];
  contracts: readonly Contract[];
  plans: readonly PaymentPlan[]; // every plan version of those contracts
  installments: readonly Installment[]; // installments of their active plans
  receipts: readonly Receipt[]; // receipts this importer created for those contracts
  allocations: readonly Allocation[]; // allocations of those receipts
  /**
   * Every allocation on those contracts, of any receipt (the Contracts page's too): what the other
   * receipts (not this importer's) already allocate to an installment, taken off a row's received
   * total (see planImport), and what is open on a contract a sheet closes are worked out from them.
   * `allocations` when not given (then no other receipts are known).
   */
  contractAllocations?: readonly Allocation[];
  nextId: Record<ImportTable, number>; // first free id of each table
}

export interface PlanOptions {
  now: string; // ISO timestamp written to updatedAt
  today: string; // ISO date: received date when a row has an amount but no date
  currency: string; // for new contracts without a currency column
  owner: string; // for new contracts without an owner column
  /** The default currency's digits in the settings: used only when `currency` is a code ISO 4217 does not list (see currencyDigits). */
  digits?: number;
}

export type RowOutcome = "create" | "update" | "unchanged";

export interface ImportPlan {
  puts: { customers: Customer[]; contracts: Contract[]; plans: PaymentPlan[]; installments: Installment[]; receipts: Receipt[]; allocations: Allocation[] };
  deletes: { receipts: number[]; allocations: number[] };
  outcomes: { row: number; outcome: RowOutcome }[];
  refusals: Refusal[];
  /** The currency of each contract the rows are about (each spelling of its code in the rows → ISO code), in which their amounts were converted. */
  currencies: Map<string, string>;
  /**
   * The installment amount (minor units) of each row whose installment keeps its stored amount
   * although the row's sheet amount stood for the whole contract (see planImport), for the preview.
   */
  keptInstallmentAmounts: Map<number, number>;
  /**
   * The contracts the sheet closes (status closed on a contract that is not), by code as stored,
   * with what is open on each once the sheet's own rows are applied (minor units): what the close
   * writes off, recorded on the contract (Contract.writtenOffMinor) as closing on the Contracts page does.
   */
  writeOffs: Map<string, number>;
}

/** A row with its amounts in minor units of its contract's currency. */
interface MinorRow extends ImportRow {
  contractAmountMinor?: number;
  installmentAmountMinor?: number;
  receivedAmountMinor?: number;
  /** The stored installment the row is, when neither its number nor its due date finds it (see planImport). */
  installmentId?: number;
}

const AMOUNT_FIELDS = [
  ["contractAmount", "contractAmountMinor"], ["installmentAmount", "installmentAmountMinor"], ["receivedAmount", "receivedAmountMinor"],
] as const;

/** The row's amounts in minor units of a currency with `digits` decimals, or the refusal of the first that cannot be. */
function toMinorRow(r: ImportRow, digits: number): MinorRow | Refusal {
  const out: MinorRow = { ...r };
  for (const [field, target] of AMOUNT_FIELDS) {
    const a: ImportAmount | undefined = r[field];
    if (a === undefined) continue;
    const m = minorOfAmount(a, digits);
    if ("problem" in m) {
      return m.problem === "tooPrecise"
        ? { row: r.row, code: "tooPrecise", field, value: amountText(a, true), multiplier: m.multiplier }
        : { row: r.row, code: m.problem, field, value: amountText(a) };
    }
    out[target] = m.minor;
  }
  return out;
}

/** Minor units as plain decimal text in currency units ("20000", "1234.5"), for messages. */
function minorText(minor: number, digits: number): string {
  const sign = minor < 0 ? "-" : "";
  const abs = String(Math.abs(minor)).padStart(digits + 1, "0");
  const text = digits === 0 ? abs : `${abs.slice(0, -digits)}.${abs.slice(-digits)}`.replace(/\.?0+$/, "");
  return sign + text;
}

/** Receipts written by the importer carry this reference, so a re-import finds and updates them. */
export function importReceiptReference(contractCode: string, seq: number): string {
  return `import:${contractCode}#${seq}`;
}

type Fresh<T> = Omit<T, "id" | "rev" | "updatedAt">;

/**
 * A sheet's text for a stored text field, or undefined (no change) when it differs from the stored
 * text only as the sheet's cells are read (cellText: folded from full-width forms, trimmed): the
 * ledger's “华东（一期）” read back from a sheet as "华东(一期)" is no edit, and is not rewritten.
 */
function typed(sheet: string | undefined, stored: string | undefined): string | undefined {
  return sheet !== undefined && stored !== undefined && sheet === cellText(stored) ? undefined : sheet;
}

/** Apply a change to a record: unchanged records are left alone, changed ones get rev + 1. */
function revise<T extends { rev: number; updatedAt: string }>(old: T, patch: Partial<T>, now: string): T | undefined {
  const changed = (Object.keys(patch) as (keyof T)[]).some((k) => patch[k] !== undefined && JSON.stringify(patch[k]) !== JSON.stringify(old[k]));
  if (!changed) return undefined;
  const next = { ...old };
  for (const k of Object.keys(patch) as (keyof T)[]) if (patch[k] !== undefined) next[k] = patch[k] as T[keyof T];
  return { ...next, rev: old.rev + 1, updatedAt: now };
}

/**
 * Decide, without touching the database, which records an import creates and which it updates.
 * Keys: a customer by its code (the customer code column, else its name) or, failing that, by name;
 * a contract by its code; both exactly as stored, else ignoring case, surrounding spaces and
 * full-width forms (codeKey: "ht-1" is "HT-1", "华东(集团)" is "华东（集团）") when that finds one
 * contract or customer — several are refused ("ambiguousCode", "ambiguousCustomer") rather than
 * guessed, except that a contract's own customer is kept. An installment of the contract's active
 * plan by its number (期次) or else its due date (see rowKey); a received amount is one receipt per
 * installment, found again by `importReceiptReference`. New records get ids from `nextId`, so the
 * whole plan is written with plain bulkPut calls in one transaction.
 *
 * A row's received amount (已回款 / Received) is the TOTAL received on its installment — what the
 * ledger's own installment export writes (core/export/ledgerReports installmentLedgerTable) and what
 * an analyst's sheet means — not the import's share of it. The imported receipt is that total less
 * what the other receipts (those recorded on the Contracts page) already allocate to the installment,
 * so the ledger's sheet imported back after a receipt was recorded on the page reads "unchanged" and
 * counts nothing twice; none is kept when they account for all of it. A total below what they
 * allocate would take back money recorded on the page: the row is refused ("receivedBelowRecorded").
 */
export function planImport(rows: readonly ImportRow[], existing: ExistingLedger, opts: PlanOptions): ImportPlan {
  const { now } = opts;
  const nextId = { ...existing.nextId };
  const take = (t: ImportTable): number => nextId[t]++;
  const plan: ImportPlan = {
    puts: { customers: [], contracts: [], plans: [], installments: [], receipts: [], allocations: [] },
    deletes: { receipts: [], allocations: [] },
    outcomes: [],
    refusals: [],
    currencies: new Map(),
    keptInstallmentAmounts: new Map(),
    writeOffs: new Map(),
  };
  const defaultSetting = { code: opts.currency, digits: opts.digits ?? 2 };
  const digitsOf = (currency: string): number => currencyDigits(currency, defaultSetting);

  const customerByCode = new Map(existing.customers.map((c) => [c.code, c]));
  const customerByName = new Map<string, Customer>();
  for (const c of existing.customers) if (!customerByName.has(c.name)) customerByName.set(c.name, c);
  // The customers by the codeKey of their code and of their name, kept up to date as the plan creates and renames.
  const customersByCodeKey = groupBy(existing.customers, (c) => codeKey(c.code));
  const customersByNameKey = groupBy(existing.customers, (c) => codeKey(c.name));
  const indexCustomer = (c: Customer, replaced?: Customer): void => {
    for (const [map, key] of [[customersByCodeKey, (x: Customer) => codeKey(x.code)], [customersByNameKey, (x: Customer) => codeKey(x.name)]] as const) {
      const before = replaced ? map.get(key(replaced)) ?? [] : [];
      const at = before.findIndex((x) => x.id === replaced!.id);
      if (at >= 0) before.splice(at, 1);
      const list = map.get(key(c));
      if (list) list.push(c);
      else map.set(key(c), [c]);
    }
  };
  const contractsByKey = groupBy(existing.contracts, (c) => codeKey(c.code));
  const plansByContract = groupBy(existing.plans, (p) => p.contractId);
  const installmentsByPlan = groupBy(existing.installments, (i) => i.planId);
  const receiptByRef = new Map(existing.receipts.map((r) => [r.reference ?? "", r]));
  const allocationsByReceipt = groupBy(existing.allocations, (a) => a.receiptId);
  const allocationsByContract = groupBy(existing.contractAllocations ?? existing.allocations, (a) => a.contractId);
  // What the receipts this importer did not write (recorded on the Contracts page) allocate to each installment.
  const importReceiptIds = new Set(existing.receipts.map((r) => r.id!));
  const otherReceived = new Map<number, number>();
  for (const a of existing.contractAllocations ?? []) {
    if (!importReceiptIds.has(a.receiptId)) otherReceived.set(a.installmentId, (otherReceived.get(a.installmentId) ?? 0) + a.amountMinor);
  }

  /** Where the plan stands, to take back what one refused row (or unit) added to it. */
  const mark = () => ({
    puts: Object.fromEntries(IMPORT_TABLES.map((t) => [t, plan.puts[t].length])) as Record<ImportTable, number>,
    receipts: plan.deletes.receipts.length, allocations: plan.deletes.allocations.length, nextId: { ...nextId },
  });
  /**
   * A contract the sheet closes gets the close record closing on the Contracts page leaves (closeContract): what
   * is open on its active plan once the sheet's own rows are applied, written off; the import's day; the status
   * it had (a new one: active, the status it would otherwise have been created with).
   */
  const recordClose = (contract: Contract, old: Contract | undefined, activePlan: PaymentPlan | undefined): void => {
    const open = activePlan === undefined ? 0
      : Math.max(0, openAfter(plan, contract.id!, activePlan.id!, installmentsByPlan.get(activePlan.id!) ?? [], allocationsByContract.get(contract.id!) ?? []));
    const statusBeforeClose = (old?.status ?? "active") as Exclude<ContractStatus, "closed">;
    const at = plan.puts.contracts.findIndex((c) => c.id === contract.id);
    plan.puts.contracts[at] = { ...contract, writtenOffMinor: open, closedDate: opts.today, statusBeforeClose };
    plan.writeOffs.set(contract.code, open);
  };
  const rollback = (m: ReturnType<typeof mark>): void => {
    for (const t of IMPORT_TABLES) plan.puts[t].length = m.puts[t];
    plan.deletes.receipts.length = m.receipts;
    plan.deletes.allocations.length = m.allocations;
    Object.assign(nextId, m.nextId);
  };

  /**
   * The stored customer a sheet's customer code (else name, `byName`) names: the one with exactly
   * that code, else exactly that name, else the one whose code (or name) has its codeKey; when
   * several have, the contract's own customer among them, else all of them (the row is refused).
   */
  const matchCustomer = (code: string, byName: boolean, ownCustomerId: number | undefined): Customer | Customer[] | undefined => {
    const exact = customerByCode.get(code) ?? (byName ? customerByName.get(code) : undefined);
    if (exact) return exact;
    const key = codeKey(code);
    const alike = [...new Map([...customersByCodeKey.get(key) ?? [], ...(byName ? customersByNameKey.get(key) ?? [] : [])].map((c) => [c.id, c])).values()];
    if (alike.length <= 1) return alike[0];
    return alike.find((c) => c.id === ownCustomerId) ?? alike;
  };

  /**
   * The customer a row names (matchCustomer), created when none matches; the customers it could be
   * when several match alike and none of them is `ownCustomerId`, the contract's own customer.
   * `currency` is the currency of the contract the row is about (the first contract of the sheet
   * to name a new customer): a customer the import creates takes it as its credit currency, so
   * its limit is read in the currency it trades in and keeps that meaning when the default
   * currency changes. A code that is not three letters (the importer writes the sheet's text
   * upper-cased) is not given to the customer, which is then read in the default currency.
   * Existing customers are never given a currency.
   */
  const resolveCustomer = (r: MinorRow, currency: string, ownCustomerId?: number): Customer | Customer[] | undefined => {
    if (r.customerCode === undefined && r.customerName === undefined) return undefined;
    const code = r.customerCode ?? r.customerName!;
    const found = matchCustomer(code, r.customerCode === undefined, ownCustomerId);
    if (Array.isArray(found)) return found;
    if (found) {
      // The sheet's text is read folded from full-width forms (cellText): a name that differs from the stored one in
      // nothing else ("（集团）" read as "(集团)") is the same name, not a rename.
      const renamed = r.customerCode !== undefined && r.customerName !== undefined && r.customerName !== cellText(found.name);
      const updated = renamed ? revise(found, { name: r.customerName }, now) : undefined;
      if (!updated) return found;
      plan.puts.customers.push(updated);
      customerByCode.set(updated.code, updated);
      indexCustomer(updated, found);
      return updated;
    }
    const created: Customer = {
      id: take("customers"), rev: 1, updatedAt: now, code, name: r.customerName ?? code,
      ...(/^[A-Z]{3}$/.test(currency) ? { currency } : {}),
    };
    plan.puts.customers.push(created);
    customerByCode.set(code, created);
    customerByName.set(created.name, created);
    indexCustomer(created);
    return created;
  };

  // The rows of one contract: codes that differ only in case are one contract, the stored one with that key. Where the
  // ledger holds several (HT-1 and ht-1, from before the store refused such twins), a row names one exactly or is refused.
  const units: { sheetGroup: ImportRow[]; old?: Contract }[] = [];
  for (const [key, sheetGroup] of groupBy(rows, (r) => codeKey(r.contractCode))) {
    const stored = contractsByKey.get(key) ?? [];
    if (stored.length <= 1) {
      units.push({ sheetGroup, old: stored[0] });
      continue;
    }
    for (const [old, exact] of groupBy(sheetGroup, (r) => stored.find((c) => c.code === r.contractCode))) {
      if (old) units.push({ sheetGroup: exact, old });
      else for (const r of exact) plan.refusals.push({ row: r.row, code: "ambiguousCode", field: "contractCode", value: r.contractCode, matches: [...stored].sort((a, b) => a.id! - b.id!).map((c) => ({ text: c.code })) });
    }
  }

  for (const { sheetGroup, old } of units) {
    const code = old?.code ?? sheetGroup[0].contractCode;
    // A contract's currency is never changed by an import: its installments, receipts and invoices
    // would be relabelled without conversion. Rows naming another currency are refused.
    let named = sheetGroup;
    if (old) {
      named = [];
      for (const r of sheetGroup) {
        if (r.currency === undefined || r.currency === currencyCode(old.currency)) named.push(r);
        else plan.refusals.push({ row: r.row, code: "currencyChange", field: "currency", value: r.currency, contractCode: code, stored: old.currency });
      }
    }
    if (named.length === 0) continue;
    // Rows of a contract agree on its currency (checkAcrossRows): the sheet's, else the ledger's, else the default.
    const currency = named.find((r) => r.currency !== undefined)?.currency ?? old?.currency ?? opts.currency;
    for (const r of sheetGroup) plan.currencies.set(r.contractCode, currency); // by each spelling of the code, as the rows have it
    const digits = digitsOf(currency);
    // The stored installments of the contract's active plan, for rows whose amount is the contract amount.
    const oldActive = old ? (plansByContract.get(old.id!) ?? []).find((p) => p.active === 1) : undefined;
    const oldPool = oldActive ? installmentsByPlan.get(oldActive.id!) ?? [] : [];
    const group: MinorRow[] = [];
    for (const r of named) {
      const m = toMinorRow(r, digits);
      if (!("code" in m) && m.installmentAmountFromContract && oldPool.length > 0) {
        // The sheet names no installment amount: the contract amount stands for it only when this is the
        // contract's one installment. One of several keeps its stored amount; a new one needs its own.
        const found = oldPool.find((i) => (m.seq !== undefined ? i.seq === m.seq : i.dueDate === m.dueDate));
        if (found === undefined && (oldPool.length > 1 || m.seq !== undefined)) {
          plan.refusals.push({ row: r.row, code: "missingAmount", field: "installmentAmount" });
          continue;
        }
        // The contract's one receivable, rescheduled (no 期次 to say otherwise): moved in place rather than
        // added beside it, which would owe the contract amount twice.
        if (found === undefined) m.installmentId = oldPool[0].id;
        else if (oldPool.length > 1) {
          m.installmentAmountMinor = found.amountMinor;
          plan.keptInstallmentAmounts.set(r.row, found.amountMinor);
        }
      }
      if ("code" in m) plan.refusals.push(m);
      else if (m.receivedAmountMinor !== undefined && m.installmentAmountMinor !== undefined && m.receivedAmountMinor > m.installmentAmountMinor) {
        // An allocation never exceeds its installment (the ledger's rule, core/ledger/receiptAllocation): more
        // received than due is an overpayment, or a contract's cumulative receipts repeated on each of its rows.
        plan.refusals.push({
          row: r.row, code: "receivedOverDue", field: "receivedAmount", value: amountText(r.receivedAmount!),
          limit: m.installmentAmountFromContract && oldPool.length > 1 ? minorText(m.installmentAmountMinor, digits) : amountText(r.installmentAmount!),
        });
      } else group.push(m);
    }
    if (group.length === 0) continue;
    const head = mergeContractFields(group);
    // A closed contract's records are final (the store refuses receipts, invoices and deletions on it: "reopen it
    // first"). Rows that would change it are refused unless the sheet reopens it (another status); rows that change
    // nothing (the ledger's own sheet imported again) read "unchanged".
    const staysClosed = old?.status === "closed" && (head.status === undefined || head.status === "closed");
    const refuseClosed = (r: MinorRow): void => {
      plan.refusals.push({ row: r.row, code: "contractClosed", field: "contractCode", value: r.contractCode, contractCode: code });
    };
    if (staysClosed && old) {
      const named = head.customerCode ?? head.customerName;
      const same = named === undefined ? old : matchCustomer(named, head.customerCode === undefined, old.customerId);
      const changes = Array.isArray(same) || same?.id !== old.customerId || revise(old, contractPatch(head, old, old.customerId), now) !== undefined;
      if (changes) {
        group.forEach(refuseClosed);
        continue;
      }
    }
    const customer = resolveCustomer(head, currency, old?.customerId);
    if (Array.isArray(customer)) {
      const field = head.customerCode !== undefined ? "customerCode" : "customer";
      const matches = [...customer].sort((a, b) => a.id! - b.id!).map((c) => ({ text: c.name, code: c.code }));
      for (const r of group) plan.refusals.push({ row: r.row, code: "ambiguousCustomer", field, value: head.customerCode ?? head.customerName, matches });
      continue;
    }
    let contract: Contract;
    let contractOutcome: RowOutcome;
    if (old) {
      const revised = revise(old, contractPatch(head, old, customer?.id), now);
      // A sheet that takes a closed contract out of "closed" reopens it: the close record goes, as reopenContract does.
      const updated = revised && old.status === "closed" && revised.status !== "closed" ? withoutCloseRecord(revised) : revised;
      contract = updated ?? old;
      contractOutcome = updated ? "update" : "unchanged";
      if (updated) plan.puts.contracts.push(updated);
    } else {
      const dues = group.map((r) => r.dueDate).filter((d): d is string => d !== undefined).sort();
      if (customer === undefined || (head.signDate === undefined && dues.length === 0)) {
        for (const r of group) plan.refusals.push({ row: r.row, code: customer === undefined ? "missingCustomer" : "missingSignDate", field: customer === undefined ? "customer" : "signDate" });
        continue;
      }
      const fresh: Fresh<Contract> = {
        code: head.contractCode, customerId: customer.id!, title: head.title ?? head.contractCode,
        amountMinor: head.contractAmountMinor ?? group.reduce((s, r) => s + (r.installmentAmountMinor ?? 0), 0),
        currency, signDate: head.signDate ?? dues[0], terms: head.terms ?? "",
        owner: head.owner ?? opts.owner, status: head.status ?? "active", penalty: { kind: "none" },
        ...(head.notes !== undefined ? { notes: head.notes } : {}),
      };
      contract = { id: take("contracts"), rev: 1, updatedAt: now, ...fresh };
      contractOutcome = "create";
      plan.puts.contracts.push(contract);
    }

    const installmentRows = group.filter((r) => r.dueDate !== undefined);
    for (const r of group) if (r.dueDate === undefined) plan.outcomes.push({ row: r.row, outcome: contractOutcome });
    const closes = contract.status === "closed" && old?.status !== "closed";
    const contractPlans = plansByContract.get(contract.id!) ?? [];
    if (installmentRows.length === 0) {
      if (closes) recordClose(contract, old, contractPlans.find((p) => p.active === 1));
      continue;
    }
    const unitMark = mark();

    let activePlan = contractPlans.find((p) => p.active === 1);
    if (!activePlan) {
      const version = contractPlans.reduce((m, p) => Math.max(m, p.version), 0) + 1;
      activePlan = { id: take("plans"), rev: 1, updatedAt: now, contractId: contract.id!, version, active: 1, createdAt: now, reason: "import" };
      plan.puts.plans.push(activePlan);
    }
    const pool = [...(installmentsByPlan.get(activePlan.id!) ?? [])];
    let maxSeq = pool.reduce((m, i) => Math.max(m, i.seq), 0);
    for (const r of installmentRows) {
      const rowMark = mark();
      const [poolBefore, maxSeqBefore] = [[...pool], maxSeq];
      const idx = r.installmentId !== undefined ? pool.findIndex((i) => i.id === r.installmentId)
        : r.seq !== undefined ? pool.findIndex((i) => i.seq === r.seq) : pool.findIndex((i) => i.dueDate === r.dueDate);
      let inst: Installment;
      let outcome: RowOutcome = contractOutcome === "update" ? "update" : contractOutcome;
      if (idx >= 0) {
        const found = pool.splice(idx, 1)[0];
        // An installment without an owner of its own is the contract's owner's: the add-in's ledger exports that owner
        // on its row, which read back is no edit (it would give every installment a copy of it, and change a closed contract).
        const owner = found.owner === undefined && typed(r.owner, contract.owner) === undefined ? undefined : typed(r.owner, found.owner);
        const updated = revise(found, { dueDate: r.dueDate, amountMinor: r.installmentAmountMinor, owner }, now);
        inst = updated ?? found;
        if (updated) {
          plan.puts.installments.push(updated);
          outcome = "update";
        }
      } else {
        const seq = r.seq ?? maxSeq + 1;
        maxSeq = Math.max(maxSeq, seq);
        inst = {
          id: take("installments"), rev: 1, updatedAt: now, planId: activePlan.id!, contractId: contract.id!, seq,
          dueDate: r.dueDate!, amountMinor: r.installmentAmountMinor ?? 0, trigger: { kind: "date" }, ...(r.owner !== undefined ? { owner: r.owner } : {}),
        };
        plan.puts.installments.push(inst);
        outcome = contractOutcome === "create" ? "create" : "update";
      }
      if (r.receivedAmountMinor !== undefined) {
        // The sheet's total received on the installment, less what the Contracts page's receipts allocate to it.
        const other = otherReceived.get(inst.id!) ?? 0;
        if (other > r.receivedAmountMinor) {
          rollback(rowMark);
          pool.splice(0, pool.length, ...poolBefore);
          maxSeq = maxSeqBefore;
          plan.refusals.push({
            row: r.row, code: "receivedBelowRecorded", field: "receivedAmount", value: amountText(r.receivedAmount!), limit: minorText(other, digits), contractCode: code,
          });
          continue;
        }
        if (planReceipt(plan, r.receivedAmountMinor - other, r, contract, inst, receiptByRef, allocationsByReceipt, take, opts) && outcome === "unchanged") outcome = "update";
      }
      if (staysClosed && outcome !== "unchanged") {
        rollback(rowMark);
        pool.splice(0, pool.length, ...poolBefore);
        maxSeq = maxSeqBefore;
        refuseClosed(r);
        continue;
      }
      plan.outcomes.push({ row: r.row, outcome });
    }
    // The rows of a closed contract that are left change nothing: take back a plan version made for them.
    if (staysClosed) rollback(unitMark);
    if (closes) recordClose(contract, old, activePlan);
  }
  plan.outcomes.sort((a, b) => a.row - b.row);
  plan.refusals.sort((a, b) => a.row - b.row);
  return plan;
}

/**
 * Create, update or remove the receipt that records the import's share (`amount`, minor units: the row's
 * total received less the other receipts' allocations to the installment) of what was received on an
 * installment; true when anything changes.
 */
function planReceipt(
  plan: ImportPlan, amount: number, r: MinorRow, contract: Contract, inst: Installment, receiptByRef: Map<string, Receipt>,
  allocationsByReceipt: Map<number, Allocation[]>, take: (t: ImportTable) => number, opts: PlanOptions,
): boolean {
  const reference = importReceiptReference(contract.code, inst.seq);
  const old = receiptByRef.get(reference);
  const allocations = old ? allocationsByReceipt.get(old.id!) ?? [] : [];
  if (amount === 0) {
    if (!old) return false;
    plan.deletes.receipts.push(old.id!);
    plan.deletes.allocations.push(...allocations.map((a) => a.id!));
    return true;
  }
  const date = r.receivedDate ?? old?.date ?? opts.today;
  let receipt: Receipt;
  let changed = false;
  if (old) {
    const updated = revise(old, { amountMinor: amount, date }, opts.now);
    receipt = updated ?? old;
    if (updated) {
      plan.puts.receipts.push(updated);
      changed = true;
    }
  } else {
    receipt = { id: take("receipts"), rev: 1, updatedAt: opts.now, contractId: contract.id!, date, amountMinor: amount, method: "transfer", reference };
    plan.puts.receipts.push(receipt);
    changed = true;
  }
  const [first, ...extra] = allocations;
  if (!first || first.amountMinor !== amount || first.installmentId !== inst.id) {
    plan.puts.allocations.push({ id: first?.id ?? take("allocations"), receiptId: receipt.id!, installmentId: inst.id!, contractId: contract.id!, amountMinor: amount });
    changed = true;
  }
  if (extra.length > 0) {
    plan.deletes.allocations.push(...extra.map((a) => a.id!));
    changed = true;
  }
  return changed;
}

/** The contract fields a group's merged row (`head`) sets on a stored contract; undefined leaves one as stored. */
function contractPatch(head: MinorRow, old: Contract, customerId: number | undefined): Partial<Contract> {
  return {
    customerId, title: typed(head.title, old.title), amountMinor: head.contractAmountMinor,
    signDate: head.signDate, owner: typed(head.owner, old.owner), terms: typed(head.terms, old.terms), status: head.status,
    notes: typed(head.notes, old.notes),
  };
}

/**
 * What is open on a contract's active plan once the plan is written (store openOnContract, worked out in memory):
 * its installments as stored or as the plan puts them, less the allocations to them, as stored or as the plan puts
 * or deletes them.
 */
function openAfter(plan: ImportPlan, contractId: number, planId: number, stored: readonly Installment[], storedAllocations: readonly Allocation[]): number {
  const installments = new Map(stored.map((i) => [i.id!, i]));
  for (const i of plan.puts.installments) if (i.planId === planId) installments.set(i.id!, i);
  const deleted = new Set(plan.deletes.allocations);
  const allocations = new Map(storedAllocations.filter((a) => !deleted.has(a.id!)).map((a) => [a.id!, a]));
  for (const a of plan.puts.allocations) if (a.contractId === contractId) allocations.set(a.id!, a);
  const due = [...installments.values()].reduce((s, i) => s + i.amountMinor, 0);
  const allocated = [...allocations.values()].filter((a) => installments.has(a.installmentId)).reduce((s, a) => s + a.amountMinor, 0);
  return due - allocated;
}

/** The contract-level fields of a group of rows: the first non-blank value of each (rows agree; see checkAcrossRows). */
function mergeContractFields(group: readonly MinorRow[]): MinorRow {
  const head: MinorRow = { ...group[0] };
  for (const r of group.slice(1)) {
    for (const k of ["customerName", "customerCode", "title", "contractAmountMinor", "currency", "signDate", "owner", "terms", "status", "notes"] as const) {
      if (head[k] === undefined && r[k] !== undefined) (head as unknown as Record<string, unknown>)[k] = r[k];
    }
  }
  return head;
}

function groupBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
