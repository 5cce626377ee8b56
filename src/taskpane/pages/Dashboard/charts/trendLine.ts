import type { Lang } from "../../../i18n/language";
import type { TrendPoint } from "./chartTypes";

/** A month "2026-11" as the first of that month, UTC, for the chart's date axis. */
export function monthDate(month: string): Date {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, 1));
}

export interface TrendLine {
  readonly data: { x: Date; y: number }[];
  /** Between data[startIndex] and data[endIndex] no line is drawn: a month in between had no value. */
  readonly gaps: { startIndex: number; endIndex: number }[];
}

/**
 * A metric's monthly points as a line. A month where the metric is undefined (no sales: DSO has
 * no value) is neither drawn as zero nor bridged: a line straight from June to September would
 * show July and August values that do not exist, so the line breaks there.
 */
export function trendLine(points: readonly TrendPoint[]): TrendLine {
  const data: { x: Date; y: number }[] = [];
  const gaps: { startIndex: number; endIndex: number }[] = [];
  let missingSinceLast = false;
  for (const p of points) {
    if (p.value === null || !Number.isFinite(p.value)) {
      missingSinceLast = true;
      continue;
    }
    if (missingSinceLast && data.length > 0) gaps.push({ startIndex: data.length - 1, endIndex: data.length });
    missingSinceLast = false;
    data.push({ x: monthDate(p.month), y: p.value });
  }
  return { data, gaps };
}

const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A month "2026-07" as the pane's language writes it: "Jul 2026" / "2026年7月", or without the
 * year ("Aug" / "8月") where the axis already said which year it is.
 */
export function monthLabel(month: string, lang: Lang, withYear = true): string {
  const [y, m] = month.split("-").map(Number);
  if (lang === "zh") return withYear ? `${y}年${m}月` : `${m}月`;
  return withYear ? `${EN_MONTHS[m - 1]} ${y}` : EN_MONTHS[m - 1];
}

/** "2026-07" of a month's first day (UTC), as monthDate makes it. */
export const monthOf = (d: Date): string => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;

/**
 * The date axis of a monthly chart: one tick per month shown (the points are months, not days),
 * each labelled with its month; the first tick and each January carry the year.
 */
export function monthAxis(months: readonly string[]): { tickValues: Date[]; label: (d: Date, lang: Lang) => string } {
  const sorted = [...new Set(months)].sort();
  const first = sorted[0];
  return {
    tickValues: sorted.map(monthDate),
    label: (d, lang) => {
      const month = monthOf(d);
      return monthLabel(month, lang, month === first || month.endsWith("-01"));
    },
  };
}
