import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from "./fields";

/**
 * Header recognition: each field has English and Chinese synonyms; a header matches when it equals
 * a synonym after normalisation. Exact matching (not "contains") because 金额 and 回款金额 are
 * different fields and a loose match would silently swap them. 回款金额 is money actually collected
 * (received); the planned amount of an installment is 应收金额 / 计划回款金额.
 */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  contractCode: ["contract code", "contract no", "contract number", "contract id", "contract", "合同编号", "合同号", "合同编码", "合同代码"],
  customer: ["customer", "customer name", "client", "client name", "客户", "客户名称", "客户名", "单位名称", "付款方"],
  customerCode: ["customer code", "customer id", "client code", "客户编号", "客户编码", "客户代码"],
  title: ["title", "contract title", "contract name", "project", "project name", "合同名称", "项目名称", "项目"],
  contractAmount: ["amount", "contract amount", "contract value", "total", "金额", "合同金额", "合同总额", "合同额"],
  currency: ["currency", "ccy", "币种", "货币"],
  signDate: ["sign date", "signed", "signing date", "signed on", "contract date", "签订日期", "签约日期", "合同日期", "签订时间"],
  owner: ["owner", "responsible", "sales", "account manager", "负责人", "责任人", "业务员", "销售"],
  terms: ["terms", "payment terms", "付款条款", "付款方式", "付款条件"],
  status: ["status", "contract status", "状态", "合同状态"],
  seq: ["seq", "installment", "installment no", "installment number", "stage", "期次", "期数", "第几期", "阶段"],
  dueDate: ["due", "due date", "due on", "payment date", "到期日", "到期日期", "应收日期", "计划回款日期", "回款日期计划", "付款日期"],
  installmentAmount: ["installment amount", "amount due", "due amount", "planned amount", "应收金额", "计划回款金额", "本期金额", "应回款金额", "本期应收", "分期金额"],
  receivedAmount: ["received", "received amount", "paid", "paid amount", "collected", "回款金额", "回款额", "已回款", "已回款金额", "实收金额", "已收金额", "实际回款金额"],
  receivedDate: ["received date", "paid date", "payment received", "回款日期", "实际回款日期", "收款日期", "到账日期"],
  notes: ["notes", "note", "remarks", "comment", "comments", "备注", "说明"],
};

/**
 * Normalise a header: NFKC folds full-width letters, digits, spaces and brackets to their ASCII
 * forms (ＡＭＯＵＮＴ → AMOUNT, （元） → (元)); then case, spacing, punctuation and a bracketed
 * unit or a required-field star are dropped.
 */
export function normaliseHeader(header: unknown): string {
  if (header === null || header === undefined) return "";
  return String(header)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, "")
    .replace(/[\s_\-.:：*#/]+/g, "");
}

const LOOKUP: ReadonlyMap<string, ImportField> = (() => {
  const map = new Map<string, ImportField>();
  for (const field of IMPORT_FIELDS) {
    for (const synonym of SYNONYMS[field]) map.set(normaliseHeader(synonym), field);
  }
  return map;
})();

/** The field a single header names, if any. */
export function fieldForHeader(header: unknown): ImportField | undefined {
  return LOOKUP.get(normaliseHeader(header));
}

export interface HeaderRecognition {
  mapping: ColumnMapping;
  /** Columns whose header names no field (or a field already taken by an earlier column). */
  unmatched: number[];
}

/** Map each recognised header to its field; the first column wins when two name the same field. */
export function recogniseHeaders(headers: readonly unknown[]): HeaderRecognition {
  const mapping: ColumnMapping = {};
  const unmatched: number[] = [];
  headers.forEach((header, column) => {
    const field = fieldForHeader(header);
    if (field !== undefined && mapping[field] === undefined) mapping[field] = column;
    else unmatched.push(column);
  });
  return { mapping, unmatched };
}

/** Change one field's column (undefined unmaps it); a column feeds at most one field. */
export function remapField(mapping: ColumnMapping, field: ImportField, column: number | undefined): ColumnMapping {
  const next: ColumnMapping = {};
  for (const f of IMPORT_FIELDS) {
    const c = mapping[f];
    if (c !== undefined && f !== field && c !== column) next[f] = c;
  }
  if (column !== undefined) next[field] = column;
  return next;
}
