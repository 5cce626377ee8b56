import { parseAmountText } from "../../src/taskpane/forms/parseAmountText";
import { amountProblem } from "../../src/taskpane/forms/problems";

describe("an amount typed in a form", () => {
  test("is read from its digits exactly, thousands separators and full-width commas included", () => {
    expect(parseAmountText("1,234.56", 2)).toBe(123456);
    expect(parseAmountText("1，234，567.1", 2)).toBe(123456710);
    expect(parseAmountText("0.29", 2)).toBe(29); // 0.29 × 100 is 28.999… in binary
    expect(parseAmountText("12,345,678,901,234.56", 2)).toBe(1234567890123456);
    expect(parseAmountText("300000", 0)).toBe(300000);
    expect(parseAmountText("1.5", 0)).toBeUndefined(); // more decimals than the currency has
    expect(parseAmountText("1.2.3", 2)).toBeUndefined();
  });

  test("too large for exact minor units is a field problem naming the amount, not an exception", () => {
    const typed = "123,456,789,012,345,678.00";
    let result: ReturnType<typeof amountProblem> | undefined;
    expect(() => (result = amountProblem(typed, 2, "amount"))).not.toThrow();
    expect(result?.minor).toBeUndefined();
    const problem = result?.problem;
    expect(problem && "error" in problem ? problem.error.code : problem).toBe("tooLarge");
    if (problem && "error" in problem) {
      expect(problem.error.messageIn("en")).toContain("123,456,789,012,345,678.00");
      expect(problem.error.messageIn("zh")).toContain("123,456,789,012,345,678.00");
    }
  });

  test("the largest exact amount is accepted", () => {
    expect(amountProblem("90,071,992,547,409.91", 2, "amount")).toEqual({ minor: Number.MAX_SAFE_INTEGER });
  });
});
