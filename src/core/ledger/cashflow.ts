import type { Day } from "../dates";
import { inputError } from "../errors";
import type { Minor } from "../money";
import { contractIdsIn } from "./currencyScope";
import { monthOf } from "./days";
import { indexLedger, type LedgerIndex } from "./ledgerIndex";
import { liveOpenRows } from "./liveOpenRows";
import type { LedgerSnapshot } from "./snapshot";

export interface MonthPlanActual {
  readonly month: string; // "YYYY-MM"
  /** Amounts of active-plan installments due in the month (what the plan expected). */
  readonly planned: Minor;
  /** Receipts dated in the month. */
  readonly collected: Minor;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function monthsBetween(from: string, to: string): string[] {
  for (const [arg, m] of [["from", from], ["to", to]] as const) if (!MONTH.test(m)) inputError("badPeriod", { arg, got: JSON.stringify(m) });
  const out: string[] = [];
  let [y, m] = from.split("-").map(Number);
  const [ty, tm] = to.split("-").map(Number);
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/**
 * Plan vs actual collection in `currency` for each month from `from` to `to` ("YYYY-MM",
 * inclusive), over the contracts in that currency, closed ones included.
 */
export function planVsActualByMonth(s: LedgerSnapshot, from: string, to: string, currency: string, index: LedgerIndex = indexLedger(s)): MonthPlanActual[] {
  const months = monthsBetween(from, to);
  const acc = new Map(months.map((m) => [m, { planned: 0, collected: 0 }]));
  const inCurrency = contractIdsIn(s, currency);
  for (const inst of s.installments) {
    if (!index.activePlanIds.has(inst.planId) || !inCurrency.has(inst.contractId)) continue;
    const a = acc.get(monthOf(inst.dueDate));
    if (a) a.planned += inst.amountMinor;
  }
  for (const r of s.receipts) {
    if (!inCurrency.has(r.contractId)) continue;
    const a = acc.get(monthOf(r.date));
    if (a) a.collected += r.amountMinor;
  }
  return months.map((month) => ({ month, ...acc.get(month)! }));
}

export interface CashForecast {
  /** First day of each week: asOf, asOf + 7, … */
  readonly weekStarts: Day[];
  /** Open amounts falling due in each week (installments waiting for a milestone at their expected date). */
  readonly expected: Minor[];
  /**
   * Open amounts whose date has already passed (overdue, or milestones running late): not spread
   * over the weeks, because when they arrive is a judgement the forecast does not make.
   */
  readonly pastDue: Minor;
}

/** The 13-week cash forecast in `currency` from the open plan of live contracts in that currency. */
export function cashForecast(s: LedgerSnapshot, asOf: Day, currency: string, weeks = 13, index: LedgerIndex = indexLedger(s)): CashForecast {
  const expected = new Array<number>(weeks).fill(0);
  let pastDue = 0;
  for (const { state: st } of liveOpenRows(s, asOf, currency, index)) {
    const offset = st.due - asOf;
    if (offset < 0) pastDue += st.open;
    else if (offset < weeks * 7) expected[Math.floor(offset / 7)] += st.open;
  }
  return { weekStarts: Array.from({ length: weeks }, (_, k) => asOf + 7 * k), expected, pastDue };
}
