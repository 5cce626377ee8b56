import { type CurrencyDigitsSetting, currencyDigits } from "../currencies";
import type { Day } from "../dates";
import { planVsActualByMonth } from "../ledger/cashflow";
import { contractIdsIn, currencyCode } from "../ledger/currencyScope";
import { monthOf } from "../ledger/days";
import { activeInstallments, byCollectionOrder, installmentState } from "../ledger/installmentState";
import { indexLedger, type LedgerIndex } from "../ledger/ledgerIndex";
import { ledgerRowState } from "../ledger/ledgerTable";
import type { LedgerSnapshot } from "../ledger/snapshot";
import { DEFAULT_DUNNING_POLICY, type DunningPolicy } from "../dunning";
import { DEFAULT_DIGITS } from "../money";
import type { Contract, Reminder } from "../store/types";
import type { SheetCell, SheetTable } from "./sheetTable";
import { CHANNEL_LABELS, CONTRACT_STATUS_LABELS, DUNNING_STAGE_LABELS, type Lang, REPORT_STRINGS, STATE_LABELS } from "./strings";

/**
 * Currencies in the reports. Amounts are minor units of their contract's currency (Contract.currency)
 * and there are no exchange rates, so:
 * - every amount is written with its own contract's digits (a JPY contract's ¥1,200,000 is 1200000
 *   in its cell, never 12,000.00), and every report with amounts has a Currency column saying
 *   which currency a row is in (a single-currency ledger gets the column too: the tables keep one
 *   shape whatever the ledger holds, and a reader never has to guess the unit);
 * - nothing is added across currencies: plan vs actual is per currency and month, the aging is one
 *   block per currency (agingFormulas).
 * The reports take the ledger's default currency (the settings'), which only matters for a code
 * ISO 4217 does not list (its configured digits, core/currencies) and for a row whose contract is
 * missing (no known currency: blank Currency, the default's digits).
 */
export const FALLBACK_CURRENCY: CurrencyDigitsSetting = { code: "CNY", digits: DEFAULT_DIGITS };

/** The currency of a row of `contract` (blank when the contract is missing) and its digits. */
function rowCurrency(contract: Contract | undefined, defaultCurrency: CurrencyDigitsSetting): { code: string; digits: number } {
  if (!contract) return { code: "", digits: currencyDigits(defaultCurrency.code, defaultCurrency) };
  const code = currencyCode(contract.currency);
  return { code, digits: currencyDigits(code, defaultCurrency) };
}

/** The currencies the ledger's contracts are in, sorted by code (currencyScope's codes). */
export function reportCurrencies(s: LedgerSnapshot): string[] {
  return [...new Set(s.contracts.map((c) => currencyCode(c.currency)))].sort();
}

/** Default Excel table names; writeReport makes them unique in the workbook. */
export const LEDGER_TABLE_NAME = "HuikuanLedger";
export const REMINDER_TABLE_NAME = "HuikuanReminders";
export const PLAN_TABLE_NAME = "HuikuanPlanActual";

/**
 * The installment ledger: every installment of every active plan, in collection order, with what
 * was received on it and what stays open on `asOf` (nothing on a closed contract: what was open was
 * written off, and the row says so), each row in its contract's currency (Currency
 * column, amounts in that currency's digits). Its Customer, Due, Open and Currency columns feed
 * the live aging formulas.
 */
export function installmentLedgerTable(s: LedgerSnapshot, lang: Lang, asOf: Day, defaultCurrency = FALLBACK_CURRENCY): SheetTable {
  const t = REPORT_STRINGS[lang];
  const index = indexLedger(s);
  const rowDigits: number[] = [];
  const rows = activeInstallments(s.installments, index)
    .sort((a, b) => {
      const ca = index.contractById.get(a.contractId)?.code ?? "";
      const cb = index.contractById.get(b.contractId)?.code ?? "";
      return ca < cb ? -1 : ca > cb ? 1 : byCollectionOrder(a, b);
    })
    .map((inst) => {
      const contract = index.contractById.get(inst.contractId);
      const customer = contract ? index.customerById.get(contract.customerId) : undefined;
      const st = installmentState(inst, index, asOf);
      // On a closed contract what was open was written off: Open 0, state "Written off" (as AR.LEDGER).
      const row = contract ? ledgerRowState(st, contract.status) : st;
      const currency = rowCurrency(contract, defaultCurrency);
      rowDigits.push(currency.digits);
      return [
        contract?.code ?? "", customer?.name ?? "", inst.seq, inst.dueDate, currency.code, inst.amountMinor, st.received, row.open,
        STATE_LABELS[lang][row.status], row.status === "overdue" ? st.daysPastDue : 0, inst.owner ?? contract?.owner ?? "",
        contract ? CONTRACT_STATUS_LABELS[lang][contract.status] : "",
      ];
    });
  return {
    tableName: LEDGER_TABLE_NAME,
    digits: currencyDigits(defaultCurrency.code, defaultCurrency),
    rowDigits,
    columns: [
      { header: t.contract, kind: "text" }, { header: t.customer, kind: "text" }, { header: t.seq, kind: "integer" },
      { header: t.due, kind: "date" }, { header: t.currency, kind: "text" }, { header: t.amount, kind: "money" }, { header: t.received, kind: "money" },
      { header: t.open, kind: "money" }, { header: t.state, kind: "text" }, { header: t.daysPastDue, kind: "integer" },
      { header: t.owner, kind: "text" }, { header: t.contractStatus, kind: "text" },
    ],
    rows,
  };
}

