/**
 * Error messages of core, keyed by code, in English and Simplified Chinese. Placeholders in braces
 * are filled from the error's parameters. Add a code to both dictionaries at once: the test
 * "every error code has both languages" holds them in step.
 */
export const errorMessagesEn = {
  required: "{arg} is required.",
  notANumber: "{arg} must be a number, got {got}.",
  notADate: "{arg} must be a date (an Excel date or ISO text YYYY-MM-DD), got {got}.",
  dateOutOfRange: "{arg} must be a date between 1900-01-01 and 9999-12-31, got {got}.",
  notAnInteger: "{arg} must be a whole number, got {got}.",
  notABoolean: "{arg} must be TRUE or FALSE, got {got}.",
  notText: "{arg} must be text, got {got}.",
  notAVector: "{arg} must be a single row or a single column, got {rows}×{cols}.",
  sizeMismatch: "{arg} has {size} values but {other} has {otherSize}; they must line up.",
  halfBlank: "{arg} is blank in row {row} while {other} is not; fill both or neither.",
  outOfRange: "{arg} must be {rule}, got {got}.",
  tooLarge: "{arg} is too large to hold exactly in minor units: {got}.",
  unknownOption: "{arg}: unknown value {got}; valid values are {valid}.",
  badBounds: "{arg} must be positive whole numbers in increasing order, got {got}.",
  badTerms: "{arg}: cannot read {got} at position {pos}: expected {expected}.",
  sharesNot100: "{arg}: shares add up to {total}%, not 100%.",
  divideByZero: "{arg} is zero, so the ratio is undefined.",
  resultOverflow: "The result is too large or undefined for these inputs; check their magnitudes.",
  internal: "Internal error ({detail}); please report it with the formula.",
  mustNotBeNegative: "{arg} must be zero or more, got {got}.",
  mustBePositive: "{arg} must be greater than zero, got {got}.",
  mustBeBetween: "{arg} must be between {min} and {max}, got {got}.",
  mustNotExceed: "{arg} must not exceed {limit}, got {got}.",
  salesHistoryTooShort: "{arg} ({got}) is more than all the sales in {other} ({total}); give more months.",
  weightsNotOne: "{arg} add up to {total}, not 1 (100%).",
  wrongCount: "{arg} must have {expected} values, got {got}.",
  wrongColumns: "{arg} must have {expected} columns, got {got}.",
  notIncreasing: "{arg} must be in increasing order: {got} comes after {previous}.",
  beforeContactDate: "{arg} cannot be before the contact date, {date}; got {got}.",
  staleEdit: "{what} was changed in another pane since you opened it (revision {expected}, now {actual}); reload it and try again.",
  duplicateCode: "{arg} {got} is already in use.",
  contractNotFound: "No contract has the code {got}.",
  recordNotFound: "{what} {got} does not exist (it may have been deleted in another pane).",
  planTotalMismatch: "{arg} add up to {total}, not the contract amount {amount}.",
  overInvoiced: "Invoices of contract {code} would total {total}, more than its amount {amount}.",
  contractClosed: "Contract {code} is closed; reopen it first.",
  contractHasOpen: "Contract {code} still has {open} open; record the receipts first or close it as a write-off.",
  notInContract: "{arg} {got} does not belong to contract {code}.",
  badPeriod: "{arg} must be a month YYYY-MM or a quarter YYYY-Qn, got {got}.",
  milestoneInUse: "Milestone {got} triggers {count} installment(s) of the active plan; give them another trigger first.",
  termsShape: "{arg} must be terms text or a two-column range (share, days), got {rows}×{cols}.",
  discountPercent: "{arg}: the discount must be above 0% and below 100%, got {got}%.",
  discountPeriod: "{arg}: the discount period ({discountDays} days) must be shorter than the net period ({netDays} days).",
  dueDateOutOfRange: "{arg}: a due date falls outside 1900-01-01 to 9999-12-31.",
  notAMultiple: "{arg} must be a positive multiple of {unit}, got {got}.",
  mustBeAtLeast: "{arg} must be at least {min}, got {got}.",
  unknownCurrency: "{arg} must be a currency: an ISO code such as CNY, USD or KWD, or a name such as 人民币 or 美元; got {got}.",
  targetExists: "{owner} already has a {currency} target for {period}; change that one instead.",
} as const;

export type ErrorCode = keyof typeof errorMessagesEn;

