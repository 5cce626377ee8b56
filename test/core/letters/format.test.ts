import { formatLetterDate } from "../../../src/core/letters/format";
import { formatAmount, formatMoney } from "../../../src/core/moneyFormat";
import { serialFromYmd } from "../../../src/core/dates";

describe("formatMoney builds money text from minor units", () => {
  test.each([
    [123456789, "CNY", 2, "CNY 1,234,567.89"],
    [5, "CNY", 2, "CNY 0.05"],
    [100000, "USD", 2, "USD 1,000.00"],
    [99999, "USD", 2, "USD 999.99"],
    [1234567, "JPY", 0, "JPY 1,234,567"],
    [-250050, "CNY", 2, "-CNY 2,500.50"],
    [0, "CNY", 2, "CNY 0.00"],
    [12345678, "KWD", 3, "KWD 12,345.678"],
  ])("%d minor units of %s with %d digits read %s", (minor, currency, digits, expected) => {
    expect(formatMoney(minor, currency, digits)).toBe(expected);
  });
});

describe("formatLetterDate writes ISO in English and 年月日 in Chinese", () => {
  test("2026-11-27 in both languages", () => {
    const day = serialFromYmd(2026, 11, 27);
    expect(formatLetterDate(day, "en")).toBe("2026-11-27");
    expect(formatLetterDate(day, "zh")).toBe("2026年11月27日");
  });
  test("Chinese dates carry no leading zeros", () => {
    expect(formatLetterDate(serialFromYmd(2027, 1, 5), "zh")).toBe("2027年1月5日");
  });
});

describe("formatAmount", () => {
  it("groups thousands and keeps the currency's digits, without a currency code", () => {
    expect(formatAmount(123456789, 2)).toBe("1,234,567.89");
    expect(formatAmount(-5, 2)).toBe("-0.05");
    expect(formatAmount(1000, 0)).toBe("1,000");
  });
});
