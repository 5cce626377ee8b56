import type { Day } from "../dates";
import { monthOf } from "../ledger/days";
import { activeInstallments, byCollectionOrder, installmentState } from "../ledger/installmentState";
import { indexLedger } from "../ledger/ledgerIndex";
import type { LedgerSnapshot } from "../ledger/snapshot";
import { DEFAULT_DIGITS } from "../money";
import type { SheetTable } from "./sheetTable";
import { CHANNEL_LABELS, CONTRACT_STATUS_LABELS, type Lang, REPORT_STRINGS, STATE_LABELS } from "./strings";

/** Default Excel table names; writeReport makes them unique in the workbook. */
export const LEDGER_TABLE_NAME = "HuikuanLedger";
export const REMINDER_TABLE_NAME = "HuikuanReminders";
export const PLAN_TABLE_NAME = "HuikuanPlanActual";

/**
 * The installment ledger: every installment of every active plan, in collection order, with what
 * was received on it and what stays open on `asOf`. Its Customer, Due and Open columns feed the
 * live aging formula.
 */
export function installmentLedgerTable(s: LedgerSnapshot, lang: Lang, asOf: Day, digits = DEFAULT_DIGITS): SheetTable {
  const t = REPORT_STRINGS[lang];
  const index = indexLedger(s);
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
      return [
        contract?.code ?? "", customer?.name ?? "", inst.seq, inst.dueDate, inst.amountMinor, st.received, st.open,
        STATE_LABELS[lang][st.status], st.status === "overdue" ? st.daysPastDue : 0, inst.owner ?? contract?.owner ?? "",
        contract ? CONTRACT_STATUS_LABELS[lang][contract.status] : "",
      ];
    });
  return {
    tableName: LEDGER_TABLE_NAME,
    digits,
    columns: [
      { header: t.contract, kind: "text" }, { header: t.customer, kind: "text" }, { header: t.seq, kind: "integer" },
      { header: t.due, kind: "date" }, { header: t.amount, kind: "money" }, { header: t.received, kind: "money" },
      { header: t.open, kind: "money" }, { header: t.state, kind: "text" }, { header: t.daysPastDue, kind: "integer" },
      { header: t.owner, kind: "text" }, { header: t.contractStatus, kind: "text" },
    ],
    rows,
  };
}

/** The reminder log (催款记录), newest first. */
export function reminderLogTable(s: LedgerSnapshot, lang: Lang, digits = DEFAULT_DIGITS): SheetTable {
  const t = REPORT_STRINGS[lang];
  const index = indexLedger(s);
  const rows = [...s.reminders]
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : (b.id ?? 0) - (a.id ?? 0)))
    .map((r) => {
      const contract = index.contractById.get(r.contractId);
      const customer = contract ? index.customerById.get(contract.customerId) : undefined;
      return [
        r.date, contract?.code ?? "", customer?.name ?? "", CHANNEL_LABELS[lang][r.channel] ?? r.channel, r.contact, r.outcome,
        r.promiseDate ?? null, r.promiseAmountMinor ?? null, r.nextActionDate ?? null, r.owner, r.stage ?? null,
      ];
    });
  return {
    tableName: REMINDER_TABLE_NAME,
    digits,
    columns: [
      { header: t.date, kind: "date" }, { header: t.contract, kind: "text" }, { header: t.customer, kind: "text" },
      { header: t.channel, kind: "text" }, { header: t.contact, kind: "text" }, { header: t.outcome, kind: "text" },
      { header: t.promiseDate, kind: "date" }, { header: t.promiseAmount, kind: "money" }, { header: t.nextAction, kind: "date" },
      { header: t.owner, kind: "text" }, { header: t.stage, kind: "integer" },
    ],
    rows,
  };
}

function nextMonth(ym: string): string {
  const [y, m] = ym.split("-").map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/**
 * Plan vs actual by month: planned = installments of active plans falling due in the month,
 * actual = receipts dated in the month. Every month from the first to the last is listed, empty
 * ones included, so the cumulative columns read as a curve.
 */
export function planVsActualTable(s: LedgerSnapshot, lang: Lang, digits = DEFAULT_DIGITS): SheetTable {
  const t = REPORT_STRINGS[lang];
  const index = indexLedger(s);
  const planned = new Map<string, number>();
  const actual = new Map<string, number>();
  for (const i of activeInstallments(s.installments, index)) planned.set(monthOf(i.dueDate), (planned.get(monthOf(i.dueDate)) ?? 0) + i.amountMinor);
  for (const r of s.receipts) actual.set(monthOf(r.date), (actual.get(monthOf(r.date)) ?? 0) + r.amountMinor);
  const months = [...planned.keys(), ...actual.keys()].sort();
  const rows: (string | number | null)[][] = [];
  if (months.length > 0) {
    let cumPlanned = 0;
    let cumActual = 0;
    for (let m = months[0]; m <= months[months.length - 1]; m = nextMonth(m)) {
      const p = planned.get(m) ?? 0;
      const a = actual.get(m) ?? 0;
      cumPlanned += p;
      cumActual += a;
      rows.push([m, p, a, a - p, cumPlanned, cumActual, cumPlanned === 0 ? null : cumActual / cumPlanned]);
    }
  }
  return {
    tableName: PLAN_TABLE_NAME,
    digits,
    columns: [
      { header: t.month, kind: "text" }, { header: t.planned, kind: "money" }, { header: t.actual, kind: "money" },
      { header: t.difference, kind: "money" }, { header: t.cumPlanned, kind: "money" }, { header: t.cumActual, kind: "money" },
      { header: t.rate, kind: "percent" },
    ],
    rows,
  };
}

/** Structured reference to a column: Excel escapes [ ] # ' inside column names with a leading '. */
export function structuredRef(tableName: string, column: string): string {
  return `${tableName}[${column.replace(/(['#[\]])/g, "'$1")}]`;
}

export interface AgingFormula {
  formula: string;
  /** Rows of the spill: header plus one per distinct customer (grouped as AR.AGINGBY groups keys). */
  rows: number;
  columns: number;
}

/**
 * The live customer aging over the exported ledger table: one AR.AGINGBY formula whose spill
 * recalculates whenever the table or the day changes. Spill size is predicted for the chart.
 */
export function agingFormula(ledger: SheetTable, tableName: string, lang: Lang, bounds: readonly number[] = [30, 60, 90]): AgingFormula {
  const t = REPORT_STRINGS[lang];
  const args = [t.customer, t.due, t.open].map((c) => structuredRef(tableName, c));
  const custom = bounds.length === 3 && bounds.every((b, i) => b === [30, 60, 90][i]) ? "" : `,{${bounds.join(",")}}`;
  const customerCol = ledger.columns.findIndex((c) => c.header === t.customer);
  const keys = new Set(ledger.rows.map((r) => String(r[customerCol] ?? "").trim().toLowerCase()).filter((k) => k !== ""));
  return { formula: `=AR.AGINGBY(${args.join(",")},TODAY()${custom})`, rows: keys.size + 1, columns: bounds.length + 4 }; // Key, Current, one band per bound and the last band, Total
}
