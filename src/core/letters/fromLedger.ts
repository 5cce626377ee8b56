import { currencyDigits } from "../currencies";
import type { Day } from "../dates";
import { currencyCode, isLiveStatus } from "../ledger/currencyScope";
import { dayOf } from "../ledger/days";
import { DEFAULT_DUNNING_POLICY, type DunningPolicy } from "../dunning";
import { installmentState, activeInstallments, byCollectionOrder } from "../ledger/installmentState";
import type { LedgerIndex } from "../ledger/ledgerIndex";
import type { LedgerSnapshot } from "../ledger/snapshot";
import type { Reminder } from "../store/types";
import { installmentAccrual, receivedPartsByInstallment } from "./accruedInterest";
import { letterStageAt, letterStageFor } from "./stageFor";
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
 * amount that is not due yet. An installment's interest is installmentAccrual's — the figure the
 * contract page shows: it runs on what is open from its due date to `asOf`, and on each part paid
 * late from the due date to the day it was received: paying part of a late installment does not
 * cancel the interest that part ran up. The letter's wording learns from the contract's reminder
 * log (reminders dated before `asOf`) whether earlier reminders, or a final demand, were sent.
 * Undefined when nothing is open to chase, and for a contract that is not live (a draft is not
 * signed, a closed one is settled or written off: neither is chased, as neither is in the Today
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
  const received = receivedPartsByInstallment(snapshot.receipts, snapshot.allocations, contractId);
  const rows: LetterInstallment[] = listed.map(({ inst, state }) => ({
    seq: inst.seq,
    dueDate: state.due,
    openMinor: state.open,
    interestMinor: installmentAccrual(state.due, state.open, received.get(inst.id!) ?? [], asOf, contract.penalty, digits).totalMinor,
  }));
  const logged = snapshot.reminders.filter((r) => r.contractId === contractId && dayOf(r.date) < asOf);
  const worstDaysPastDue = Math.max(...listed.map(({ state }) => state.daysPastDue));
  const customer = index.customerById.get(contract.customerId);
  return {
    stage: options.stage ?? letterStageFor(worstDaysPastDue, options.policy),
    date: asOf,
    customer: { name: customer?.name ?? "", contact: customer?.contact },
    contract: { code: contract.code, title: contract.title, currency, digits, penalty: contract.penalty.kind },
    installments: rows,
    owner: { name: contract.owner },
    earlier: {
      reminders: logged.length,
      finalDemand: logged.some((r) => {
        const stage = loggedLetterStage(r, options.policy);
        return stage !== undefined && FINAL_OR_LATER.has(stage);
      }),
    },
    paymentInstructions: options.paymentInstructions,
  };
}

const FINAL_OR_LATER: ReadonlySet<LetterStage> = new Set<LetterStage>(["finalDemand", "legal"]);

/**
 * The letter stage a logged contact was made at: by its policy stage's key where kept (a stage
 * inserted in the policy since moves positions, not keys), else by its position in `policy`.
 */
function loggedLetterStage(r: Pick<Reminder, "stage" | "stageKey">, policy: DunningPolicy = DEFAULT_DUNNING_POLICY): LetterStage | undefined {
  if (r.stageKey !== undefined) {
    const at = policy.findIndex((step) => step.stage === r.stageKey);
    // A key the policy no longer has is read by its label alone (a one-stage policy of it).
    return at >= 0 ? letterStageAt(at, policy) : letterStageAt(0, [{ fromDays: 0, stage: r.stageKey }]);
  }
  return r.stage === undefined ? undefined : letterStageAt(r.stage, policy);
}
