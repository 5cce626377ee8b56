import * as React from "react";
import { LineChart, type LineChartPoints } from "@fluentui/react-charts";
import type { MetricTrendChartProps } from "./chartTypes";
import { monthAxis, monthLabel, monthOf, trendLine } from "./trendLine";
import { valueAxis } from "./units";

const COLOURS = ["#0f6cbd", "#c239b3", "#107c10"];

export function MetricTrendChart({ title, series, lang }: MetricTrendChartProps) {
  // Months where the metric is undefined (no sales) are neither drawn as zero nor bridged.
  const trends = series.map((s) => trendLine(s.points));
  const lines: LineChartPoints[] = series.map((s, i) => ({
    legend: s.legend,
    color: COLOURS[i % COLOURS.length],
    gaps: trends[i].gaps,
    data: trends[i].data.map((p) => ({ ...p, xAxisCalloutData: monthLabel(monthOf(p.x), lang), yAxisCalloutData: p.y.toFixed(1) })),
  }));
  // The points are months: one tick per month drawn (the axis spans those), named in the pane's language (not "Jul 01").
  const months = monthAxis(trends.flatMap((t) => t.data.map((p) => monthOf(p.x))));
  const axis = valueAxis(trends.flatMap((t) => t.data.map((p) => p.y)), lang);
  return (
    <div data-testid="metric-trend-chart" aria-label={title}>
      <LineChart
        data={{ chartTitle: title, lineChartData: lines }}
        height={220}
        useUTC
        tickValues={months.tickValues}
        customDateTimeFormatter={(d) => months.label(d, lang)}
        {...axis}
      />
    </div>
  );
}

export default MetricTrendChart;
