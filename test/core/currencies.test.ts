import { currencyDigits, currencyFromText } from "../../src/core/currencies";

describe("currency digits", () => {
  it.each([
    ["CNY", 2], ["usd", 2], ["JPY", 0], ["KRW", 0], ["KWD", 3], ["BHD", 3],
  ])("%s has ISO 4217's %i digits whatever the default currency is", (code, digits) => {
    expect(currencyDigits(code as string, { code: "CNY", digits: 2 })).toBe(digits);
    expect(currencyDigits(code as string, { code: "JPY", digits: 0 })).toBe(digits);
  });

  it("a JPY contract keeps 0 digits after the default currency changes from JPY to CNY", () => {
    const whileJpyDefault = currencyDigits("JPY", { code: "JPY", digits: 0 });
    const afterChange = currencyDigits("JPY", { code: "CNY", digits: 2 });
    expect([whileJpyDefault, afterChange]).toEqual([0, 0]);
  });

  it("uses the configured digits for a code ISO does not list, and 2 otherwise", () => {
    expect(currencyDigits("XYZ", { code: "XYZ", digits: 3 })).toBe(3);
    expect(currencyDigits("XYZ", { code: "CNY", digits: 2 })).toBe(2);
    expect(currencyDigits("USD", { code: "USD", digits: 0 })).toBe(2); // a known code cannot be given other digits
  });
});

describe("currency text that names a property of every JavaScript object", () => {
  test("is not a currency: constructor, __proto__ and toString are refused like any unknown word", () => {
    for (const text of ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"]) {
      expect(currencyFromText(text)).toBeUndefined();
    }
  });
});
