import { type CreditInputs, creditScore, parseStrengthScale, strengthPoints, type Weights } from "../../../core/credit/scorecard";
import { type CreditTerms, suggestedTerms, TERMS_BY_GRADE } from "../../../core/credit/grades";
import { assessmentFromInputs } from "../../../core/ledger/assessment";
import type { AssessmentDraft } from "../../../core/ledger/drafts";
import type { CreditAssessment } from "../../../core/store/types";
import { isoDate, text } from "../../../core/ledger/fieldChecks";
import { ArInputError } from "../../../core/errors";
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
 * With `today` (ISO), a date after it is refused: the latest assessment by date sets the grade
 * and limit, so one dated in the future (a mistyped year) would keep every later re-rating from
 * taking effect until that day.
 */
export function checkAssessmentForm(v: AssessmentFormValues, customerId: number, digits: number, weights: Weights, today?: string): AssessmentCheck {
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
    ["standardLimit", limit.problem], ["assessor", core(() => text(v.assessor, "assessor"))], ["date", core(() => notAfter(isoDate(v.date, "date"), today))],
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

function notAfter(date: string, today: string | undefined): string {
  if (today !== undefined && date > today) throw new ArInputError("mustNotExceed", { arg: "date", limit: today, got: date });
  return date;
}

/** A fraction as a percentage to type: 0.125 → "12.5". */
export function percentText(fraction: number): string {
  return String(roundTo(fraction * 100, 2));
}

/**
 * The standard credit limit a new assessment starts from (minor units), or undefined when unknown.
 * A saved assessment keeps only the graded limit (standard × the grade's limit factor), so the
 * standard is read back from the newest assessment whose factor is not 0 (a grade E limit of 0
 * says nothing about it). Starting from the customer's graded limit instead would shrink the limit
 * at every re-rating of a customer below grade A (B: 1,000,000 → 750,000 → 562,500 …).
 * A customer never assessed starts from the limit it has, if any. `history` is newest first.
 * With `currency` (the customer's credit currency), an assessment whose limit was set in another
 * currency (before the customer's was changed) says nothing about the standard limit in this one.
 */
export function standardLimitOf(history: readonly CreditAssessment[], customerLimitMinor: number | undefined, currency?: string): number | undefined {
  if (history.length === 0) return customerLimitMinor;
  for (const a of history) {
    if (currency !== undefined && a.currency !== undefined && a.currency !== currency) continue;
    const factor = (TERMS_BY_GRADE as Readonly<Record<string, CreditTerms | undefined>>)[a.grade]?.limitFactor ?? 0;
    if (factor > 0) return Math.round(a.limitMinor / factor);
  }
  return undefined;
}
