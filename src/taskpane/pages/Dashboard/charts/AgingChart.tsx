import * as React from "react";
import { VerticalBarChart, type VerticalBarChartDataPoint } from "@fluentui/react-charts";
import type { AgingChartProps } from "./chartTypes";
import { plotValue, valueAxis } from "./units";

// From calm to alarming as receivables age.
const BUCKET_COLOURS = ["#107c10", "#ffb900", "#f7630c", "#d13438", "#750b1c", "#4b0010"];

export function AgingChart({ title, labels, totalsMinor, money, lang }: AgingChartProps) {
  const data: VerticalBarChartDataPoint[] = labels.map((label, i) => ({
    x: label,
    y: plotValue(totalsMinor[i] ?? 0, money.digits),
    legend: label,
    color: BUCKET_COLOURS[Math.min(i, BUCKET_COLOURS.length - 1)],
    yAxisCalloutData: money.format(totalsMinor[i] ?? 0),
  }));
  // Round ticks (0, 200K, 400K …) labelled in the pane's language, with room for the widest label.
  const axis = valueAxis(data.map((d) => d.y), lang);
  return (
    <div data-testid="aging-chart" aria-label={title}>
      <VerticalBarChart chartTitle={title} data={data} height={220} hideLegend barWidth="auto" {...axis} />
    </div>
  );
}

export default AgingChart;
