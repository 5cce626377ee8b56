import { between, roundTo } from "../numberChecks";
import { checkScore } from "./grades";

/**
 * Collection risk of one open receivable, 0–100: the chance, in percent, that at least one of
 * four independent sources stops it from being collected on time:
 * - credit risk: the customer's weakness, (100 − credit score) / 100 × 0.6;
 * - contract risk: how late it already is, days past due / 180 × 0.8, capped at 0.8;
 * - dispute: 0.4 when the customer disputes the invoice, else 0;
 * - execution risk: how far the project is behind plan, progress gap / 0.5 × 0.6, capped at 0.6
 *   (progress gap = planned % complete − actual % complete, a fraction; ahead of plan counts 0).
 * risk = 100 × (1 − (1 − credit)(1 − contract)(1 − dispute)(1 − execution)).
 * Each source only grows as its input gets worse and the combination grows with each source, so
 * more days, a lower score, a larger gap or a dispute never lower the risk. Unlike a weighted
 * average, one source at its worst is enough to make the risk high.
 */
export const RISK_MODEL = {
  creditMax: 0.6,
  overdueFullDays: 180,
  overdueMax: 0.8,
  dispute: 0.4,
  gapFull: 0.5,
  executionMax: 0.6,
} as const;

export interface RiskInputs {
  /** Days past due; zero or negative when not yet due. */
  readonly daysPastDue: number;
  /** The customer's credit score, 0 to 100. */
  readonly creditScore: number;
  /** Planned minus actual share complete, −1 to 1 (0.2 = 20 points behind plan). */
  readonly progressGap: number;
  readonly disputed?: boolean;
}

export interface RiskBreakdown {
  /** Combined risk, 0 to 100, two decimals. */
  readonly risk: number;
  /** Each source as a chance from 0 to 1. */
  readonly credit: number;
  readonly contract: number;
  readonly dispute: number;
  readonly execution: number;
}

export function collectRisk(inputs: RiskInputs): RiskBreakdown {
  const m = RISK_MODEL;
  const score = checkScore(inputs.creditScore, "creditScore");
  const gap = between(inputs.progressGap, "progressGap", -1, 1);
  const credit = ((100 - score) / 100) * m.creditMax;
  const contract = Math.min(1, Math.max(0, inputs.daysPastDue) / m.overdueFullDays) * m.overdueMax;
  const dispute = inputs.disputed ? m.dispute : 0;
  const execution = Math.min(1, Math.max(0, gap) / m.gapFull) * m.executionMax;
  const safe = (1 - credit) * (1 - contract) * (1 - dispute) * (1 - execution);
  return { risk: roundTo(100 * (1 - safe), 2), credit, contract, dispute, execution };
}

export interface Exposure {
  /** Open amount (any unit, minor units in the ledger). */
  readonly amount: number;
  /** Collection risk, 0 to 100. */
  readonly risk: number;
}

/**
 * The Today queue's order as indices into `items`: largest expected shortfall (amount × risk / 100)
 * first; ties go to the riskier item, then to the order given. `weights[i]` (default 1) puts item
 * i's amount into a common unit first (amounts in several currencies: core/ledger/rankingRates).
 * Sorting typed arrays of indices keeps 100,000 items within the queue's time budget, where copying
 * objects to sort did not.
 */
export function exposureOrder(items: readonly Exposure[], weights?: ArrayLike<number>): Uint32Array {
  const n = items.length;
  const exposure = new Float64Array(n);
  const risk = new Float64Array(n);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    exposure[i] = (items[i].amount * (weights ? weights[i] : 1) * items[i].risk) / 100;
    risk[i] = items[i].risk;
    order[i] = i;
  }
  return order.sort((a, b) => exposure[b] - exposure[a] || risk[b] - risk[a] || a - b);
}

/** The items in exposureOrder, each with its exposure. The input is not changed. */
export function rankByExposure<T extends Exposure>(items: readonly T[]): (T & { readonly exposure: number })[] {
  return Array.from(exposureOrder(items), (i) => ({ ...items[i], exposure: (items[i].amount * items[i].risk) / 100 }));
}
