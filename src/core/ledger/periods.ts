import { type Day, eomonth, serialFromYmd } from "../dates";
import { inputError } from "../errors";

/** A collection-target period: a month "2026-11" or a quarter "2026-Q4", as a day range. */
export interface Period {
  readonly from: Day; // first day, inclusive
  readonly to: Day; // last day, inclusive
}

const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/i;

export function parsePeriod(text: string, arg = "period"): Period {
  const t = text.trim();
  let m = MONTH.exec(t);
  if (m) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    if (year >= 1900 && month >= 1 && month <= 12) {
      const from = serialFromYmd(year, month, 1);
      return { from, to: eomonth(from, 0) };
    }
  }
  m = QUARTER.exec(t);
  if (m && Number(m[1]) >= 1900) {
    const from = serialFromYmd(Number(m[1]), (Number(m[2]) - 1) * 3 + 1, 1);
    return { from, to: eomonth(from, 2) };
  }
  return inputError("badPeriod", { arg, got: JSON.stringify(text) });
}

/** The quarter a month "YYYY-MM" falls in: "2026-11" → "2026-Q4". */
export function quarterOfMonth(month: string): string {
  const m = MONTH.exec(month.trim());
  if (!m || !(Number(m[2]) >= 1 && Number(m[2]) <= 12)) return inputError("badPeriod", { arg: "month", got: JSON.stringify(month) });
  return `${m[1]}-Q${Math.floor((Number(m[2]) - 1) / 3) + 1}`;
}
