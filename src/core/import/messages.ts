import { FIELD_LABELS } from "./fields";
import type { SkippedColumn } from "./headers";
import type { Refusal, RefusalCode } from "./rows";
import { multiplierLabel } from "./units";

const EN: Record<RefusalCode, string> = {
  missingCode: "the contract code is missing.",
  badDate: "{field} is not a date (use YYYY-MM-DD, YYYY/M/D or an Excel date): {value}.",
  notANumber: "{field} is not a number: {value}.",
  negativeAmount: "{field} must not be negative: {value}.",
  badSeq: "{field} must be a whole number from 1: {value}.",
  badStatus: "{field} is not a known status (draft, active, closed, disputed): {value}.",
  badCurrency: "{field} is not a currency the ledger knows (a code such as CNY, USD, EUR, or 人民币, 美元): {value}.",
  duplicateKey: "same {key} as row {earlier} ({value}); only the first is imported.",
  conflict: "{field} differs from an earlier row of the same contract: {value}.",
  missingAmount: "the installment amount is missing (needed when a contract has several rows).",
  missingDueDate: "the due date is missing.",
  missingCustomer: "the contract is new and no customer is given.",
  missingSignDate: "the contract is new and has neither a sign date nor a due date.",
  tooPrecise: "{field} {value} {unit} has more decimal places than the currency allows; round it in the sheet.",
  unitConflict: "{field} {value} names a unit other than its column's {unit}; write the number alone.",
  currencyChange: "the contract {contract} is in {stored}; this row says {value} — a contract's currency cannot change by import.",
  cellError: "{field} holds an Excel error: {value}; correct the formula or clear the cell.",
  receivedOverDue: "{field} {value} is more than the installment amount {limit}; record an overpayment as a receipt on the Contracts page.",
  receivedBelowRecorded: "{field} {value} is less than the {limit} already received on this installment of {contract} by receipts recorded on the Contracts page; the column is the total received on the installment. Correct the sheet, or change those receipts on the Contracts page.",
  ambiguousCode: "the contract code {value} matches the contracts {matches} in the ledger, which differ only in letter case, spaces or full-width characters; write the code exactly as the contract you mean is stored.",
  ambiguousCustomer: "the customer {value} matches the customers {matches} in the ledger, which differ only in letter case, spaces or full-width characters; write the name exactly as stored, or give the customer code.",
  contractClosed: "the contract {contract} is closed and this row would change it; reopen it on the Contracts page first, or give it another status in the sheet (such as active).",
};

const ZH: Record<RefusalCode, string> = {
  missingCode: "缺少合同编号。",
  badDate: "{field}不是有效日期（请用 YYYY-MM-DD、YYYY/M/D 或 Excel 日期）：{value}。",
  notANumber: "{field}不是数字：{value}。",
  negativeAmount: "{field}不能为负数：{value}。",
  badSeq: "{field}应为从 1 开始的整数：{value}。",
  badStatus: "{field}不是可识别的状态（草稿、执行中、已关闭、争议）：{value}。",
  badCurrency: "{field}不是可识别的币种（如 CNY、USD、EUR 或 人民币、美元）：{value}。",
  duplicateKey: "{key}与第 {earlier} 行相同（{value}），只导入第一行。",
  conflict: "{field}与同一合同前面的行不一致：{value}。",
  missingAmount: "缺少本期应收金额（同一合同有多行时必填）。",
  missingDueDate: "缺少到期日。",
  missingCustomer: "新合同未填写客户。",
  missingSignDate: "新合同既无签订日期也无到期日。",
  tooPrecise: "{field} {value} {unit}换算后的小数位数超过币种允许的位数，请先在表格中取整。",
  unitConflict: "{field} {value} 自带的单位与该列的单位{unit}不一致，请只填写数字。",
  currencyChange: "合同 {contract} 的币种是 {stored}，本行为 {value}——导入不能更改合同的币种。",
  cellError: "{field}是 Excel 错误值：{value}，请修正公式或清空单元格。",
  receivedOverDue: "{field} {value} 超过本期应收金额 {limit}；多收的款项请在合同页面登记收款。",
  receivedBelowRecorded: "{field} {value} 少于合同页面登记的收款已计入合同 {contract} 本期的 {limit}；该列是本期累计已回款金额。请更正表格，或在合同页面修改这些收款。",
  ambiguousCode: "合同编号 {value} 与台账中的合同{matches}仅大小写、空格或全角/半角不同，无法确定是哪一份；请按要导入的合同在台账中的编号原样填写。",
  ambiguousCustomer: "客户 {value} 与台账中的客户{matches}仅大小写、空格或全角/半角不同，无法确定是哪一个；请按台账中的名称原样填写，或填写客户编号。",
  contractClosed: "合同 {contract} 已关闭，本行会更改该合同；请先在合同页面重新打开，或在表格中将其状态改为执行中等其他状态。",
};

