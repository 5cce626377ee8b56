import { inputError } from "../errors";
import { DEFAULT_DIGITS, fromMinor } from "../money";
import type { ContractSummary } from "./contractSummary";

/**
 * The fields AR.CONTRACT returns. Amounts are currency units; nextDue is a date serial. A contract
 * with nothing left to fall due has a blank nextDue (and nextAmount 0); a customer never assessed
 * has a blank grade.
 */
export const CONTRACT_FIELDS = ["amount", "invoiced", "received", "outstanding", "overdue", "nextDue", "nextAmount", "grade", "status"] as const;
export type ContractField = (typeof CONTRACT_FIELDS)[number];

/** The field named (any case, surrounding spaces ignored), or #VALUE! listing the valid ones. */
export function readContractField(text: string): ContractField {
  const wanted = text.trim().toLowerCase();
  const field = CONTRACT_FIELDS.find((f) => f.toLowerCase() === wanted);
  return field ?? inputError("unknownOption", { arg: "field", got: JSON.stringify(text), valid: CONTRACT_FIELDS.join(", ") });
}

/** The field's cell value; amounts in currency units with `digits` minor digits. */
export function contractFieldValue(s: ContractSummary, field: ContractField, digits = DEFAULT_DIGITS): number | string {
  switch (field) {
    case "amount":
    case "invoiced":
    case "received":
    case "outstanding":
    case "overdue":
    case "nextAmount":
      return fromMinor(s[field], digits);
    case "nextDue":
      return s.nextDue ?? "";
    case "grade":
      return s.grade ?? "";
    case "status":
      return s.status;
  }
}
