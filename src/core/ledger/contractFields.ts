import type { Day } from "../dates";
import { inputError } from "../errors";
import { DEFAULT_DIGITS, fromMinor, type Minor } from "../money";
import type { ContractSummary } from "./contractSummary";

/**
 * The fields AR.CONTRACT returns. Amounts are currency units; nextDue is a date serial. A contract
 * with nothing left to fall due has a blank nextDue (and nextAmount 0); a customer never assessed
 * has a blank grade. A closed contract is no longer receivable (receivableFigures): outstanding,
 * overdue and nextAmount are 0 and nextDue blank, and `writtenOff` is what was open on it when it
 * was closed — 0 for every contract that is not closed. `writtenOff` is last, so the fields keep
 * their order.
 */
export const CONTRACT_FIELDS = ["amount", "invoiced", "received", "outstanding", "overdue", "nextDue", "nextAmount", "grade", "status", "writtenOff"] as const;
export type ContractField = (typeof CONTRACT_FIELDS)[number];

/** What of a contract is receivable, and what was written off. */
export interface ReceivableFigures {
  readonly outstanding: Minor;
  readonly overdue: Minor;
  readonly nextDue: Day | undefined;
  readonly nextAmount: Minor;
  readonly writtenOff: Minor;
}

/**
 * The receivable figures of a contract's summary. A closed contract's open remainder was written
 * off when it was closed (closeContract refuses to close with money open otherwise; a closed
 * contract takes no receipt, so the remainder stays what was written off): nothing of it is
 * outstanding, overdue or next due, and all of it is `writtenOff`. Any other contract is as its
 * summary says, with nothing written off. AR.CONTRACT and the Contracts page read this one rule.
 */
export function receivableFigures(s: ContractSummary): ReceivableFigures {
  if (s.status === "closed") return { outstanding: 0, overdue: 0, nextDue: undefined, nextAmount: 0, writtenOff: s.outstanding };
  return { outstanding: s.outstanding, overdue: s.overdue, nextDue: s.nextDue, nextAmount: s.nextAmount, writtenOff: 0 };
}

/** The field named (any case, surrounding spaces ignored), or #VALUE! listing the valid ones. */
export function readContractField(text: string): ContractField {
  const wanted = text.trim().toLowerCase();
  const field = CONTRACT_FIELDS.find((f) => f.toLowerCase() === wanted);
  return field ?? inputError("unknownOption", { arg: "field", got: JSON.stringify(text), valid: CONTRACT_FIELDS.join(", ") });
}

/** The field's cell value; amounts in currency units with `digits` minor digits. */
export function contractFieldValue(s: ContractSummary, field: ContractField, digits = DEFAULT_DIGITS): number | string {
  const r = receivableFigures(s);
  switch (field) {
    case "amount":
    case "invoiced":
    case "received":
      return fromMinor(s[field], digits);
    case "outstanding":
    case "overdue":
    case "nextAmount":
    case "writtenOff":
      return fromMinor(r[field], digits);
    case "nextDue":
      return r.nextDue ?? "";
    case "grade":
      return s.grade ?? "";
    case "status":
      return s.status;
  }
}
