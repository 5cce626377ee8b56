import type { Day } from "../dates";
import { lateInterest } from "../lateInterest";
import { DEFAULT_DIGITS, type Minor } from "../money";
import { penalty } from "../penalty";
import type { PenaltyClause } from "../store/types";

/**
 * Interest or penalty accrued on an open amount up to `asOf`, under the contract's penalty clause:
 * simple late interest (AR.LATEINTEREST's rule, grace as a threshold) or a daily penalty with an
 * optional cap (AR.PENALTY's rule). Nothing accrues before the due date.
 */
export function accruedInterest(open: Minor, due: Day, asOf: Day, clause: PenaltyClause, digits = DEFAULT_DIGITS): Minor {
  if (open <= 0 || asOf <= due) return 0;
  switch (clause.kind) {
    case "none":
      return 0;
    case "interest":
      return lateInterest(open, due, asOf, clause.annualRate, clause.yearDays, clause.graceDays, digits);
    case "daily":
      return penalty(open, asOf - due, clause.dailyRate, clause.capShare, digits);
  }
}
