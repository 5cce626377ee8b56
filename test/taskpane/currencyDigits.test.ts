import { digitsFor } from "../../src/taskpane/ledger/currencyDigits";

/**
 * The pane's forms, figures and letters take a contract's minor-unit digits from digitsFor. An older
 * import stored some contracts' currency as the sheet wrote it ("日元", "美元 ", "rmb"); the ledger
 * reads those as their codes everywhere else (core/ledger/currencyScope currencyCode), so the
 * digits must be the code's: yen have none, dinars three.
 */
const CNY_DEFAULT = { code: "CNY", digits: 2 };

describe("digitsFor: a contract's currency digits, names read as their codes", () => {
  test("a currency stored as a Chinese name gets its code's digits: 日元 has none, like JPY", () => {
    expect(digitsFor("JPY", CNY_DEFAULT)).toBe(0);
    expect(digitsFor("日元", CNY_DEFAULT)).toBe(0);
    expect(digitsFor(" 日元 ", CNY_DEFAULT)).toBe(0);
    expect(digitsFor("韩元", CNY_DEFAULT)).toBe(0);
  });

  test("names of two-digit currencies keep two digits", () => {
    expect(digitsFor("人民币", CNY_DEFAULT)).toBe(2);
    expect(digitsFor("美元", CNY_DEFAULT)).toBe(2);
    expect(digitsFor("rmb", CNY_DEFAULT)).toBe(2);
  });

  test("codes in any case read as ISO 4217 says, and a configured custom default keeps its own digits", () => {
    expect(digitsFor("kwd", CNY_DEFAULT)).toBe(3);
    expect(digitsFor("jpy ", CNY_DEFAULT)).toBe(0);
    expect(digitsFor("XTS", { code: "XTS", digits: 4 })).toBe(4);
    expect(digitsFor("xts", { code: "XTS", digits: 4 })).toBe(4);
    // An unknown code that is not the configured default has the usual two.
    expect(digitsFor("ABC", { code: "XTS", digits: 4 })).toBe(2);
  });
});
