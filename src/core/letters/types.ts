import type { Day } from "../dates";
import type { Minor } from "../money";
import type { PenaltyClause } from "../store/types";

export type PenaltyKind = PenaltyClause["kind"];

/** The reminder stages a letter can be written for, mildest first. */
export const LETTER_STAGES = ["courtesy", "friendly", "formal", "finalDemand", "legal"] as const;
export type LetterStage = (typeof LETTER_STAGES)[number];

export type LetterLang = "en" | "zh";

/** One open installment listed in the letter. */
export interface LetterInstallment {
  /** The installment's number within its plan, shown in the table's first column. */
  seq: number;
  dueDate: Day;
  /** What is still open on this installment (after receipts), in minor units. */
  openMinor: Minor;
  /** Late interest accrued up to the letter date, in minor units (computed by core's interest rules). */
  interestMinor: Minor;
}

export interface ReminderDraftInput {
  stage: LetterStage;
  /** The letter's date; days late are counted up to it. */
  date: Day;
  customer: { name: string; contact?: string };
  contract: {
    code: string;
    title: string;
    currency: string;
    digits?: number;
    /**
     * The kind of the contract's penalty clause. "none": the letter has no interest column and no
     * interest in its total (unless an installment carries some); "daily": what accrues is named a
     * penalty (违约金), not interest. Absent: late interest.
     */
    penalty?: PenaltyKind;
  };
  installments: readonly LetterInstallment[];
  /** Who signs: the owner responsible for collecting this contract. */
  owner: { name: string; phone?: string; email?: string };
  /** The day the customer is asked to pay by; defaults to the stage's usual notice period. */
  payBy?: Day;
  /**
   * The contract's reminder log before the letter's date: how many reminders were logged, and
   * whether one of them was at the final-demand stage or later. The letter speaks of earlier
   * reminders, or of a final demand, only when the log has them; absent, it claims none.
   */
  earlier?: { reminders: number; finalDemand: boolean };
  /** Bank details; a placeholder to fill in is printed when absent. */
  paymentInstructions?: string;
}

export interface ReminderLetter {
  subject: string;
  body: string;
}
