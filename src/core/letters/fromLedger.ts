import { currencyDigits } from "../currencies";
import type { Day } from "../dates";
import { currencyCode, isLiveStatus } from "../ledger/currencyScope";
import type { DunningPolicy } from "../dunning";
import { installmentState, activeInstallments, byCollectionOrder } from "../ledger/installmentState";
import type { LedgerIndex } from "../ledger/ledgerIndex";
import type { LedgerSnapshot } from "../ledger/snapshot";
import { accruedInterest } from "./accruedInterest";
import { letterStageFor } from "./stageFor";
import type { LetterInstallment, LetterStage, ReminderDraftInput } from "./types";

export interface LetterOptions {
  /** Also list installments falling due within this many days (a courtesy letter's subject). */
  horizonDays?: number;
  /** Force a stage; by default the stage of the most overdue installment listed. */
  stage?: LetterStage;
  policy?: DunningPolicy;
  paymentInstructions?: string;
  /** Minor-unit digits of the contract's currency; by default its ISO 4217 digits (0 for JPY). */
  digits?: number;
}

/**
 * The letter input for one contract on `asOf`: its open installments that are overdue or fall due
 * within the horizon (oldest first), interest under the contract's penalty clause, the customer's
 * contact and the contract owner as signatory. Undefined when nothing is open to chase, and for a
 * contract that is not live (a draft is not signed, a closed one is settled or written off: neither
 * is chased, as neither is in the Today queue).
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
  const rows: LetterInstallment[] = [];
  let worstDaysPastDue = -Infinity;
  const own = activeInstallments(snapshot.installments, index).filter((i) => i.contractId === contractId).sort(byCollectionOrder);
  for (const inst of own) {
    const state = installmentState(inst, index, asOf);
    const chase = state.status === "overdue" || (state.status === "due" && state.daysPastDue >= -horizon);
    if (!chase) continue;
    worstDaysPastDue = Math.max(worstDaysPastDue, state.daysPastDue);
    rows.push({
      seq: inst.seq,
      dueDate: state.due,
      openMinor: state.open,
      interestMinor: accruedInterest(state.open, state.due, asOf, contract.penalty, digits),
    });
  }
  if (rows.length === 0) return undefined;
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
