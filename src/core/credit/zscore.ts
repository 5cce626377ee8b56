import { inputError } from "../errors";
import { nonNegative, nonZero, positive } from "../numberChecks";
import { toHalfWidth } from "../terms/scanner";

/**
 * Altman Z-score models.
 * - "Z"   Altman (1968), public manufacturers: 1.2 X1 + 1.4 X2 + 3.3 X3 + 0.6 X4 + 1.0 X5,
 *         X4 = market value of equity / total liabilities.
 * - "Z'"  Altman (1983), private firms: 0.717, 0.847, 3.107, 0.420 (book equity), 0.998.
 * - "Z''" Altman (1995), non-manufacturers and emerging markets: 6.56 X1 + 3.26 X2 + 6.72 X3
 *         + 1.05 X4 (book equity), no sales term, no constant.
 * - "EMS" Altman, Hartzell & Peck (1995) emerging-market score: Z'' + 3.25, which centres the
 *         distress boundary on a bond rating of D. Offered as its own model rather than folded
 *         into Z'' so Z'' keeps its published zones.
 * X1 = working capital, X2 = retained earnings, X3 = EBIT, X5 = sales, each over total assets.
 */
export const Z_MODELS = ["Z", "Z'", "Z''", "EMS"] as const;
export type ZModel = (typeof Z_MODELS)[number];

export interface ZInputs {
  readonly workingCapital: number;
  readonly retainedEarnings: number;
  readonly ebit: number;
  /** Market value of equity for "Z"; book value of equity for the other models. */
  readonly equityValue: number;
  /** Net sales; not used by "Z''" and "EMS". */
  readonly sales: number;
  readonly totalAssets: number;
  readonly totalLiabilities: number;
}

interface Coefficients {
  readonly x1: number;
  readonly x2: number;
  readonly x3: number;
  readonly x4: number;
  readonly x5: number;
  readonly constant: number;
}

const COEFFICIENTS: Record<ZModel, Coefficients> = {
  Z: { x1: 1.2, x2: 1.4, x3: 3.3, x4: 0.6, x5: 1.0, constant: 0 },
  "Z'": { x1: 0.717, x2: 0.847, x3: 3.107, x4: 0.42, x5: 0.998, constant: 0 },
  "Z''": { x1: 6.56, x2: 3.26, x3: 6.72, x4: 1.05, x5: 0, constant: 0 },
  EMS: { x1: 6.56, x2: 3.26, x3: 6.72, x4: 1.05, x5: 0, constant: 3.25 },
};

/** Distress and safe boundaries of each model, as published: below `distress`, at or above `safe`. */
export const Z_ZONES: Record<ZModel, { readonly distress: number; readonly safe: number }> = {
  Z: { distress: 1.81, safe: 2.99 },
  "Z'": { distress: 1.23, safe: 2.9 },
  "Z''": { distress: 1.1, safe: 2.6 },
  EMS: { distress: 4.35, safe: 5.85 },
};

/**
 * Read a model name: case-insensitive; typographic primes, curly quotes and a double quote accepted.
 * A Chinese input method types the ' key as ‘ or ’ and the " key as “ or ”, and full-width mode as
 * ＇ and ＂: all of them read as the ASCII prime, so "Z‘’" and "Z“" are Z''.
 */
export function parseZModel(text: string, arg = "model"): ZModel {
  const t = toHalfWidth(text)
    .trim()
    .toUpperCase()
    .replace(/[\u2018\u2019\u2032\u00B4`]/g, "'")
    .replace(/[\u201C\u201D\u2033"]/g, "''");
  const found = Z_MODELS.find((m) => m === t);
  if (!found) inputError("unknownOption", { arg, got: JSON.stringify(text), valid: Z_MODELS.join(", ") });
  return found;
}

export function altmanZ(inputs: ZInputs, model: ZModel = "Z"): number {
  const c = COEFFICIENTS[model];
  positive(inputs.totalAssets, "totalAssets");
  nonNegative(inputs.totalLiabilities, "totalLiabilities");
  nonZero(inputs.totalLiabilities, "totalLiabilities");
  // Market value of equity cannot be negative; book equity can (a deficit).
  if (model === "Z") nonNegative(inputs.equityValue, "equityValue");
  if (c.x5 !== 0) nonNegative(inputs.sales, "sales");
  const ta = inputs.totalAssets;
  return (
    c.x1 * (inputs.workingCapital / ta) +
    c.x2 * (inputs.retainedEarnings / ta) +
    c.x3 * (inputs.ebit / ta) +
    c.x4 * (inputs.equityValue / inputs.totalLiabilities) +
    c.x5 * (inputs.sales / ta) +
    c.constant
  );
}

/** Whether the model has a sales term (so sales is required). */
export function zUsesSales(model: ZModel): boolean {
  return COEFFICIENTS[model].x5 !== 0;
}