export const errorMessagesZh: Record<ErrorCode, string> = {
  required: "缺少参数 {arg}。",
  notANumber: "{arg} 应为数字，实际为 {got}。",
  notADate: "{arg} 应为日期（Excel 日期或 ISO 文本 YYYY-MM-DD），实际为 {got}。",
  dateOutOfRange: "{arg} 应为 1900-01-01 至 9999-12-31 之间的日期，实际为 {got}。",
  notAnInteger: "{arg} 应为整数，实际为 {got}。",
  notABoolean: "{arg} 应为 TRUE 或 FALSE，实际为 {got}。",
  notText: "{arg} 应为文本，实际为 {got}。",
  notAVector: "{arg} 应为单行或单列区域，实际为 {rows}×{cols}。",
  sizeMismatch: "{arg} 有 {size} 个值，而 {other} 有 {otherSize} 个，两者必须一一对应。",
  halfBlank: "第 {row} 行 {arg} 为空而 {other} 不为空；请同时填写或同时留空。",
  outOfRange: "{arg} 应 {rule}，实际为 {got}。",
  tooLarge: "{arg} 过大，无法以最小货币单位精确表示：{got}。",
  unknownOption: "{arg}：未知取值 {got}；可用取值为 {valid}。",
  badBounds: "{arg} 应为递增的正整数，实际为 {got}。",
  badTerms: "{arg}：无法识别第 {pos} 个字符处的 {got}，应为 {expected}。",
  sharesNot100: "{arg}：比例合计为 {total}%，不是 100%。",
  divideByZero: "{arg} 为零，比率无意义。",
  resultOverflow: "按这些输入计算的结果过大或无定义，请检查数值的数量级。",
  internal: "内部错误（{detail}）；请连同公式一起反馈。",
  mustNotBeNegative: "{arg} 不能为负数，实际为 {got}。",
  mustBePositive: "{arg} 应大于零，实际为 {got}。",
  mustBeBetween: "{arg} 应介于 {min} 与 {max} 之间，实际为 {got}。",
  mustNotExceed: "{arg} 不能超过 {limit}，实际为 {got}。",
  salesHistoryTooShort: "{arg}（{got}）超过 {other} 中全部销售额（{total}）；请提供更多月份。",
  weightsNotOne: "{arg} 合计为 {total}，不是 1（100%）。",
  wrongCount: "{arg} 应有 {expected} 个值，实际为 {got} 个。",
  wrongColumns: "{arg} 应有 {expected} 列，实际为 {got} 列。",
  notIncreasing: "{arg} 必须递增：{got} 位于 {previous} 之后。",
  beforeContactDate: "{arg} 不能早于联系日期 {date}，而输入为 {got}。",
  staleEdit: "{what} 在您打开后已被其他窗格修改（版本 {expected}，现为 {actual}）；请重新加载后再试。",
  duplicateCode: "{arg} {got} 已被使用。",
  contractNotFound: "没有编号为 {got} 的合同。",
  recordNotFound: "{what} {got} 不存在（可能已在其他窗格中删除）。",
  planTotalMismatch: "{arg} 合计为 {total}，与合同金额 {amount} 不符。",
  overInvoiced: "合同 {code} 的发票合计将为 {total}，超过合同金额 {amount}。",
  contractClosed: "合同 {code} 已关闭；请先重新打开。",
  contractHasOpen: "合同 {code} 仍有 {open} 未收；请先登记收款，或按核销关闭。",
  notInContract: "{arg} {got} 不属于合同 {code}。",
  badPeriod: "{arg} 应为月份 YYYY-MM 或季度 YYYY-Qn，实际为 {got}。",
  milestoneInUse: "里程碑 {got} 触发了当前回款计划中的 {count} 期款项；请先为其更换触发条件。",
  termsShape: "{arg} 应为条款文本或两列区域（比例、天数），实际为 {rows}×{cols}。",
  discountPercent: "{arg}：折扣应大于 0% 且小于 100%，实际为 {got}%。",
  discountPeriod: "{arg}：折扣期（{discountDays} 天）应短于信用期（{netDays} 天）。",
  dueDateOutOfRange: "{arg}：有到期日超出 1900-01-01 至 9999-12-31 的范围。",
  notAMultiple: "{arg} 应为 {unit} 的正整数倍，实际为 {got}。",
  mustBeAtLeast: "{arg} 应不小于 {min}，实际为 {got}。",
  unknownCurrency: "{arg} 应为币种：ISO 代码（如 CNY、USD、KWD）或名称（如 人民币、美元），实际为 {got}。",
  targetExists: "{owner} 在 {period} 已有 {currency} 目标，请修改那一条。",
};

export function renderErrorMessage(
  code: ErrorCode,
  params: Readonly<Record<string, string | number>>,
  lang: "en" | "zh",
): string {
  const template = (lang === "zh" ? errorMessagesZh : errorMessagesEn)[code] ?? code;
  const text = template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
  // A row number that the message does not place itself says where in a range the problem is.
  if (params.row !== undefined && !template.includes("{row}")) {
    return (lang === "zh" ? `第 ${params.row} 行：` : `Row ${params.row}: `) + text;
  }
  return text;
}
