import { isoFromSerial, edate, type Day } from "../../../core/dates";
import { planVsActualByMonth, cashForecast } from "../../../core/ledger/cashflow";
import { currencyCode, initialCurrency, ledgerCurrencies, targetsCurrencyOf } from "../../../core/ledger/currencyScope";
import { agingTotals, targetsVsCollected, topOverdueCustomers } from "../../../core/ledger/dashboard";
import { indexLedger } from "../../../core/ledger/ledgerIndex";
import { metricInputsByMonth } from "../../../core/ledger/metricInputs";
import { quarterOfMonth } from "../../../core/ledger/periods";
import type { LedgerSnapshot } from "../../../core/ledger/snapshot";
import { collectionEffectiveness, dso } from "../../../core/metrics";
import { fromMinor } from "../../../core/money";
import type { Settings } from "../../../core/store/settings";
import type { TrendPoint } from "./charts/chartTypes";
import type { DashboardView } from "./dashboardView";
import { periodKey } from "./targetForm";
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
 * metricInputs) and metrics (core/metrics), over the contracts of ONE currency: amounts in
 * different currencies are never added (there are no exchange rates). The currency is `chosen`
 * when the ledger has contracts in it, else the settings' default currency when it has, else the
 * one with the most outstanding (core/ledger/currencyScope initialCurrency). A collection target
 * is set against what was collected only in its own currency's view (CollectionTarget.currency; a
 * target stored without one is read in the default currency, targetsCurrencyOf).
 */
export function dashboardViewFrom(snapshot: LedgerSnapshot, today: Day, settings: Settings, chosen?: string): DashboardView {
  // Everything the view reads besides the snapshot: the day, the currency asked for, and the
  // settings it uses (a change to the language or the dunning policy keeps the view).
  const key = JSON.stringify([today, chosen ?? null, settings.defaultCurrency.code, settings.defaultCurrency.digits, settings.agingBounds]);
  let views = computed.get(snapshot);
  const cached = views?.get(key);
  if (cached) return cached;
  const view = computeView(snapshot, today, settings, chosen);
  if (!views) computed.set(snapshot, (views = new Map()));
  if (views.size >= VIEWS_PER_SNAPSHOT) views.delete(views.keys().next().value!);
  views.set(key, view);
  return view;
}

/**
 * Views already computed, per snapshot. A snapshot is never changed: the pane replaces it with a
 * new object on every change to the ledger (core/store/watchLedger, taskpane/ledger/useLedgerSnapshot),
 * so a view computed from one stays right for as long as it is held — coming back to the Dashboard
 * with the ledger unchanged shows it again instead of running every query (about 200 ms at 100,000
 * installments). A snapshot no longer held takes its views with it.
 */
const computed = new WeakMap<LedgerSnapshot, Map<string, DashboardView>>();
/** Views kept per snapshot (one per currency looked at, mostly); the oldest goes first. */
const VIEWS_PER_SNAPSHOT = 8;

function computeView(snapshot: LedgerSnapshot, today: Day, settings: Settings, chosen?: string): DashboardView {
  const index = indexLedger(snapshot);
  const currencies = ledgerCurrencies(snapshot, today, index);
  const codes = currencies.map((c) => c.currency);
  const picked = chosen === undefined ? undefined : currencyCode(chosen);
  const currency = picked !== undefined && codes.includes(picked) ? picked : initialCurrency(currencies, settings.defaultCurrency.code);
  const targetsCurrency = targetsCurrencyOf(currencies, settings.defaultCurrency.code);
  const aging = agingTotals(snapshot, today, currency, settings.agingBounds, index);
  const outstanding = aging.totals.reduce((s, t) => s + t, 0);
  const currentMonth = monthOfDay(today);
  const targetCurrencies = [...new Set(snapshot.targets
    .filter((t) => periodKey(t.period) === currentMonth)
    .map((t) => currencyCode(t.currency?.trim() ? t.currency : targetsCurrency)))].sort();
  const firstMonth = monthOfDay(edate(today, -(MONTHS_BACK - 1)));
  const lastMonth = monthOfDay(edate(today, MONTHS_AHEAD));
  const months = planVsActualByMonth(snapshot, firstMonth, lastMonth, currency, index);
  const pastMonths = months.map((m) => m.month).filter((m) => m <= currentMonth);
  const inputs = metricInputsByMonth(snapshot, pastMonths, currency, index);
  const dsoTrend: TrendPoint[] = inputs.map((m) => ({ month: m.month, value: defined(() => dso(fromMinor(m.endReceivables), fromMinor(m.creditSales), m.days)) }));
  const ceiTrend: TrendPoint[] = inputs.map((m) => ({
    month: m.month,
    value: defined(() => collectionEffectiveness(fromMinor(m.beginReceivables), fromMinor(m.creditSales), fromMinor(m.endReceivables), fromMinor(m.endCurrentReceivables))),
  }));
  // Headline DSO / CEI: the last complete month (the current one is still running).
  const lastComplete = dsoTrend.length >= 2 ? dsoTrend.length - 2 : -1;
  const forecast = cashForecast(snapshot, today, currency, 13, index);
  // Targets are set per month or per quarter (periods.ts): the current month's always show, the
  // current quarter's when any is set.
  const quarter = quarterOfMonth(currentMonth);
  const ownerTargets = (period: string) =>
    targetsVsCollected(snapshot, period, currency, targetsCurrency, index).map((o) => ({ owner: o.owner, targetMinor: o.target, collectedMinor: o.collected }));
  // The quarter shows only with a target above 0 in this currency (targetsVsCollected's reading
  // of a target's currency): without one, its receipts are not gone through a second time.
  const code = currencyCode(currency);
  const quarterTargeted = snapshot.targets.some((t) => {
    const own = t.currency?.trim();
    return periodKey(t.period) === quarter && t.targetMinor > 0 && currencyCode(own ? own : targetsCurrency) === code;
  });
  const quarterOwners = quarterTargeted ? ownerTargets(quarter) : [];
  return {
    currency,
    digits: digitsFor(currency, settings.defaultCurrency),
    currencies: codes,
    otherCurrencies: codes.filter((c) => c !== currency),
    targetsCurrency,
    targetCurrencies,
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
    owners: ownerTargets(currentMonth),
    quarter: quarterOwners.some((o) => o.targetMinor > 0) ? { period: quarter, owners: quarterOwners } : undefined,
    topOverdue: topOverdueCustomers(snapshot, today, currency, 10, index).map((c) => ({ customer: c.name, overdueMinor: c.overdue, outstandingMinor: c.outstanding })),
  };
}