/**
 * The stage a reminder was made at, by name. A reminder keeps the policy stage's key (stageKey),
 * named as it is whatever the policy has become since (a stage inserted in front moves positions,
 * not keys). One logged before keys were kept has only the stage's position in the dunning policy
 * (0 = the first stage, core/dunning dunningStageIndex), which read bare would say "0" for a
 * courtesy reminder: it is named through `policy`, and a position the policy no longer has is
 * shown counted from 1.
 */
function stageName(r: Pick<Reminder, "stage" | "stageKey">, policy: DunningPolicy, lang: Lang): string | null {
  const key = r.stageKey ?? (r.stage === undefined ? undefined : policy[r.stage]?.stage);
  if (key === undefined) return r.stage === undefined ? null : String(r.stage + 1);
  return DUNNING_STAGE_LABELS[lang][key] ?? key;
}

/**
 * The reminder log (催款记录), newest first; a promised amount is in its contract's currency, the
 * stage is named from `policy` (the user's dunning policy).
 */
export function reminderLogTable(s: LedgerSnapshot, lang: Lang, defaultCurrency = FALLBACK_CURRENCY, policy: DunningPolicy = DEFAULT_DUNNING_POLICY): SheetTable {
  const t = REPORT_STRINGS[lang];
  const index = indexLedger(s);
  const rowDigits: number[] = [];
  const rows = [...s.reminders]
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : (b.id ?? 0) - (a.id ?? 0)))
    .map((r) => {
      const contract = index.contractById.get(r.contractId);
      const customer = contract ? index.customerById.get(contract.customerId) : undefined;
      const currency = rowCurrency(contract, defaultCurrency);
      rowDigits.push(currency.digits);
      return [
        r.date, contract?.code ?? "", customer?.name ?? "", CHANNEL_LABELS[lang][r.channel] ?? r.channel, r.contact, r.outcome,
        r.promiseDate ?? null, currency.code, r.promiseAmountMinor ?? null, r.nextActionDate ?? null, r.owner, stageName(r, policy, lang),
      ];
    });
  return {
    tableName: REMINDER_TABLE_NAME,
    digits: currencyDigits(defaultCurrency.code, defaultCurrency),
    rowDigits,
    columns: [
      { header: t.date, kind: "date" }, { header: t.contract, kind: "text" }, { header: t.customer, kind: "text" },
      { header: t.channel, kind: "text" }, { header: t.contact, kind: "text" }, { header: t.outcome, kind: "text" },
      { header: t.promiseDate, kind: "date" }, { header: t.currency, kind: "text" }, { header: t.promiseAmount, kind: "money" }, { header: t.nextAction, kind: "date" },
      { header: t.owner, kind: "text" }, { header: t.stage, kind: "text" },
    ],
    rows,
  };
}

/** First and last month ("YYYY-MM") with an active-plan installment due or a receipt on the contracts `ids`. */
function monthSpan(s: LedgerSnapshot, ids: ReadonlySet<number>, index: LedgerIndex): { from: string; to: string } | undefined {
  let from: string | undefined;
  let to: string | undefined;
  const see = (m: string) => {
    if (from === undefined || m < from) from = m;
    if (to === undefined || m > to) to = m;
  };
  for (const i of activeInstallments(s.installments, index)) if (ids.has(i.contractId)) see(monthOf(i.dueDate));
  for (const r of s.receipts) if (ids.has(r.contractId)) see(monthOf(r.date));
  return from === undefined || to === undefined ? undefined : { from, to };
}

