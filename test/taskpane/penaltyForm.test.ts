import { checkPenaltyForm, emptyPenaltyForm, type PenaltyFormValues, penaltyFormFrom } from "../../src/taskpane/pages/Contracts/penaltyForm";

const form = (patch: Partial<PenaltyFormValues>): PenaltyFormValues => ({ ...emptyPenaltyForm(), ...patch });
const errorOf = (v: PenaltyFormValues, field: keyof PenaltyFormValues) => {
  const p = checkPenaltyForm(v).problems[field];
  return p && "error" in p ? { code: p.error.code, params: p.error.params } : p;
};

describe("penalty clause form: typed percentages to core's clause", () => {
  test.each<[string, Partial<PenaltyFormValues>, unknown]>([
    ["0.05% a day capped at 10% is a daily rate of 0.0005 and a cap share of 0.1", { penaltyKind: "daily", penaltyRate: "0.05", penaltyCap: "10" }, { kind: "daily", dailyRate: 0.0005, capShare: 0.1 }],
    ["0.5‰ a day is the same 0.0005", { penaltyKind: "daily", penaltyRate: "0.5", penaltyRateUnit: "permille" }, { kind: "daily", dailyRate: 0.0005 }],
    ["a blank cap means no cap", { penaltyKind: "daily", penaltyRate: "0.03", penaltyCap: " " }, { kind: "daily", dailyRate: 0.0003 }],
    ["6% a year on a 360-day year with 5 grace days", { penaltyKind: "interest", penaltyRate: "6", penaltyYearDays: "360", penaltyGrace: "5" }, { kind: "interest", annualRate: 0.06, yearDays: 360, graceDays: 5 }],
    ["no clause ignores (and keeps) whatever is left in the rate box", { penaltyKind: "none", penaltyRate: "abc" }, { kind: "none" }],
  ])("%s", (_name, patch, clause) => {
    const check = checkPenaltyForm(form(patch));
    expect(check.problems).toEqual({});
    expect(check.clause).toEqual(clause);
  });

  test("text that is not a number is refused on its own field, before core is asked", () => {
    expect(errorOf(form({ penaltyKind: "daily", penaltyRate: "abc" }), "penaltyRate")).toEqual({ key: "error.notANumber" });
    expect(checkPenaltyForm(form({ penaltyKind: "daily", penaltyRate: "abc" })).clause).toBeUndefined();
  });

  test("a blank rate is required", () => {
    expect(errorOf(form({ penaltyKind: "interest", penaltyRate: "" }), "penaltyRate")).toMatchObject({ code: "required", params: { arg: "annualRate" } });
  });

  test("core's limits are reported in the units typed: a cap of 150% is over 100%, not over 1", () => {
    expect(errorOf(form({ penaltyKind: "daily", penaltyRate: "0.05", penaltyCap: "150" }), "penaltyCap")).toEqual({
      code: "mustBeBetween", params: { arg: "capShare", min: 0, max: 100, got: 150 },
    });
  });

  test("an annual rate above core's 1000% (a fraction of 10) is refused in percent", () => {
    expect(errorOf(form({ penaltyKind: "interest", penaltyRate: "1200" }), "penaltyRate")).toMatchObject({ code: "mustBeBetween", params: { min: 0, max: 1000, got: 1200 } });
  });

  test("a daily rate in ‰ is refused in ‰: 1200‰ is above 1000‰ (a fraction of 1)", () => {
    expect(errorOf(form({ penaltyKind: "daily", penaltyRate: "1200", penaltyRateUnit: "permille" }), "penaltyRate")).toMatchObject({ params: { max: 1000, got: 1200 } });
  });

  test("grace days must be whole", () => {
    expect(errorOf(form({ penaltyKind: "interest", penaltyRate: "6", penaltyGrace: "2.5" }), "penaltyGrace")).toMatchObject({ code: "notAnInteger" });
  });

  test("a stored clause shows as the percentages it was typed as, and checks back to itself", () => {
    for (const clause of [
      { kind: "daily", dailyRate: 0.0005, capShare: 0.1 },
      { kind: "interest", annualRate: 0.0435, yearDays: 365, graceDays: 10 },
      { kind: "none" },
    ] as const) {
      expect(checkPenaltyForm(penaltyFormFrom(clause)).clause).toEqual(clause);
    }
    expect(penaltyFormFrom({ kind: "daily", dailyRate: 0.0005, capShare: 0.1 })).toMatchObject({ penaltyRate: "0.05", penaltyCap: "10" });
  });
});
