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