/** “Acme” (C1) → in Chinese “Acme”（C1）: a match is a contract code, or a customer's name then its code in brackets. */
function quoted(m: { text: string; code?: string }, lang: "en" | "zh"): string {
  const code = m.code === undefined ? "" : lang === "zh" ? `（${m.code}）` : ` (${m.code})`;
  return `“${m.text}”${code}`;
}

/** A refused row's reason in the user's language, prefixed with its row number. */
export function refusalMessage(r: Refusal, lang: "en" | "zh"): string {
  const labels = FIELD_LABELS[lang];
  const field = r.field === undefined ? "" : labels[r.field];
  // A repeated row names the columns of its key (合同编号 and 期次 or 到期日) and their values.
  const keyField = r.field === "seq" || r.field === "dueDate" ? r.field : undefined;
  const key = keyField === undefined ? labels.contractCode
    : lang === "zh" ? `${labels.contractCode}和${labels[keyField]}` : `${labels.contractCode.toLowerCase()} and ${labels[keyField].toLowerCase()}`;
  const value = r.code === "duplicateKey" && r.keyValue !== undefined ? `${r.value ?? ""}${lang === "zh" ? "，" : ", "}${r.keyValue}` : r.value;
  // Replaced through functions: a cell's text is never read as a replacement pattern ("$&").
  const body = (lang === "zh" ? ZH : EN)[r.code]
    .replace("{field}", () => field)
    .replace("{key}", () => (lang === "zh" ? key : key.charAt(0).toLowerCase() + key.slice(1)))
    .replace("{earlier}", () => String(r.earlierRow ?? ""))
    .replace("{limit}", () => r.limit ?? "")
    .replace("{unit}", () => (r.multiplier === undefined ? "" : multiplierLabel(r.multiplier, lang)))
    .replace("{contract}", () => r.contractCode ?? "")
    .replace("{stored}", () => r.stored ?? "")
    .replace("{matches}", () => (r.matches ?? []).map((m) => quoted(m, lang)).join(lang === "zh" ? "、" : ", "))
    // Last: a cell's text is never read as a placeholder either ("{unit}" typed in a cell stays as typed).
    .replace("{value}", () => (value === undefined || value === "" ? (lang === "zh" ? "（空）" : "(blank)") : value));
  const hint = r.hint === "installmentColumn"
    ? lang === "zh" ? `如该列是每一期的金额，请将其对应到“${labels.installmentAmount}”。` : ` If this column holds each installment's amount, map it to ${labels.installmentAmount}.`
    : r.hint === "paymentStatus"
      ? lang === "zh" ? `这是回款状态而不是合同状态（回款情况由金额计算）；请将“${labels.status}”设为“（不导入）”。`
        : ` This is a payment status, not a contract status (payments are worked out from the amounts): set ${labels.status} to “(not imported)”.`
      : "";
  const sentence = (lang === "en" ? body.charAt(0).toUpperCase() + body.slice(1) : body) + hint;
  return lang === "zh" ? `第 ${r.row} 行：${sentence}` : `Row ${r.row}: ${sentence}`;
}

/** The total and subtotal rows an import skipped (core/import/rows isTotalRow), named by sheet row. */
export function skippedTotalsMessage(rows: readonly number[], lang: "en" | "zh"): string {
  return lang === "zh"
    ? `已跳过合计 / 小计行（不是数据）：第 ${rows.join("、")} 行。`
    : `Total and subtotal rows skipped (not data): ${rows.length === 1 ? "row" : "rows"} ${rows.join(", ")}.`;
}

/**
 * Why a column whose header names a field was not mapped to it (headers recogniseHeaders): a bare
 * 状态 / Status column of payment statuses is not the contract's status.
 */
export function skippedColumnMessage(c: SkippedColumn, lang: "en" | "zh"): string {
  const label = FIELD_LABELS[lang][c.field];
  const examples = c.examples.join(lang === "zh" ? "、" : ", ");
  return lang === "zh"
    ? `“${c.header}”列（第 ${c.column + 1} 列）是回款状态（如 ${examples}），不是合同状态，未对应到“${label}”，不导入；回款情况由金额计算。如该列确是合同状态，请在上方手动对应。`
    : `Column ${c.column + 1} “${c.header}” holds payment statuses (such as ${examples}), not contract statuses: it is not mapped to ${label} and not imported; payments are worked out from the amounts. If it does hold contract statuses, map it above.`;
}
