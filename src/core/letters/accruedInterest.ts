import type { Day } from "../dates";
import { lateInterest } from "../lateInterest";
import { dayOf } from "../ledger/days";
import { DEFAULT_DIGITS, type Minor } from "../money";
import { penalty } from "../penalty";
import type { Allocation, PenaltyClause, Receipt } from "../store/types";

/**
 * Interest or penalty accrued on an open amount up to `asOf`, under the contract's penalty clause:
 * simple late interest (AR.LATEINTEREST's rule, grace as a threshold) or a daily penalty with an
 * optional cap (AR.PENALTY's rule). Nothing accrues before the due date.
 */
export function accruedInterest(open: Minor, due: Day, asOf: Day, clause: PenaltyClause, digits = DEFAULT_DIGITS): Minor {
  if (open <= 0 || asOf <= due) return 0;
  switch (clause.kind) {
    case "none":
      return 0;
    case "interest":
      return lateInterest(open, due, asOf, clause.annualRate, clause.yearDays, clause.graceDays, digits);
    case "daily":
      return penalty(open, asOf - due, clause.dailyRate, clause.capShare, digits);
  }
}

/** A part of an installment received: its amount and the day its receipt is dated. */
export interface ReceivedPart {
  readonly amountMinor: Minor;
  readonly day: Day;
}

/** What the penalty clause has accrued on one installment up to a day, and on what. */
export interface InstallmentAccrual {
  /** Everything accrued: on the open rest plus on the parts received late. */
  readonly totalMinor: Minor;
  /** On what is still open, from the due date to the as-of day. */
  readonly onOpenMinor: Minor;
  /** On the parts received after the due date, each from the due date to the day it was received. */
  readonly onReceivedLateMinor: Minor;
  /** The principal received after the due date. */
  readonly receivedLateMinor: Minor;
}

/**
 * What the contract's penalty clause has accrued on one installment up to `asOf` — the one figure
 * the reminder letter claims and the contract page shows. Interest runs on each part of the
 * installment until it is paid: on each part received late from the due date to the day it was
 * received, on the open rest from the due date to `asOf`. Each amount is taken as AR.LATEINTEREST /
 * AR.PENALTY would take it (accruedInterest): grace is a threshold per amount (a part received
 * within it runs up nothing), a daily penalty's cap is a share of that amount, and each amount is
 * rounded to the minor unit before they are added. A part whose receipt is dated after `asOf` was
 * still open on `asOf`: it runs up to `asOf` only.
 */
export function installmentAccrual(
  due: Day,
  open: Minor,
  received: readonly ReceivedPart[],
  asOf: Day,
  clause: PenaltyClause,
  digits = DEFAULT_DIGITS,
): InstallmentAccrual {
  const onOpenMinor = accruedInterest(open, due, asOf, clause, digits);
  let onReceivedLateMinor = 0;
  let receivedLateMinor = 0;
  for (const part of received) {
    if (part.amountMinor <= 0 || part.day <= due) continue;
    receivedLateMinor += part.amountMinor;
    onReceivedLateMinor += accruedInterest(part.amountMinor, due, Math.min(part.day, asOf), clause, digits);
  }
  return { totalMinor: onOpenMinor + onReceivedLateMinor, onOpenMinor, onReceivedLateMinor, receivedLateMinor };
}

/**
 * One contract's received parts per installment id, each with the day its receipt is dated: the
 * input installmentAccrual takes. Allocations of receipts that are not the contract's are left out.
 */
export function receivedPartsByInstallment(
  receipts: readonly Receipt[],
  allocations: readonly Allocation[],
  contractId: number,
): Map<number, ReceivedPart[]> {
  const receiptDay = new Map<number, Day>();
  for (const r of receipts) if (r.contractId === contractId) receiptDay.set(r.id!, dayOf(r.date));
  const out = new Map<number, ReceivedPart[]>();
  for (const a of allocations) {
    const day = a.contractId === contractId ? receiptDay.get(a.receiptId) : undefined;
    if (day === undefined) continue;
    let parts = out.get(a.installmentId);
    if (!parts) out.set(a.installmentId, (parts = []));
    parts.push({ amountMinor: a.amountMinor, day });
  }
  return out;
}
