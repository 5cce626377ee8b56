import { isoFromSerial, edate, type Day } from "../../../core/dates";
import { planVsActualByMonth, cashForecast } from "../../../core/ledger/cashflow";
import { agingTotals, targetsVsCollected, topOverdueCustomers } from "../../../core/ledger/dashboard";
import { indexLedger } from "../../../core/ledger/ledgerIndex";
import { metricInputsByMonth } from "../../../core/ledger/metricInputs";
import type { LedgerSnapshot } from "../../../core/ledger/snapshot";
import { collectionEffectiveness, dso } from "../../../core/metrics";
import { fromMinor } from "../../../core/money";
import type { Settings } from "../../../core/store/settings";
import type { TrendPoint } from "./charts/chartTypes";
import type { DashboardView } from "./dashboardView";
import { digitsFor } from "../../ledger/currencyDigits";

/** How many months the plan-vs-collected and DSO / CEI charts look back (the current one included). */
const MONTHS_BACK = 6;
/** Planned collections shown ahead of the current month. */
const MONTHS_AHEAD = 2;

const monthOfDay = (d: Day) => isoFromSerial(d).slice(0, 7);

/** A metric that is undefined for the month (no credit sales, nothing collectible) is null, not 0. */
function defined(compute: () => number): number | null {
  try {
    const v = compute();
    return Number.isFinite(v) ? v : null;
  } catch {
    return null;
  }
}

/**
 * The Dashboard's figures, all from core's ledger queries (core/ledger/dashboard, cashflow,
 * metricInputs) and metrics (core/metrics). Amounts are shown in the default currency.
 */
export function dashboardViewFrom(snapshot: LedgerSnapshot, today: Day, settings: Settings): DashboardView {
  const index = indexLedger(snapshot);
  const aging = agingTotals(snapshot, today, settings.agingBounds, index);
  const outstanding = aging.totals.reduce((s, t) => s + t, 0);
  const currentMonth = monthOfDay(today);
  const firstMonth = monthOfDay(edate(today, -(MONTHS_BACK - 1)));
  const lastMonth = monthOfDay(edate(today, MONTHS_AHEAD));
  const months = planVsActualByMonth(snapshot, firstMonth, lastMonth, index);
  const pastMonths = months.map((m) => m.month).filter((m) => m <= currentMonth);
  const inputs = metricInputsByMonth(snapshot, pastMonths);
  const dsoTrend: TrendPoint[] = inputs.map((m) => ({ month: m.month, value: defined(() => dso(fromMinor(m.endReceivables), fromMinor(m.creditSales), m.days)) }));
  const ceiTrend: TrendPoint[] = inputs.map((m) => ({
    month: m.month,
    value: defined(() => collectionEffectiveness(fromMinor(m.beginReceivables), fromMinor(m.creditSales), fromMinor(m.endReceivables), fromMinor(m.endCurrentReceivables))),
  }));
  // Headline DSO / CEI: the last complete month (the current one is still running).
  const lastComplete = dsoTrend.length >= 2 ? dsoTrend.length - 2 : -1;
  const forecast = cashForecast(snapshot, today, 13, index);
  return {
    currency: settings.defaultCurrency.code,
    digits: digitsFor(settings.defaultCurrency.code, settings.defaultCurrency),
    outstandingMinor: outstanding,
    overdueMinor: outstanding - aging.totals[0],
    collectedThisMonthMinor: months.find((m) => m.month === currentMonth)?.collected ?? 0,
    metricMonth: lastComplete >= 0 ? dsoTrend[lastComplete].month : currentMonth,
    dso: lastComplete >= 0 ? dsoTrend[lastComplete].value : null,
    cei: lastComplete >= 0 ? ceiTrend[lastComplete].value : null,
    aging: { labels: aging.labels, totalsMinor: aging.totals },
    months: months.map((m) => ({ month: m.month, plannedMinor: m.planned, collectedMinor: m.collected })),
    trend: { dso: dsoTrend, cei: ceiTrend },
    forecast: forecast.weekStarts.map((d, k) => ({ weekStart: isoFromSerial(d), amountMinor: forecast.expected[k] })),
    forecastPastDueMinor: forecast.pastDue,
    targetPeriod: currentMonth,
    owners: targetsVsCollected(snapshot, currentMonth, index).map((o) => ({ owner: o.owner, targetMinor: o.target, collectedMinor: o.collected })),
    topOverdue: topOverdueCustomers(snapshot, today, 10, index).map((c) => ({ customer: c.name, overdueMinor: c.overdue, outstandingMinor: c.outstanding })),
  };
}
