import { serialFromIso } from "../../src/core/dates";
import { notAfterToday } from "../../src/taskpane/forms/notAfterToday";
import { strings } from "../../src/taskpane/pages/Contracts/strings";

/*
 * Dates that record something that has happened cannot lie after today (core reads no clock, so
 * the forms hold the rule): a receipt is money already received, a milestone's actual date is when
 * it was reached. The refusal names today, in the analyst's language.
 */
const today = serialFromIso("2026-11-27")!;

describe("a receipt dated after today", () => {
  test("2027-05-01 is refused, naming today, in English and Chinese", () => {
    expect(notAfterToday("2027-05-01", today, strings.en.receiptAfterToday))
      .toBe("A receipt records money already received: its date cannot be later than today, 2026-11-27.");
    expect(notAfterToday("2027-05-01", today, strings.zh.receiptAfterToday))
      .toBe("收款登记的是已经收到的款项，日期不能晚于今天（2026-11-27）。");
  });

  test("tomorrow is already refused; today and earlier dates (a deposit before the sign date included) are accepted", () => {
    expect(notAfterToday("2026-11-28", today, strings.en.receiptAfterToday)).toContain("2026-11-27");
    expect(notAfterToday("2026-11-27", today, strings.en.receiptAfterToday)).toBeUndefined();
    expect(notAfterToday("2019-01-15", today, strings.en.receiptAfterToday)).toBeUndefined();
  });

  test("blank text and text that is no date are left to the field's own date check", () => {
    expect(notAfterToday("", today, strings.en.receiptAfterToday)).toBeUndefined();
    expect(notAfterToday("invalid date", today, strings.en.receiptAfterToday)).toBeUndefined();
  });
});

describe("a milestone's actual date after today", () => {
  test("2027-03-01 is refused (it would read 'Done' with years of slippage), naming today, in both languages", () => {
    expect(notAfterToday("2027-03-01", today, strings.en.actualAfterToday))
      .toBe("The actual date is when the milestone was reached: it cannot be later than today, 2026-11-27.");
    expect(notAfterToday("2027-03-01", today, strings.zh.actualAfterToday))
      .toBe("实际日期是里程碑实际达成的日期，不能晚于今天（2026-11-27）。");
  });

  test("an actual date of today, with spaces around it, is accepted", () => {
    expect(notAfterToday(" 2026-11-27 ", today, strings.en.actualAfterToday)).toBeUndefined();
  });
});
