/**
 * The ledger fields a sheet column can be mapped to. One row of an imported sheet describes one
 * contract and, optionally, one of its installments (and what was received on it).
 */
export const IMPORT_FIELDS = [
  "contractCode", "customer", "customerCode", "title", "contractAmount", "currency", "signDate", "owner",
  "terms", "status", "seq", "dueDate", "installmentAmount", "receivedAmount", "receivedDate", "notes",
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The fields holding money; their columns may carry a unit of magnitude (万元, in thousands). */
export const MONEY_FIELDS = ["contractAmount", "installmentAmount", "receivedAmount"] as const;

export type MoneyField = (typeof MONEY_FIELDS)[number];

export function isMoneyField(field: ImportField): field is MoneyField {
  return (MONEY_FIELDS as readonly ImportField[]).includes(field);
}

/**
 * Which column (0-based, within the selected range) feeds each field; unmapped fields are absent.
 * `multipliers` scales a money field's values: 10000 when its header says 万元, 1000 for "(in
 * thousands)"; absent means ×1. Only the powers of ten in MULTIPLIERS (units.ts) are accepted.
 */
export type ColumnMapping = Partial<Record<ImportField, number>> & {
  multipliers?: Partial<Record<MoneyField, number>>;
};

export const FIELD_LABELS: Record<"en" | "zh", Record<ImportField, string>> = {
  en: {
    contractCode: "Contract code", customer: "Customer", customerCode: "Customer code", title: "Contract title",
    contractAmount: "Contract amount", currency: "Currency", signDate: "Sign date", owner: "Owner",
    terms: "Payment terms", status: "Status", seq: "Installment no.", dueDate: "Due date",
    installmentAmount: "Installment amount", receivedAmount: "Received amount", receivedDate: "Received date",
    notes: "Notes",
  },
  zh: {
    contractCode: "合同编号", customer: "客户", customerCode: "客户编号", title: "合同名称",
    contractAmount: "合同金额", currency: "币种", signDate: "签订日期", owner: "负责人",
    terms: "付款条款", status: "状态", seq: "期次", dueDate: "到期日",
    installmentAmount: "应收金额", receivedAmount: "回款金额", receivedDate: "回款日期",
    notes: "备注",
  },
};
