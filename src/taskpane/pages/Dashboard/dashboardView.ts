import type { ForecastWeek, MonthlyPoint, OwnerTarget, TrendPoint } from "./charts/chartTypes";

/** Everything the Dashboard shows, computed by core's ledger queries; the page only lays it out. */
export interface DashboardView {
  currency: string;
  digits: number;
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
  topOverdue: readonly { customer: string; overdueMinor: number; outstandingMinor: number }[];
}
