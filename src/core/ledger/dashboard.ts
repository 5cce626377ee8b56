import { bucketIndex, bucketLabels, DEFAULT_BOUNDS, type AgingTotals } from "../aging";
import type { Day } from "../dates";
import type { Minor } from "../money";
import { contractIdsIn, currencyCode } from "./currencyScope";
import { dayOf } from "./days";
import { indexLedger, type LedgerIndex } from "./ledgerIndex";
import { liveOpenRows } from "./liveOpenRows";
import { parsePeriod } from "./periods";
import type { LedgerSnapshot } from "./snapshot";

/*
 * Every figure here is over the contracts of one currency (core/ledger/currencyScope): amounts in
 * different currencies are never added, and the caller says which currency it shows.
 */

/**
 * Aging of everything open on live contracts in `currency`, bucketed as AR.AGING does (core/aging).
 * An installment waiting for its milestone is not yet due, so it sits in Current. Totals add up to
 * the total open in that currency.
 */
export function agingTotals(s: LedgerSnapshot, asOf: Day, currency: string, bounds: readonly number[] = DEFAULT_BOUNDS, index: LedgerIndex = indexLedger(s)): AgingTotals {
  const totals = new Array<number>(bounds.length + 2).fill(0);
  for (const { state: st } of liveOpenRows(s, asOf, currency, index)) {
    totals[st.status === "overdue" ? bucketIndex(st.daysPastDue, bounds) : 0] += st.open;
  }
  return { labels: bucketLabels(bounds), totals };
}

export interface CustomerExposure {
  readonly customerId: number;
  readonly name: string;
  readonly overdue: Minor;
  readonly outstanding: Minor;
}

/**
 * Customers with the most overdue in `currency` (their contracts in other currencies are left
 * out), largest first (ties: larger outstanding, then name).
 */
export function topOverdueCustomers(s: LedgerSnapshot, asOf: Day, currency: string, limit = 10, index: LedgerIndex = indexLedger(s)): CustomerExposure[] {
  const acc = new Map<number, { overdue: number; outstanding: number }>();
  for (const { contract: c, state: st } of liveOpenRows(s, asOf, currency, index)) {
    let a = acc.get(c.customerId);
    if (!a) acc.set(c.customerId, (a = { overdue: 0, outstanding: 0 }));
    a.outstanding += st.open;
    if (st.status === "overdue") a.overdue += st.open;
  }
  const rows: CustomerExposure[] = [];
  for (const [customerId, a] of acc) {
    if (a.overdue > 0) rows.push({ customerId, name: index.customerById.get(customerId)?.name ?? "", ...a });
  }
  rows.sort((x, y) => y.overdue - x.overdue || y.outstanding - x.outstanding || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  return rows.slice(0, limit);
}

export interface OwnerTarget {
  readonly owner: string;
  readonly target: Minor;
  /** Receipts dated in the period on contracts this owner is responsible for. */
  readonly collected: Minor;
  /** collected / target; undefined without a target. */
  readonly achieved: number | undefined;
}

/** An owner (回款责任人) as targets are matched to contracts: ignoring case and surrounding spaces. */
const ownerKey = (owner: string) => owner.trim().toLowerCase();
/** A period as stored or asked for: "2026-q4" is 2026-Q4 (validateTarget stores it upper-cased; older records may not be). */
const periodKey = (period: string) => period.trim().toUpperCase();

/**
 * Collection targets against what was collected in `currency`, per owner, for a period "YYYY-MM"
 * or "YYYY-Qn". A receipt counts for its contract's owner (回款责任人), in its contract's currency.
 *
 * The owner is free text, typed on contracts and on targets: a target for "zhang min" is Zhang
 * Min's, whose contracts say "Zhang Min" (owners match ignoring case and surrounding spaces, and
 * are named as the contracts spell them, else as the target does). Two targets that are one owner
 * this way (stored before they were matched so) are added up, as the owner's target.
 *
 * A target applies only to collections in its own currency (CollectionTarget.currency); a target
 * stored before targets had a currency is an amount in `targetsCurrency` (the ledger's default,
 * core/ledger/currencyScope targetsCurrencyOf), as it always was read. A target in another
 * currency than `currency` is left out, never set against collections in this one: every owner
 * who collected is still listed, with target 0 (achieved undefined) when no target of theirs is
 * in `currency`. Sorted by owner.
 */
export function targetsVsCollected(
  s: LedgerSnapshot,
  period: string,
  currency: string,
  targetsCurrency: string,
  index: LedgerIndex = indexLedger(s),
): OwnerTarget[] {
  const { from, to } = parsePeriod(period);
  const wanted = periodKey(period);
  const rows = new Map<string, { owner: string; named: boolean; target: number; collected: number }>();
  const code = currencyCode(currency);
  for (const t of s.targets) {
    if (periodKey(t.period) !== wanted) continue;
    const own = t.currency?.trim();
    if (currencyCode(own ? own : targetsCurrency) !== code) continue;
    const key = ownerKey(t.owner);
    const row = rows.get(key);
    if (row) row.target += t.targetMinor;
    else rows.set(key, { owner: t.owner.trim(), named: false, target: t.targetMinor, collected: 0 });
  }
  const inCurrency = contractIdsIn(s, currency);
  for (const r of s.receipts) {
    if (!inCurrency.has(r.contractId)) continue;
    const d = dayOf(r.date);
    if (d < from || d > to) continue;
    const owner = index.contractById.get(r.contractId)?.owner;
    if (owner === undefined) continue;
    const key = ownerKey(owner);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { owner: owner.trim(), named: true, target: 0, collected: 0 }));
    else if (!row.named) {
      // Named as the ledger's contracts spell the owner.
      row.owner = owner.trim();
      row.named = true;
    }
    row.collected += r.amountMinor;
  }
  return [...rows.values()]
    .sort((a, b) => (a.owner < b.owner ? -1 : a.owner > b.owner ? 1 : 0))
    .map((r) => ({ owner: r.owner, target: r.target, collected: r.collected, achieved: r.target > 0 ? r.collected / r.target : undefined }));
}
