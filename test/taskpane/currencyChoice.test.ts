import { currencyDigits } from "../../src/core/currencies";
import { formatMoney } from "../../src/core/moneyFormat";
import { digitsFor } from "../../src/taskpane/ledger/currencyDigits";
import { checkCurrency, currencyToText, isoDigitsMessage } from "../../src/taskpane/pages/Settings/currencyChoice";
import { strings } from "../../src/taskpane/pages/Settings/strings";

/*
 * Amounts are stored in minor units; their digits follow from the currency (ISO 4217), so the
 * pane shows a CNY amount with 2 decimals whatever the setting says. The digits setting is only
 * for a currency ISO does not list: the Settings page must not accept other digits for a listed one.
 */
describe("decimal places of the default currency", () => {
  test("the pane's money shows CNY with ISO's 2 decimals even with a setting of 0, which is why the setting cannot be accepted", () => {
    const setting = { code: "CNY", digits: 0 };
    expect(digitsFor("CNY", setting)).toBe(2);
    expect(formatMoney(1234_56, "CNY", digitsFor("CNY", setting))).toContain("1,234.56");
  });

  test.each([["CNY", "0"], ["USD", "3"], ["JPY", "2"], ["KWD", "2"], [" cny ", "0"]])(
    "%j with %s decimal places is refused: ISO 4217 fixes them",
    (code, digits) => {
      const check = checkCurrency({ code, digits });
      expect(check.currency).toBeUndefined();
      expect(check.isoDigits).toBe(currencyDigits(code));
    },
  );

  test("the refusal says, in both languages, how many decimals the currency has and what the setting is for", () => {
    const check = checkCurrency({ code: "CNY", digits: "0" });
    expect(isoDigitsMessage(check, strings.en)).toBe("CNY has 2 decimal places (ISO 4217). Only a currency ISO 4217 does not list, entered under Other…, takes the decimal places set here.");
    expect(isoDigitsMessage(check, strings.zh)).toBe("CNY 的小数位数为 2（ISO 4217）。只有 ISO 4217 未列出、在“其他…”中输入的币种才使用此处设置的小数位数。");
    expect(isoDigitsMessage(checkCurrency({ code: "CNY", digits: "2" }), strings.en)).toBeUndefined();
  });

  test("ISO's own decimals are accepted, and a currency ISO does not list takes any 0–4", () => {
    expect(checkCurrency({ code: "JPY", digits: "0" }).currency).toEqual({ code: "JPY", digits: 0 });
    expect(checkCurrency({ code: "KWD", digits: "3" }).currency).toEqual({ code: "KWD", digits: 3 });
    expect(checkCurrency({ code: "XYZ", digits: "0" }).currency).toEqual({ code: "XYZ", digits: 0 });
    expect(digitsFor("XYZ", { code: "XYZ", digits: 0 })).toBe(0);
  });

  test("a setting saved before this (CNY with 0) is shown with the decimals the pane uses, so the page does not show 0", () => {
    expect(currencyToText({ code: "CNY", digits: 0 })).toEqual({ code: "CNY", digits: "2" });
    expect(currencyToText({ code: "XYZ", digits: 0 })).toEqual({ code: "XYZ", digits: "0" });
  });
});
