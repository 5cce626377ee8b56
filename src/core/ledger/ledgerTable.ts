import { bucketIndex, bucketLabels, DEFAULT_BOUNDS } from "../aging";
import type { Day } from "../dates";
import { inputError } from "../errors";
import { DEFAULT_DIGITS, fromMinor } from "../money";
import { indexLedger } from "./ledgerIndex";
import { INSTALLMENT_STATUSES, installmentState, type InstallmentStatus } from "./installmentState";
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
 */
export const LEDGER_COLUMNS = [
  "contract", "customer", "seq", "dueDate", "amount", "received", "open", "status", "bucket", "daysPastDue", "owner", "currency",
] as const;

/** A status filter: one installment status, or "open" for every installment not paid. */
export type LedgerStatusFilter = InstallmentStatus | "open";
export const LEDGER_STATUS_FILTERS: readonly LedgerStatusFilter[] = ["open", ...INSTALLMENT_STATUSES];

/** The ledger tables ledgerTable reads; the others can be left empty in its snapshot. */
export const LEDGER_TABLE_SOURCES: readonly (keyof LedgerSnapshot)[] = ["customers", "contracts", "milestones", "plans", "installments", "allocations"];

export interface LedgerFilter {
  /** Customer code or name, any case; blank for all. */
  readonly customer?: string;
  readonly status?: string;
}

export function readStatusFilter(status: string | undefined): LedgerStatusFilter | undefined {
  const s = status?.trim().toLowerCase();
  if (!s) return undefined;
  if ((LEDGER_STATUS_FILTERS as readonly string[]).includes(s)) return s as LedgerStatusFilter;
  return inputError("unknownOption", { arg: "status", got: JSON.stringify(status), valid: LEDGER_STATUS_FILTERS.join(", ") });
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
    if (status && !(status === "open" ? st.status !== "paid" : st.status === status)) continue;
    const aged = st.status === "overdue" || st.status === "due";
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
        fromMinor(st.open, digits),
        st.status,
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
