import type { Day } from "../dates";
import { inputError } from "../errors";
import type { Minor } from "../money";
import { contractIdsIn } from "./currencyScope";
import { dayOf } from "./days";
import { indexLedger, type LedgerIndex } from "./ledgerIndex";
import { isAwaitingMilestone } from "./installmentState";
import { parsePeriod } from "./periods";
import type { LedgerSnapshot } from "./snapshot";

/**
 * What DSO, best possible DSO, ADD (core/metrics) and CEI need for one month, from the ledger's
 * contracts in one currency (amounts in different currencies are never added, so DSO and CEI are
 * per currency). Conventions (documented for the Dashboard):
 * - credit sales are invoices dated in the month (tax included);
 * - receivables at a day D are, per contract, invoiced by D less received by D (never below 0);
 * - the overdue part is, per contract, what the active plan had due before D less received by D,
 *   capped by the receivables (rows waiting for a milestone are not due, as in aging); current
 *   receivables are the rest.
 */
export interface MonthMetricInputs {
  readonly month: string;
  readonly days: number;
  readonly creditSales: Minor;
  readonly beginReceivables: Minor;
  readonly endReceivables: Minor;
  readonly endCurrentReceivables: Minor;
}

interface Position {
  readonly receivables: Minor;
  readonly current: Minor;
}

/** Each event once as numbers (contract slot, day, amount), so many dates cost one tight loop each. */
interface Events {
  readonly contracts: number;
  readonly invoiced: Float64Array[]; // [slot, day, amount] columns
  readonly received: Float64Array[];
  readonly due: Float64Array[];
}

function columns(rows: readonly { contractId: number; day: Day; amount: Minor }[], slotOf: (id: number) => number): Float64Array[] {
  const slot = new Float64Array(rows.length);
  const day = new Float64Array(rows.length);
  const amount = new Float64Array(rows.length);
  rows.forEach((r, i) => {
    slot[i] = slotOf(r.contractId);
    day[i] = r.day;
    amount[i] = r.amount;
  });
  return [slot, day, amount];
}

function eventsOf(s: LedgerSnapshot, index: LedgerIndex, currency: string): Events {
  const inCurrency = contractIdsIn(s, currency);
  const slots = new Map<number, number>();
  const slotOf = (id: number) => {
    let k = slots.get(id);
    if (k === undefined) slots.set(id, (k = slots.size));
    return k;
  };
  const mine = (r: { contractId: number }) => inCurrency.has(r.contractId);
  const invoiced = columns(s.invoices.filter(mine).map((i) => ({ contractId: i.contractId, day: dayOf(i.date), amount: i.amountMinor })), slotOf);
  const received = columns(s.receipts.filter(mine).map((r) => ({ contractId: r.contractId, day: dayOf(r.date), amount: r.amountMinor })), slotOf);
  const due = columns(
    s.installments
      .filter((i) => mine(i) && index.activePlanIds.has(i.planId) && !isAwaitingMilestone(i, index))
      .map((i) => ({ contractId: i.contractId, day: dayOf(i.dueDate), amount: i.amountMinor })),
    slotOf,
  );
  return { contracts: slots.size, invoiced, received, due };
}

function sumUpTo(target: Float64Array, [slot, day, amount]: Float64Array[], last: Day): void {
  for (let i = 0; i < slot.length; i++) if (day[i] <= last) target[slot[i]] += amount[i];
}

function position(e: Events, d: Day): Position {
  const invoiced = new Float64Array(e.contracts);
  const received = new Float64Array(e.contracts);
  const dueBefore = new Float64Array(e.contracts);
  sumUpTo(invoiced, e.invoiced, d);
  sumUpTo(received, e.received, d);
  sumUpTo(dueBefore, e.due, d - 1); // due on d itself is not late yet
  let receivables = 0;
  let overdue = 0;
  for (let k = 0; k < e.contracts; k++) {
    const open = Math.max(0, invoiced[k] - received[k]);
    receivables += open;
    overdue += Math.min(open, Math.max(0, dueBefore[k] - received[k]));
  }
  return { receivables, current: receivables - overdue };
}

/** Receivables in `currency` and their current part at the end of day `d`. */
export function positionAt(s: LedgerSnapshot, d: Day, currency: string, index: LedgerIndex = indexLedger(s)): Position {
  return position(eventsOf(s, index, currency), d);
}

/**
 * Inputs in `currency` for each month "YYYY-MM" given, in order (core/ledger/periods reads them).
 * A month's opening position is the previous month's closing one, so consecutive months read each
 * position once.
 */
export function metricInputsByMonth(s: LedgerSnapshot, months: readonly string[], currency: string, index: LedgerIndex = indexLedger(s)): MonthMetricInputs[] {
  const events = eventsOf(s, index, currency);
  const [, invoiceDay, invoiceAmount] = events.invoiced;
  const positions = new Map<Day, Position>();
  const at = (d: Day): Position => {
    let p = positions.get(d);
    if (p === undefined) positions.set(d, (p = position(events, d)));
    return p;
  };
  return months.map((month) => {
    if (!MONTH.test(month.trim())) return inputError("badPeriod", { arg: "months", got: JSON.stringify(month) });
    const { from: first, to: last } = parsePeriod(month, "months");
    let creditSales = 0;
    for (let i = 0; i < invoiceDay.length; i++) if (invoiceDay[i] >= first && invoiceDay[i] <= last) creditSales += invoiceAmount[i];
    const begin = at(first - 1);
    const end = at(last);
    return { month, days: last - first + 1, creditSales, beginReceivables: begin.receivables, endReceivables: end.receivables, endCurrentReceivables: end.current };
  });
}

/** A month as metricInputsByMonth takes it (parsePeriod also reads quarters). */
const MONTH = /^\d{4}-\d{2}$/;
