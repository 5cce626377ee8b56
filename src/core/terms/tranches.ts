import { inputError } from "../errors";
import { END, TermsScanner } from "./scanner";

/**
 * Tranche terms: how a contract amount falls due, e.g. "30%@0d; 60%@90d; 10%@12m".
 *
 *   terms   = tranche { sep tranche } [ sep ]
 *   sep     = ";" | ","
 *   tranche = share "%" "@" offset
 *   offset  = whole-number ( "D" | "DAY" | "DAYS" | "M" | "MONTH" | "MONTHS" )
 *
 * Days count from the start date; months are EDATE months from the start date (never chained
 * from the previous tranche). Shares must add up to 100% (checked by the schedule, which also
 * accepts a range of shares).
 */
export type OffsetUnit = "d" | "m";

export interface Tranche {
  /** Fraction of the amount: 0.3 for 30%. */
  readonly share: number;
  readonly offset: number;
  readonly unit: OffsetUnit;
}

const DAY_WORDS = ["DAYS", "DAY", "D"];
const MONTH_WORDS = ["MONTHS", "MONTH", "M"];

export function parseTranches(text: string, arg = "terms"): Tranche[] {
  const s = new TermsScanner(text, arg);
  const tranches: Tranche[] = [];
  if (s.atEnd()) inputError("required", { arg });
  do {
    if (s.atEnd() && tranches.length > 0) break; // a trailing separator
    const pct = s.number();
    s.expect("%");
    s.expect("@");
    const offset = s.integer();
    let unit: OffsetUnit;
    if (s.acceptOneOf(DAY_WORDS)) unit = "d";
    else if (s.acceptOneOf(MONTH_WORDS)) unit = "m";
    else return s.fail('"d" | "m"');
    tranches.push({ share: pct / 100, offset, unit });
  } while (s.acceptOneOf([";", ","]));
  s.expectEnd(`";" | ${END}`);
  return tranches;
}
