import { ArInputError, inputError, isArInputError } from "../../src/core/errors";
import { type ErrorCode, errorMessagesEn, errorMessagesZh, renderErrorMessage } from "../../src/core/i18n/errorMessages";

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const CODES = Object.keys(errorMessagesEn) as ErrorCode[];

describe("error messages in English and Simplified Chinese", () => {
  it("have the same codes in both dictionaries", () => {
    expect(Object.keys(errorMessagesZh).sort()).toEqual([...CODES].sort());
  });

  it.each(CODES)("%s: both languages use the same placeholders, and the Chinese text is Chinese", (code) => {
    expect(placeholders(errorMessagesZh[code])).toEqual(placeholders(errorMessagesEn[code]));
    expect(errorMessagesEn[code].trim()).not.toBe("");
    expect(errorMessagesZh[code]).toMatch(/\p{Script=Han}/u);
  });

  it("fill placeholders from the parameters and leave unknown ones visible", () => {
    expect(renderErrorMessage("notANumber", { arg: "amount", got: '"abc"' }, "en")).toBe('amount must be a number, got "abc".');
    expect(renderErrorMessage("notANumber", { arg: "amount", got: '"abc"' }, "zh")).toBe('amount 应为数字，实际为 "abc"。');
    expect(renderErrorMessage("notANumber", { arg: "amount" }, "en")).toBe("amount must be a number, got {got}.");
  });

  it("prefix the row when the message does not place it itself", () => {
    expect(renderErrorMessage("required", { arg: "amounts", row: 4 }, "en")).toBe("Row 4: amounts is required.");
    expect(renderErrorMessage("required", { arg: "amounts", row: 4 }, "zh")).toBe("第 4 行：缺少参数 amounts。");
    // halfBlank places {row} in its sentence: no second mention.
    expect(renderErrorMessage("halfBlank", { arg: "a", other: "b", row: 2 }, "en")).toBe("a is blank in row 2 while b is not; fill both or neither.");
  });
});

describe("ArInputError", () => {
  it("carries code, parameters and kind, its message in English, and renders in Chinese on request", () => {
    let caught: unknown;
    try {
      inputError("divideByZero", { arg: "creditSales" }, "div0");
    } catch (e) {
      caught = e;
    }
    expect(isArInputError(caught)).toBe(true);
    const e = caught as ArInputError;
    expect([e.code, e.kind, e.params]).toEqual(["divideByZero", "div0", { arg: "creditSales" }]);
    expect(e.message).toBe("creditSales is zero, so the ratio is undefined.");
    expect(e.messageIn("zh")).toBe("creditSales 为零，比率无意义。");
  });

  it("defaults to #VALUE! and is told apart from other errors", () => {
    expect(new ArInputError("required", { arg: "x" }).kind).toBe("value");
    expect(isArInputError(new Error("x"))).toBe(false);
    expect(isArInputError({ code: "required" })).toBe(false);
  });
});
