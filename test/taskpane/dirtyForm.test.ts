import fc from "fast-check";
import { formIsDirty, unsavedFormsText } from "../../src/taskpane/forms/dirtyForm";
import { newReminderForm } from "../../src/taskpane/pages/Today/reminderForm";

describe("whether a form holds unsaved edits", () => {
  const opened = newReminderForm(20000, "Ms. Alpha");

  test("a form as it was opened (the suggested contact, today, phone) holds nothing to lose", () => {
    expect(formIsDirty(opened, { ...opened })).toBe(false);
  });

  test("any field typed in, chosen or cleared makes it dirty", () => {
    expect(formIsDirty(opened, { ...opened, outcome: "Will pay on the 5th" })).toBe(true);
    expect(formIsDirty(opened, { ...opened, channel: "visit" })).toBe(true);
    expect(formIsDirty(opened, { ...opened, contact: "" })).toBe(true);
    expect(formIsDirty(opened, { ...opened, promiseAmount: "0" })).toBe(true);
  });

  test("spaces alone, which saving trims away, are nothing to lose", () => {
    expect(formIsDirty(opened, { ...opened, outcome: "   ", contact: " Ms. Alpha " })).toBe(false);
  });

  test("text typed and then put back as it was is nothing to lose", () => {
    const typed = { ...opened, outcome: "x" };
    expect(formIsDirty(opened, { ...typed, outcome: "" })).toBe(false);
  });

  const text = fc.string({ maxLength: 6 });
  const form = fc.record({ a: text, b: text, c: text });

  test("dirty exactly when some field differs from the form it was opened on, spaces aside", () => {
    fc.assert(fc.property(form, form, (base, values) => {
      const differs = (["a", "b", "c"] as const).some((f) => values[f].trim() !== base[f].trim());
      expect(formIsDirty(base, values)).toBe(differs);
    }));
  });
});

describe("naming the forms with unsaved edits", () => {
  test("each form once, in order, with the language's separator", () => {
    expect(unsavedFormsText(["the credit assessment of C-A", "the figures in the Altman Z helper", "the credit assessment of C-A"], "en"))
      .toBe("the credit assessment of C-A; the figures in the Altman Z helper");
    expect(unsavedFormsText(["C-A 的信用评估", "Altman Z 计算中填写的数据"], "zh")).toBe("C-A 的信用评估；Altman Z 计算中填写的数据");
  });
});
