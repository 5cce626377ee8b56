import * as React from "react";
import { GroupedVerticalBarChart, type GroupedVerticalBarChartData } from "@fluentui/react-charts";
import type { PlanVsActualChartProps } from "./chartTypes";
import { plotValue, valueAxis } from "./units";

export function PlanVsActualChart({ title, plannedLabel, collectedLabel, months, money, lang }: PlanVsActualChartProps) {
  const data: GroupedVerticalBarChartData[] = months.map((m) => ({
    name: m.month,
    series: [
      { key: "planned", legend: plannedLabel, data: plotValue(m.plannedMinor, money.digits), color: "#8a8886", yAxisCalloutData: money.format(m.plannedMinor) },
      { key: "collected", legend: collectedLabel, data: plotValue(m.collectedMinor, money.digits), color: "#0f6cbd", yAxisCalloutData: money.format(m.collectedMinor) },
    ],
  }));
  const axis = valueAxis(data.flatMap((d) => d.series.map((p) => p.data)), lang);
  return (
    <div data-testid="plan-vs-actual-chart" aria-label={title}>
      <GroupedVerticalBarChart chartTitle={title} data={data} height={240} {...axis} />
    </div>
  );
}

export default PlanVsActualChart;
