import { ArInputError, inputError, isArInputError } from "../errors";
import type { InstallmentTrigger, PenaltyClause } from "../store/types";
import {
  type AssessmentDraft, CHANNELS, CONTRACT_STATUSES, type ContractDraft, type CustomerDraft, type InstallmentDraft,
  type InvoiceDraft, type MilestoneDraft, PENALTY_KINDS, RECEIPT_METHODS, type ReceiptDraft, type ReminderDraft,
  type TargetDraft,
} from "./drafts";
import {
  isoDate, nonNegativeMinor, numberBetween, oneOf, optionalIsoDate, optionalText, positiveMinor, recordId, text,
  wholeBetween,
} from "./fieldChecks";
import { parsePeriod } from "./periods";

/**
 * Validation of every record before it is written, in core so the pages, the importer and the
 * tests share one set of rules. Each validator returns the normalised draft or raises an
 * ArInputError naming the field. Rules that need the database (unique codes, closed contracts)
 * are checked by the repositories inside their transaction.
 */

/** Codes the stored records use: three letters, upper case (ISO 4217 form; the list itself is open). */
const CURRENCY_CODE = /^[A-Z]{3}$/;

/** A currency code, trimmed and upper-cased ("usd " → "USD"); anything but three letters is refused. */
function currencyCodeField(value: unknown, arg: string): string {
  const code = text(value, arg).toUpperCase();
  if (!CURRENCY_CODE.test(code)) inputError("unknownOption", { arg, got: JSON.stringify(value), valid: "ISO 4217 (CNY, USD, EUR…)" });
  return code;
}

/** An optional currency code: blank is none, anything else as currencyCodeField. */
function optionalCurrencyCode(value: unknown, arg: string): string | undefined {
  return optionalText(value, arg) === undefined ? undefined : currencyCodeField(value, arg);
}

/** Separators between several addresses or numbers in one field: ; and , (full-width too). */
const LIST_SEPARATOR = /[;,；，]/;
/** One address: something@domain.tld — no spaces, a dot in the domain, a top-level part of 2+ characters. */
const EMAIL = /^[^\s@<>()[\]]+@(?:[^\s@<>()[\].]+\.)+[^\s@<>()[\].\d]{2,}$/u;
/**
 * One number: digits, spaces, + - ( ) . / (full-width brackets, hyphen and digits too, as a Chinese
 * input method types them), then optionally an extension ("ext. 12", "x12", "转 12", "分机 12").
 */
const PHONE = /^([0-9０-９\s+\-－()（）./]+?)(?:\s*(?:ext\.?|extension|x|转|分机)\s*[0-9０-９]+)?$/iu;
const PHONE_DIGITS = 5;

/**
 * An optional e-mail field: blank is none; else each address (several may be separated by ; or ,)
 * must look like one, name@example.com. The text is kept as typed, trimmed.
 */
export function optionalEmail(value: unknown, arg: string): string | undefined {
  const t = optionalText(value, arg);
  if (t === undefined) return undefined;
  const parts = t.split(LIST_SEPARATOR).map((p) => p.trim());
  if (!parts.every((p, i) => EMAIL.test(p) || (p === "" && i === parts.length - 1 && i > 0))) inputError("notAnEmail", { arg, got: JSON.stringify(t) });
  return t;
}

/**
 * An optional phone field: blank is none; else each number (several may be separated by ; or ,)
 * holds only digits, spaces, + - ( ) . / and an extension ("ext. 12", "转 12"), with at least 5
 * digits before the extension. The text is kept as typed, trimmed.
 */
export function optionalPhone(value: unknown, arg: string): string | undefined {
  const t = optionalText(value, arg);
  if (t === undefined) return undefined;
  const ok = (p: string) => {
    const m = PHONE.exec(p);
    return !!m && (m[1].match(/[0-9０-９]/gu)?.length ?? 0) >= PHONE_DIGITS;
  };
  if (!t.split(LIST_SEPARATOR).map((p) => p.trim()).every(ok)) inputError("notAPhone", { arg, got: JSON.stringify(t) });
  return t;
}

/**
 * A customer; its `currency` (the credit limit's, see core/ledger/currencyScope creditCurrencyOf)
 * is optional: without one the limit is read in the settings' default currency.
 *
 * E-mail and phone are checked (optionalEmail, optionalPhone) as they are entered. A value stored
 * before these checks existed (an older backup restores records as stored) is no new input: given
 * the `stored` customer, an edit that leaves its e-mail or phone as it was keeps it unchecked, so
 * changing another field is not refused for it.
 */
