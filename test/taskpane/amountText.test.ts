import { parseAmountText } from "../../src/taskpane/forms/parseAmountText";
import { parseNumberText } from "../../src/taskpane/forms/numberText";
import { amountProblem, problemText } from "../../src/taskpane/forms/problems";

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

/** A field's problem as the pane shows it (page strings that are not an amount's own message are never reached here). */
const shown = (p: ReturnType<typeof amountProblem>["problem"], lang: "en" | "zh") =>
  problemText(p, { "error.notAnAmount": "PAGE TEXT", "error.notANumber": "PAGE TEXT" }, lang, { amount: lang === "en" ? "Amount" : "金额" });

describe("an amount as a Chinese user types it", () => {
  test("full-width digits and point are read like ASCII ones, exactly", () => {
    expect(parseAmountText("１２３", 2)).toBe(12300);
    expect(parseAmountText("１，２３４．５６", 2)).toBe(123456);
    expect(parseAmountText("０．２９", 2)).toBe(29);
    expect(parseAmountText("１２，３４５，６７８，９０１，２３４．５６", 2)).toBe(1234567890123456);
    expect(amountProblem("１２３", 2, "amount")).toEqual({ minor: 12300 });
  });

  test("one leading currency sign or a trailing 元 is accepted", () => {
    for (const typed of ["¥1,000", "￥1,000", "¥ 1,000", "1000元", "1,000 元", "１０００元", "￥１，０００"]) {
      expect([typed, parseAmountText(typed, 2)]).toEqual([typed, 100000]);
    }
    expect(parseAmountText("$1,234.56", 2)).toBe(123456);
    expect(parseAmountText("€0.29", 2)).toBe(29);
    expect(parseAmountText("£12", 2)).toBe(1200);
    expect(amountProblem("¥300,000", 0, "amount", false, "JPY")).toEqual({ minor: 300000 });
    expect(amountProblem("1000元", 2, "amount", false, "CNY")).toEqual({ minor: 100000 });
    // A contract an older import stored with its currency's name.
    expect(amountProblem("¥1,000", 2, "amount", false, "人民币")).toEqual({ minor: 100000 });
    expect(amountProblem("1000元", 2, "amount", false, " cny ")).toEqual({ minor: 100000 });
  });

  test("a sign of another currency than the field's is refused, naming the field's currency, in both languages", () => {
    const r = amountProblem("$1,000", 2, "amount", false, "CNY");
    expect(r.minor).toBeUndefined();
    expect(shown(r.problem, "en")).toBe("Amount is in CNY; $1,000 is written in another currency.");
    expect(shown(r.problem, "zh")).toBe("金额 以 CNY 计价，而 $1,000 带有其他币种的符号。");
    expect(amountProblem("1000元", 2, "amount", false, "USD").minor).toBeUndefined();
    expect(amountProblem("€5", 2, "amount", false, "GBP").minor).toBeUndefined();
  });

  test("anything else is still refused", () => {
    for (const typed of ["¥", "元", "¥1000元", "¥¥1", "1000美元", "1 000", "USD 5", "1.2.3", "１２,３４", "--5", "-¥-5", "1e3", "0x10"]) {
      expect([typed, parseAmountText(typed, 2)]).toEqual([typed, undefined]);
      expect([typed, amountProblem(typed, 2, "amount").minor]).toEqual([typed, undefined]);
    }
  });
});

describe("an amount the currency's digits or sign refuse", () => {
  test("more decimals than the currency has: the example fits the currency's digits", () => {
    const yen = amountProblem("1,500.5", 0, "amount");
    expect(yen.minor).toBeUndefined();
    expect(shown(yen.problem, "en")).toBe("Enter an amount such as 1,234.");
    expect(shown(yen.problem, "zh")).toBe("请输入金额，例如 1,234。");
    expect(shown(amountProblem("1.5", 0, "amount").problem, "en")).toBe("Enter an amount such as 1,234.");
    expect(shown(amountProblem("1.2345", 3, "amount").problem, "en")).toBe("Enter an amount such as 1,234.567.");
    expect(shown(amountProblem("abc", 2, "amount").problem, "zh")).toBe("请输入金额，例如 1,234.56。");
  });

  test("a negative amount is refused as not greater than zero, quoting what was typed, in both languages", () => {
    for (const typed of ["-5", "－５", "¥-5", "-¥5", "-5元"]) {
      const r = amountProblem(typed, 2, "amount");
      expect(r.minor).toBeUndefined();
      expect(shown(r.problem, "en")).toBe(`Amount must be greater than zero, got ${typed}.`);
      expect(shown(r.problem, "zh")).toBe(`金额 应大于零，实际为 ${typed}。`);
    }
    // Where zero is allowed the rule says so; a JPY amount is not shown as hundredths.
    expect(shown(amountProblem("-300", 0, "amount", true).problem, "en")).toBe("Amount must be zero or more, got -300.");
    // Callers reading the text themselves still get no amount for a negative one.
    expect(parseAmountText("-5", 2)).toBeUndefined();
  });

  test("minus zero is zero", () => {
    expect(amountProblem("-0", 2, "amount", true)).toEqual({ minor: 0 });
  });
});

describe("a number typed in a form", () => {
  test("full-width digits, point and minus are read like ASCII ones", () => {
    expect(parseNumberText("１２．５")).toBe(12.5);
    expect(parseNumberText("－３")).toBe(-3);
    expect(parseNumberText("１，０００")).toBe(1000);
    expect(parseNumberText("1,000")).toBe(1000);
    expect(parseNumberText("¥5")).toBeUndefined();
  });
});
