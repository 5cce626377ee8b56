import { serialFromIso } from "../../src/core/dates";
import { DEFAULT_DUNNING_POLICY, type DunningPolicy } from "../../src/core/dunning";
import { snapshotOf } from "../../src/core/ledger/snapshot";
import { format } from "../../src/taskpane/i18n/language";
import {
  checkReminderForm, contractOpenMinor, newReminderForm, type ReminderContext, reminderDraftFrom, type ReminderField, type ReminderFormValues,
} from "../../src/taskpane/pages/Today/reminderForm";
import { strings } from "../../src/taskpane/pages/Today/strings";

const day = (iso: string) => serialFromIso(iso)!;
const TODAY = day("2026-11-27"); // a Friday
const SIGNED = "2026-06-01";
const limits = { today: TODAY, signDate: SIGNED };
/** Friendly from 1 day past due, Formal from 7: an installment due 2026-11-20 turns Formal today. */
const POLICY: DunningPolicy = [{ fromDays: 1, stage: "Friendly" }, { fromDays: 7, stage: "Formal" }];
const ctx: ReminderContext = { contractId: 1, installmentId: 11, owner: "Li Na", dueDate: day("2026-11-20"), policy: POLICY };

const form = (patch: Partial<ReminderFormValues>): ReminderFormValues => ({ ...newReminderForm(TODAY, "Mr. Beta"), ...patch });
const check = (v: ReminderFormValues) => checkReminderForm(v, limits, 2);
/** A field's message as the dialog shows it, in English and in Chinese (the dialog's parameters). */
function messages(v: ReminderFormValues, field: ReminderField) {
  const code = check(v)[field];
  if (code === undefined) return undefined;
  const params = { example: "12,500.00", signDate: SIGNED, contactDate: v.contactDate };
  return { en: format(strings.en[`error.${code}`], params), zh: format(strings.zh[`error.${code}`], params) };
}

describe("reminder form: the contact date", () => {
  test("a new form is dated today and saves a contact of today", () => {
    const v = form({});
    expect(v.contactDate).toBe("2026-11-27");
    expect(check(v)).toEqual({});
    expect(reminderDraftFrom(v, ctx, 2).date).toBe("2026-11-27");
  });

  test("a call made yesterday, or last Friday, is saved on that date, not today", () => {
    for (const date of ["2026-11-26", "2026-11-20"]) {
      const v = form({ contactDate: date });
      expect(check(v)).toEqual({});
      expect(reminderDraftFrom(v, ctx, 2).date).toBe(date);
    }
  });

  test("a date after today is refused with a message naming the contact date, in both languages", () => {
    const v = form({ contactDate: "2026-11-28" });
    expect(check(v).contactDate).toBe("afterToday");
    expect(messages(v, "contactDate")).toEqual({
      en: "The contact date cannot be later than today.",
      zh: "联系日期不能晚于今天。",
    });
  });

  test("a date before the contract was signed is refused, naming the sign date; the sign date itself is accepted", () => {
    const v = form({ contactDate: "2026-05-31" });
    expect(check(v).contactDate).toBe("beforeSignDate");
    expect(messages(v, "contactDate")).toEqual({
      en: "The contact date cannot be before the contract's sign date, 2026-06-01.",
      zh: "联系日期不能早于合同签订日期 2026-06-01。",
    });
    expect(check(form({ contactDate: SIGNED }))).toEqual({});
  });

  test("a blank or impossible contact date is refused", () => {
    expect(check(form({ contactDate: "" })).contactDate).toBe("required");
    expect(check(form({ contactDate: "2026-02-30" })).contactDate).toBe("notADate");
  });
});

describe("reminder form: the stage recorded is the one on the contact's date", () => {
  test("today (7 days late) records Formal; yesterday (6 days late) records Friendly", () => {
    expect(reminderDraftFrom(form({}), ctx, 2).stage).toBe(1); // Formal
    expect(reminderDraftFrom(form({ contactDate: "2026-11-26" }), ctx, 2).stage).toBe(0); // Friendly
  });

  test("a contact on or before the due date, before the policy's first stage, records no stage", () => {
    expect(reminderDraftFrom(form({ contactDate: "2026-11-20" }), ctx, 2).stage).toBeUndefined();
  });

  test("with the default policy, a contact a week before the due date is at Courtesy (index 0), one day earlier at none", () => {
    const dflt = { ...ctx, policy: DEFAULT_DUNNING_POLICY, dueDate: day("2026-11-30") };
    expect(reminderDraftFrom(form({ contactDate: "2026-11-23" }), dflt, 2).stage).toBe(0);
    expect(reminderDraftFrom(form({ contactDate: "2026-11-22" }), dflt, 2).stage).toBeUndefined();
  });

  test("a contact about the contract, not an installment, records no stage", () => {
    const { dueDate: _, ...contractOnly } = ctx;
    expect(reminderDraftFrom(form({}), { ...contractOnly, installmentId: undefined }, 2).stage).toBeUndefined();
  });
});

