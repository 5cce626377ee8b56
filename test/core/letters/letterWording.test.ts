import { draftReminder } from "../../../src/core/letters/draftReminder";
import { LETTER_STAGES, type ReminderDraftInput } from "../../../src/core/letters/types";
import { serialFromYmd } from "../../../src/core/dates";

/* A contract saved from the form without a title (the title is optional) is named by its code. */
const untitled: ReminderDraftInput = {
  stage: "friendly",
  date: serialFromYmd(2026, 11, 27),
  customer: { name: "Acme" },
  contract: { code: "HT-2026-009", title: "", currency: "CNY" },
  installments: [{ seq: 1, dueDate: serialFromYmd(2026, 11, 20), openMinor: 100_000_00, interestMinor: 0 }],
  owner: { name: "Li" },
};

describe("a reminder letter for a contract without a title", () => {
  it.each(LETTER_STAGES)("%s: no empty quotes or empty 《》 anywhere, and the code is still named", (stage) => {
    for (const lang of ["en", "zh"] as const) {
      const { subject, body } = draftReminder({ ...untitled, stage }, lang);
      expect(`${subject}\n${body}`).not.toMatch(/""|《》/);
      expect(body).toContain("HT-2026-009");
    }
  });

  it("reads naturally in both languages", () => {
    expect(draftReminder(untitled, "en").body).toContain("Re: Contract HT-2026-009\n");
    expect(draftReminder(untitled, "en").body).toContain("the following payments under contract HT-2026-009 are now overdue.");
    expect(draftReminder(untitled, "zh").body).toContain("事由：合同HT-2026-009款项\n");
    expect(draftReminder(untitled, "zh").body).toContain("贵司与我司签订的合同（合同编号：HT-2026-009）项下以下款项已逾期未付。");
  });
});

describe("a formal letter for a contract without a penalty clause", () => {
  const noInterest: ReminderDraftInput = {
    ...untitled, stage: "formal", contract: { code: "HT-2026-009", title: "Plant", currency: "CNY" }, earlier: { reminders: 3, finalDemand: false },
  };

  it("does not claim that contractual late interest accrues when none is claimed", () => {
    expect(draftReminder(noInterest, "en").body).toContain('the following payments under contract HT-2026-009 "Plant" remain unpaid.\n');
    expect(draftReminder(noInterest, "en").body).not.toMatch(/Late interest accrues/);
    expect(draftReminder(noInterest, "zh").body).toContain("经我司多次提醒仍未支付。\n");
    expect(draftReminder(noInterest, "zh").body).not.toMatch(/逾期利息。/);
  });

  it("still says so when interest is claimed", () => {
    const withInterest = { ...noInterest, installments: [{ ...noInterest.installments[0], interestMinor: 12_34 }] };
    expect(draftReminder(withInterest, "en").body).toContain("remain unpaid. Late interest accrues under the contract as shown.");
    expect(draftReminder(withInterest, "zh").body).toContain("仍未支付，并已按合同约定产生逾期利息。");
  });
});
