import fc from "fast-check";
import { DEFAULT_DUNNING_POLICY, dunningStage, dunningStageIndex, NOT_DUE, policyFromCells, validatePolicy } from "../../src/core/dunning";
import { inputErrorOf } from "../support/inputErrors";

describe("default dunning policy", () => {
  test.each([
    [-30, "Not due"], [-8, "Not due"], [-7, "Courtesy"], [0, "Courtesy"], [1, "Friendly"], [15, "Friendly"],
    [16, "Formal"], [45, "Formal"], [46, "Final demand"], [90, "Final demand"], [91, "Legal"], [1000, "Legal"],
  ])("%p days past due → %p", (days, stage) => {
    expect(dunningStage(days)).toBe(stage);
  });

  test("stage labels are stable English keys", () => {
    expect([NOT_DUE, ...DEFAULT_DUNNING_POLICY.map((s) => s.stage)]).toEqual(["Not due", "Courtesy", "Friendly", "Formal", "Final demand", "Legal"]);
  });

  test("a later day never gives an earlier stage", () => {
    fc.assert(fc.property(fc.integer({ min: -400, max: 400 }), fc.nat(400), (d, more) =>
      expect(dunningStageIndex(d + more)).toBeGreaterThanOrEqual(dunningStageIndex(d))));
  });
});

describe("custom policy from a two-column range", () => {
  const policy = policyFromCells([[0, "Reminder"], [null, null], [30, "Escalate"]]);

  test("each stage runs from its day until the next stage; before the first it is Not due", () => {
    expect([-1, 0, 29, 30, 365].map((d) => dunningStage(d, policy))).toEqual(["Not due", "Reminder", "Reminder", "Escalate", "Escalate"]);
  });

  test("days that do not increase are #VALUE! naming the row", () => {
    const e = inputErrorOf(() => policyFromCells([[10, "a"], [5, "b"]]));
    expect([e.code, e.kind, e.params.row]).toEqual(["notIncreasing", "value", 2]);
    expect(inputErrorOf(() => validatePolicy([{ fromDays: 3, stage: "a" }, { fromDays: 3, stage: "b" }])).code).toBe("notIncreasing");
  });

  test("the message is written in English and in Chinese", () => {
    const e = inputErrorOf(() => policyFromCells([[10, "a"], [5, "b"]]));
    expect(e.messageIn("en")).toBe("Row 2: policy must be in increasing order: 5 comes after 10.");
    expect(e.messageIn("zh")).toBe("第 2 行：policy 必须递增：5 位于 10 之后。");
  });

  test("a range that is not two columns is #VALUE!", () => {
    const e = inputErrorOf(() => policyFromCells([[0], [30]]));
    expect([e.code, e.params.got]).toEqual(["wrongColumns", 1]);
  });

  test("a day without a label (or a label without a day) is #VALUE! naming the row", () => {
    const e = inputErrorOf(() => policyFromCells([[0, "a"], [30, ""]]));
    expect([e.code, e.params.row]).toEqual(["halfBlank", 2]);
  });

  test("a label of only spaces is a day without a label, and TRUE as a label is #VALUE!, both naming the row", () => {
    const spaces = inputErrorOf(() => policyFromCells([[0, "a"], [30, "   "]]));
    expect([spaces.code, spaces.kind, spaces.params.row]).toEqual(["halfBlank", "value", 2]);
    const flag = inputErrorOf(() => policyFromCells([[0, "a"], [30, true]]));
    expect([flag.code, flag.kind, flag.params.row]).toEqual(["notText", "value", 2]);
    expect(flag.message).toBe("Row 2: policy must be text, got TRUE.");
  });

  test("text for a day is #VALUE!", () => {
    expect(inputErrorOf(() => policyFromCells([["soon", "a"]])).code).toBe("notANumber");
  });

  test("an empty policy range means the default policy", () => {
    expect(policyFromCells([[null, null], ["", ""]])).toBe(DEFAULT_DUNNING_POLICY);
  });
});
