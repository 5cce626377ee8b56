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

  test("blank text is an empty cell", () => {
    expect(sheetText(undefined)).toBe("");
    expect(sheetText("")).toBe("");
  });
});
