import { currencyDigits } from "../currencies";
import type { Day } from "../dates";
import { currencyCode, isLiveStatus } from "../ledger/currencyScope";
import { dayOf } from "../ledger/days";
import type { DunningPolicy } from "../dunning";
import { installmentState, activeInstallments, byCollectionOrder } from "../ledger/installmentState";
import type { LedgerIndex } from "../ledger/ledgerIndex";
import type { LedgerSnapshot } from "../ledger/snapshot";
import { accruedInterest } from "./accruedInterest";
import { letterStageFor } from "./stageFor";
import type { LetterInstallment, LetterStage, ReminderDraftInput } from "./types";

export interface LetterOptions {
  /**
   * With nothing overdue, list the installments falling due within this many days (a courtesy
   * letter's subject). Once something is overdue the letter asks for what is overdue only.
   */
  horizonDays?: number;
  /** Force a stage; by default the stage of the most overdue installment listed. */
  stage?: LetterStage;
  policy?: DunningPolicy;
  paymentInstructions?: string;
  /** Minor-unit digits of the contract's currency; by default its ISO 4217 digits (0 for JPY). */
  digits?: number;
}

/**
 * The letter input for one contract on `asOf`: its overdue open installments (oldest first) — or,
 * when none is overdue, those falling due within the horizon — with interest under the contract's
 * penalty clause, the customer's contact and the contract owner as signatory. A letter that says
 * "the following payments are overdue" and asks for their total must not list, or add in, an
 * amount that is not due yet. An installment's interest runs on what is open from its due date to
 * `asOf`, and on each part paid late from the due date to the day it was received (core/lateInterest,
 * core/penalty per part): paying part of a late installment does not cancel the interest that part
 * ran up. Undefined when nothing is open to chase, and for a contract that is not live (a draft is
 * not signed, a closed one is settled or written off: neither is chased, as neither is in the Today
 * queue).
 */
export function letterInputFromLedger(
  snapshot: LedgerSnapshot,
  index: LedgerIndex,
  contractId: number,
  asOf: Day,
  options: LetterOptions = {},
): ReminderDraftInput | undefined {
  const contract = index.contractById.get(contractId);
  if (!contract || !isLiveStatus(contract.status)) return undefined;
  const horizon = options.horizonDays ?? 7;
  // A currency an older import stored as a name ("日元") is its code, for the label and the digits.
  const currency = currencyCode(contract.currency);
  const digits = options.digits ?? currencyDigits(currency);
  const own = activeInstallments(snapshot.installments, index).filter((i) => i.contractId === contractId).sort(byCollectionOrder);
  const states = own.map((inst) => ({ inst, state: installmentState(inst, index, asOf) }));
  const overdue = states.filter(({ state }) => state.status === "overdue");
  const listed = overdue.length > 0 ? overdue : states.filter(({ state }) => state.status === "due" && state.daysPastDue >= -horizon);
  if (listed.length === 0) return undefined;
  const paidLate = latePayments(snapshot, contractId);
  const interestOn = (id: number, open: number, due: Day) =>
    accruedInterest(open, due, asOf, contract.penalty, digits) +
    (paidLate.get(id) ?? []).reduce((sum, p) => sum + (p.day > due ? accruedInterest(p.amount, due, p.day, contract.penalty, digits) : 0), 0);
  const rows: LetterInstallment[] = listed.map(({ inst, state }) => ({
    seq: inst.seq,
    dueDate: state.due,
    openMinor: state.open,
    interestMinor: interestOn(inst.id!, state.open, state.due),
  }));
  const worstDaysPastDue = Math.max(...listed.map(({ state }) => state.daysPastDue));
  const customer = index.customerById.get(contract.customerId);
  return {
    stage: options.stage ?? letterStageFor(worstDaysPastDue, options.policy),
    date: asOf,
    customer: { name: customer?.name ?? "", contact: customer?.contact },
    contract: { code: contract.code, title: contract.title, currency, digits },
    installments: rows,
    owner: { name: contract.owner },
    paymentInstructions: options.paymentInstructions,
  };
}

/** Each installment's received parts with the day their receipt is dated, for one contract. */
function latePayments(snapshot: LedgerSnapshot, contractId: number): Map<number, { amount: number; day: Day }[]> {
  const receiptDay = new Map<number, Day>();
  for (const r of snapshot.receipts) if (r.contractId === contractId) receiptDay.set(r.id!, dayOf(r.date));
  const out = new Map<number, { amount: number; day: Day }[]>();
  for (const a of snapshot.allocations) {
    const day = a.contractId === contractId ? receiptDay.get(a.receiptId) : undefined;
    if (day === undefined) continue;
    let parts = out.get(a.installmentId);
    if (!parts) out.set(a.installmentId, (parts = []));
    parts.push({ amount: a.amountMinor, day });
  }
  return out;
}
