import type { CreditInputs } from "../credit/scorecard";
import type { Day } from "../dates";
import { creditCurrencyOf, currencyCode } from "./currencyScope";
import { dayOf } from "./days";
import { indexLedger, type LedgerIndex } from "./ledgerIndex";
import { installmentState } from "./installmentState";
import type { LedgerSnapshot } from "./snapshot";

/**
 * The scorecard inputs (core/credit/scorecard) the ledger can supply for a customer, for dynamic
 * re-rating (动态信用评级); financial strength comes from the assessor. Over the customer's live
 * and closed contracts, active plans only.
 *
 * Amounts in different currencies are never added, nor used to weight one another: the three
 * money measures (avgDaysLate, overdueShare, utilisation) are taken over the customer's contracts
 * in its credit currency only — the currency its limit is in, Customer.currency or else
 * `defaultCurrency` (as creditPositions does). Contracts in other currencies are left out of them;
 * relationshipYears, which is about time, counts every contract.
 *
 * - avgDaysLate: amount-weighted days late of installments due in the last 365 days — a paid one
 *   counts from its due date to the receipt that settled it (negative when early), an open one
 *   that is overdue counts its days late so far; rows not yet due are left out (0 when none);
 * - overdueShare: overdue / outstanding as of the day (0 when nothing is outstanding);
 * - utilisation: outstanding / the customer's credit limit, 0 when nothing is outstanding. A limit
 *   of 0 that is set means "no credit": anything outstanding is over it, read as 2 (fully used twice
 *   over, the scorecard's worst band, as the Customers page's infinite utilisation and "over limit"
 *   say). No limit at all (none set yet) is unknown headroom: anything outstanding reads as fully
 *   used (1), so a first assessment cannot score the best band, nor the worst for want of a limit;
 * - relationshipYears: years (365.25 days) since the first invoice, else the first contract signed.
 *
 * A closed contract's open remainder was written off (core/ledger/contractFields receivableFigures).
 * It is no exposure any more — the customer's exposure and headroom (creditPositions) leave closed
 * contracts out — but it is the worst payment history there is, and a write-off must never make
 * the score better than the debt it replaced (the scorecard: worse inputs never give a better
 * score). So here it stays what it was, money owed and not paid, and counts as overdue (as every
 * reader of the ledger, this one takes the contract's status as it is now, whatever `asOf`):
 * - in overdueShare it is in the outstanding and all of it in the overdue, whether its rows were
 *   due yet or not (a remainder written off before it fell due is a default, not a future due);
 * - in utilisation it stays in the outstanding: credit used and never repaid;
 * - in avgDaysLate its rows count as open rows do (an overdue one by its days late so far, one not
 *   yet due left out), never as paid.
 * Against the same ledger before the write-off, overdueShare can only rise, and utilisation and
 * avgDaysLate stay as they were.
 */
/**
 * Utilisation of a zero limit with money owed: over the limit, in the scorecard's worst band
 * (above 1.2), and finite as AR.CREDITSCORE's inputs must be.
 */
export const OVER_ZERO_LIMIT = 2;

export function creditInputsFromLedger(
  s: LedgerSnapshot,
  customerId: number,
  asOf: Day,
  defaultCurrency: string,
  index: LedgerIndex = indexLedger(s),
): Omit<CreditInputs, "financialStrength" | "strengthScale"> {
  const currency = creditCurrencyOf(index.customerById.get(customerId), defaultCurrency);
  const anyCurrency = new Set<number>();
  const contractIds = new Set<number>(); // in the credit currency
  let firstDay: Day | undefined;
  for (const c of s.contracts) {
    if (c.customerId !== customerId || c.status === "draft") continue;
    anyCurrency.add(c.id!);
    if (currencyCode(c.currency) === currency) contractIds.add(c.id!);
    firstDay = Math.min(firstDay ?? Infinity, dayOf(c.signDate));
  }
  let firstInvoice: Day | undefined;
  for (const inv of s.invoices) if (anyCurrency.has(inv.contractId)) firstInvoice = Math.min(firstInvoice ?? Infinity, dayOf(inv.date));
  // The day each installment was settled: the latest receipt allocated to it.
  const receiptDay = new Map<number, Day>();
  for (const r of s.receipts) if (contractIds.has(r.contractId)) receiptDay.set(r.id!, dayOf(r.date));
  const lastPayment = new Map<number, Day>();
  for (const a of s.allocations) {
    const d = receiptDay.get(a.receiptId);
    if (d !== undefined && d > (lastPayment.get(a.installmentId) ?? -Infinity)) lastPayment.set(a.installmentId, d);
  }
  let weightedLate = 0;
  let weight = 0;
  let outstanding = 0;
  let overdue = 0;
  for (const inst of s.installments) {
    if (!contractIds.has(inst.contractId) || !index.activePlanIds.has(inst.planId)) continue;
    const st = installmentState(inst, index, asOf);
    const writtenOff = index.contractById.get(inst.contractId)?.status === "closed";
    outstanding += st.open;
    if (st.status === "overdue" || writtenOff) overdue += st.open;
    if (st.daysPastDue < 0 || st.daysPastDue >= 365 || st.status === "awaiting" || st.status === "due") continue;
    const late = st.status === "paid" ? (lastPayment.get(inst.id!) ?? st.due) - st.due : st.daysPastDue;
    weightedLate += late * inst.amountMinor;
    weight += inst.amountMinor;
  }
  const limit = index.customerById.get(customerId)?.creditLimitMinor;
  const since = firstInvoice ?? firstDay;
  return {
    avgDaysLate: weight > 0 ? weightedLate / weight : 0,
    overdueShare: outstanding > 0 ? overdue / outstanding : 0,
    utilisation: outstanding <= 0 ? 0 : limit === undefined ? 1 : limit > 0 ? outstanding / limit : OVER_ZERO_LIMIT,
    relationshipYears: since === undefined ? 0 : Math.max(0, (asOf - since) / 365.25),
  };
}
