import { type Day, isoFromSerial } from "../dates";
import { inputError } from "../errors";
import { fromMinor, type Minor } from "../money";
import { openAfterPayment } from "../allocate";
import { schedule } from "../schedule";
import { formatMoney } from "../moneyFormat";
import { currencyCode } from "./currencyScope";
import { parseTranches } from "../terms/tranches";
import type { Milestone } from "../store/types";
import { dayOf } from "./days";
import type { InstallmentDraft } from "./drafts";
import { isoDate, positiveMinor } from "./fieldChecks";

/**
 * The plan a contract's tranche terms give ("30%@0d; 60%@90d; 10%@12m" from the sign date), as
 * editable rows. The schedule itself (shares, EDATE months, rounding that adds up to the amount)
 * is core/schedule's; this only turns its rows into plan rows.
 */
export function generatePlanPreview(terms: string, amountMinor: Minor, signDate: string): InstallmentDraft[] {
  positiveMinor(amountMinor, "amount");
  const start = dayOf(signDate);
  return schedule(amountMinor, start, parseTranches(terms, "terms")).map((row) => ({
    dueDate: isoFromSerial(row.due),
    amountMinor: row.amount,
    trigger: { kind: "date" },
  }));
}

/** When an installment triggered by a milestone falls due: the milestone's actual date (planned while not reached) plus the offset. */
export function milestoneDueDate(m: Pick<Milestone, "plannedDate" | "actualDate">, offsetDays: number): string {
  const base: Day = dayOf(m.actualDate ?? m.plannedDate);
  return isoFromSerial(base + offsetDays);
}

export interface SettledPart {
  readonly dueDate: string;
  readonly receivedMinor: Minor;
}

export interface RenegotiationOptions {
  /**
   * The contract's sign date: a restart date before it is refused (requireRestartFromSign). Left
   * out, the restart date is not checked against it.
   */
  readonly signDate?: string;
  /** The contract currency's decimals, for the numbers of a refusal's message (2 when left out). */
  readonly digits?: number;
  /** The contract's currency: a refusal's amounts are then shown as money (CNY 500,000.00). */
  readonly currency?: string;
}

/**
 * A renegotiated schedule starts on or after the contract's sign date. A restart date before it
 * would date the new rows before the contract existed, ahead of every row already settled, so the
 * receipts applied oldest first would move onto them (and a paid row would open again); nothing in
 * the ledger's rules calls for it (a restart date in the past, back to the sign date, stays
 * allowed), so it is refused with the sign date in the message.
 */
export function requireRestartFromSign(restartDate: string, signDate: string): void {
  const restart = isoDate(restartDate, "restartDate");
  const sign = isoDate(signDate, "signDate");
  if (restart < sign) inputError("beforeSignDate", { arg: "restartDate", date: sign, got: restart });
}

/**
 * A renegotiated plan that keeps what has been paid: one settled row per installment that received
 * something (its received amount), then the rest of the contract amount scheduled by the new terms
 * from `restartDate`. The whole is still the contract amount.
 *
 * A settled row keeps its old due date unless that falls after the restart date (a part paid ahead
 * of its due date, or a part of a row waiting for a milestone): then it is dated the restart date.
 * Receipts are applied in allocation order (oldest due date first, then plan sequence), so the
 * settled rows must never come after a new row: the new terms' rows are all on or after the restart
 * date and the settled rows are numbered first, so every receipt goes back to the settled rows
 * before a new row gets anything — when the version is saved and whenever the receipts are applied
 * again later (a receipt deleted, a milestone reached). A settled row dated after a new row would
 * hand its money to that row and show as open again. The old version keeps the old due dates as
 * history.
 */
export function renegotiationPreview(
  settled: readonly SettledPart[],
  contractAmountMinor: Minor,
  newTerms: string,
  restartDate: string,
  opts: RenegotiationOptions = {},
): InstallmentDraft[] {
  if (opts.signDate !== undefined) requireRestartFromSign(restartDate, opts.signDate);
  const restart = dayOf(isoDate(restartDate, "restartDate"));
  const kept: InstallmentDraft[] = settled
    .filter((s) => s.receivedMinor > 0)
    .map((s) => ({ dueDate: isoFromSerial(Math.min(dayOf(s.dueDate), restart)), amountMinor: s.receivedMinor, trigger: { kind: "date" } }));
  const paid = kept.reduce((sum, k) => sum + k.amountMinor, 0);
  const rest = contractAmountMinor - paid;
  const digits = opts.digits ?? 2;
  const shown = (m: Minor) => (opts.currency !== undefined ? formatMoney(m, currencyCode(opts.currency), digits) : fromMinor(m, digits));
  if (rest < 0) inputError("mustNotExceed", { arg: "received", limit: shown(contractAmountMinor), got: shown(paid) }, "num");
  if (rest === 0) return kept;
  return [...kept, ...generatePlanPreview(newTerms, rest, restartDate)];
}

/**
 * What each row of a renegotiated plan will have received once it is saved: everything received on
 * the contract (`receivedMinor`: the settled parts plus any on-account credit) applied oldest due
 * date first, then in row order, each row settled in full before the next — as savePlanVersion
 * applies the receipts again to rows on date triggers (all of renegotiationPreview's are). In the
 * rows' order; whatever the rows cannot take stays on account.
 */
export function receivedOnRenegotiated(rows: readonly InstallmentDraft[], receivedMinor: Minor): Minor[] {
  const order = rows.map((_, i) => i).sort((a, b) => (rows[a].dueDate < rows[b].dueDate ? -1 : rows[a].dueDate > rows[b].dueDate ? 1 : a - b));
  const open = openAfterPayment(order.map((i) => rows[i].amountMinor), Math.max(0, receivedMinor));
  const received: Minor[] = rows.map(() => 0);
  order.forEach((row, k) => (received[row] = rows[row].amountMinor - (open[k] ?? 0)));
  return received;
}
