import { IMPORT_FIELDS, isMoneyField, MONEY_FIELDS, type ColumnMapping, type ImportField, type MoneyField } from "./fields";
import { contractStatusOf, isPaymentStatusText } from "./statusWords";
import { bareZhUnitSuffix, bracketUnit, combineUnits, readUnitText, requireExponent, type UnitReading } from "./units";

/**
 * Header recognition: each field has English and Chinese synonyms; a header matches when it equals
 * a synonym after normalisation. Exact matching (not "contains") because 金额 and 回款金额 are
 * different fields and a loose match would silently swap them. 回款金额 is money actually collected
 * (received); the planned amount of an installment is 应收金额 / 计划回款金额.
 */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  contractCode: ["contract code", "contract no", "contract number", "contract id", "contract", "合同编号", "合同号", "合同编码", "合同代码"],
  customer: ["customer", "customer name", "client", "client name", "客户", "客户名称", "客户名", "客户全称", "单位名称", "付款方"],
  customerCode: ["customer code", "customer id", "client code", "客户编号", "客户编码", "客户代码"],
  title: ["title", "contract title", "contract name", "project", "project name", "合同名称", "项目名称", "项目"],
  contractAmount: ["amount", "contract amount", "contract value", "total", "金额", "合同金额", "合同总额", "合同额"],
  currency: ["currency", "ccy", "币种", "币别", "货币"],
  signDate: ["sign date", "signed", "signing date", "signed on", "contract date", "签订日期", "签约日期", "合同日期", "签订时间"],
  owner: ["owner", "responsible", "sales", "account manager", "负责人", "责任人", "业务员", "销售"],
  terms: ["terms", "payment terms", "付款条款", "付款方式", "付款条件"],
  status: ["status", "contract status", "状态", "合同状态"],
  seq: ["seq", "installment", "installment no", "installment number", "stage", "期次", "期数", "第几期", "阶段"],
  dueDate: ["due", "due date", "due on", "payment date", "到期日", "到期日期", "应收日期", "计划回款日期", "回款日期计划", "计划收款日期", "应收款日期", "付款日期"],
  installmentAmount: ["installment amount", "amount due", "due amount", "planned amount", "应收金额", "应收款金额", "计划回款金额", "本期金额", "应回款金额", "本期应收", "本期应收金额", "分期金额"],
  receivedAmount: ["received", "received amount", "amount received", "paid", "paid amount", "amount paid", "collected", "回款金额", "回款额", "已回款", "已回款金额", "实收金额", "已收金额", "实际回款金额", "收款金额", "到账金额"],
  receivedDate: ["received date", "date received", "paid date", "date paid", "payment received", "回款日期", "实际回款日期", "收款日期", "实收日期", "到账日期"],
  notes: ["notes", "note", "remarks", "comment", "comments", "备注", "说明"],
};

/**
 * Normalise a header: NFKC folds full-width letters, digits, spaces and brackets to their ASCII
 * forms (ＡＭＯＵＮＴ → AMOUNT, （元） → (元)); then case, spacing, punctuation and a bracketed
 * unit or a required-field star are dropped. This is the name only: readHeader reads the unit,
 * which must not be lost (合同金额(万元) holds values in 10,000s).
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

/** What one header says: the field it names and, for a money field, the multiplier of its unit. */
export interface HeaderReading {
  field?: ImportField;
  /** 10000 for 合同金额(万元); 1 when no unit, a plain currency "(元)" or an unknown "(含税)". */
  multiplier: number;
}

const SEPARATOR = /^[\s,，/|_\-:：;；、]+/;

/**
 * A money field's name followed by a unit without brackets: 金额万元, 金额/万元, "Amount in
 * thousands", "Amount, USD m". Safe because the part before the unit must itself be a money
 * synonym exactly; English unit words must be set apart by a space or separator.
 */
