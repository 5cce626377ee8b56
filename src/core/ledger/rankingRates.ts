import { currencyDigits, type CurrencyDigitsSetting } from "../currencies";
import { currencyCode } from "./currencyScope";

/**
 * Exchange rates the Today queue ranks with, and nothing else: amounts are never converted for
 * display, totals or reports (currencies are never added; core/ledger/currencyScope). Without a
 * rate an amount in another currency ranks as if one of its units were one unit of the base —
 * still better than comparing minor units, which made ¥1 (a minor unit) weigh as much as
 * CNY 1.00 (a hundred minor units).
 */
export interface RankingRates {
  /** The currency the rates are quoted in (the default currency when they were set). */
  readonly base: string;
  /** Units of `base` that one unit of each currency is worth: { USD: 7.1 } when base is CNY. */
  readonly rates: Readonly<Record<string, number>>;
}

export const NO_RANKING_RATES: RankingRates = { base: "CNY", rates: {} };

export interface RankingWeight {
  /** Multiplies an amount in the currency's minor units into the base's minor units. */
  readonly factor: number;
  /** False when the currency is not the base and has no rate (it ranks 1:1 in whole units). */
  readonly rated: boolean;
}

/**
 * A currency's ranking weight. The base is the rates' own when any rate is set, else the default
 * currency (a ledger in one currency ranks by its plain amounts: factor 1). A currency with no
 * rate is taken 1:1 in whole units: its factor only corrects for the digits.
 */
export function rankingWeight(currency: string, rates: RankingRates | undefined, defaultCurrency: CurrencyDigitsSetting): RankingWeight {
  const code = currencyCode(currency);
  const base = rankingBase(rates, defaultCurrency);
  const digits = (c: string) => currencyDigits(c, defaultCurrency);
  const rate = code === base ? 1 : rates?.rates[code];
  return { factor: (rate ?? 1) * 10 ** (digits(base) - digits(code)), rated: rate !== undefined };
}

/** The currency the ranking is in: the rates' base when any rate is set, else the default currency. */
export function rankingBase(rates: RankingRates | undefined, defaultCurrency: CurrencyDigitsSetting): string {
  return rates && Object.keys(rates.rates).length > 0 ? currencyCode(rates.base) : currencyCode(defaultCurrency.code);
}

/** Stored rates as RankingRates, or undefined when they are not: codes of three letters, rates finite and above zero. */
export function parseRankingRates(raw: unknown): RankingRates | undefined {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return undefined;
  const { base, rates } = raw as Record<string, unknown>;
  if (typeof base !== "string" || !/^[A-Z]{3}$/.test(base)) return undefined;
  if (typeof rates !== "object" || rates === null || Array.isArray(rates)) return undefined;
  const out: Record<string, number> = {};
  for (const [code, rate] of Object.entries(rates)) {
    if (!/^[A-Z]{3}$/.test(code) || code === base) return undefined;
    if (typeof rate !== "number" || !Number.isFinite(rate) || rate <= 0) return undefined;
    out[code] = rate;
  }
  return { base, rates: out };
}
