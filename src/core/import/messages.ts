import { FIELD_LABELS } from "./fields";
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
  duplicateKey: "duplicate of an earlier row ({value}); only the first is imported.",
  conflict: "{field} differs from an earlier row of the same contract: {value}.",
  missingAmount: "the installment amount is missing (needed when a contract has several rows).",
  missingDueDate: "the due date is missing.",
  missingCustomer: "the contract is new and no customer is given.",
  missingSignDate: "the contract is new and has neither a sign date nor a due date.",
  tooPrecise: "{field} {value} {unit} has more decimal places than the currency allows; round it in the sheet.",
  unitConflict: "{field} {value} names a unit other than its column's {unit}; write the number alone.",
  currencyChange: "the contract {contract} is in {stored}; this row says {value} — a contract's currency cannot change by import.",
};

const ZH: Record<RefusalCode, string> = {
  missingCode: "缺少合同编号。",
  badDate: "{field}不是有效日期（请用 YYYY-MM-DD、YYYY/M/D 或 Excel 日期）：{value}。",
  notANumber: "{field}不是数字：{value}。",
  negativeAmount: "{field}不能为负数：{value}。",
  badSeq: "{field}应为从 1 开始的整数：{value}。",
  badStatus: "{field}不是可识别的状态（草稿、执行中、已关闭、争议）：{value}。",
  badCurrency: "{field}不是可识别的币种（如 CNY、USD、EUR 或 人民币、美元）：{value}。",
  duplicateKey: "与前面的行重复（{value}），只导入第一行。",
  conflict: "{field}与同一合同前面的行不一致：{value}。",
  missingAmount: "缺少本期应收金额（同一合同有多行时必填）。",
  missingDueDate: "缺少到期日。",
  missingCustomer: "新合同未填写客户。",
  missingSignDate: "新合同既无签订日期也无到期日。",
  tooPrecise: "{field} {value} {unit}换算后的小数位数超过币种允许的位数，请先在表格中取整。",
  unitConflict: "{field} {value} 自带的单位与该列的单位{unit}不一致，请只填写数字。",
  currencyChange: "合同 {contract} 的币种是 {stored}，本行为 {value}——导入不能更改合同的币种。",
};

/** A refused row's reason in the user's language, prefixed with its row number. */
export function refusalMessage(r: Refusal, lang: "en" | "zh"): string {
  const field = r.field === undefined ? "" : FIELD_LABELS[lang][r.field];
  // Replaced through functions: a cell's text is never read as a replacement pattern ("$&").
  const body = (lang === "zh" ? ZH : EN)[r.code]
    .replace("{field}", () => field)
    .replace("{value}", () => (r.value === undefined || r.value === "" ? (lang === "zh" ? "（空）" : "(blank)") : r.value))
    .replace("{unit}", () => (r.multiplier === undefined ? "" : multiplierLabel(r.multiplier, lang)))
    .replace("{contract}", () => r.contractCode ?? "")
    .replace("{stored}", () => r.stored ?? "");
  const sentence = lang === "en" ? body.charAt(0).toUpperCase() + body.slice(1) : body;
  return lang === "zh" ? `第 ${r.row} 行：${sentence}` : `Row ${r.row}: ${sentence}`;
}
