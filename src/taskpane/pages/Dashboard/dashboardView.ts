import type { ForecastWeek, MonthlyPoint, OwnerTarget, TrendPoint } from "./charts/chartTypes";

/**
 * Everything the Dashboard shows, computed by core's ledger queries; the page only lays it out.
 * Every amount is in `currency`, over the contracts in that currency only.
 */
export interface DashboardView {
  /** The currency shown (ISO code). */
  currency: string;
  /** Its minor-unit digits. */
  digits: number;
  /** Every currency the ledger's contracts are in, by code (empty for an empty ledger). */
  currencies: readonly string[];
  /** The ledger's other currencies, whose contracts are excluded from this view. */
  otherCurrencies: readonly string[];
  /** The currency a collection target without its own is read in (the default; core/ledger/currencyScope targetsCurrencyOf). */
  targetsCurrency: string;
  /**
   * The currencies this period's targets are in, by code (each target is set against collections
   * only in its own currency's view); empty when the period has no targets.
   */
  targetCurrencies: readonly string[];
  outstandingMinor: number;
  overdueMinor: number;
  collectedThisMonthMinor: number;
  /** The month DSO and CEI are given for ("YYYY-MM"). */
  metricMonth: string;
  /** Days; null when undefined (no credit sales in the period). */
  dso: number | null;
  /** A fraction 0..1; null when undefined. */
  cei: number | null;
  aging: { labels: readonly string[]; totalsMinor: readonly number[] };
  months: readonly MonthlyPoint[];
  trend: { dso: readonly TrendPoint[]; cei: readonly TrendPoint[] };
  forecast: readonly ForecastWeek[];
  /** Open amounts already past due: not spread over the weeks (when they come is a judgement). */
  forecastPastDueMinor: number;
  targetPeriod: string;
  owners: readonly OwnerTarget[];
  /** The current quarter ("2026-Q4") and its targets against collections, when any target is set for it. */
  quarter: { period: string; owners: readonly OwnerTarget[] } | undefined;
  topOverdue: readonly { customer: string; overdueMinor: number; outstandingMinor: number }[];
}
