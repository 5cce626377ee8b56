import { type Cell, isBlank, readNumber, readVector } from "../cells";
import { inputError } from "../errors";
import { between, nonNegative, roundTo } from "../numberChecks";
import { parseZModel, type ZModel, Z_ZONES } from "./zscore";

/**
 * The customer credit scorecard: five factors, each mapped by bands to 0–100 points, combined by
 * weights that add up to 1 into a score from 0 to 100. Bands only ever step down as a factor
 * gets worse, and weights are never negative, so a worse input never gives a better score (the
 * property tests in test/core/credit/scorecard.test.ts hold this for every factor).
 * docs/credit-scorecard.md explains the model to a credit manager.
 */
export const FACTORS = ["paymentHistory", "overdueShare", "utilisation", "relationship", "financialStrength"] as const;
export type Factor = (typeof FACTORS)[number];

/** How financialStrength is given: a 0–100 rating (100 strongest) or an Altman Z of one model. */
export type StrengthScale = "rating" | ZModel;
export const STRENGTH_SCALES: readonly StrengthScale[] = ["rating", "Z", "Z'", "Z''", "EMS"];

export interface CreditInputs {
  /** Average days late over the last 12 months, weighted by amount; negative means early. */
  readonly avgDaysLate: number;
  /** Overdue / outstanding, a fraction from 0 to 1. */
  readonly overdueShare: number;
  /** Outstanding / credit limit, a fraction, 0 or more (above 1 is over the limit). */
  readonly utilisation: number;
  /** Years since the first invoice, 0 or more. */
  readonly relationshipYears: number;
  /** A 0–100 rating, or an Altman Z when `strengthScale` names a model. */
  readonly financialStrength: number;
  readonly strengthScale?: StrengthScale;
}

export type Weights = Readonly<Record<Factor, number>>;

export const DEFAULT_WEIGHTS: Weights = {
  paymentHistory: 0.3,
  overdueShare: 0.25,
  utilisation: 0.15,
  relationship: 0.1,
  financialStrength: 0.2,
};

/** A band of a factor where smaller is better: values up to `upTo` (inclusive) earn `points`. */
export interface UpToBand {
  readonly upTo: number;
  readonly points: number;
}
/** A band of a factor where larger is better: values of at least `atLeast` earn `points`. */
export interface AtLeastBand {
  readonly atLeast: number;
  readonly points: number;
}

/** Days late: on time or early earns everything; two months late on average earns nothing. */
export const PAYMENT_HISTORY_BANDS: readonly UpToBand[] = [
  { upTo: 0, points: 100 },
  { upTo: 7, points: 85 },
  { upTo: 15, points: 70 },
  { upTo: 30, points: 50 },
  { upTo: 60, points: 25 },
  { upTo: Infinity, points: 0 },
];

export const OVERDUE_SHARE_BANDS: readonly UpToBand[] = [
  { upTo: 0, points: 100 },
  { upTo: 0.05, points: 85 },
  { upTo: 0.15, points: 65 },
  { upTo: 0.3, points: 40 },
  { upTo: 0.5, points: 20 },
  { upTo: Infinity, points: 0 },
];

export const UTILISATION_BANDS: readonly UpToBand[] = [
  { upTo: 0.5, points: 100 },
  { upTo: 0.75, points: 80 },
  { upTo: 0.9, points: 60 },
  { upTo: 1, points: 40 },
  { upTo: 1.2, points: 15 },
  { upTo: Infinity, points: 0 },
];

export const RELATIONSHIP_BANDS: readonly AtLeastBand[] = [
  { atLeast: 10, points: 100 },
  { atLeast: 5, points: 85 },
  { atLeast: 3, points: 70 },
  { atLeast: 1, points: 50 },
  { atLeast: 0, points: 20 },
];

/** Points of an Altman Z by the model's published zones; the grey zone is split at its middle. */
export const Z_ZONE_POINTS = { safe: 100, upperGrey: 65, lowerGrey: 35, distress: 0 } as const;

function upTo(bands: readonly UpToBand[], value: number): number {
  for (const b of bands) if (value <= b.upTo) return b.points;
  return 0;
}

