import { isoFromSerial, serialFromIso, type Day } from "../../../core/dates";
import { dunningStageIndex, type DunningPolicy } from "../../../core/dunning";
import { CHANNELS } from "../../../core/ledger/drafts";
import { activeInstallments } from "../../../core/ledger/installmentState";
import { indexLedger } from "../../../core/ledger/ledgerIndex";
import type { LedgerSnapshot } from "../../../core/ledger/snapshot";
import type { ReminderDraft } from "../../../core/ledger/drafts";
import type { Channel } from "../../../core/store/types";
import { parseAmountText } from "../../forms/parseAmountText";

/** What the user has typed, kept verbatim so nothing is lost when a field is refused. */
export interface ReminderFormValues {
  contactDate: string; // ISO from the date input: the day of the contact, today unless logged late
  channel: string; // one of CHANNELS; the check refuses anything else
  contact: string;
  outcome: string;
  promiseDate: string; // ISO from the date input, or ""
  promiseAmount: string; // as typed: "12,500.00"
  nextActionDate: string;
}

export type ReminderField = keyof ReminderFormValues;

/** Why a field is refused; the page renders each code in the user's language. */
export type ReminderFieldError =
  | "required" | "notADate" | "notAnAmount" | "tooLarge" | "notPositive" | "overOpen" | "afterToday" | "beforeSignDate" | "beforeContact"
  | "promiseNeedsDate" | "promiseNeedsAmount";

export type ReminderFormErrors = Partial<Record<ReminderField, ReminderFieldError>>;

/** A new form: the contact made today, by phone, with `contact` (the customer's contact person) suggested. */
export function newReminderForm(today: Day, contact = ""): ReminderFormValues {
  return { contactDate: isoFromSerial(today), channel: "phone", contact, outcome: "", promiseDate: "", promiseAmount: "", nextActionDate: "" };
}

function parseDay(text: string): Day | undefined {
  return serialFromIso(text);
}

/**
 * Checks the form as the user types. The contact date is today or earlier (a call logged a day or
 * two late), and not before the contract was signed. A promise to pay needs both a date and an
 * amount; promise and next-action dates cannot lie before the contact (the contact date, or today
 * while that is not a date); the amount must be a positive plain number, and no more than is open
 * on the contract when that is known (a customer cannot promise more than is owed: a larger amount
 * is a typing slip, refused by the store too).
 */
export function checkReminderForm(v: ReminderFormValues, ctx: ReminderLimits, digits: number): ReminderFormErrors {
  const { today } = ctx;
  const errors: ReminderFormErrors = {};
  const signDay = ctx.signDate === undefined ? undefined : parseDay(ctx.signDate);
  let contactDay: Day | undefined;
  if (v.contactDate.trim() === "") errors.contactDate = "required";
  else {
    contactDay = parseDay(v.contactDate.trim());
    if (contactDay === undefined) errors.contactDate = "notADate";
    else if (contactDay > today) errors.contactDate = "afterToday";
    else if (signDay !== undefined && contactDay < signDay) errors.contactDate = "beforeSignDate";
  }
  // Later dates are checked against the contact's day when that is a date at all (even a refused
  // one: the message then follows the date typed), else against today.
  const earliest = contactDay ?? today;
  if (!(CHANNELS as readonly string[]).includes(v.channel)) errors.channel = "required";
  if (v.contact.trim() === "") errors.contact = "required";
  const hasDate = v.promiseDate.trim() !== "";
  const hasAmount = v.promiseAmount.trim() !== "";
  if (hasDate) {
    const d = parseDay(v.promiseDate.trim());
    if (d === undefined) errors.promiseDate = "notADate";
    else if (d < earliest) errors.promiseDate = "beforeContact";
  } else if (hasAmount) errors.promiseDate = "promiseNeedsDate";
  if (hasAmount) {
    const minor = parseAmountText(v.promiseAmount, digits);
    if (minor === undefined) errors.promiseAmount = "notAnAmount";
    // More digits than minor units hold exactly: refused here, not by the save (or, before, a crash).
    else if (!Number.isSafeInteger(minor)) errors.promiseAmount = "tooLarge";
    else if (minor <= 0) errors.promiseAmount = "notPositive";
    else if (ctx.openMinor !== undefined && minor > ctx.openMinor) errors.promiseAmount = "overOpen";
  } else if (hasDate) errors.promiseAmount = "promiseNeedsAmount";
  if (v.nextActionDate.trim() !== "") {
    const d = parseDay(v.nextActionDate.trim());
    if (d === undefined) errors.nextActionDate = "notADate";
    else if (d < earliest) errors.nextActionDate = "beforeContact";
  }
  return errors;
}

/**
 * What the form is checked against: today and the contract's sign date (ISO) for the dates, what
 * is open on the contract (minor units of its currency) for a promised amount.
 */
export interface ReminderLimits {
  today: Day;
  signDate?: string;
  openMinor?: number;
}

/**
 * What is open on a contract in `snapshot` (the whole ledger or its open items, which hold every
 * unpaid installment with its partial payments): its active plan's installments less what receipts
 * settled on them, whether due yet or not.
 */
export function contractOpenMinor(snapshot: LedgerSnapshot, contractId: number): number {
  const index = indexLedger(snapshot);
  return activeInstallments(snapshot.installments, index)
    .filter((i) => i.contractId === contractId)
    .reduce((sum, i) => sum + Math.max(0, i.amountMinor - (index.allocatedByInstallment.get(i.id!) ?? 0)), 0);
}

export interface ReminderContext {
  contractId: number;
  installmentId?: number;
  owner: string;
  /** The installment's due date: the stage recorded is the one reached on the contact's date. */
  dueDate?: Day;
  policy: DunningPolicy;
}

/**
 * The dunning stage (its index in the policy) an installment due on `dueDate` had reached on
 * `contactDay`; undefined before the policy's first stage, or without an installment: a contact
 * then is recorded at no stage rather than one not reached yet.
 */
export function stageOnContact(contactDay: Day, dueDate: Day | undefined, policy: DunningPolicy): number | undefined {
  if (dueDate === undefined) return undefined;
  const index = dunningStageIndex(contactDay - dueDate, policy);
  return index < 0 ? undefined : index;
}

/**
 * The record to save from a form that passed checkReminderForm. The stage is kept by its key in
 * the policy as well as its position: a stage inserted in the policy later moves the positions.
 */
export function reminderDraftFrom(v: ReminderFormValues, ctx: ReminderContext, digits: number): ReminderDraft {
  const promiseAmountMinor = v.promiseAmount.trim() === "" ? undefined : parseAmountText(v.promiseAmount, digits);
  const contactDay = parseDay(v.contactDate.trim());
  if (contactDay === undefined) throw new Error("reminderDraftFrom: the contact date was not checked");
  const stage = stageOnContact(contactDay, ctx.dueDate, ctx.policy);
  return {
    contractId: ctx.contractId,
    installmentId: ctx.installmentId,
    date: isoFromSerial(contactDay),
    channel: v.channel as Channel,
    contact: v.contact.trim(),
    outcome: v.outcome.trim(),
    promiseDate: v.promiseDate.trim() || undefined,
    promiseAmountMinor,
    nextActionDate: v.nextActionDate.trim() || undefined,
    owner: ctx.owner,
    stage,
    stageKey: stage === undefined ? undefined : ctx.policy[stage].stage,
  };
}
