import { ageDays } from "../aging";
import type { Day } from "../dates";
import { sumMinor } from "../money";
import { displayWidth, formatLetterDate, padEnd, padStart } from "./format";
import { formatMoney } from "../moneyFormat";
import type { LetterInstallment, LetterLang } from "./types";

const HEADERS: Record<LetterLang, readonly string[]> = {
  en: ["No.", "Due date", "Amount open", "Days late"],
  zh: ["序号", "到期日", "未付金额", "逾期天数"],
};

/** The last column's heading: what the contract's clause accrues, late interest or a daily penalty (违约金). */
const ACCRUED_HEADER: Record<LetterLang, Record<"interest" | "penalty", string>> = {
  en: { interest: "Interest", penalty: "Penalty" },
  zh: { interest: "应计利息", penalty: "应计违约金" },
};

const NOT_LATE: Record<LetterLang, string> = { en: "not due", zh: "未到期" };

export interface LetterTotals {
  openMinor: number;
  interestMinor: number;
  dueMinor: number;
}

export function letterTotals(rows: readonly LetterInstallment[]): LetterTotals {
  const openMinor = sumMinor(rows.map((r) => r.openMinor));
  const interestMinor = sumMinor(rows.map((r) => r.interestMinor));
  return { openMinor, interestMinor, dueMinor: openMinor + interestMinor };
}

/**
 * The installments as a plain-text table that survives copy into an e-mail or a letter: text
 * columns left-aligned, numbers right-aligned, widths measured in screen columns. `accrued` names
 * the last column (interest or penalty); without it the table has no such column (a contract
 * without a penalty clause claims none).
 */
export function installmentTable(
  rows: readonly LetterInstallment[],
  date: Day,
  currency: string,
  digits: number,
  lang: LetterLang,
  accrued: "interest" | "penalty" | undefined,
): string {
  const headers = accrued ? [...HEADERS[lang], ACCRUED_HEADER[lang][accrued]] : HEADERS[lang];
  const cells = rows.map((r) => {
    const late = ageDays(r.dueDate, date);
    return [
      String(r.seq),
      formatLetterDate(r.dueDate, lang),
      formatMoney(r.openMinor, currency, digits),
      late > 0 ? String(late) : NOT_LATE[lang],
      ...(accrued ? [formatMoney(r.interestMinor, currency, digits)] : []),
    ];
  });
  const all = [headers, ...cells];
  const widths = headers.map((_, c) => Math.max(...all.map((row) => displayWidth(row[c]))));
  const rightAligned = [false, false, true, true, true];
  return all
    .map((row) => row.map((cell, c) => (rightAligned[c] ? padStart(cell, widths[c]) : padEnd(cell, widths[c]))).join("  ").trimEnd())
    .join("\n");
}