function atLeast(bands: readonly AtLeastBand[], value: number): number {
  for (const b of bands) if (value >= b.atLeast) return b.points;
  return 0;
}

export function strengthPoints(value: number, scale: StrengthScale = "rating"): number {
  if (scale === "rating") return between(value, "financialStrength", 0, 100);
  const { distress, safe } = Z_ZONES[scale];
  if (value >= safe) return Z_ZONE_POINTS.safe;
  if (value >= (distress + safe) / 2) return Z_ZONE_POINTS.upperGrey;
  if (value >= distress) return Z_ZONE_POINTS.lowerGrey;
  return Z_ZONE_POINTS.distress;
}

/**
 * An Altman Z to show and to type as the financial strength: rounded to the fewest decimals, two
 * at least, that keep it in the band the unrounded Z is in (2.989 on the "Z" model is grey, 65
 * points; rounded to 2.99 it would be safe, 100). Most values keep two decimals; one just under a
 * zone boundary keeps as many as it takes, up to the full value.
 */
export function zForStrength(z: number, model: ZModel): number {
  const points = strengthPoints(z, model);
  for (let d = 2; d <= 15; d++) {
    const r = roundTo(z, d);
    if (strengthPoints(r, model) === points) return r;
  }
  return z;
}

export function factorPoints(inputs: CreditInputs): Record<Factor, number> {
  return {
    paymentHistory: upTo(PAYMENT_HISTORY_BANDS, inputs.avgDaysLate),
    overdueShare: upTo(OVERDUE_SHARE_BANDS, between(inputs.overdueShare, "overdueShare", 0, 1)),
    utilisation: upTo(UTILISATION_BANDS, nonNegative(inputs.utilisation, "utilisation")),
    relationship: atLeast(RELATIONSHIP_BANDS, nonNegative(inputs.relationshipYears, "relationshipYears")),
    financialStrength: strengthPoints(inputs.financialStrength, inputs.strengthScale),
  };
}

/** Weights in factor order (as a weights range lists them), checked: none negative, sum 1. */
export function weightsFromList(values: readonly number[], arg = "weights"): Weights {
  if (values.length !== FACTORS.length) inputError("wrongCount", { arg, expected: FACTORS.length, got: values.length });
  const w = {} as Record<Factor, number>;
  FACTORS.forEach((f, i) => (w[f] = values[i]));
  return validateWeights(w, arg);
}

/** Weights from an optional row or column of five numbers; blank means the defaults. */
export function weightsFromCells(cells: Cell, arg = "weights"): Weights {
  const values = isBlank(cells) ? [] : readVector(cells, arg);
  if (values.every(isBlank)) return DEFAULT_WEIGHTS;
  return weightsFromList(values.map((v, i) => readNumber(v, arg, i + 1)), arg);
}

/** "rating" or a Z model name (see parseZModel), case-insensitive. */
export function parseStrengthScale(text: string, arg = "strengthScale"): StrengthScale {
  if (text.trim().toLowerCase() === "rating") return "rating";
  try {
    return parseZModel(text, arg);
  } catch {
    return inputError("unknownOption", { arg, got: JSON.stringify(text), valid: STRENGTH_SCALES.join(", ") });
  }
}

export function validateWeights(weights: Weights, arg = "weights"): Weights {
  let total = 0;
  for (const f of FACTORS) total += nonNegative(weights[f], arg);
  // Weights typed as percentages (30%, 25% …) carry binary noise far below a millionth.
  if (Math.abs(total - 1) > 1e-6) inputError("weightsNotOne", { arg, total: roundTo(total, 6) });
  return weights;
}

export interface CreditScore {
  /** 0 to 100, two decimals. */
  readonly score: number;
  /** Points of each factor, 0 to 100, before weighting. */
  readonly factors: Record<Factor, number>;
}

export function creditScore(inputs: CreditInputs, weights: Weights = DEFAULT_WEIGHTS): CreditScore {
  validateWeights(weights);
  const factors = factorPoints(inputs);
  let score = 0;
  for (const f of FACTORS) score += weights[f] * factors[f];
  // Rounding is monotone, so it cannot turn a worse input into a better score.
  return { score: Math.min(100, Math.max(0, roundTo(score, 2))), factors };
}
