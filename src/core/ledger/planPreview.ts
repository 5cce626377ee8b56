import { type Day, isoFromSerial } from "../dates";
import { inputError } from "../errors";
import type { Minor } from "../money";
import { schedule } from "../schedule";
import { parseTranches } from "../terms/tranches";
import type { Milestone } from "../store/types";
import { dayOf } from "./days";
import type { InstallmentDraft } from "./drafts";
import { positiveMinor } from "./fieldChecks";

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

/**
 * A renegotiated plan that keeps what has been paid: one settled row per installment that received
 * something (its received amount, its old due date), then the rest of the contract amount scheduled
 * by the new terms from `restartDate`. Re-allocating the receipts oldest first then settles exactly
 * the settled rows, so the new version shows the history and the new schedule in one plan whose
 * total is still the contract amount.
 */
export function renegotiationPreview(
  settled: readonly SettledPart[],
  contractAmountMinor: Minor,
  newTerms: string,
  restartDate: string,
): InstallmentDraft[] {
  const kept: InstallmentDraft[] = settled
    .filter((s) => s.receivedMinor > 0)
    .map((s) => ({ dueDate: s.dueDate, amountMinor: s.receivedMinor, trigger: { kind: "date" } }));
  const paid = kept.reduce((sum, k) => sum + k.amountMinor, 0);
  const rest = contractAmountMinor - paid;
  if (rest < 0) inputError("mustNotExceed", { arg: "received", limit: contractAmountMinor / 100, got: paid / 100 }, "num");
  if (rest === 0) return kept;
  return [...kept, ...generatePlanPreview(newTerms, rest, restartDate)];
}
