import { between } from "../numberChecks";

/**
 * Grades and suggested terms from a credit score. Terms follow the credit policy of the seed
 * document: the weaker the credit, the higher the prepayment, the shorter the payment cycle and
 * the smaller the credit limit. Labels are the same in every language; the task pane translates.
 */
export const GRADES = ["A", "B", "C", "D", "E"] as const;
export type Grade = (typeof GRADES)[number];

/** Lowest score of each grade; E takes everything below 40. */
export const GRADE_FLOORS: Readonly<Record<Grade, number>> = { A: 85, B: 70, C: 55, D: 40, E: 0 };

export function checkScore(score: number, arg = "score"): number {
  return between(score, arg, 0, 100);
}

export function gradeOf(score: number): Grade {
  checkScore(score);
  for (const g of GRADES) if (score >= GRADE_FLOORS[g]) return g;
  return "E";
}

export interface CreditTerms {
  /** Share of the contract amount to be paid before work starts, 0 to 1. */
  readonly prepaymentShare: number;
  /** Days allowed to pay an invoice. */
  readonly cycleDays: number;
  /** Multiple of the standard credit limit granted, 0 to 1. */
  readonly limitFactor: number;
}

export const TERMS_BY_GRADE: Readonly<Record<Grade, CreditTerms>> = {
  A: { prepaymentShare: 0, cycleDays: 60, limitFactor: 1 },
  B: { prepaymentShare: 0.1, cycleDays: 45, limitFactor: 0.75 },
  C: { prepaymentShare: 0.3, cycleDays: 30, limitFactor: 0.5 },
  D: { prepaymentShare: 0.5, cycleDays: 15, limitFactor: 0.25 },
  // Cash in advance: no credit to give.
  E: { prepaymentShare: 1, cycleDays: 0, limitFactor: 0 },
};

export function suggestedTerms(score: number): CreditTerms {
  return TERMS_BY_GRADE[gradeOf(score)];
}
