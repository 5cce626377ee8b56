import { serialFromYmd } from "../../../src/core/dates";
import { DEFAULT_DUNNING_POLICY } from "../../../src/core/dunning";
import { indexLedger } from "../../../src/core/ledger/ledgerIndex";
import { snapshotOf } from "../../../src/core/ledger/snapshot";
import { draftReminder } from "../../../src/core/letters/draftReminder";
import { letterInputFromLedger } from "../../../src/core/letters/fromLedger";
import { LETTER_STAGES, type LetterStage } from "../../../src/core/letters/types";
import type { Contract, Customer, Installment, PaymentPlan, PenaltyClause, Reminder } from "../../../src/core/store/types";

/*
 * HT-JP-7, ¥300,000 due 2026-10-28, nothing received; the letter is dated 2026-11-27, 30 days late
 * (the default policy's "Formal" band, 16–45 days).
 */
const meta = { rev: 1, updatedAt: "2026-11-01T00:00:00Z" };
const asOf = serialFromYmd(2026, 11, 27);
const customer: Customer = { ...meta, id: 1, code: "C1", name: "Sakura KK" };
const plans: PaymentPlan[] = [{ ...meta, id: 1, contractId: 1, version: 1, active: 1, createdAt: "2026-06-01" }];
const installments: Installment[] = [
  { ...meta, id: 1, planId: 1, contractId: 1, seq: 1, dueDate: "2026-10-28", amountMinor: 300_000, trigger: { kind: "date" } },
];
const reminder = (id: number, date: string, contractId = 1, stage?: number): Reminder =>
  ({ ...meta, id, contractId, date, channel: "phone", contact: "Tanaka", outcome: "promised to pay", owner: "Li", ...(stage === undefined ? {} : { stage }) } as Reminder);

function ledger(reminders: Reminder[], penalty: PenaltyClause = { kind: "interest", annualRate: 0.0365, yearDays: 365, graceDays: 0 }) {
  const contract: Contract = {
    ...meta, id: 1, code: "HT-JP-7", customerId: 1, title: "Line 2", amountMinor: 300_000, currency: "JPY",
    signDate: "2026-06-01", terms: "", owner: "Li", status: "active", penalty,
  };
  return snapshotOf({ customers: [customer], contracts: [contract], plans, installments, reminders });
}

function letter(reminders: Reminder[], lang: "en" | "zh", stage?: LetterStage, penalty?: PenaltyClause): string {
  const s = ledger(reminders, penalty);
  const input = letterInputFromLedger(s, indexLedger(s), 1, asOf, stage ? { stage } : {})!;
  return draftReminder(input, lang).body;
}

/** Any wording that says the customer was reminded, or sent a final demand, before. */
const CLAIMS_EARLIER = /despite our|after repeated reminders|after our earlier|经我司(多次|最后)?(提醒|催告)/i;

