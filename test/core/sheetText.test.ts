import { cellValueOfWrittenText, needsQuotePrefix, sheetText } from "../../src/core/sheetText";

describe("ledger text written to cells stays text", () => {
  test.each([
    ["=HYPERLINK(\"http://x\")"], ["+86 138 0000"], ["-5% discount"], ["@SUM(A1)"], ["＝1+1"], ["＋1"], ["－1"], ["＠x"],
    ["\t=1"], ["\r=1"], ["00123"], ["2026-01-31"], ["1/2"], ["12%"], ["$5"], ["¥5"], ["(123)"], ["TRUE"], ["false"],
    ["#N/A"], ["'quoted"], [".5"],
  ])("%p gets the quote prefix", (text) => {
    expect(needsQuotePrefix(text)).toBe(true);
    expect(sheetText(text)).toBe("'" + text);
    expect(cellValueOfWrittenText(sheetText(text))).toBe(text);
  });

  test.each([["华东建设"], ["Acme Ltd"], ["True North Ltd"], ["HT-2026-001"], ["a=b"], ["客户-1"]])("%p is written as it is", (text) => {
    expect(needsQuotePrefix(text)).toBe(false);
    expect(sheetText(text)).toBe(text);
  });

  // Excel's typed-entry parser reads an English month name (three letters or in full) followed by a
  // day or year as a date: "Jan-24" becomes January 2024, "Dec 5" the 5th of December this year.
  test.each([
    ["Jan-24"], ["MAR-15"], ["Sep 2025"], ["Sept 2025"], ["Dec 5"], ["Aug-2024"], ["March 15"], ["march 15, 2026"],
    ["December 31 2026"], ["Feb/2026"], ["jun-1-2026"], ["Oct 5 9:30"], ["Nov 5 2026 9:30 PM"], [" Jan-24"], ["May 2024"],
  ])("%p, a date to Excel although it starts with a letter, gets the quote prefix", (text) => {
    expect(needsQuotePrefix(text)).toBe(true);
    expect(sheetText(text)).toBe("'" + text);
    expect(cellValueOfWrittenText(sheetText(text))).toBe(text);
  });

  // Excel on a Chinese or Japanese system may read full-width digits as a number, and a leading
  // percent sign may be read as a percentage: quoted to be safe, the prefix being invisible in the value.
  test.each([["１２３"], ["２０２４年３月"], ["（１２３）"], ["％5"], ["%5"]])("%p, possibly a number to Excel (full-width digits, leading percent sign), gets the quote prefix", (text) => {
    expect(needsQuotePrefix(text)).toBe(true);
  });

  test.each([
    ["May Wong"], ["March Holdings Ltd"], ["Mar"], ["January"], ["Jan-Mar rent"], ["Mar 15 Holdings"], ["Maybe 5"],
    ["Decor 5"], ["三月"], ["NaN"], ["Infinity"], ["E5"], ["Augusta 12"], ["Junior-2"],
  ])("%p, text Excel keeps as text, is written as it is", (text) => {
    expect(needsQuotePrefix(text)).toBe(false);
    expect(sheetText(text)).toBe(text);
  });

  test("blank text is an empty cell", () => {
    expect(sheetText(undefined)).toBe("");
    expect(sheetText("")).toBe("");
  });
});