export function validateCustomer(d: CustomerDraft, stored?: Pick<CustomerDraft, "email" | "phone">): CustomerDraft {
  const same = (a: unknown, b: unknown) => (typeof a === "string" ? a.trim() : a ?? "") === (typeof b === "string" ? b.trim() : b ?? "");
  const unchanged = (f: "email" | "phone") => stored !== undefined && same(d[f], stored[f]);
  return {
    ...d,
    code: text(d.code, "code"),
    name: text(d.name, "name"),
    contact: optionalText(d.contact, "contact"),
    phone: unchanged("phone") ? optionalText(d.phone, "phone") : optionalPhone(d.phone, "phone"),
    email: unchanged("email") ? optionalText(d.email, "email") : optionalEmail(d.email, "email"),
    owner: optionalText(d.owner, "owner"),
    creditLimitMinor: d.creditLimitMinor === undefined ? undefined : nonNegativeMinor(d.creditLimitMinor, "creditLimit"),
    currency: optionalCurrencyCode(d.currency, "currency"),
  };
}

export function validatePenalty(p: PenaltyClause | undefined): PenaltyClause {
  if (!p) return { kind: "none" };
  switch (oneOf(p.kind, "penalty", PENALTY_KINDS)) {
    case "none":
      return { kind: "none" };
    case "interest": {
      const q = p as Extract<PenaltyClause, { kind: "interest" }>;
      const yearDays = q.yearDays === 360 ? 360 : q.yearDays === 365 ? 365 : inputError("unknownOption", { arg: "yearDays", got: String(q.yearDays), valid: "360, 365" });
      return { kind: "interest", annualRate: numberBetween(q.annualRate, "annualRate", 0, 10), yearDays, graceDays: wholeBetween(q.graceDays ?? 0, "graceDays", 0, 3650) };
    }
    case "daily": {
      const q = p as Extract<PenaltyClause, { kind: "daily" }>;
      const capShare = q.capShare === undefined ? undefined : numberBetween(q.capShare, "capShare", 0, 1);
      return { kind: "daily", dailyRate: numberBetween(q.dailyRate, "dailyRate", 0, 1), ...(capShare === undefined ? {} : { capShare }) };
    }
  }
}

/**
 * A contract. Its close record (writtenOffMinor, closedDate, statusBeforeClose) is kept by the
 * store alone — closeContract writes it, reopening takes it away — so a draft or a patch carrying
 * one has it left out: an edit keeps the stored record, a new contract has none.
 */
export function validateContract(draft: ContractDraft): ContractDraft {
  const { writtenOffMinor: _amount, closedDate: _day, statusBeforeClose: _status, ...d } = draft;
  const currency = currencyCodeField(d.currency, "currency");
  return {
    ...d,
    code: text(d.code, "code"),
    customerId: recordId(d.customerId, "customer"),
    title: optionalText(d.title, "title") ?? "",
    amountMinor: positiveMinor(d.amountMinor, "amount"),
    currency,
    signDate: isoDate(d.signDate, "signDate"),
    terms: optionalText(d.terms, "terms") ?? "",
    owner: text(d.owner, "owner"),
    status: d.status === undefined ? "active" : oneOf(d.status, "status", CONTRACT_STATUSES),
    penalty: validatePenalty(d.penalty),
    notes: optionalText(d.notes, "notes"),
  };
}

function validateTrigger(t: InstallmentTrigger | undefined, row: number): InstallmentTrigger {
  if (!t || t.kind === "date") return { kind: "date" };
  if (t.kind !== "milestone") return inputError("unknownOption", { arg: "trigger", got: JSON.stringify((t as { kind: unknown }).kind), valid: "date, milestone", row });
  return { kind: "milestone", milestoneId: recordId(t.milestoneId, "milestone"), offsetDays: wholeBetween(t.offsetDays ?? 0, "offsetDays", 0, 3650) };
}

/** A plan's rows: at least one, each with a valid date and a positive amount. */
export function validateInstallments(rows: readonly InstallmentDraft[]): InstallmentDraft[] {
  if (rows.length === 0) inputError("required", { arg: "installments" });
  return rows.map((r, i) => {
    try {
      return {
        dueDate: isoDate(r.dueDate, "dueDate"),
        amountMinor: positiveMinor(r.amountMinor, "amount"),
        trigger: validateTrigger(r.trigger, i + 1),
        owner: optionalText(r.owner, "owner"),
      };
    } catch (e) {
      throw withRow(e, i + 1);
    }
  });
}

/** The same error, saying which plan row it is about. */
function withRow(e: unknown, row: number): unknown {
  if (!isArInputError(e) || e.params.row !== undefined) return e;
  return new ArInputError(e.code, { ...e.params, row }, e.kind);
}

