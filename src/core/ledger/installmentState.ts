import type { Day } from "../dates";
import type { Minor } from "../money";
import type { Installment, Milestone } from "../store/types";
import { dayOf } from "./days";
import type { LedgerIndex } from "./ledgerIndex";

/**
 * Where an installment stands on a given day:
 * - `paid`: nothing left open;
 * - `awaiting`: due on a milestone that has not been reached, so not yet payable (never overdue);
 * - `overdue`: open and its due date is before the as-of day;
 * - `due`: open and due on or after the as-of day (due today is not yet late, as in aging).
 */
export type InstallmentStatus = "paid" | "awaiting" | "overdue" | "due";
export const INSTALLMENT_STATUSES: readonly InstallmentStatus[] = ["paid", "awaiting", "overdue", "due"];

export interface InstallmentState {
  readonly due: Day;
  readonly received: Minor;
  readonly open: Minor;
  readonly status: InstallmentStatus;
  /** asOf − due: positive when late. */
  readonly daysPastDue: number;
}

export function isAwaitingMilestone(inst: Installment, index: LedgerIndex): boolean {
  if (inst.trigger.kind !== "milestone") return false;
  const m = index.milestoneById.get(inst.trigger.milestoneId);
  return !m?.actualDate;
}

export function installmentState(inst: Installment, index: LedgerIndex, asOf: Day): InstallmentState {
  const due = dayOf(inst.dueDate);
  const received = index.allocatedByInstallment.get(inst.id!) ?? 0;
  const open = inst.amountMinor - received;
  const daysPastDue = asOf - due;
  let status: InstallmentStatus;
  if (open <= 0) status = "paid";
  else if (isAwaitingMilestone(inst, index)) status = "awaiting";
  else status = daysPastDue > 0 ? "overdue" : "due";
  return { due, received, open: Math.max(0, open), status, daysPastDue };
}

/** Installments of active plans only (older plan versions are history), in stored order. */
export function activeInstallments(installments: readonly Installment[], index: LedgerIndex): Installment[] {
  return installments.filter((i) => index.activePlanIds.has(i.planId));
}

/** Collection order, as a plan is shown: oldest due date first, then plan sequence. */
export function byCollectionOrder(a: Installment, b: Installment): number {
  return a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.seq - b.seq;
}

/**
 * The order receipts are applied in: the installments the customer can be asked to pay, in
 * collection order, then those still waiting for their milestone, in collection order. A payment
 * settles what is payable: applied by date alone, a receipt would go to a row whose milestone has
 * not been reached (planned earlier), and the row the customer paid would show as overdue and be
 * chased. `milestones` are the contract's (a row whose milestone is missing waits, as in
 * isAwaitingMilestone). A new copy; the input is not sorted.
 */
export function inAllocationOrder(installments: readonly Installment[], milestones: readonly Milestone[]): Installment[] {
  const reached = new Set(milestones.filter((m) => m.actualDate).map((m) => m.id!));
  const waits = (i: Installment) => i.trigger.kind === "milestone" && !reached.has(i.trigger.milestoneId);
  return [...installments].sort((a, b) => Number(waits(a)) - Number(waits(b)) || byCollectionOrder(a, b));
}