function splitBareUnit(text: string): { field: MoneyField; unit: UnitReading } | undefined {
  for (let i = text.length - 1; i > 0; i--) {
    const field = LOOKUP.get(normaliseHeader(text.slice(0, i)));
    if (field === undefined || !isMoneyField(field)) continue;
    const right = text.slice(i);
    const unitText = right.replace(SEPARATOR, "");
    if (unitText === "") continue;
    if (unitText === right && /[a-z0-9]$/i.test(text.slice(0, i)) && /^[a-z0-9'’]/i.test(unitText)) continue; // "amountk"
    const unit = readUnitText(unitText);
    if (unit !== undefined) return { field, unit };
  }
  return undefined;
}

const multiplierOf = (unit: UnitReading | "conflict" | undefined): number => (typeof unit === "number" ? 10 ** unit : 1);

/**
 * Read one header: its field by exact synonym after normalisation, else a money synonym followed
 * by a bare unit; and the unit of its brackets or bare suffix. Two different magnitudes in one
 * header ("金额(万元)(千元)") leave it unrecognised, to be mapped and given its unit by hand.
 * A header naming no field still reports its unit, for when the user maps its column by hand.
 */
export function readHeader(header: unknown): HeaderReading {
  if (header === null || header === undefined) return { multiplier: 1 };
  const raw = String(header).normalize("NFKC").trim();
  const brackets = bracketUnit(raw);
  const bare = raw.replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, "").replace(/[*#\s]+$/, "").trim();
  let field = LOOKUP.get(normaliseHeader(raw));
  let suffix: UnitReading | undefined;
  if (field === undefined) {
    const split = splitBareUnit(bare);
    if (split) {
      field = split.field;
      suffix = split.unit;
    } else suffix = bareZhUnitSuffix(bare)?.unit;
  }
  const unit = brackets === "conflict" ? "conflict" : combineUnits([brackets, suffix]);
  if (unit === "conflict") return { multiplier: 1 };
  const multiplier = multiplierOf(unit);
  return field === undefined ? { multiplier } : { field, multiplier: isMoneyField(field) ? multiplier : 1 };
}

/** The field a single header names, if any. */
export function fieldForHeader(header: unknown): ImportField | undefined {
  return readHeader(header).field;
}

/** The multiplier a header's unit gives its values (1 when it states none). */
export function headerMultiplier(header: unknown): number {
  return readHeader(header).multiplier;
}

/** How many rows findHeaderRow looks at: a title, a date line and a blank row above the header are common; ten is plenty. */
export const HEADER_SCAN_ROWS = 10;

/**
 * Which of the first rows of a selected block is its header: the first that names the most fields
 * (at least two), else the first row. A report title ("2026年回款台账") merged over the columns, a
 * "单位：元" line or a group header (合同信息 | 回款信息) above the real header is then not taken
 * for the header, which would leave every column unmapped and every row refused.
 */
export function findHeaderRow(rows: readonly (readonly unknown[])[], scan = HEADER_SCAN_ROWS): number {
  const named = (row: readonly unknown[]): number => new Set(row.map((h) => readHeader(h).field).filter((f) => f !== undefined)).size;
  let best = 0;
  let bestCount = Math.max(1, rows.length > 0 ? named(rows[0]) : 0);
  for (let i = 1; i < Math.min(rows.length, scan); i++) {
    const count = named(rows[i]);
    if (count > bestCount) {
      best = i;
      bestCount = count;
    }
  }
  return best;
}

export interface HeaderRecognition {
  mapping: ColumnMapping;
  /** Columns whose header names no field (or a field already taken by an earlier column). */
  unmatched: number[];
  /** Columns whose header names a field they were not mapped to, for what their cells hold (see recogniseHeaders). */
  skipped: SkippedColumn[];
}

/**
 * A column left unmapped although its header names a field: a bare 状态 / Status whose cells hold
 * payment statuses (已回款, 逾期, paid, overdue), not contract statuses. Mapped to the contract's
 * status it would refuse every row; the preview says so (messages skippedColumnMessage).
 */
export interface SkippedColumn {
  column: number;
  header: string;
  field: "status";
  reason: "paymentStatus";
  /** Up to three of its distinct values that are no contract status, as written. */
  examples: string[];
}

/** Headers that say "status" and nothing more: 合同状态 / Contract status name the contract's; these could be any status. */
const BARE_STATUS = new Set(["status", "状态"]);

/**
 * Whether a bare 状态 / Status column holds payment statuses rather than contract statuses: one of
 * its cells is a payment status (已回款, 逾期, paid, overdue), or fewer than half of its non-blank
 * cells are contract statuses. A column of contract statuses with a typo stays mapped (the typo's
 * row is refused and named), as does an empty column.
 */
function paymentStatusColumn(rows: readonly (readonly unknown[])[], column: number): string[] | undefined {
  let values = 0;
  let statuses = 0;
  let payment = false;
  const others: string[] = [];
  for (const row of rows) {
    const v = row?.[column];
    if (v === null || v === undefined) continue;
    const text = String(v).normalize("NFKC").trim();
    if (text === "") continue;
    values++;
    if (contractStatusOf(text) !== undefined) statuses++;
    else {
      if (isPaymentStatusText(text)) payment = true;
      if (others.length < 3 && !others.includes(text)) others.push(text);
    }
  }
  return values > 0 && (payment || statuses * 2 < values) ? others : undefined;
}

/**
 * Map each recognised header to its field; the first column wins when two name the same field.
 * A money column whose header states a unit (合同金额(万元), "Amount (in thousands)") gets its
 * multiplier in `mapping.multipliers`. With the data `rows`, a bare 状态 / Status column holding
 * payment statuses is not mapped to the contract's status (it is listed in `skipped`), so a later
 * 合同状态 column may take that field; the user can still map it by hand.
 */
export function recogniseHeaders(headers: readonly unknown[], rows?: readonly (readonly unknown[])[]): HeaderRecognition {
  const mapping: ColumnMapping = {};
  const multipliers: Partial<Record<MoneyField, number>> = {};
  const unmatched: number[] = [];
  const skipped: SkippedColumn[] = [];
  headers.forEach((header, column) => {
    const { field, multiplier } = readHeader(header);
    if (field === "status" && mapping.status === undefined && rows !== undefined && BARE_STATUS.has(normaliseHeader(header))) {
      const examples = paymentStatusColumn(rows, column);
      if (examples !== undefined) {
        skipped.push({ column, header: String(header).trim(), field, reason: "paymentStatus", examples });
        unmatched.push(column);
        return;
      }
    }
    if (field !== undefined && mapping[field] === undefined) {
      mapping[field] = column;
      if (isMoneyField(field) && multiplier !== 1) multipliers[field] = multiplier;
    } else unmatched.push(column);
  });
  return { mapping: withMultipliers(mapping, multipliers), unmatched, skipped };
}

function withMultipliers(mapping: ColumnMapping, multipliers: Partial<Record<MoneyField, number>>): ColumnMapping {
  const { multipliers: _old, ...columns } = mapping;
  return Object.keys(multipliers).length === 0 ? columns : { ...columns, multipliers };
}

/** The multiplier a mapping applies to a money field's values (1 when none). */
export function multiplierOfField(mapping: ColumnMapping, field: MoneyField): number {
  return mapping.multipliers?.[field] ?? 1;
}

/**
 * Change one field's column (undefined unmaps it); a column feeds at most one field. A money
 * field moved to another column takes that column's unit from `headers` (×1 without them); a
 * field left on its column and the other fields keep their multipliers.
 */
export function remapField(mapping: ColumnMapping, field: ImportField, column: number | undefined, headers?: readonly unknown[]): ColumnMapping {
  const next: ColumnMapping = {};
  const multipliers: Partial<Record<MoneyField, number>> = {};
  for (const f of IMPORT_FIELDS) {
    const c = mapping[f];
    if (c !== undefined && f !== field && c !== column) {
      next[f] = c;
      if (isMoneyField(f) && mapping.multipliers?.[f] !== undefined) multipliers[f] = mapping.multipliers[f];
    }
  }
  if (column !== undefined) {
    next[field] = column;
    if (isMoneyField(field)) {
      const m = column === mapping[field] ? multiplierOfField(mapping, field) : headers !== undefined ? headerMultiplier(headers[column]) : 1;
      if (m !== 1) multipliers[field] = m;
    }
  }
  return withMultipliers(next, multipliers);
}

/** Set the multiplier of a mapped money field by hand (1 removes it). */
export function setMultiplier(mapping: ColumnMapping, field: MoneyField, multiplier: number): ColumnMapping {
  requireExponent(multiplier);
  const multipliers: Partial<Record<MoneyField, number>> = {};
  for (const f of MONEY_FIELDS) {
    const m = f === field ? multiplier : mapping.multipliers?.[f];
    if (m !== undefined && m !== 1 && mapping[f] !== undefined) multipliers[f] = m;
  }
  return withMultipliers(mapping, multipliers);
}
