import type { Day } from "../dates";
import type { Minor } from "../money";
import type { Receipt, Reminder } from "../store/types";
import { dayOf } from "./days";

/** The latest contact on each contract and the promise to pay it recorded, if any. */
export interface ContactState {
  readonly lastContact: Day;
  readonly lastChannel: Reminder["channel"];
  readonly nextAction: Day | undefined;
  readonly promiseDate: Day | undefined;
  readonly promiseAmount: Minor | undefined;
  /** The promise date has passed and less than the promised amount arrived between the contact and that date. */
  readonly brokenPromise: boolean;
}

/**
 * Contact state per contract in two passes (reminders, then receipts). The promise is the one made
 * at the latest contact that recorded a promise date; without a promised amount any receipt in the
 * window keeps it.
 */
export function contactStates(reminders: readonly Reminder[], receipts: readonly Receipt[], asOf: Day): Map<number, ContactState> {
  const latest = new Map<number, Reminder>();
  const promise = new Map<number, Reminder>();
  for (const r of reminders) {
    const l = latest.get(r.contractId);
    if (!l || r.date > l.date || (r.date === l.date && r.id! > l.id!)) latest.set(r.contractId, r);
    if (!r.promiseDate) continue;
    const p = promise.get(r.contractId);
    if (!p || r.date > p.date || (r.date === p.date && r.id! > p.id!)) promise.set(r.contractId, r);
  }
  const paidInWindow = new Map<number, Minor>();
  for (const rc of receipts) {
    const p = promise.get(rc.contractId);
    if (p && rc.date >= p.date && rc.date <= p.promiseDate!) paidInWindow.set(rc.contractId, (paidInWindow.get(rc.contractId) ?? 0) + rc.amountMinor);
  }
  const out = new Map<number, ContactState>();
  for (const [contractId, l] of latest) {
    const p = promise.get(contractId);
    const promiseDate = p ? dayOf(p.promiseDate!) : undefined;
    const paid = paidInWindow.get(contractId) ?? 0;
    const needed = p?.promiseAmountMinor ?? 1;
    out.set(contractId, {
      lastContact: dayOf(l.date),
      lastChannel: l.channel,
      nextAction: l.nextActionDate ? dayOf(l.nextActionDate) : undefined,
      promiseDate,
      promiseAmount: p?.promiseAmountMinor,
      brokenPromise: promiseDate !== undefined && promiseDate < asOf && paid < needed,
    });
  }
  return out;
}
