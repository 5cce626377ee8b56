import type { ContractStatus } from "../store/types";

/**
 * Words for a contract's status (草稿 / 执行中 / 已关闭 / 争议) as sheets write them, and words for
 * the payment status of an installment (已回款, 逾期, paid, overdue) that sheets keep in a column
 * also headed 状态 / Status. The ledger works a payment status out from the amounts; it is not a
 * contract status and must not be read as one.
 */
const STATUS_WORDS: Record<string, ContractStatus> = {
  draft: "draft", 草稿: "draft", 拟定: "draft",
  active: "active", open: "active", 执行中: "active", 进行中: "active", 有效: "active", 生效: "active",
  closed: "closed", done: "closed", 已关闭: "closed", 关闭: "closed", 已完成: "closed", 完成: "closed", 结清: "closed",
  disputed: "disputed", dispute: "disputed", 争议: "disputed", 有争议: "disputed", 纠纷: "disputed",
};

/** The contract status a cell's text names (case ignored), if any. */
export function contractStatusOf(text: string): ContractStatus | undefined {
  return STATUS_WORDS[text.trim().toLowerCase()];
}

const PAYMENT_WORDS = new Set([
  "已回款", "未回款", "部分回款", "回款中", "待回款", "已全部回款", "全部回款", "已收款", "未收款", "部分收款", "待收款", "已收", "未收", "部分已收",
  "已到账", "未到账", "部分到账", "逾期", "已逾期", "逾期未收", "逾期未回款", "逾期未付", "未到期", "已到期", "到期未收", "已付款", "未付款", "部分付款",
  "已付", "未付", "已支付", "未支付", "已结清", "未结清", "欠款", "坏账", "催收中", "待付款",
  "paid", "unpaid", "partiallypaid", "partlypaid", "partpaid", "partial", "partialpayment", "overdue", "pastdue", "notdue", "notyetdue",
  "outstanding", "received", "notreceived", "collected", "uncollected", "settled", "unsettled", "writtenoff", "baddebt", "fullypaid",
]);

/** Whether a cell's text is a payment status (已回款, 逾期, Paid, past due …): spaces, hyphens and case ignored. */
export function isPaymentStatusText(text: string): boolean {
  return PAYMENT_WORDS.has(text.normalize("NFKC").toLowerCase().replace(/[\s_\-.]+/g, ""));
}