describe("a letter's wording follows the contract's reminder log", () => {
  test.each(LETTER_STAGES)("%s: with no reminder logged, no stage claims earlier reminders or a final demand", (stage) => {
    for (const lang of ["en", "zh"] as const) expect(letter([], lang, stage)).not.toMatch(CLAIMS_EARLIER);
  });

  test("a formal letter with no reminder logged says the payments remain unpaid, without 'despite our earlier reminders' / 多次提醒", () => {
    expect(letter([], "en")).toContain("\nThe following payments under contract HT-JP-7 \"Line 2\" remain unpaid. Late interest accrues under the contract as shown.\n");
    expect(letter([], "zh")).toContain("项下以下款项逾期仍未支付，并已按合同约定产生逾期利息。");
  });

  test("one reminder logged before: the singular, not 'reminders' or 多次", () => {
    const one = [reminder(1, "2026-11-10")];
    expect(letter(one, "en")).toContain("Despite our earlier reminder, the following payments");
    expect(letter(one, "zh")).toContain("项下以下款项经我司提醒仍未支付");
    expect(letter(one, "en", "finalDemand")).toContain("which remain unpaid after our earlier reminder.");
  });

  test("two reminders logged before: 'Despite our earlier reminders' / 经我司多次提醒", () => {
    const two = [reminder(1, "2026-11-02"), reminder(2, "2026-11-16")];
    expect(letter(two, "en")).toContain("Despite our earlier reminders, the following payments");
    expect(letter(two, "zh")).toContain("项下以下款项经我司多次提醒仍未支付");
    expect(letter(two, "en", "finalDemand")).toContain("which remain unpaid after repeated reminders.");
    expect(letter(two, "zh", "finalDemand")).toContain("经我司多次催告仍未支付");
  });

  test("a reminder dated on the letter's day, or logged for another contract, is not an earlier reminder", () => {
    for (const lang of ["en", "zh"] as const) {
      expect(letter([reminder(1, "2026-11-27")], lang)).not.toMatch(CLAIMS_EARLIER);
      expect(letter([reminder(1, "2026-11-10", 2), reminder(2, "2026-11-12", 2)], lang)).not.toMatch(CLAIMS_EARLIER);
    }
  });

  test("a legal notice says 'despite our final demand' only when a final demand was logged", () => {
    const calls = [reminder(1, "2026-11-02", 1, 1), reminder(2, "2026-11-16", 1, 2)];
    expect(letter(calls, "en", "legal")).toContain("remain unpaid despite our earlier reminders.");
    expect(letter(calls, "en", "legal")).not.toContain("final demand");
    expect(letter(calls, "zh", "legal")).not.toContain("最后催告");
    // stage 3 of the default policy is "Final demand"
    const demanded = [...calls, reminder(3, "2026-11-20", 1, 3)];
    expect(letter(demanded, "en", "legal")).toContain("remain unpaid despite our final demand.");
    expect(letter(demanded, "zh", "legal")).toContain("项下以下款项经我司最后催告仍未支付。");
  });

  test("a final demand logged under the default policy is still one after the policy gains a stage in front", () => {
    // Logged at "Final demand", position 3 of the default policy; the policy then gets a stage before Courtesy.
    const policy = [{ fromDays: -14, stage: "Pre-due call" }, ...DEFAULT_DUNNING_POLICY];
    const demanded = [reminder(1, "2026-11-02", 1, 1), { ...reminder(3, "2026-11-20", 1, 3), stageKey: "Final demand" }];
    const s = ledger(demanded);
    const input = letterInputFromLedger(s, indexLedger(s), 1, asOf, { stage: "legal", policy })!;
    expect(input.earlier!.finalDemand).toBe(true);
    expect(draftReminder(input, "en").body).toContain("remain unpaid despite our final demand.");
    // A formal notice under the new policy's position 3 was not a final demand.
    const formal = [{ ...reminder(3, "2026-11-20", 1, 3), stageKey: "Formal" }];
    expect(letterInputFromLedger(ledger(formal), indexLedger(ledger(formal)), 1, asOf, { stage: "legal", policy })!.earlier!.finalDemand).toBe(false);
  });
});

describe("a letter for a contract without a penalty clause", () => {
  const none: PenaltyClause = { kind: "none" };

  test("has no interest column and no interest in the total, in either language", () => {
    const en = letter([], "en", undefined, none);
    expect(en).not.toMatch(/interest/i);
    expect(en.split("\n")).toContain("Total due: JPY 300,000");
    expect(en).toMatch(/^No\.\s+Due date\s+Amount open\s+Days late$/m);
    const zh = letter([], "zh", undefined, none);
    expect(zh).not.toMatch(/利息/);
    expect(zh.split("\n")).toContain("应付合计：JPY 300,000");
    expect(zh).toMatch(/^序号\s+到期日\s+未付金额\s+逾期天数$/m);
  });

  test("with a clause that accrued nothing yet (inside its grace period) the interest column stays, at 0", () => {
    const grace: PenaltyClause = { kind: "interest", annualRate: 0.12, yearDays: 365, graceDays: 60 };
    expect(letter([], "en", undefined, grace)).toContain("Total due: JPY 300,000 (principal JPY 300,000, interest JPY 0)");
  });
});

describe("a letter for a contract with a daily penalty clause (违约金)", () => {
  const daily: PenaltyClause = { kind: "daily", dailyRate: 0.0005 };

  test("names what accrued a penalty, not interest: ¥300,000 × 0.05% × 30 = ¥4,500", () => {
    const en = letter([], "en", "formal", daily);
    expect(en).toContain("Total due: JPY 304,500 (principal JPY 300,000, penalty JPY 4,500)");
    expect(en).toMatch(/^No\.\s+Due date\s+Amount open\s+Days late\s+Penalty$/m);
    expect(en).toContain("remain unpaid. A late-payment penalty accrues under the contract as shown.");
    expect(en).not.toMatch(/interest/i);
    const zh = letter([], "zh", "formal", daily);
    expect(zh).toContain("应付合计：JPY 304,500（本金JPY 300,000，违约金JPY 4,500）");
    expect(zh).toContain("仍未支付，并已按合同约定产生违约金。");
    expect(zh).toMatch(/应计违约金/);
    expect(zh).not.toMatch(/利息/);
  });
});
