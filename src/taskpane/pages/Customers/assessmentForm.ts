import { type CreditInputs, creditScore, parseStrengthScale, strengthPoints, type Weights } from "../../../core/credit/scorecard";
import { type CreditTerms, suggestedTerms } from "../../../core/credit/grades";
import { assessmentFromInputs } from "../../../core/ledger/assessment";
import type { AssessmentDraft } from "../../../core/ledger/drafts";
import { isoDate, text } from "../../../core/ledger/fieldChecks";
import { between, nonNegative, roundTo } from "../../../core/numberChecks";
import { amountProblem, core, numberProblem, type Problems } from "../../forms/problems";

/** The scorecard inputs (core/credit/scorecard) as typed; shares are typed as percentages. */
export interface AssessmentFormValues {
  avgDaysLate: string;
  overdueShare: string;
  utilisation: string;
  relationshipYears: string;
  financialStrength: string;
  /** "rating" or a Z model name. */
  strengthScale: string;
  standardLimit: string;
  assessor: string;
  date: string;
}
export type AssessmentField = keyof AssessmentFormValues;

export interface AssessmentCheck {
  readonly problems: Problems<AssessmentField>;
  /** With every field valid: the assessment core computes, and the terms its score suggests. */
  readonly draft?: AssessmentDraft;
  readonly terms?: CreditTerms;
}

/**
 * Checks each field with core's own range rule (a share typed as 12.5 is 12.5%, so its range is
 * 0–100 here and 0–1 in core), then scores the inputs with the user's scorecard weights.
 */
export function checkAssessmentForm(v: AssessmentFormValues, customerId: number, digits: number, weights: Weights): AssessmentCheck {
  const problems: Problems<AssessmentField> = {};
  const late = numberProblem(v.avgDaysLate, "avgDaysLate");
  const overdue = numberProblem(v.overdueShare, "overdueShare", (n) => between(n, "overdueShare", 0, 100));
  const util = numberProblem(v.utilisation, "utilisation", (n) => nonNegative(n, "utilisation"));
  const years = numberProblem(v.relationshipYears, "relationshipYears", (n) => nonNegative(n, "relationshipYears"));
  const scale = core(() => parseStrengthScale(v.strengthScale));
  const strength = numberProblem(v.financialStrength, "financialStrength", (n) => strengthPoints(n, scale ? "rating" : parseStrengthScale(v.strengthScale)));
  const limit = amountProblem(v.standardLimit, digits, "standardLimit", true);
  const entries: [AssessmentField, ReturnType<typeof core>][] = [
    ["avgDaysLate", late.problem], ["overdueShare", overdue.problem], ["utilisation", util.problem],
    ["relationshipYears", years.problem], ["financialStrength", strength.problem], ["strengthScale", scale],
    ["standardLimit", limit.problem], ["assessor", core(() => text(v.assessor, "assessor"))], ["date", core(() => isoDate(v.date, "date"))],
  ];
  for (const [f, p] of entries) if (p) problems[f] = p;
  if (Object.keys(problems).length > 0) return { problems };
  const inputs: CreditInputs = {
    avgDaysLate: late.value!,
    overdueShare: overdue.value! / 100,
    utilisation: util.value! / 100,
    relationshipYears: years.value!,
    financialStrength: strength.value!,
    strengthScale: parseStrengthScale(v.strengthScale),
  };
  const scored = core(() => creditScore(inputs, weights));
  if (scored) return { problems: { financialStrength: scored } };
  const draft = assessmentFromInputs(customerId, inputs, limit.minor!, v.assessor.trim(), v.date, weights);
  return { problems, draft, terms: suggestedTerms(draft.score) };
}

/** A fraction as a percentage to type: 0.125 → "12.5". */
export function percentText(fraction: number): string {
  return String(roundTo(fraction * 100, 2));
}
