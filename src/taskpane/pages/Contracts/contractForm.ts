import type { ContractDraft, InstallmentDraft } from "../../../core/ledger/drafts";
import { isoDate, recordId, text } from "../../../core/ledger/fieldChecks";
import { generatePlanPreview } from "../../../core/ledger/planPreview";
import { checkShares } from "../../../core/schedule";
import type { Contract, ContractStatus, PenaltyClause } from "../../../core/store/types";
import { parseTranches } from "../../../core/terms/tranches";
import { amountProblem, core, type Problem, type Problems } from "../../forms/problems";
import { amountText } from "../../forms/numberText";
import { checkPenaltyForm, emptyPenaltyForm, type PenaltyFormValues, penaltyFormFrom } from "./penaltyForm";

/** The contract form as typed, penalty clause included. */
export interface ContractFormValues extends PenaltyFormValues {
  code: string;
  customerId: string;
  title: string;
  amount: string;
  currency: string;
  signDate: string;
  terms: string;
  owner: string;
  /** A ContractStatus; core's validator refuses anything else. */
  status: string;
}
export type ContractField = keyof ContractFormValues;

export interface ContractCheck {
  readonly problems: Problems<ContractField>;
  /** The plan the terms give, when amount, sign date and terms are all valid. */
  readonly preview: InstallmentDraft[] | undefined;
  readonly amountMinor: number | undefined;
  /** The penalty clause to save, when its fields pass core's validatePenalty. */
  readonly penalty: PenaltyClause | undefined;
}

/**
 * Checks the form on every keystroke with core's rules (fieldChecks, the terms parser, the
 * schedule's share check) and builds the plan preview core would save.
 */
export function checkContractForm(v: ContractFormValues, digits: number, withPlan: boolean): ContractCheck {
  const problems: Problems<ContractField> = {};
  const put = (f: ContractField, p: Problem | undefined) => {
    if (p) problems[f] = p;
  };
  put("code", core(() => text(v.code, "code")));
  put("customerId", core(() => recordId(v.customerId === "" ? undefined : Number(v.customerId), "customer")));
  put("owner", core(() => text(v.owner, "owner")));
  put("signDate", core(() => isoDate(v.signDate, "signDate")));
  const penalty = checkPenaltyForm(v);
  Object.assign(problems, penalty.problems);
  if (!withPlan) return { problems, preview: undefined, amountMinor: undefined, penalty: penalty.clause };
  // An amount written with another currency's sign ("$1,000" on a CNY contract) is refused, not read as yuan.
  const amount = amountProblem(v.amount, digits, "amount", false, v.currency);
  put("amount", amount.problem);
  put("terms", core(() => checkShares(parseTranches(v.terms, "terms").map((t) => t.share), "terms")));
  let preview: InstallmentDraft[] | undefined;
  if (!problems.amount && !problems.signDate && !problems.terms) {
    const p = core(() => (preview = generatePlanPreview(v.terms, amount.minor!, v.signDate)));
    put("terms", p);
  }
  return { problems, preview, amountMinor: amount.minor, penalty: penalty.clause };
}

export function emptyContractForm(currency: string, today: string): ContractFormValues {
  return { code: "", customerId: "", title: "", amount: "", currency, signDate: today, terms: "", owner: "", status: "active", ...emptyPenaltyForm() };
}

export function contractFormFrom(c: Contract, digits: number): ContractFormValues {
  return {
    code: c.code, customerId: String(c.customerId), title: c.title, amount: amountText(c.amountMinor, digits), currency: c.currency,
    signDate: c.signDate, terms: c.terms, owner: c.owner, status: c.status, ...penaltyFormFrom(c.penalty),
  };
}

/** The draft to create from a form that passed the check. */
export function contractDraftFrom(v: ContractFormValues, amountMinor: number, penalty: PenaltyClause): ContractDraft {
  return {
    code: v.code.trim(), customerId: Number(v.customerId), title: v.title.trim(), amountMinor, currency: v.currency,
    signDate: v.signDate.trim(), terms: v.terms.trim(), owner: v.owner.trim(), status: v.status as ContractStatus, penalty,
  };
}

/** The fields an edit may change (amount and terms change by renegotiating the plan). */
export function contractPatchFrom(v: ContractFormValues, penalty: PenaltyClause): Partial<ContractDraft> {
  return { code: v.code.trim(), customerId: Number(v.customerId), title: v.title.trim(), signDate: v.signDate.trim(), owner: v.owner.trim(), status: v.status as ContractStatus, penalty };
}
