import { bucketIndex, bucketLabels, DEFAULT_BOUNDS } from "../aging";
import type { Day } from "../dates";
import { inputError } from "../errors";
import { DEFAULT_DIGITS, fromMinor, type Minor } from "../money";
import type { ContractStatus } from "../store/types";
import { indexLedger } from "./ledgerIndex";
import { INSTALLMENT_STATUSES, installmentState, type InstallmentState, type InstallmentStatus } from "./installmentState";
import type { LedgerSnapshot } from "./snapshot";
import { currencyDigits, type CurrencyDigitsSetting } from "../currencies";
import { currencyCode } from "./currencyScope";

/**
 * The installment table AR.LEDGER spills: a header row, then one row per installment of every
 * active plan, by contract code and then oldest due first. Amounts are in currency units, each
 * with its contract currency's digits (core/currencies); dates are serials; `bucket` is the aging band of what is open, with
 * the user's bounds (blank when paid or waiting for its milestone). `currency` (last, so columns
 * counted by position before it was added keep their place) says what the amounts are in: a SUM
 * over the amount column is meaningful only within one currency (SUMIFS on currency). Column names
 * are the same in every language so formulas that look columns up keep working.
 *
 * A row of a closed contract that was not paid in full was written off when the contract was
 * closed (ledgerRowState): its status is `writtenOff`, `open` is 0 — nothing of it is to be
 * collected any more, as an ERP shows a residual once written off — and what was written off is
 * `amount − received`; it is not aged (bucket and daysPastDue blank). So the `open` column adds up
 * to what AR.CONTRACT calls outstanding, and amount − received over a contract's writtenOff rows to
 * its `writtenOff`.
 */
export const LEDGER_COLUMNS = [
  "contract", "customer", "seq", "dueDate", "amount", "received", "open", "status", "bucket", "daysPastDue", "owner", "currency",
] as const;

/** A row's status: its installment's (installmentState), or `writtenOff` on a closed contract. */
export type LedgerRowStatus = InstallmentStatus | "writtenOff";
export const LEDGER_ROW_STATUSES: readonly LedgerRowStatus[] = [...INSTALLMENT_STATUSES, "writtenOff"];

/**
 * A status filter: one row status, or "open" for every row still to be collected (not paid and
 * not written off).
 */
export type LedgerStatusFilter = LedgerRowStatus | "open";
export const LEDGER_STATUS_FILTERS: readonly LedgerStatusFilter[] = ["open", ...LEDGER_ROW_STATUSES];

/** The ledger tables ledgerTable reads; the others can be left empty in its snapshot. */
export const LEDGER_TABLE_SOURCES: readonly (keyof LedgerSnapshot)[] = ["customers", "contracts", "milestones", "plans", "installments", "allocations"];

export interface LedgerFilter {
  /** Customer code or name, any case; blank for all. */
  readonly customer?: string;
  readonly status?: string;
}

/** The filter named (any case, surrounding spaces ignored), none when blank, or #VALUE! listing the valid ones. */
export function readStatusFilter(status: string | undefined): LedgerStatusFilter | undefined {
  const s = status?.trim().toLowerCase();
  if (!s) return undefined;
  const filter = LEDGER_STATUS_FILTERS.find((f) => f.toLowerCase() === s);
  return filter ?? inputError("unknownOption", { arg: "status", got: JSON.stringify(status), valid: LEDGER_STATUS_FILTERS.join(", ") });
}

/** Where an installment's row stands: as the installment, except that on a closed contract what was open is written off. */
export interface LedgerRowState {
  readonly status: LedgerRowStatus;
  /** What is still to be collected: 0 when paid or written off. */
  readonly open: Minor;
  /** What was written off: what was open when its contract was closed, else 0. */
  readonly writtenOff: Minor;
}

/**
 * The row state of an installment in `st` on a contract of `contractStatus`: an installment of a
 * closed contract with anything open was written off with it, whatever its due date (the whole
 * remainder is written off at closing); any other is as installmentState says.
 */
export function ledgerRowState(st: InstallmentState, contractStatus: ContractStatus): LedgerRowState {
  if (contractStatus === "closed" && st.open > 0) return { status: "writtenOff", open: 0, writtenOff: st.open };
  return { status: st.status, open: st.open, writtenOff: 0 };
}

export function ledgerTable(
  s: LedgerSnapshot,
  asOf: Day,
  filter: LedgerFilter = {},
  bounds: readonly number[] = DEFAULT_BOUNDS,
  defaultCurrency: CurrencyDigitsSetting = { code: "CNY", digits: DEFAULT_DIGITS },
): (string | number)[][] {
  const status = readStatusFilter(filter.status);
  const customer = filter.customer?.trim().toLowerCase() || undefined;
  const index = indexLedger(s);
  const labels = bucketLabels(bounds);
  const rows: { code: string; due: Day; seq: number; cells: (string | number)[] }[] = [];
  for (const inst of s.installments) {
    if (!index.activePlanIds.has(inst.planId)) continue;
    const contract = index.contractById.get(inst.contractId);
    if (!contract) continue;
    const cust = index.customerById.get(contract.customerId);
    if (customer && cust?.code.toLowerCase() !== customer && cust?.name.toLowerCase() !== customer) continue;
    const st = installmentState(inst, index, asOf);
    const row = ledgerRowState(st, contract.status);
    if (status && !(status === "open" ? row.open > 0 : row.status === status)) continue;
    const aged = row.status === "overdue" || row.status === "due";
    // A currency an older import stored as a name ("人民币", "日元") is its code, in digits and column.
    const code = currencyCode(contract.currency);
    const digits = currencyDigits(code, defaultCurrency);
    rows.push({
      code: contract.code,
      due: st.due,
      seq: inst.seq,
      cells: [
        contract.code,
        cust?.code ?? "",
        inst.seq,
        st.due,
        fromMinor(inst.amountMinor, digits),
        fromMinor(st.received, digits),
        fromMinor(row.open, digits),
        row.status,
        aged ? labels[bucketIndex(st.daysPastDue, bounds)] : "",
        aged ? st.daysPastDue : "",
        inst.owner ?? contract.owner,
        code,
      ],
    });
  }
  rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.due - b.due || a.seq - b.seq));
  return [[...LEDGER_COLUMNS], ...rows.map((r) => r.cells)];
}
