import type { CollectionTarget } from "../../src/core/store/types";
import { problemText } from "../../src/taskpane/forms/problems";
import { digitsFor } from "../../src/taskpane/ledger/currencyDigits";
import { strings, targetArgLabels } from "../../src/taskpane/pages/Dashboard/strings";
import {
  checkTargetForm, emptyTargetForm, findTarget, ownerAsInLedger, ownerSuggestions, type TargetField, type TargetFormValues, targetFormFrom, targetsNewestFirst,
} from "../../src/taskpane/pages/Dashboard/targetForm";

const CNY_DEFAULT = { code: "CNY", digits: 2 };
const form = (patch: Partial<TargetFormValues>): TargetFormValues => ({ ...emptyTargetForm("2026-11", "CNY"), owner: "Zhang Wei", amount: "1,000", ...patch });
const check = (v: TargetFormValues) => checkTargetForm(v, digitsFor(v.currency, CNY_DEFAULT));
/** The field's message as the pane shows it, in English and in Chinese. */
const messages = (v: TargetFormValues, field: TargetField) => {
  const p = check(v).problems[field];
  return {
    en: problemText(p, strings.en, "en", targetArgLabels(strings.en)),
    zh: problemText(p, strings.zh, "zh", targetArgLabels(strings.zh)),
  };
};
const target = (owner: string, period: string, id: number, extra: Partial<CollectionTarget> = {}): CollectionTarget =>
  ({ id, owner, period, targetMinor: 100, rev: 1, updatedAt: "2026-11-01T00:00:00Z", ...extra });

describe("collection target form: typed text to setTarget's draft", () => {
  test("a month that does not exist is refused by core's period rule, named by the field's label, in both languages", () => {
    const v = form({ period: "2026-13" });
    expect(messages(v, "period")).toEqual({
      en: 'Period must be a month YYYY-MM or a quarter YYYY-Qn, got "2026-13".',
      zh: '期间 应为月份 YYYY-MM 或季度 YYYY-Qn，实际为 "2026-13"。',
    });
    expect(check(v).draft).toBeUndefined();
  });

  test("a quarter Q5 and free text are refused too; a blank period is required", () => {
    expect(check(form({ period: "2026-Q5" })).problems.period).toBeDefined();
    expect(check(form({ period: "Nov 2026" })).problems.period).toBeDefined();
    expect(messages(form({ period: " " }), "period")).toEqual({ en: "Period is required.", zh: "请填写期间。" });
  });

  test("an amount that is not a plain amount is refused in the page's words, in both languages", () => {
    for (const amount of ["12,34", "abc", "1.234"]) {
      expect(messages(form({ amount }), "amount")).toEqual({ en: "Enter an amount such as 1,234.56.", zh: "请输入金额，例如 1,234.56。" });
      expect(check(form({ amount })).draft).toBeUndefined();
    }
  });

  test("JPY has no minor digits: 1.5 yen is refused, 1.5 yuan is not", () => {
    expect(messages(form({ currency: "JPY", amount: "1.5" }), "amount")).toEqual({ en: "Enter an amount such as 1,234.", zh: "请输入金额，例如 1,234。" });
    expect(check(form({ currency: "CNY", amount: "1.5" })).problems).toEqual({});
  });

  test("a blank owner or amount is required, named by the field's label", () => {
    expect(messages(form({ owner: "  " }), "owner")).toEqual({ en: "Owner is required.", zh: "请填写负责人。" });
    expect(messages(form({ amount: "" }), "amount")).toEqual({ en: "Target amount is required.", zh: "请填写目标金额。" });
  });

  test("a CNY target of 250,000.50 is 25,000,050 fen; owner trimmed, currency kept", () => {
    expect(check(form({ owner: " Li Na ", amount: "250,000.50", currency: "CNY" }))).toEqual({
      problems: {},
      draft: { owner: "Li Na", period: "2026-11", targetMinor: 25_000_050, currency: "CNY" },
    });
  });

  test("a JPY target of 1,500,000 is 1,500,000 minor units (no sen)", () => {
    expect(check(form({ amount: "1,500,000", currency: "JPY" })).draft).toMatchObject({ targetMinor: 1_500_000, currency: "JPY" });
  });

  test("a target of 0 is refused (it must be more than 0), saying so in both languages", () => {
    for (const amount of ["0", "0.00", " 0 "]) {
      expect(check(form({ amount })).draft).toBeUndefined();
      expect(messages(form({ amount }), "amount")).toEqual({
        en: expect.stringContaining("Target amount must be greater than zero"),
        zh: expect.stringContaining("目标金额 应大于零"),
      });
    }
    expect(check(form({ amount: "0.01" })).draft).toMatchObject({ targetMinor: 1 });
  });

  test("a quarter typed in lower case is saved as the same period as 2026-Q4", () => {
    expect(check(form({ period: " 2026-q4 " })).draft?.period).toBe("2026-Q4");
  });

  test("a stored target opens in the form as typed and checks back to itself; one without a currency shows the one it is read in", () => {
    const stored = target("Zhang Wei", "2026-Q4", 1, { targetMinor: 12_345_678, currency: "USD" });
    const v = targetFormFrom(stored, 2, "CNY");
    expect(v).toEqual({ owner: "Zhang Wei", period: "2026-Q4", amount: "123,456.78", currency: "USD" });
    expect(check(v).draft).toEqual({ owner: "Zhang Wei", period: "2026-Q4", targetMinor: 12_345_678, currency: "USD" });
    expect(targetFormFrom(target("Li", "2026-11", 2, { targetMinor: 5_000 }), 0, "JPY")).toMatchObject({ amount: "5,000", currency: "JPY" });
  });
});

