import * as React from "react";
import { LineChart, type LineChartPoints } from "@fluentui/react-charts";
import type { MetricTrendChartProps } from "./chartTypes";

const COLOURS = ["#0f6cbd", "#c239b3", "#107c10"];

/** A month "2026-11" as the first of that month, UTC, for the chart's date axis. */
function monthDate(month: string): Date {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, 1));
}

export function MetricTrendChart({ title, series }: MetricTrendChartProps) {
  const lines: LineChartPoints[] = series.map((s, i) => ({
    legend: s.legend,
    color: COLOURS[i % COLOURS.length],
    // Months where the metric is undefined (no sales) are left out rather than drawn as zero.
    data: s.points.filter((p) => p.value !== null && Number.isFinite(p.value)).map((p) => ({ x: monthDate(p.month), y: p.value as number })),
  }));
  return (
    <div data-testid="metric-trend-chart" aria-label={title}>
      <LineChart data={{ chartTitle: title, lineChartData: lines }} height={220} useUTC />
    </div>
  );
}

export default MetricTrendChart;
