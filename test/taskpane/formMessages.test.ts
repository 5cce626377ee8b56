import { renderErrorMessage } from "../../src/core/i18n/errorMessages";
import { text } from "../../src/core/ledger/fieldChecks";
import { BAD_DATE, dateInputValue } from "../../src/taskpane/forms/dateInput";
import { errorMessage, problemOf } from "../../src/taskpane/forms/fieldError";
import { problemText } from "../../src/taskpane/forms/problems";
import { checkContractForm, type ContractField, type ContractFormValues, emptyContractForm } from "../../src/taskpane/pages/Contracts/contractForm";
import { argLabels, strings } from "../../src/taskpane/pages/Contracts/strings";

const filled = (patch: Partial<ContractFormValues>): ContractFormValues => ({
  ...emptyContractForm("CNY", "2026-01-15"), code: "HT-001", customerId: "1", amount: "1,000", owner: "Wang Fang", terms: "100%@30d", ...patch,
});
/** A contract form field's message as the pane shows it, in English and in Chinese. */
const messages = (v: ContractFormValues, field: ContractField) => {
  const p = checkContractForm(v, 2, true).problems[field];
  return {
    en: problemText(p, strings.en, "en", argLabels(strings.en)),
    zh: problemText(p, strings.zh, "zh", argLabels(strings.zh)),
  };
};

describe("a form's empty required field", () => {
  test("is asked for in the form's words, not as a function's missing parameter", () => {
    expect(messages(filled({ customerId: "" }), "customerId")).toEqual({ en: "Customer is required.", zh: `请填写${strings.zh.customer}。` });
    expect(messages(filled({ owner: " " }), "owner")).toEqual({ en: `${strings.en.owner} is required.`, zh: `请填写${strings.zh.owner}。` });
    expect(messages(filled({ amount: "" }), "amount").zh).toBe(`请填写${strings.zh.amount}。`);
    expect(messages(filled({ signDate: "" }), "signDate")).toEqual({ en: "Sign date is required.", zh: `请填写${strings.zh.signDate}。` });
  });

  test("keeps the row it is about in front", () => {
    const e = problemOf(() => text("", "amount"));
    const withRow = new (e!.constructor as typeof import("../../src/core/errors").ArInputError)("required", { arg: "amount", row: 3 });
    expect(errorMessage(withRow, "zh", { amount: "金额" })).toBe("第 3 行：请填写金额。");
    expect(errorMessage(withRow, "en", { amount: "Amount" })).toBe("Row 3: Amount is required.");
  });

  test("an AR function's message in Excel still speaks of its parameter", () => {
    expect(renderErrorMessage("required", { arg: "amounts" }, "zh")).toBe("缺少参数 amounts。");
  });
});

describe("a date the date input could not read (02/30/2026)", () => {
  test("the input's bad value is kept as such, not as an empty date", () => {
    expect(dateInputValue({ value: "", validity: { badInput: true } })).toBe(BAD_DATE);
    expect(dateInputValue({ value: "", validity: { badInput: false } })).toBe("");
    expect(dateInputValue({ value: "2026-02-28", validity: { badInput: false } })).toBe("2026-02-28");
  });

  test("is said to be no valid date, in both languages, and stops the save", () => {
    const v = filled({ signDate: BAD_DATE });
    expect(messages(v, "signDate")).toEqual({ en: "Sign date is not a valid date.", zh: `${strings.zh.signDate}不是有效日期。` });
    expect(checkContractForm(v, 2, true).preview).toBeUndefined();
  });
});
