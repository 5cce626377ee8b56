import { type CreditInputs, creditScore, DEFAULT_WEIGHTS, type Weights } from "../credit/scorecard";
import { gradeOf, suggestedTerms } from "../credit/grades";
import type { Minor } from "../money";
import type { AssessmentDraft } from "./drafts";
import { nonNegativeMinor } from "./fieldChecks";

/**
 * A credit assessment from scorecard inputs: score, grade and suggested terms come from
 * core/credit; the limit is the standard limit times the grade's limit factor, in whole minor units.
 */
export function assessmentFromInputs(
  customerId: number,
  inputs: CreditInputs,
  standardLimitMinor: Minor,
  assessor: string,
  date: string,
  weights: Weights = DEFAULT_WEIGHTS,
): AssessmentDraft {
  const { score } = creditScore(inputs, weights);
  const terms = suggestedTerms(score);
  const numeric: Record<string, number> = {
    avgDaysLate: inputs.avgDaysLate,
    overdueShare: inputs.overdueShare,
    utilisation: inputs.utilisation,
    relationshipYears: inputs.relationshipYears,
    financialStrength: inputs.financialStrength,
  };
  return {
    customerId,
    date,
    assessor,
    inputs: numeric,
    score,
    grade: gradeOf(score),
    limitMinor: Math.round(nonNegativeMinor(standardLimitMinor, "standardLimit") * terms.limitFactor),
    prepaymentShare: terms.prepaymentShare,
    cycleDays: terms.cycleDays,
  };
}
