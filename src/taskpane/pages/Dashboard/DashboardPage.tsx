import { useEffect, useMemo, useState } from "react";
import {
  Dropdown, Field, Option, Spinner, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text,
} from "@fluentui/react-components";
import { isoFromSerial } from "../../../core/dates";
import { formatMoney } from "../../../core/moneyFormat";
import { useSettings } from "../../app/SettingsContext";
import { format } from "../../i18n/language";
import { usePageStrings } from "../../i18n/pageStrings";
import { useLedgerSnapshot } from "../../ledger/useLedgerSnapshot";
import { useToday } from "../../ledger/useToday";
import { Amount } from "./Amount";
import { dashboardViewFrom } from "./dashboardData";
import { strings } from "./strings";
import { TargetsSection } from "./TargetsSection";
import { useDashboardStyles } from "./Dashboard.styles";

type Charts = (typeof import("./charts/DashboardCharts"))["default"];

// The charts' code (the charting library) is asked for as soon as this page's code runs, beside
// the ledger read, and shown the moment it has arrived. Under Suspense React would keep the
// spinner up for at least 300 ms after the figures (measured: the code came 5–100 ms after them).
type ChartsLoad = { charts?: Charts; error?: unknown };
let chartsSettled: ChartsLoad | undefined; // once arrived, a later visit renders the charts at once
const chartsModule: Promise<ChartsLoad> = import(/* webpackChunkName: "dashboard-charts" */ "./charts/DashboardCharts").then(
  (m) => (chartsSettled = { charts: m.default }),
  (error: unknown) => (chartsSettled = { error }),
);

/** The charts component once its code has loaded; a failed load is thrown to the page's error boundary. */
function useCharts(): Charts | undefined {
  const [loaded, setLoaded] = useState<ChartsLoad | undefined>(() => chartsSettled);
  useEffect(() => {
    let live = true;
    void chartsModule.then((m) => live && setLoaded(m));
    return () => {
      live = false;
    };
  }, []);
  if (loaded?.error !== undefined) throw loaded.error;
  return loaded?.charts;
}

/**
 * Aging, plan vs collected, DSO / CEI, the 13-week forecast, targets per owner, top overdue customers,
 * all in one currency: with contracts in several, a selector picks which, and the page says the
 * others are left out (amounts in different currencies are never added).
 */
export default function DashboardPage() {
  const s = usePageStrings(strings);
  const styles = useDashboardStyles();
  const { settings } = useSettings();
  const today = useToday();
  const snapshot = useLedgerSnapshot();
  const [picked, setPicked] = useState<string | undefined>();
  const DashboardCharts = useCharts();
  const view = useMemo(() => (snapshot ? dashboardViewFrom(snapshot, today, settings, picked) : undefined), [snapshot, today, settings, picked]);
  if (!snapshot || !view) return <Spinner size="small" />;
  const money = (minor: number) => formatMoney(minor, view.currency, view.digits);
  const figure = (label: string, value: string, testId: string) => (
    <div className={styles.figure} data-testid={testId}>
      <Text size={200} className={styles.muted}>{label}</Text>
      <Text size={400} weight="semibold" className={styles.value} data-testid={`${testId}-value`}><Amount value={value} /></Text>
    </div>
  );
  return (
    <section className={styles.page} aria-label={s.title} data-testid="dashboard-page">
      <Subtitle2 as="h2">{s.title}</Subtitle2>
      <Text size={200} className={styles.muted}>{format(s.asOf, { date: isoFromSerial(today) })}</Text>
      {snapshot.contracts.length === 0 && <Text data-testid="dashboard-empty">{s.empty}</Text>}
      {view.currencies.length > 1 && (
        <div className={styles.currencyBar}>
          <Field label={s.currency} orientation="horizontal">
            <Dropdown
              data-testid="dashboard-currency"
              className={styles.currencyPicker}
              value={view.currency}
              selectedOptions={[view.currency]}
              onOptionSelect={(_, d) => { if (d.optionValue) setPicked(d.optionValue); }}
            >
              {view.currencies.map((c) => <Option key={c} value={c}>{c}</Option>)}
            </Dropdown>
          </Field>
          <Text size={200} className={styles.muted} data-testid="dashboard-currency-note">
            {format(s.currencyNote, { currency: view.currency, others: view.otherCurrencies.join(s.listSeparator) })}
          </Text>
        </div>
      )}
      <div className={styles.figures}>
        {figure(s.outstanding, money(view.outstandingMinor), "fig-outstanding")}
        {figure(s.overdue, money(view.overdueMinor), "fig-overdue")}
        {figure(s.collectedMonth, money(view.collectedThisMonthMinor), "fig-collected")}
        {figure(format(s.dso, { month: view.metricMonth }), view.dso === null ? s.notDefined : view.dso.toFixed(1), "fig-dso")}
        {figure(format(s.cei, { month: view.metricMonth }), view.cei === null ? s.notDefined : `${(view.cei * 100).toFixed(1)}%`, "fig-cei")}
      </div>
      {DashboardCharts ? <DashboardCharts view={view} /> : <Spinner size="small" label={s.loadingCharts} />}
      <TargetsSection
        targets={snapshot.targets}
        contracts={snapshot.contracts}
        period={view.targetPeriod}
        currency={view.currency}
        fallbackCurrency={view.targetsCurrency}
      />
      <section className={styles.card} aria-label={s.topOverdue}>
        <Subtitle2 as="h3">{s.topOverdue}</Subtitle2>
        {view.topOverdue.length === 0 ? <Text className={styles.muted}>{s.noOverdue}</Text> : (
          <Table size="small" data-testid="top-overdue">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{s.colCustomer}</TableHeaderCell>
                <TableHeaderCell>{s.colOverdue}</TableHeaderCell>
                <TableHeaderCell>{s.colOutstanding}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {view.topOverdue.map((c) => (
                <TableRow key={c.customer}>
                  <TableCell>{c.customer}</TableCell>
                  <TableCell className={styles.num}><Amount value={money(c.overdueMinor)} /></TableCell>
                  <TableCell className={styles.num}><Amount value={money(c.outstandingMinor)} /></TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </section>
  );
}
