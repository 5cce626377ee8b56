import { readImportDate, readImportMinor, readImportNumber, readImportSeq } from "../../../src/core/import/values";

describe("reading imported values", () => {
  test.each([
    [45292, "2024-01-01"], [45292.75, "2024-01-01"], ["2026-03-05", "2026-03-05"], ["2026/3/5", "2026-03-05"],
    ["2026.3.5", "2026-03-05"], ["2026年3月5日", "2026-03-05"], ["２０２６－０３－０５", "2026-03-05"],
    [new Date(Date.UTC(2024, 1, 29)), "2024-02-29"], ["2024-02-29T00:00:00Z", "2024-02-29"],
  ])("date %p reads as %s", (v, iso) => {
    expect(readImportDate(v)).toBe(iso);
  });

  test.each([["2026-02-30"], ["05/03/2026"], ["tomorrow"], [0], [true], [new Date(NaN)]])("date %p is refused", (v) => {
    expect(readImportDate(v)).toBeUndefined();
  });

  test.each([
    ["1,234.56", 1234.56], ["¥1,234.56", 1234.56], ["￥100", 100], ["100元", 100], ["(50.5)", -50.5], ["RMB 20", 20], [12.5, 12.5], ["１２３", 123],
  ])("amount %p reads as %p", (v, n) => {
    expect(readImportNumber(v)).toBe(n);
  });

  test.each([["一千"], ["12,34"], ["1.2.3"], ["abc"], [NaN], [true]])("amount %p is not a number", (v) => {
    expect(readImportNumber(v)).toBeUndefined();
  });

  test("amounts become minor units rounded half away from zero", () => {
    expect(readImportMinor("1,234.565", 2)).toBe(123457);
    expect(readImportMinor("1e400", 2)).toBeUndefined();
  });

  test("installment numbers accept 第3期 and refuse zero or fractions", () => {
    expect(readImportSeq("第3期")).toBe(3);
    expect(readImportSeq(2)).toBe(2);
    expect(readImportSeq(0)).toBeUndefined();
    expect(readImportSeq(1.5)).toBeUndefined();
  });
});
