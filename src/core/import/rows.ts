import { currencyDigits, type CurrencyDigitsSetting, currencyFromText } from "../currencies";
import { codeKey } from "../ledger/codeKey";
import type { ContractStatus, IsoDate } from "../store/types";
import { normaliseHeader } from "./headers";
import { contractStatusOf, isPaymentStatusText } from "./statusWords";
import { type ColumnMapping, IMPORT_FIELDS, type ImportField } from "./fields";
import { amountText, cellText, type ImportAmount, isAmountProblem, isBlankCell, minorOfAmount, readAmountCell, readImportDate, readImportSeq, sameAmount } from "./values";

/**
 * One valid sheet row: a contract and, when it has a due date, one of its installments. Amounts
 * are kept exact, as written (ImportAmount): which currency they are in, and so how many minor
 * units they make, is only known once the ledger is read (the row's currency cell, else the
 * stored contract's currency, else the import's default; see planImport).
 */
export interface ImportRow {
  row: number; // the sheet's row number, for messages
  contractCode: string;
  customerName?: string;
  customerCode?: string;
  title?: string;
  contractAmount?: ImportAmount;
  currency?: string;
  signDate?: IsoDate;
  owner?: string;
  terms?: string;
  status?: ContractStatus;
  seq?: number;
  dueDate?: IsoDate;
  installmentAmount?: ImportAmount;
  /**
   * Set when the sheet gave no installment amount and the contract's only row took the contract
   * amount (one row per receivable): planImport uses it only for a contract whose plan holds no
   * other installment, never to overwrite one installment of several with the whole contract amount.
   */
  installmentAmountFromContract?: true;
  receivedAmount?: ImportAmount;
  receivedDate?: IsoDate;
  notes?: string;
}

/** Why a row was refused; rendered in the user's language by refusalMessage. */
export type RefusalCode =
  | "missingCode" | "badDate" | "notANumber" | "negativeAmount" | "badSeq" | "badStatus"
  | "duplicateKey" | "conflict" | "missingAmount" | "missingDueDate" | "missingCustomer" | "missingSignDate"
  | "tooPrecise" | "unitConflict" | "badCurrency" | "currencyChange" | "cellError" | "receivedOverDue" | "receivedBelowRecorded"
  | "ambiguousCode" | "ambiguousCustomer" | "contractClosed";

export interface Refusal {
  row: number;
  code: RefusalCode;
  field?: ImportField;
  value?: string;
  /** The unit the amount was read in, for "tooPrecise" and "unitConflict" (10000 for 万元). */
  multiplier?: number;
  /**
   * For "currencyChange": the contract and the currency the ledger holds it in; for "contractClosed", the closed contract;
   * for "receivedBelowRecorded", the contract whose installment it is.
   */
  contractCode?: string;
  stored?: string;
  /** For "duplicateKey": the sheet row of the first row with the same key, and the key's installment no. or due date. */
  earlierRow?: number;
  keyValue?: string;
  /**
   * For "receivedOverDue": the installment amount, in currency units. For "receivedBelowRecorded": what
   * the receipts recorded on the Contracts page already allocate to the installment, in currency units.
   */
  limit?: string;
  /**
   * For "ambiguousCode" and "ambiguousCustomer": the ledger's contract codes (`text`), or customers
   * (`text` their name, `code` their code), that the row's code or customer matches ignoring case,
   * surrounding spaces and full-width forms (codeKey).
   */
  matches?: { text: string; code?: string }[];
  /**
   * For a "conflict" on the contract amount when no installment amount column is mapped: the column
   * mapped to the contract amount (金额, Amount) likely holds each installment's amount; say so.
   * For a "badStatus" whose value is a payment status (已回款, 逾期, paid): the column mapped to the
   * contract status holds payment statuses; say how to leave it out.
   */
  hint?: "installmentColumn" | "paymentStatus";
}

export interface RowOptions {
  /**
   * The default currency setting, for the digits of a currency ISO 4217 does not list (see
   * currencyDigits); a row naming its currency has its amounts checked in it at once.
   */
  defaultCurrency?: CurrencyDigitsSetting;
}

/** Excel's error values as range.values hands them over (and as a CSV saved from Excel writes them). */
const EXCEL_ERROR = /^#(?:N\/A|VALUE!|REF!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!|TIMEOUT!)$/i;

/**
 * A row with nothing in any mapped column (a pre-numbered 序号 running past the data, a note in an
 * unmapped column): nothing to import, skipped like a blank line instead of refused.
 */
export function isEmptyForImport(cells: readonly unknown[], mapping: ColumnMapping): boolean {
  return IMPORT_FIELDS.every((f) => mapping[f] === undefined || isBlankCell(cells[mapping[f]!]));
}

/** The labels of total rows: 合计, 小计, 总计, 共计, Total, Subtotal, Grand total (brackets, spaces and a colon ignored). */
const TOTAL_WORDS = new Set(["合计", "小计", "总计", "共计", "总合计", "本页合计", "本页小计", "total", "totals", "subtotal", "subtotals", "grandtotal"]);

