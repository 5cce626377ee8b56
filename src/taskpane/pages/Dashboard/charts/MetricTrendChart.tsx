import * as React from "react";
import { LineChart, type LineChartPoints } from "@fluentui/react-charts";
import type { MetricTrendChartProps } from "./chartTypes";
import { trendLine } from "./trendLine";

const COLOURS = ["#0f6cbd", "#c239b3", "#107c10"];

export function MetricTrendChart({ title, series }: MetricTrendChartProps) {
  const lines: LineChartPoints[] = series.map((s, i) => ({
    legend: s.legend,
    color: COLOURS[i % COLOURS.length],
    // Months where the metric is undefined (no sales) are neither drawn as zero nor bridged.
    ...trendLine(s.points),
  }));
  return (
    <div data-testid="metric-trend-chart" aria-label={title}>
      <LineChart data={{ chartTitle: title, lineChartData: lines }} height={220} useUTC />
    </div>
  );
}

export default MetricTrendChart;
