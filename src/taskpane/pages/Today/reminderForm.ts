import { isoFromSerial, serialFromIso, type Day } from "../../../core/dates";
import { toMinor } from "../../../core/money";
import { CHANNELS } from "../../../core/ledger/drafts";
import type { ReminderDraft } from "../../../core/ledger/drafts";
import type { Channel } from "../../../core/store/types";

/** What the user has typed, kept verbatim so nothing is lost when a field is refused. */
export interface ReminderFormValues {
  channel: Channel | "";
  contact: string;
  outcome: string;
  promiseDate: string; // ISO from the date input, or ""
  promiseAmount: string; // as typed: "12,500.00"
  nextActionDate: string;
}

export type ReminderField = keyof ReminderFormValues;

/** Why a field is refused; the page renders each code in the user's language. */
export type ReminderFieldError =
  | "required" | "notADate" | "notAnAmount" | "notPositive" | "beforeToday" | "promiseNeedsDate" | "promiseNeedsAmount";

export type ReminderFormErrors = Partial<Record<ReminderField, ReminderFieldError>>;

export const EMPTY_REMINDER_FORM: ReminderFormValues = {
  channel: "phone", contact: "", outcome: "", promiseDate: "", promiseAmount: "", nextActionDate: "",
};

// Digits with optional thousands separators (ASCII or full-width comma) and up to `digits` decimals.
const AMOUNT = /^\s*(\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.(\d+))?\s*$/;

/** An amount typed by the user, in minor units; undefined when it is not a plain amount. */
export function parseAmountText(text: string, digits: number): number | undefined {
  const m = AMOUNT.exec(text);
  if (!m) return undefined;
  if (m[2] !== undefined && m[2].length > digits) return undefined;
  const value = Number(`${m[1].replace(/[,，]/g, "")}.${m[2] ?? "0"}`);
  return Number.isFinite(value) ? toMinor(value, digits) : undefined;
}

function parseDay(text: string): Day | undefined {
  return serialFromIso(text);
}

/**
 * Checks the form as the user types. A promise to pay needs both a date and an amount; promise
 * and next-action dates cannot lie in the past; the amount must be a positive plain number.
 */
export function checkReminderForm(v: ReminderFormValues, today: Day, digits: number): ReminderFormErrors {
  const errors: ReminderFormErrors = {};
  if (!v.channel || !CHANNELS.includes(v.channel)) errors.channel = "required";
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
