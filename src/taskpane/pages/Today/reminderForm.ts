import { isoFromSerial, serialFromIso, type Day } from "../../../core/dates";
import { CHANNELS } from "../../../core/ledger/drafts";
import type { ReminderDraft } from "../../../core/ledger/drafts";
import type { Channel } from "../../../core/store/types";
import { parseAmountText } from "../../forms/parseAmountText";

/** What the user has typed, kept verbatim so nothing is lost when a field is refused. */
export interface ReminderFormValues {
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
  | "required" | "notADate" | "notAnAmount" | "tooLarge" | "notPositive" | "beforeToday" | "promiseNeedsDate" | "promiseNeedsAmount";

export type ReminderFormErrors = Partial<Record<ReminderField, ReminderFieldError>>;

export const EMPTY_REMINDER_FORM: ReminderFormValues = {
  channel: "phone", contact: "", outcome: "", promiseDate: "", promiseAmount: "", nextActionDate: "",
};

function parseDay(text: string): Day | undefined {
  return serialFromIso(text);
}

/**
 * Checks the form as the user types. A promise to pay needs both a date and an amount; promise
 * and next-action dates cannot lie in the past; the amount must be a positive plain number.
 */
export function checkReminderForm(v: ReminderFormValues, today: Day, digits: number): ReminderFormErrors {
  const errors: ReminderFormErrors = {};
  if (!(CHANNELS as readonly string[]).includes(v.channel)) errors.channel = "required";
  if (v.contact.trim() === "") errors.contact = "required";
  const hasDate = v.promiseDate.trim() !== "";
  const hasAmount = v.promiseAmount.trim() !== "";
  if (hasDate) {
    const d = parseDay(v.promiseDate);
    if (d === undefined) errors.promiseDate = "notADate";
    else if (d < today) errors.promiseDate = "beforeToday";
  } else if (hasAmount) errors.promiseDate = "promiseNeedsDate";
  if (hasAmount) {
    const minor = parseAmountText(v.promiseAmount, digits);
    if (minor === undefined) errors.promiseAmount = "notAnAmount";
    // More digits than minor units hold exactly: refused here, not by the save (or, before, a crash).
    else if (!Number.isSafeInteger(minor)) errors.promiseAmount = "tooLarge";
    else if (minor <= 0) errors.promiseAmount = "notPositive";
  } else if (hasDate) errors.promiseAmount = "promiseNeedsAmount";
  if (v.nextActionDate.trim() !== "") {
    const d = parseDay(v.nextActionDate);
    if (d === undefined) errors.nextActionDate = "notADate";
    else if (d < today) errors.nextActionDate = "beforeToday";
  }
  return errors;
}

export interface ReminderContext {
  contractId: number;
  installmentId?: number;
  owner: string;
  stage?: number;
}

/** The record to save from a form that passed checkReminderForm. */
export function reminderDraftFrom(v: ReminderFormValues, ctx: ReminderContext, today: Day, digits: number): ReminderDraft {
  const promiseAmountMinor = v.promiseAmount.trim() === "" ? undefined : parseAmountText(v.promiseAmount, digits);
  return {
    contractId: ctx.contractId,
    installmentId: ctx.installmentId,
    date: isoFromSerial(today),
    channel: v.channel as Channel,
    contact: v.contact.trim(),
    outcome: v.outcome.trim(),
    promiseDate: v.promiseDate.trim() || undefined,
    promiseAmountMinor,
    nextActionDate: v.nextActionDate.trim() || undefined,
    owner: ctx.owner,
    stage: ctx.stage,
  };
}
