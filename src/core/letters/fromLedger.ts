import type { Day } from "../dates";
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
  digits?: number;
}

/**
 * The letter input for one contract on `asOf`: its open installments that are overdue or fall due
 * within the horizon (oldest first), interest under the contract's penalty clause, the customer's
 * contact and the contract owner as signatory. Undefined when nothing is open to chase.
 */
export function letterInputFromLedger(
  snapshot: LedgerSnapshot,
  index: LedgerIndex,
  contractId: number,
  asOf: Day,
  options: LetterOptions = {},
): ReminderDraftInput | undefined {
  const contract = index.contractById.get(contractId);
  if (!contract) return undefined;
  const horizon = options.horizonDays ?? 7;
  const digits = options.digits ?? 2;
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
    contract: { code: contract.code, title: contract.title, currency: contract.currency, digits },
    installments: rows,
    owner: { name: contract.owner },
    paymentInstructions: options.paymentInstructions,
  };
}
