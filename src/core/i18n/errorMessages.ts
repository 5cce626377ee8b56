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
