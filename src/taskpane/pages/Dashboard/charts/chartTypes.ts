import type { Lang } from "../../../i18n/language";

/**
 * Plain props for the dashboard charts: figures already computed by core (minor units, ISO dates),
 * labels already in the user's language. The charts only draw.
 */
export interface MoneyFormat {
  currency: string;
  digits: number;
  /** Formats minor units for tooltips and labels, e.g. "CNY 1,234.00". */
  format: (minor: number) => string;
}

export interface AgingChartProps {
  title: string;
  /** Bucket labels as the pane shows them: 未到期 / Current, 1-30, 31-60, 61-90, >90 (agingLabels). */
  labels: readonly string[];
  lang: Lang;
  totalsMinor: readonly number[];
  money: MoneyFormat;
}

export interface MonthlyPoint {
  month: string; // "2026-11"
  plannedMinor: number;
  collectedMinor: number;
}

export interface PlanVsActualChartProps {
  title: string;
  plannedLabel: string;
  collectedLabel: string;
  months: readonly MonthlyPoint[];
  money: MoneyFormat;
  lang: Lang;
}

export interface TrendPoint {
  month: string; // "2026-11"
  value: number | null; // null: not defined that month (e.g. no sales)
}

export interface MetricTrendChartProps {
  title: string;
  lang: Lang;
  series: readonly { legend: string; points: readonly TrendPoint[] }[];
}

export interface ForecastWeek {
  weekStart: string; // ISO date of the week's Monday
  amountMinor: number;
}

export interface ForecastChartProps {
  title: string;
  weeks: readonly ForecastWeek[];
  money: MoneyFormat;
  lang: Lang;
}

export interface OwnerTarget {
  owner: string;
  targetMinor: number;
  collectedMinor: number;
}

export interface TargetsChartProps {
  title: string;
  /** Shown instead of a percentage and a bar for an owner without a target. */
  noTargetLabel: string;
  owners: readonly OwnerTarget[];
  money: MoneyFormat;
  /** Which chart it is for tests (the month's by default, the quarter's beside it). */
  readonly testId?: string;
}