/**
 * Plan vs actual by currency and month: planned = installments of active plans falling due in the
 * month, actual = receipts dated in the month, each over the contracts of one currency
 * (core/ledger/cashflow's planVsActualByMonth, as the Dashboard shows it). Currencies come in code
 * order; within one, every month from its first to its last is listed, empty ones included, so
 * the cumulative columns read as a curve, and they restart with each currency. No figure adds
 * two currencies; a receipt whose contract is missing has no currency and is in no row.
 */
export function planVsActualTable(s: LedgerSnapshot, lang: Lang, defaultCurrency = FALLBACK_CURRENCY): SheetTable {
  const t = REPORT_STRINGS[lang];
  const index = indexLedger(s);
  const rows: SheetCell[][] = [];
  const rowDigits: number[] = [];
  for (const code of reportCurrencies(s)) {
    const span = monthSpan(s, contractIdsIn(s, code), index);
    if (!span) continue;
    const digits = currencyDigits(code, defaultCurrency);
    let cumPlanned = 0;
    let cumActual = 0;
    for (const { month, planned, collected } of planVsActualByMonth(s, span.from, span.to, code, index)) {
      cumPlanned += planned;
      cumActual += collected;
      rows.push([code, month, planned, collected, collected - planned, cumPlanned, cumActual, cumPlanned === 0 ? null : cumActual / cumPlanned]);
      rowDigits.push(digits);
    }
  }
  return {
    tableName: PLAN_TABLE_NAME,
    digits: currencyDigits(defaultCurrency.code, defaultCurrency),
    rowDigits,
    columns: [
      { header: t.currency, kind: "text" }, { header: t.month, kind: "text" }, { header: t.planned, kind: "money" },
      { header: t.actual, kind: "money" }, { header: t.difference, kind: "money" }, { header: t.cumPlanned, kind: "money" },
      { header: t.cumActual, kind: "money" }, { header: t.rate, kind: "percent" },
    ],
    rows,
  };
}

/** Structured reference to a column: Excel escapes [ ] # ' inside column names with a leading '. */
export function structuredRef(tableName: string, column: string): string {
  return `${tableName}[${column.replace(/(['#[\]])/g, "'$1")}]`;
}

export interface AgingFormula {
  /**
   * The currency of the rows the formula ages, for the block's heading; undefined when not known
   * (a table without a Currency column, or without rows).
   */
  currency?: string;
  formula: string;
  /** Rows of the spill: header plus one per distinct customer (grouped as AR.AGINGBY groups keys). */
  rows: number;
  columns: number;
  /** Minor-unit digits of the aged amounts' currency, for the spill's number format. */
  digits: number;
}

const STANDARD_BOUNDS = [30, 60, 90];

/** The key AR.AGINGBY groups a customer cell under: case and surrounding spaces ignored. */
function customerKey(cell: SheetCell | undefined): string {
  return String(cell ?? "").trim().toLowerCase();
}

/**
 * A live customer aging over the exported ledger table: one AR.AGINGBY formula whose spill
 * recalculates whenever the table or the day changes, over the rows in `currency` (every row when
 * undefined). `onlyCurrency`: every row of the table is in `currency`, so the formula reads the
 * whole columns (no FILTER). Spill size is predicted for the chart.
 *
 * It ages what the ledger counts as receivable, as the Dashboard's aging does (core/ledger/dashboard):
 * - a row of a draft or closed contract (Contract status column) holds no receivable and is left
 *   out, through FILTER on that column, when the table has such rows;
 * - an installment waiting for its milestone (State column) is not yet due, so it is aged as due
 *   today (Current) rather than by its planned date: IF(State="Awaiting milestone",TODAY(),Due),
 *   when the table has such rows.
 * A table with neither keeps the plain formula over the whole columns.
 */