describe("the targets list and the owners offered", () => {
  test("an owner, period and currency finds its stored target whatever the case of Q and the spaces typed", () => {
    const cny = { currency: "CNY" };
    const targets = [target("Li Na", "2026-Q4", 1, cny), target("Zhang Wei", "2026-Q4", 2, cny), target("Li Na", "2026-11", 3, cny), target("Li Na", "2026-Q4", 4, { currency: "USD" })];
    expect(findTarget(targets, " Li Na", "2026-q4 ", "CNY")?.id).toBe(1);
    expect(findTarget(targets, "Li Na", "2026-Q4", "usd")?.id).toBe(4);
    expect(findTarget(targets, "Li Na", "2026-12", "CNY")).toBeUndefined();
    expect(findTarget(targets, "Li Na", "2026-11", "USD")).toBeUndefined();
  });

  test("targets are listed newest period first, a quarter before its own first month, then by owner", () => {
    const targets = [target("Li", "2026-10", 1), target("Zhang", "2026-11", 2), target("Li", "2026-Q4", 3), target("Chen", "2026-11", 4), target("Li", "2025-12", 5)];
    expect(targetsNewestFirst(targets).map((t) => `${t.owner} ${t.period}`)).toEqual([
      "Chen 2026-11", "Zhang 2026-11", "Li 2026-Q4", "Li 2026-10", "Li 2025-12",
    ]);
  });

  test("the owners offered are the contracts' owners, each once, sorted, blanks left out", () => {
    expect(ownerSuggestions([{ owner: "Zhang Wei" }, { owner: "Li Na" }, { owner: "Zhang Wei " }, { owner: "" }])).toEqual(["Li Na", "Zhang Wei"]);
  });
});

describe("collection target form: the owner is matched as the Dashboard matches it", () => {
  test("a target typed for \"zhang min \" is Zhang Min's stored target, so saving changes it instead of adding a second", () => {
    const targets = [target("Zhang Min", "2026-11", 7, { currency: "CNY" }), target("Li Na", "2026-11", 8, { currency: "CNY" })];
    expect(findTarget(targets, "zhang min ", "2026-11", "CNY")?.id).toBe(7);
    expect(findTarget(targets, "ZHANG MIN", "2026-11", "CNY")?.id).toBe(7);
    expect(findTarget(targets, "Zhang Ming", "2026-11", "CNY")).toBeUndefined();
  });

  test("the owner is saved as the contracts spell it; an owner no contract has is kept as typed (trimmed)", () => {
    const contracts = [{ owner: "Zhang Min" }, { owner: "Li Na" }];
    expect(ownerAsInLedger(" zhang min", contracts)).toBe("Zhang Min");
    expect(ownerAsInLedger("Wang Fang ", contracts)).toBe("Wang Fang");
  });

  test("owners differing only in case or spaces are suggested once", () => {
    expect(ownerSuggestions([{ owner: "Zhang Min" }, { owner: "zhang min" }, { owner: " ZHANG MIN " }, { owner: "Li Na" }])).toEqual(["Li Na", "Zhang Min"]);
  });
});
