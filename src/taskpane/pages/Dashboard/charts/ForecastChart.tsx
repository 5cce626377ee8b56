import * as React from "react";
import { VerticalBarChart, type VerticalBarChartDataPoint } from "@fluentui/react-charts";
import type { ForecastChartProps } from "./chartTypes";
import { plotValue, valueAxis } from "./units";

export function ForecastChart({ title, weeks, money, lang }: ForecastChartProps) {
  const data: VerticalBarChartDataPoint[] = weeks.map((w) => ({
    x: w.weekStart.slice(5), // "MM-DD": thirteen labels must fit a narrow pane
    y: plotValue(w.amountMinor, money.digits),
    color: "#0f6cbd",
    xAxisCalloutData: w.weekStart,
    yAxisCalloutData: money.format(w.amountMinor),
  }));
  const axis = valueAxis(data.map((d) => d.y), lang);
  return (
    <div data-testid="forecast-chart" aria-label={title}>
      <VerticalBarChart chartTitle={title} data={data} height={220} hideLegend rotateXAxisLables {...axis} />
    </div>
  );
}

export default ForecastChart;
