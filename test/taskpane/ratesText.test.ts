import { checkRates, rateCurrencies, ratesToText, sameRates } from "../../src/taskpane/pages/Settings/ratesText";

describe("exchange rates for ranking as typed", () => {
  test("blank is no rate; a number above zero is a rate; anything else is a problem named by the currency", () => {
    expect(checkRates({ USD: "7.1", JPY: "", EUR: " 7.75 " })).toEqual({ rates: { USD: 7.1, EUR: 7.75 }, problems: {} });
    const bad = checkRates({ USD: "abc", JPY: "0", EUR: "-2" });
    expect(bad.rates).toBeUndefined();
    expect(bad.problems.USD).toEqual({ key: "error.notANumber" });
    expect("error" in bad.problems.JPY! && bad.problems.JPY.error.messageIn("en")).toBe("JPY must be greater than zero, got 0.");
    expect("error" in bad.problems.EUR! && bad.problems.EUR.error.messageIn("zh")).toContain("EUR");
  });

  test("stored rates show without binary noise, and blank where a currency has none", () => {
    expect(ratesToText({ base: "CNY", rates: { USD: 0.1 + 0.2, JPY: 0.047 } }, ["EUR", "JPY", "USD"])).toEqual({ EUR: "", JPY: "0.047", USD: "0.3" });
  });

  test("the currencies offered are the contracts' (as codes) and those already rated, never the base", () => {
    expect(rateCurrencies(["CNY", "usd", "人民币", "USD", "JPY"], { base: "CNY", rates: { EUR: 7.7 } }, "CNY")).toEqual(["EUR", "JPY", "USD"]);
    expect(rateCurrencies(["CNY", "CNY"], { base: "CNY", rates: {} }, "CNY")).toEqual([]);
  });

  test("the same rates compare equal whatever the order; a changed or removed rate does not", () => {
    expect(sameRates({ USD: 7.1, JPY: 0.047 }, { JPY: 0.047, USD: 7.1 })).toBe(true);
    expect(sameRates({ USD: 7.1 }, { USD: 7.2 })).toBe(false);
    expect(sameRates({ USD: 7.1 }, {})).toBe(false);
    expect(sameRates({}, { USD: 7.1 })).toBe(false);
  });
});
