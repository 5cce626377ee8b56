import { definePageStrings } from "../../i18n/pageStrings";

/** Text of the penalty clause: its form fields, its description and the accrued amounts in the detail. */
export const penaltyStrings = definePageStrings({
  en: {
    penalty: "Penalty clause",
    "kind.none": "None",
    "kind.interest": "Late-payment interest",
    "kind.daily": "Daily penalty",
    annualRate: "Annual interest rate (%)",
    dailyRate: "Daily penalty rate",
    rateUnit: "Unit",
    "unit.percent": "% per day",
    "unit.permille": "‰ per day",
    yearDays: "Days in a year",
    graceDays: "Grace days",
    graceHint: "Interest runs from the due date when payment is more than this many days late.",
    capShare: "Cap (% of the overdue amount)",
    capHint: "Blank: no cap.",
    "clause.none": "Penalty clause: none",
    "clause.interest": "Penalty clause: late-payment interest {rate}% a year, {yearDays}-day year, {grace} grace day(s)",
    "clause.daily": "Penalty clause: daily penalty {rate}% a day ({permille}‰)",
    "clause.cap": ", at most {cap}% of the overdue amount",
    accruedTitle: "Accrued on overdue installments",
    accruedRow: "#{seq} due {due}, {days} d late, {open} open: {amount}",
    accruedRowPart: "#{seq} due {due}, {days} d late, {open} open, {paid} received late: {amount}",
    accruedTotal: "Total accrued: {amount}",
    accruedNone: "Nothing overdue, nothing accrued.",
    paidLateTitle: "Accrued on payments received late",
    paidLateRow: "#{seq} due {due}, {paid} received late: {amount}",
    paidLateTotal: "Total accrued on payments received late: {amount}",
  },
  zh: {
    penalty: "违约条款",
    "kind.none": "无",
    "kind.interest": "逾期利息",
    "kind.daily": "按日违约金",
    annualRate: "年利率（%）",
    dailyRate: "日违约金比例",
    rateUnit: "单位",
    "unit.percent": "% / 日",
    "unit.permille": "‰ / 日",
    yearDays: "年计息天数",
    graceDays: "宽限天数",
    graceHint: "逾期超过宽限天数的，自到期日起计息。",
    capShare: "上限（逾期金额的 %）",
    capHint: "留空表示不设上限。",
    "clause.none": "违约条款：无",
    "clause.interest": "违约条款：逾期利息年利率 {rate}%，按 {yearDays} 天计，宽限 {grace} 天",
    "clause.daily": "违约条款：按日违约金每日 {rate}%（{permille}‰）",
    "clause.cap": "，不超过逾期金额的 {cap}%",
    accruedTitle: "逾期款项已产生的违约金 / 利息",
    accruedRow: "第 {seq} 期 到期 {due}，逾期 {days} 天，未收 {open}：{amount}",
    accruedRowPart: "第 {seq} 期 到期 {due}，逾期 {days} 天，未收 {open}，逾期已收 {paid}：{amount}",
    accruedTotal: "合计：{amount}",
    accruedNone: "没有逾期款项，未产生违约金。",
    paidLateTitle: "逾期收款已产生的违约金 / 利息",
    paidLateRow: "第 {seq} 期 到期 {due}，逾期收款 {paid}：{amount}",
    paidLateTotal: "逾期收款合计：{amount}",
  },
});

export type PenaltyStrings = (typeof penaltyStrings)["en"];

/** Core's argument names → the penalty fields' labels, so its messages name the field the user sees. */
export function penaltyLabels(p: PenaltyStrings): Record<string, string> {
  return { penalty: p.penalty, annualRate: p.annualRate, dailyRate: p.dailyRate, yearDays: p.yearDays, graceDays: p.graceDays, capShare: p.capShare };
}
