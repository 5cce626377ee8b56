import { positive } from "../../../core/numberChecks";
import { currencyCode } from "../../../core/ledger/currencyScope";
import type { RankingRates } from "../../../core/ledger/rankingRates";
import { numberProblem, type Problem } from "../../forms/problems";

/** Each currency's rate as typed ("" for none). */
export type RatesText = Readonly<Record<string, string>>;

/** Rates without binary noise: 0.047 shows as 0.047. */
export function ratesToText(rates: RankingRates, codes: readonly string[]): RatesText {
  return Object.fromEntries(codes.map((c) => [c, rates.rates[c] === undefined ? "" : String(Number(rates.rates[c].toPrecision(12)))]));
}

export interface RatesCheck {
  /** The rates to save, when every typed one reads (blank is no rate). */
  readonly rates: Record<string, number> | undefined;
  readonly problems: Readonly<Record<string, Problem>>;
}

/** Each rate blank (none) or a number above zero, by core's rule; the problems are named by currency code. */
export function checkRates(text: RatesText): RatesCheck {
  const rates: Record<string, number> = {};
  const problems: Record<string, Problem> = {};
  for (const [code, typed] of Object.entries(text)) {
    if (typed.trim() === "") continue;
    const p = numberProblem(typed, code, (n) => positive(n, code));
    if (p.problem) problems[code] = p.problem;
    else rates[code] = p.value!;
  }
  return { rates: Object.keys(problems).length > 0 ? undefined : rates, problems };
}

/**
 * The currencies a rate can be set for: those of the ledger's contracts and those already rated,
 * but the base, in code order.
 */
export function rateCurrencies(contractCurrencies: readonly string[], stored: RankingRates, base: string): string[] {
  const codes = new Set([...contractCurrencies.map(currencyCode), ...Object.keys(stored.rates)]);
  codes.delete(base);
  codes.delete("");
  return [...codes].sort();
}

export const sameRates = (a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([c, r]) => b[c] !== undefined && Math.abs(b[c] - r) <= 1e-12 * r);
