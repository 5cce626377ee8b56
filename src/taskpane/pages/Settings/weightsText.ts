import { FACTORS, type Factor, type Weights, weightsFromList } from "../../../core/credit/scorecard";
import { isArInputError } from "../../../core/errors";
import { nonNegative } from "../../../core/numberChecks";
import { numberProblem, type Problem } from "../../forms/problems";

/** The five weights as typed, in percent. */
export type WeightsText = Readonly<Record<Factor, string>>;

/** Percent without binary noise: 0.15 shows as 15, not 15.000000000000002. */
const percent = (fraction: number): number => Number((fraction * 100).toPrecision(12));

export function weightsToText(w: Weights): WeightsText {
  return Object.fromEntries(FACTORS.map((f) => [f, String(percent(w[f]))])) as WeightsText;
}

export interface WeightsCheck {
  readonly weights: Weights | undefined;
  readonly problems: Partial<Record<Factor, Problem>>;
  /** Sum of the typed percentages, when every one reads. */
  readonly totalPercent: number | undefined;
  /** Core refused the sum (weightsFromList: they must add up to 1). */
  readonly notHundred: boolean;
}

/** Each weight a number of zero or more, then core's weightsFromList on the fractions (sum 1). */
export function checkWeights(text: WeightsText): WeightsCheck {
  const problems: Partial<Record<Factor, Problem>> = {};
  const values: number[] = [];
  for (const f of FACTORS) {
    const p = numberProblem(text[f], f, (n) => nonNegative(n, f));
    if (p.problem) problems[f] = p.problem;
    else values.push(p.value!);
  }
  if (values.length < FACTORS.length) return { weights: undefined, problems, totalPercent: undefined, notHundred: false };
  const totalPercent = Number(values.reduce((t, v) => t + v, 0).toPrecision(12));
  try {
    return { weights: weightsFromList(values.map((v) => v / 100)), problems, totalPercent, notHundred: false };
  } catch (e) {
    if (!isArInputError(e)) throw e;
    return { weights: undefined, problems, totalPercent, notHundred: true };
  }
}

export const sameWeights = (a: Weights, b: Weights): boolean => FACTORS.every((f) => Math.abs(a[f] - b[f]) < 1e-9);