export function agingFormula(
  ledger: SheetTable,
  tableName: string,
  lang: Lang,
  bounds: readonly number[] = STANDARD_BOUNDS,
  currency?: string,
  onlyCurrency = false,
): AgingFormula {
  const t = REPORT_STRINGS[lang];
  const custom = bounds.length === 3 && bounds.every((b, i) => b === STANDARD_BOUNDS[i]) ? "" : `,{${bounds.join(",")}}`;
  const column = (header: string) => ledger.columns.findIndex((c) => c.header === header);
  const customerCol = column(t.customer);
  const currencyCol = column(t.currency);
  const stateCol = column(t.state);
  const statusCol = column(t.contractStatus);
  const notLive = [CONTRACT_STATUS_LABELS[lang].draft, CONTRACT_STATUS_LABELS[lang].closed];
  const awaiting = STATE_LABELS[lang].awaiting;
  const code = currency === undefined ? undefined : currencyCode(currency);
  const inCurrency = (r: number) => code === undefined || currencyCode(String(ledger.rows[r][currencyCol] ?? "")) === code;
  const isNotLive = (r: number) => statusCol >= 0 && notLive.includes(String(ledger.rows[r][statusCol] ?? ""));
  const isAwaiting = (r: number) => stateCol >= 0 && ledger.rows[r][stateCol] === awaiting;
  const text = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const ref = (header: string) => structuredRef(tableName, header);

  const conditions: string[] = [];
  if (code !== undefined && !onlyCurrency) conditions.push(`${ref(t.currency)}=${text(code)}`);
  let anyNotLive = false;
  let anyAwaiting = false;
  for (let r = 0; r < ledger.rows.length; r++) {
    if (!inCurrency(r)) continue;
    if (isNotLive(r)) anyNotLive = true;
    else if (isAwaiting(r)) anyAwaiting = true;
  }
  if (anyNotLive) for (const label of notLive) conditions.push(`${ref(t.contractStatus)}<>${text(label)}`);
  const due = anyAwaiting ? `IF(${ref(t.state)}=${text(awaiting)},TODAY(),${ref(t.due)})` : ref(t.due);
  let args = [ref(t.customer), due, ref(t.open)];
  if (conditions.length > 0) {
    const test = conditions.length === 1 ? conditions[0] : conditions.map((c) => `(${c})`).join("*");
    // if_empty "": with no row left each column is one blank, which AR.AGINGBY skips (header
    // only) rather than FILTER's #CALC!.
    args = args.map((a) => `FILTER(${a},${test},"")`);
  }
  const keys = new Set<string>();
  let digits: number | undefined;
  for (let r = 0; r < ledger.rows.length; r++) {
    if (!inCurrency(r)) continue;
    digits ??= ledger.rowDigits?.[r];
    if (isNotLive(r)) continue;
    const key = customerKey(ledger.rows[r][customerCol]);
    if (key !== "") keys.add(key);
  }
  // A currency without two decimals (KWD 3, JPY 0) is named in the formula, which then keeps its
  // amounts to that unit; two-decimal blocks keep the shorter formula they always had.
  const named = code !== undefined && currencyDigits(code) !== DEFAULT_DIGITS ? `${custom === "" ? "," : ""},"${code}"` : "";
  return {
    ...(code === undefined ? {} : { currency: code }),
    formula: `=AR.AGINGBY(${args.join(",")},TODAY()${custom}${named})`,
    rows: keys.size + 1,
    columns: bounds.length + 4, // Key, Current, one band per bound and the last band, Total
    digits: digits ?? ledger.digits,
  };
}

/**
 * The aging blocks of a ledger table: one per currency, in code order, so no customer's total adds
 * two currencies. A table whose rows are all in one currency (or with no Currency column) gets a
 * single formula over its whole columns, the one a single-currency ledger always had. Otherwise
 * each currency's formula reads its rows through FILTER(column, Currency="USD", ""). FILTER needs
 * Excel with dynamic arrays (Microsoft 365, Excel 2021 and later, Excel on the web) — but so does
 * the report itself, whose AR.AGINGBY result is a spill. The alternative, formulas over a fixed
 * per-currency range of rows, would silently go wrong as soon as the user sorts or filters the
 * ledger table; FILTER keeps each block live and right whatever the table's order. A row with no
 * currency (its contract is missing) is in no block.
 */
export function agingFormulas(ledger: SheetTable, tableName: string, lang: Lang, bounds: readonly number[] = STANDARD_BOUNDS): AgingFormula[] {
  const currencyCol = ledger.columns.findIndex((c) => c.header === REPORT_STRINGS[lang].currency);
  if (currencyCol < 0) return [agingFormula(ledger, tableName, lang, bounds)];
  const codes = new Set(ledger.rows.map((r) => currencyCode(String(r[currencyCol] ?? ""))));
  if (codes.size === 1 && !codes.has("")) return [agingFormula(ledger, tableName, lang, bounds, [...codes][0], true)];
  codes.delete("");
  if (codes.size === 0) return [agingFormula(ledger, tableName, lang, bounds)]; // no row with a known currency
  return [...codes].sort().map((code) => agingFormula(ledger, tableName, lang, bounds, code));
}