describe("reminder form: promise and next action follow the contact", () => {
  test("a promise or next action before the contact date is refused, with a message naming the contact date", () => {
    const v = form({ contactDate: "2026-11-25", promiseDate: "2026-11-24", promiseAmount: "1,000", nextActionDate: "2026-11-24" });
    expect(check(v)).toEqual({ promiseDate: "beforeContact", nextActionDate: "beforeContact" });
    expect(messages(v, "promiseDate")).toEqual({
      en: "This date cannot be before the contact date, 2026-11-25.",
      zh: "该日期不能早于联系日期 2026-11-25。",
    });
  });

  test("logged late, a promise made for a day since the contact (now past) is kept, as the customer made it", () => {
    const v = form({ contactDate: "2026-11-20", promiseDate: "2026-11-25", promiseAmount: "30,000", nextActionDate: "2026-11-20" });
    expect(check(v)).toEqual({});
    const draft = reminderDraftFrom(v, ctx, 2);
    expect(draft).toMatchObject({ date: "2026-11-20", promiseDate: "2026-11-25", promiseAmountMinor: 3000000, nextActionDate: "2026-11-20" });
  });

  test("a contact of today still refuses a promise date in the past", () => {
    expect(check(form({ promiseDate: "2026-11-26", promiseAmount: "1" })).promiseDate).toBe("beforeContact");
    expect(check(form({ promiseDate: "2026-11-27", promiseAmount: "1" }))).toEqual({});
  });

  test("while the contact date is refused as future, later dates are checked against the date typed", () => {
    const v = form({ contactDate: "2026-11-30", nextActionDate: "2026-11-29" });
    expect(check(v)).toEqual({ contactDate: "afterToday", nextActionDate: "beforeContact" });
  });
});

describe("reminder row button names", () => {
  test("name the contract and the installment in both languages, starting from the visible text", () => {
    const en = format(strings.en.logReminderFor, { contract: "HT-A", seq: 2 });
    const zh = format(strings.zh.logReminderFor, { contract: "HT-A", seq: 2 });
    expect(en).toBe("Log reminder for HT-A #2");
    expect(zh).toBe("为 HT-A 第 2 期记录催款");
    expect(en).toContain(strings.en.logReminder);
    expect(zh).toContain(strings.zh.logReminder);
  });
});

describe("reminder form: a promise is for at most what is open on the contract", () => {
  /** CNY 300,000.00 open on the contract. */
  const open = { ...limits, openMinor: 300_000_00 };
  const withOpen = (v: ReminderFormValues) => checkReminderForm(v, open, 2);

  test("a mistyped promise of 12,062,026.00 against 300,000.00 open is refused, with a message naming the open amount in both languages", () => {
    const v = form({ promiseDate: "2026-11-30", promiseAmount: "12,062,026.00" });
    expect(withOpen(v)).toEqual({ promiseAmount: "overOpen" });
    const params = { open: "CNY 300,000.00" };
    expect(format(strings.en["error.overOpen"], params)).toBe("A promise cannot be for more than is open on the contract, CNY 300,000.00.");
    expect(format(strings.zh["error.overOpen"], params)).toBe("承诺付款金额不能超过该合同的未收金额 CNY 300,000.00。");
  });

  test("everything open can be promised; a cent more cannot", () => {
    expect(withOpen(form({ promiseDate: "2026-11-30", promiseAmount: "300,000.00" }))).toEqual({});
    expect(withOpen(form({ promiseDate: "2026-11-30", promiseAmount: "300,000.01" }))).toEqual({ promiseAmount: "overOpen" });
  });

  test("the open amount of a contract is its active plan's unpaid parts, from the ledger the page reads", () => {
    const meta = { rev: 1, updatedAt: "2026-11-01T00:00:00Z" };
    const s = snapshotOf({
      plans: [
        { ...meta, id: 1, contractId: 1, version: 1, active: 0, createdAt: "2026-06-01" },
        { ...meta, id: 2, contractId: 1, version: 2, active: 1, createdAt: "2026-08-01" },
        { ...meta, id: 3, contractId: 2, version: 1, active: 1, createdAt: "2026-06-01" },
      ],
      installments: [
        { ...meta, id: 1, planId: 1, contractId: 1, seq: 1, dueDate: "2026-09-01", amountMinor: 999_00, trigger: { kind: "date" } },
        { ...meta, id: 2, planId: 2, contractId: 1, seq: 1, dueDate: "2026-10-01", amountMinor: 200_00, trigger: { kind: "date" } },
        { ...meta, id: 3, planId: 2, contractId: 1, seq: 2, dueDate: "2027-01-01", amountMinor: 100_00, trigger: { kind: "date" } },
        { ...meta, id: 4, planId: 3, contractId: 2, seq: 1, dueDate: "2026-10-01", amountMinor: 500_00, trigger: { kind: "date" } },
      ],
      allocations: [{ id: 1, receiptId: 1, installmentId: 2, contractId: 1, amountMinor: 50_00 }],
    });
    // 200.00 − 50.00 received + 100.00 not due yet; the replaced plan and the other contract do not count.
    expect(contractOpenMinor(s, 1)).toBe(250_00);
  });
});

describe("reminder form: the stage is kept by its key as well as its position", () => {
  test("the draft carries the policy stage's key the contact was made at", () => {
    expect(reminderDraftFrom(form({}), ctx, 2)).toMatchObject({ stage: 1, stageKey: "Formal" });
    expect(reminderDraftFrom(form({ contactDate: "2026-11-26" }), ctx, 2)).toMatchObject({ stage: 0, stageKey: "Friendly" });
  });

  test("no stage reached, no key", () => {
    const draft = reminderDraftFrom(form({ contactDate: "2026-11-20" }), ctx, 2);
    expect(draft.stage).toBeUndefined();
    expect(draft.stageKey).toBeUndefined();
  });
});
