import { optionalText, text } from "../../../core/ledger/fieldChecks";
import { optionalEmail, optionalPhone } from "../../../core/ledger/validateRecords";
import type { Customer } from "../../../core/store/types";
import { core, type Problems } from "../../forms/problems";

export type CustomerTextField = "code" | "name" | "contact" | "phone" | "email" | "owner";
export const CUSTOMER_TEXT_FIELDS: readonly CustomerTextField[] = ["code", "name", "contact", "phone", "email", "owner"];

/**
 * The customer form's text fields checked by core's rules as typed (validateCustomer's): code and
 * name required, the e-mail and phone, when given, an address and a number (optionalEmail,
 * optionalPhone). An e-mail or phone of the customer being edited that is left as stored is not
 * flagged: core keeps a value stored before its check existed (an older backup) when an edit leaves
 * it as it was.
 */
export function customerFieldProblems(values: Readonly<Record<CustomerTextField, string>>, editing?: Pick<Customer, "email" | "phone">): Problems<CustomerTextField> {
  const problems: Problems<CustomerTextField> = {};
  const asStored = (f: "email" | "phone") => editing !== undefined && values[f].trim() === (editing[f] ?? "").trim();
  for (const f of CUSTOMER_TEXT_FIELDS) {
    const v = values[f];
    const p = core(() => {
      if (f === "code" || f === "name") return text(v, f);
      if (f === "email" && !asStored(f)) return optionalEmail(v, f);
      if (f === "phone" && !asStored(f)) return optionalPhone(v, f);
      return optionalText(v, f);
    });
    if (p) problems[f] = p;
  }
  return problems;
}
