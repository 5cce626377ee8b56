import { Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import { formatMoney } from "../../../../core/moneyFormat";
import { format } from "../../../i18n/language";
import { usePageStrings } from "../../../i18n/pageStrings";
import { useStrings } from "../../../i18n/StringsContext";
import { Amount } from "../Amount";
import type { DashboardView } from "../dashboardView";
import { agingLabels, strings } from "../strings";
import { useDashboardStyles } from "../Dashboard.styles";
import { AgingChart } from "./AgingChart";
import type { MoneyFormat } from "./chartTypes";
import { ForecastChart } from "./ForecastChart";
import { MetricTrendChart } from "./MetricTrendChart";
import { PlanVsActualChart } from "./PlanVsActualChart";
import { TargetsChart } from "./TargetsChart";

/** The Dashboard's charts, one lazily loaded chunk (the charts library is large). */
export default function DashboardCharts({ view }: { view: DashboardView }) {
  const s = usePageStrings(strings);
  const { lang } = useStrings();
  const styles = useDashboardStyles();
  const money: MoneyFormat = { currency: view.currency, digits: view.digits, format: (m) => formatMoney(m, view.currency, view.digits) };
  const forecastTotal = view.forecast.reduce((sum, w) => sum + w.amountMinor, 0);
  // Targets are set against collections only in their own currency; with none this period, the card stays in the default's view.
  const targetsIn = view.targetCurrencies.length > 0 ? view.targetCurrencies : [view.targetsCurrency];
  const targetsApply = targetsIn.includes(view.currency);
  return (
    <>
      <section className={styles.card}>
        <Subtitle2 as="h3">{s.aging}</Subtitle2>
        <AgingChart title={s.aging} labels={agingLabels(view.aging.labels, s)} totalsMinor={view.aging.totalsMinor} money={money} lang={lang} />
      </section>
      <section className={styles.card}>
        <Subtitle2 as="h3">{s.planVsActual}</Subtitle2>
        <PlanVsActualChart title={s.planVsActual} plannedLabel={s.planned} collectedLabel={s.collected} months={view.months} money={money} lang={lang} />
      </section>
      <section className={styles.card}>
        <Subtitle2 as="h3">{s.metricsTrend}</Subtitle2>
        {view.trend.dso.every((p) => p.value === null) && view.trend.cei.every((p) => p.value === null) ? (
          <Text className={styles.muted} data-testid="metrics-undefined">{s.noMetrics}</Text>
        ) : <MetricTrendChart
          title={s.metricsTrend}
          lang={lang}
          series={[
            { legend: s.dsoLegend, points: view.trend.dso },
            { legend: s.ceiLegend, points: view.trend.cei.map((p) => ({ month: p.month, value: p.value === null ? null : p.value * 100 })) },
          ]}
        />}
      </section>
      <section className={styles.card}>
        <Subtitle2 as="h3">{s.forecast}</Subtitle2>
        <Text size={200} data-testid="forecast-total">{format(s.forecastTotal, { amount: money.format(forecastTotal) })}</Text>
        <Text size={200} className={styles.muted} data-testid="forecast-past-due">{format(s.forecastPastDue, { amount: money.format(view.forecastPastDueMinor) })}</Text>
        <ForecastChart title={s.forecast} weeks={view.forecast} money={money} lang={lang} />
      </section>
      {targetsApply ? (
        <section className={styles.card}>
          <Subtitle2 as="h3">{format(s.targets, { period: view.targetPeriod })}</Subtitle2>
          {view.owners.length === 0 ? <Text className={styles.muted}>{s.noTargets}</Text> : (
            <TargetsChart title={format(s.targets, { period: view.targetPeriod })} noTargetLabel={s.noTarget} owners={view.owners} money={money} />
          )}
          {view.quarter && (
            <>
              <Subtitle2 as="h3">{format(s.targets, { period: view.quarter.period })}</Subtitle2>
              <TargetsChart title={format(s.targets, { period: view.quarter.period })} noTargetLabel={s.noTarget} owners={view.quarter.owners} money={money} testId="quarter-targets-chart" />
            </>
          )}
        </section>
      ) : (
        // Targets are in another currency: what was collected in this one is listed, never set against them.
        <section className={styles.card}>
          <Subtitle2 as="h3">{format(s.collectedPerOwner, { period: view.targetPeriod })}</Subtitle2>
          <Text size={200} className={styles.muted} data-testid="targets-elsewhere">
            {format(s.targetsElsewhere, { targets: targetsIn.join(s.listSeparator), currency: view.currency })}
          </Text>
          {view.owners.length > 0 && (
            <Table size="small" data-testid="collected-per-owner">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{s.colOwner}</TableHeaderCell>
                  <TableHeaderCell>{s.collected}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {view.owners.map((o) => (
                  <TableRow key={o.owner}>
                    <TableCell>{o.owner}</TableCell>
                    <TableCell className={styles.num}><Amount value={money.format(o.collectedMinor)} /></TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </section>
      )}
    </>
  );
}