export function validateMilestone(d: MilestoneDraft): MilestoneDraft {
  return {
    ...d,
    contractId: recordId(d.contractId, "contract"),
    name: text(d.name, "name"),
    plannedDate: isoDate(d.plannedDate, "plannedDate"),
    actualDate: optionalIsoDate(d.actualDate, "actualDate"),
    percentComplete: numberBetween(d.percentComplete ?? 0, "percentComplete", 0, 100),
  };
}

export function validateInvoice(d: InvoiceDraft): InvoiceDraft {
  const amountMinor = positiveMinor(d.amountMinor, "amount");
  const taxMinor = nonNegativeMinor(d.taxMinor ?? 0, "tax");
  if (taxMinor > amountMinor) inputError("mustNotExceed", { arg: "tax", limit: amountMinor / 100, got: taxMinor / 100 }, "num");
  return {
    ...d,
    number: text(d.number, "number"),
    contractId: recordId(d.contractId, "contract"),
    installmentId: d.installmentId === undefined ? undefined : recordId(d.installmentId, "installment"),
    date: isoDate(d.date, "date"),
    amountMinor,
    taxMinor,
  };
}

export function validateReceipt(d: ReceiptDraft): ReceiptDraft {
  return {
    ...d,
    contractId: recordId(d.contractId, "contract"),
    date: isoDate(d.date, "date"),
    amountMinor: positiveMinor(d.amountMinor, "amount"),
    method: oneOf(d.method, "method", RECEIPT_METHODS),
    reference: optionalText(d.reference, "reference"),
  };
}

/**
 * A contact. A promise to pay and the next action are on or after the day of the contact they were
 * agreed in (ISO dates compare as text): a date before it is a typing slip, and a promise dated
 * before the contact would read as broken at once.
 */
export function validateReminder(d: ReminderDraft): ReminderDraft {
  const date = isoDate(d.date, "date");
  const notBeforeContact = (value: string | undefined, arg: string) => {
    if (value !== undefined && value < date) inputError("beforeContactDate", { arg, date, got: value });
    return value;
  };
  return {
    ...d,
    contractId: recordId(d.contractId, "contract"),
    installmentId: d.installmentId === undefined ? undefined : recordId(d.installmentId, "installment"),
    date,
    channel: oneOf(d.channel, "channel", CHANNELS),
    contact: text(d.contact, "contact"),
    outcome: optionalText(d.outcome, "outcome") ?? "",
    promiseDate: notBeforeContact(optionalIsoDate(d.promiseDate, "promiseDate"), "promiseDate"),
    promiseAmountMinor: d.promiseAmountMinor === undefined ? undefined : positiveMinor(d.promiseAmountMinor, "promiseAmount"),
    nextActionDate: notBeforeContact(optionalIsoDate(d.nextActionDate, "nextActionDate"), "nextActionDate"),
    owner: text(d.owner, "owner"),
    stage: d.stage === undefined ? undefined : wholeBetween(d.stage, "stage", 0, 99),
    stageKey: optionalText(d.stageKey, "stageKey"),
  };
}

export function validateAssessment(d: AssessmentDraft): AssessmentDraft {
  const inputs: Record<string, number> = {};
  for (const [k, v] of Object.entries(d.inputs ?? {})) inputs[k] = numberBetween(v, k, -Number.MAX_VALUE, Number.MAX_VALUE);
  return {
    ...d,
    customerId: recordId(d.customerId, "customer"),
    date: isoDate(d.date, "date"),
    assessor: text(d.assessor, "assessor"),
    inputs,
    score: numberBetween(d.score, "score", 0, 100),
    grade: text(d.grade, "grade"),
    limitMinor: nonNegativeMinor(d.limitMinor, "limit"),
    prepaymentShare: numberBetween(d.prepaymentShare, "prepaymentShare", 0, 1),
    cycleDays: wholeBetween(d.cycleDays, "cycleDays", 0, 3650),
    currency: optionalCurrencyCode(d.currency, "currency"),
  };
}

/**
 * A collection target; its `currency` is optional here (setTarget gives a new target the default
 * currency when none is chosen). The amount must be above 0, as on the Dashboard's form: a target
 * of 0 is no target (progress against it would be a percentage of nothing). A zero target stored
 * before this (an older backup restores records as stored) is still read; it cannot be saved again.
 */
export function validateTarget(d: TargetDraft): TargetDraft {
  // One spelling per period ("2026-q4" is 2026-Q4): targets are unique per owner and period.
  const period = text(d.period, "period").toUpperCase();
  parsePeriod(period, "period");
  return {
    ...d, owner: text(d.owner, "owner"), period, targetMinor: positiveMinor(d.targetMinor, "target"),
    currency: optionalCurrencyCode(d.currency, "currency"),
  };
}
