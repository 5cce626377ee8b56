import type { Channel, ContractStatus } from "../store/types";
import type { LedgerRowStatus } from "../ledger/ledgerTable";

export type Lang = "en" | "zh";

/** Report headers and labels in both languages; table column headers double as structured-reference names. */
export const REPORT_STRINGS = {
  en: {
    ledgerSheet: "Installment ledger", agingSheet: "Aging by customer", remindersSheet: "Reminder log", planSheet: "Plan vs actual",
    contract: "Contract", customer: "Customer", title: "Title", seq: "No", due: "Due", amount: "Amount", received: "Received",
    open: "Open", state: "State", owner: "Owner", daysPastDue: "Days past due", contractStatus: "Contract status",
    date: "Date", channel: "Channel", contact: "Contact", outcome: "Outcome", promiseDate: "Promised date",
    promiseAmount: "Promised amount", nextAction: "Next action", stage: "Stage",
    month: "Month", planned: "Planned", actual: "Actual", difference: "Difference", cumPlanned: "Cumulative planned",
    cumActual: "Cumulative actual", rate: "Collection rate",
    agingTitle: "Aging by customer (live: recalculates from the ledger table)", chartTitle: "Open receivables by age",
    currency: "Currency", currencyBlock: "Currency: {code}", chartTitleIn: "Open receivables by age ({code})",
  },
  zh: {
    ledgerSheet: "回款台账", agingSheet: "客户账龄", remindersSheet: "催款记录", planSheet: "计划与实际回款",
    contract: "合同编号", customer: "客户", title: "合同名称", seq: "期次", due: "到期日", amount: "应收金额", received: "已回款",
    open: "未回款", state: "状态", owner: "负责人", daysPastDue: "逾期天数", contractStatus: "合同状态",
    date: "日期", channel: "方式", contact: "联系人", outcome: "结果", promiseDate: "承诺付款日",
    promiseAmount: "承诺金额", nextAction: "下次跟进", stage: "催收阶段",
    month: "月份", planned: "计划回款", actual: "实际回款", difference: "差额", cumPlanned: "累计计划",
    cumActual: "累计实际", rate: "回款率",
    agingTitle: "客户账龄（实时：随台账表重新计算）", chartTitle: "未回款账龄分布",
    currency: "币种", currencyBlock: "币种：{code}", chartTitleIn: "未回款账龄分布（{code}）",
  },
} as const;

export type ReportStrings = (typeof REPORT_STRINGS)["en" | "zh"];

export const STATE_LABELS: Record<Lang, Record<LedgerRowStatus, string>> = {
  en: { paid: "Paid", awaiting: "Awaiting milestone", overdue: "Overdue", due: "Not yet due", writtenOff: "Written off" },
  zh: { paid: "已结清", awaiting: "待里程碑", overdue: "已逾期", due: "未到期", writtenOff: "已核销" },
};

export const CONTRACT_STATUS_LABELS: Record<Lang, Record<ContractStatus, string>> = {
  en: { draft: "Draft", active: "Active", closed: "Closed", disputed: "Disputed" },
  zh: { draft: "草稿", active: "执行中", closed: "已关闭", disputed: "争议" },
};

export const CHANNEL_LABELS: Record<Lang, Record<Channel, string>> = {
  en: { phone: "Phone", email: "Email", letter: "Letter", visit: "Visit", legal: "Legal" },
  zh: { phone: "电话", email: "邮件", letter: "函件", visit: "上门", legal: "法律" },
};

/**
 * Dunning stages of the policy (core/dunning: stable English keys) as the Today page names them; a
 * stage the user named themselves is shown as they wrote it.
 */
export const DUNNING_STAGE_LABELS: Record<Lang, Readonly<Record<string, string>>> = {
  en: {},
  zh: { Courtesy: "到期提示", Friendly: "友好提醒", Formal: "正式催款", "Final demand": "最后催告", Legal: "法律程序" },
};