function isTotalLabel(v: unknown): boolean {
  if (typeof v !== "string") return false;
  const raw = v.normalize("NFKC").trim();
  if (TOTAL_WORDS.has(normaliseHeader(raw))) return true;
  // "华东建设 小计", "小计：华东建设", "Total - East"
  return /^(?:合计|小计|总计)\s*[:：\-—(（\s]/.test(raw) || /[\s:：\-—)）](?:合计|小计|总计)$/.test(raw) || /^(?:sub-?\s*total|grand\s+total|total)s?\s*[:\-—(]/i.test(raw);
}

/**
 * A total or subtotal row under (or inside) a table: its contract code is blank or itself a total
 * label, and one of its cells is labelled 合计 / 小计 / 总计 / Total. Not data: its amounts add up
 * the rows above, and read as a contract it would be refused with a misleading reason (or, with a
 * customer and a date, created as a contract named 合计).
 */
export function isTotalRow(cells: readonly unknown[], mapping: ColumnMapping): boolean {
  const code = mapping.contractCode === undefined ? undefined : cells[mapping.contractCode];
  if (!isBlankCell(code) && !isTotalLabel(code)) return false;
  return cells.some(isTotalLabel);
}

/** A currency cell as the ISO code the ledger stores (core/currencies currencyFromText), or undefined. */
export const importCurrency = currencyFromText;

/**
 * Read one sheet row through the mapping: a valid row, or the first reason to refuse it. Money
 * fields are scaled by `mapping.multipliers` (万元 → ×10000), exactly, and kept exact; see
 * readAmountCell. When the row names its currency its amounts are also checked in that currency's
 * digits here (a 万元 text value finer than a yen is refused now); otherwise planImport checks them.
 */
export function readImportRow(cells: readonly unknown[], mapping: ColumnMapping, row: number, opts: RowOptions = {}): ImportRow | Refusal {
  const cell = (field: ImportField): unknown => (mapping[field] === undefined ? undefined : cells[mapping[field]!]);
  const text = (field: ImportField): string | undefined => {
    const v = cell(field);
    return isBlankCell(v) ? undefined : cellText(v);
  };
  const refuse = (code: RefusalCode, field?: ImportField, multiplier?: number): Refusal => {
    const v = field === undefined ? undefined : cell(field);
    return { row, code, field, value: v === undefined ? undefined : cellText(v), ...(multiplier !== undefined ? { multiplier } : {}) };
  };

  // A failed formula (=VLOOKUP(...) → #N/A) is no value: stored as text it would become a customer "#N/A".
  for (const field of IMPORT_FIELDS) {
    const v = cell(field);
    if (typeof v === "string" && EXCEL_ERROR.test(v.trim())) return refuse("cellError", field);
  }
  const contractCode = text("contractCode");
  if (contractCode === undefined) return refuse("missingCode", "contractCode");
  const out: ImportRow = { row, contractCode };

  for (const field of ["customerName", "customerCode", "title", "owner", "terms", "notes"] as const) {
    const value = text(field === "customerName" ? "customer" : field);
    if (value !== undefined) out[field] = value;
  }
  const currencyText = text("currency");
  if (currencyText !== undefined) {
    const code = importCurrency(currencyText);
    if (code === undefined) return refuse("badCurrency", "currency");
    out.currency = code;
  }
  for (const [field, target] of [["signDate", "signDate"], ["dueDate", "dueDate"], ["receivedDate", "receivedDate"]] as const) {
    const v = cell(field);
    if (isBlankCell(v)) continue;
    const iso = readImportDate(v);
    if (iso === undefined) return refuse("badDate", field);
    out[target] = iso;
  }
  const digits = out.currency === undefined ? undefined : currencyDigits(out.currency, opts.defaultCurrency);
  for (const field of ["contractAmount", "installmentAmount", "receivedAmount"] as const) {
    const v = cell(field);
    if (isBlankCell(v)) continue;
    const amount = readAmountCell(v, mapping.multipliers?.[field] ?? 1);
    if (isAmountProblem(amount)) return refuse(amount.problem, field, amount.problem === "notANumber" ? undefined : amount.multiplier);
    if (amount.negative) return refuse("negativeAmount", field);
    if (digits !== undefined) {
      const minor = minorOfAmount(amount, digits);
      if ("problem" in minor) return refuse(minor.problem, field, minor.problem === "notANumber" ? undefined : minor.multiplier);
    }
    out[field] = amount;
  }
  const seqCell = cell("seq");
  if (!isBlankCell(seqCell)) {
    const seq = readImportSeq(seqCell);
    if (seq === undefined) return refuse("badSeq", "seq");
    out.seq = seq;
  }
  const status = text("status");
  if (status !== undefined) {
    const s = contractStatusOf(status);
    if (s === undefined) return isPaymentStatusText(status) ? { ...refuse("badStatus", "status"), hint: "paymentStatus" } : refuse("badStatus", "status");
    out.status = s;
  }
  if (out.seq !== undefined && out.dueDate === undefined) return refuse("missingDueDate", "dueDate");
  if (out.receivedAmount !== undefined && out.receivedAmount.coefficient !== "0" && out.dueDate === undefined) {
    return refuse("missingDueDate", "dueDate");
  }
  return out;
}

export function isRefusal(r: ImportRow | Refusal): r is Refusal {
  return "code" in r;
}

/**
 * The import key of a row, documented for users: a contract is identified by its code; an
 * installment by its contract code plus its installment number (期次) when that column is mapped,
 * otherwise by its contract code plus its due date. Re-importing a sheet therefore updates the
 * same records instead of adding copies. Codes that differ only in case, surrounding spaces or
 * full-width forms are one code ("HT-1", "ht-1 "; see codeKey).
 */
export function rowKey(r: ImportRow): string {
  const code = codeKey(r.contractCode);
  if (r.dueDate === undefined) return code;
  return r.seq !== undefined ? `${code}#${r.seq}` : `${code}@${r.dueDate}`;
}

const CONTRACT_FIELDS = ["customerName", "customerCode", "title", "contractAmount", "currency", "signDate", "owner", "terms", "status"] as const;

/** Customers are matched like codes (planImport): "Acme" and "ACME" on two rows name one customer. */
const differs = (f: (typeof CONTRACT_FIELDS)[number], a: ImportRow, b: ImportRow): boolean =>
  f === "contractAmount" ? !sameAmount(a.contractAmount!, b.contractAmount!)
    : f === "customerName" || f === "customerCode" ? codeKey(a[f]!) !== codeKey(b[f]!)
      : a[f] !== b[f];

/**
 * Checks across rows: a repeated key is refused (the later row), as is a row that disagrees with an
 * earlier row of the same contract about a contract-level field. Contract amounts are compared
 * exactly, as written with their units applied (12.5 万 and 125,000 agree): their currency may
 * only be known once the ledger is read, and two rows that differ only past the currency's digits
 * still disagree about the contract. An installment without its own amount takes the contract
 * amount when it is that contract's only row (one row per receivable). Rows whose codes differ
 * only in case ("HT-1", "ht-1") are rows of one contract.
 */
export function checkAcrossRows(rows: readonly ImportRow[]): { rows: ImportRow[]; refusals: Refusal[] } {
  const seen = new Map<string, number>();
  const firstOfContract = new Map<string, ImportRow>();
  const rowsPerContract = new Map<string, number>();
  const kept: ImportRow[] = [];
  const refusals: Refusal[] = [];
  const noInstallmentColumn = rows.every((r) => r.installmentAmount === undefined);
  for (const r of rows) {
    const key = rowKey(r);
    const earlierRow = seen.get(key);
    if (earlierRow !== undefined) {
      const field = r.dueDate === undefined ? "contractCode" : r.seq !== undefined ? "seq" : "dueDate";
      const keyValue = field === "seq" ? String(r.seq) : field === "dueDate" ? r.dueDate : undefined;
      refusals.push({ row: r.row, code: "duplicateKey", field, value: r.contractCode, earlierRow, ...(keyValue !== undefined ? { keyValue } : {}) });
      continue;
    }
    const contract = codeKey(r.contractCode);
    const first = firstOfContract.get(contract);
    const clash = first === undefined ? undefined : CONTRACT_FIELDS.find((f) => r[f] !== undefined && first[f] !== undefined && differs(f, r, first));
    if (clash !== undefined) {
      const value = clash === "contractAmount" ? amountText(r.contractAmount!) : String(r[clash]);
      const hint = clash === "contractAmount" && noInstallmentColumn && r.dueDate !== undefined ? { hint: "installmentColumn" as const } : {};
      refusals.push({ row: r.row, code: "conflict", field: clash === "customerName" ? "customer" : clash, value, ...hint });
      continue;
    }
    seen.set(key, r.row);
    if (first === undefined) firstOfContract.set(contract, r);
    rowsPerContract.set(contract, (rowsPerContract.get(contract) ?? 0) + 1);
    kept.push(r);
  }
  const out: ImportRow[] = [];
  for (const r of kept) {
    if (r.dueDate !== undefined && r.installmentAmount === undefined) {
      const contract = codeKey(r.contractCode);
      const contractAmount = r.contractAmount ?? firstOfContract.get(contract)?.contractAmount;
      if (rowsPerContract.get(contract) !== 1 || contractAmount === undefined) {
        refusals.push({ row: r.row, code: "missingAmount", field: "installmentAmount" });
        continue;
      }
      out.push({ ...r, installmentAmount: contractAmount, installmentAmountFromContract: true });
    } else out.push(r);
  }
  refusals.sort((a, b) => a.row - b.row);
  return { rows: out, refusals };
}
