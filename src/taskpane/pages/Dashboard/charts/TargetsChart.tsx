import { HorizontalBarChart, type ChartProps } from "@fluentui/react-charts";
import type { TargetsChartProps } from "./chartTypes";
import { plotValue } from "./units";

/**
 * One bar per owner: what was collected, against a bar as long as the period's target (the
 * incentive view). One data point per bar, so the chart needs no legend.
 */
export function TargetsChart({ title, collectedLabel, owners, money, testId = "targets-chart" }: TargetsChartProps) {
  const data: ChartProps[] = owners.map((o) => ({
    chartTitle: `${o.owner}: ${money.format(o.collectedMinor)} / ${money.format(o.targetMinor)}`,
    chartData: [{
      legend: collectedLabel,
      color: o.collectedMinor >= o.targetMinor ? "#107c10" : "#0f6cbd",
      horizontalBarChartdata: { x: plotValue(o.collectedMinor, money.digits), total: plotValue(Math.max(o.targetMinor, o.collectedMinor), money.digits) },
    }],
  }));
  return (
    <div data-testid={testId} aria-label={title}>
      <HorizontalBarChart data={data} chartDataMode="percentage" />
    </div>
  );
}

export default TargetsChart;
