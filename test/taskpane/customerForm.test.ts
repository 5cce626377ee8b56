import { problemText } from "../../src/taskpane/forms/problems";
import { argLabels, strings } from "../../src/taskpane/pages/Customers/strings";
import { type CustomerTextField, customerFieldProblems } from "../../src/taskpane/pages/Customers/customerForm";

const form = (patch: Partial<Record<CustomerTextField, string>>): Record<CustomerTextField, string> =>
  ({ code: "C-1", name: "Acme", contact: "", phone: "", email: "", owner: "", ...patch });
/** The field's message as the form shows it, in English and Chinese. */
function shown(values: Record<CustomerTextField, string>, field: CustomerTextField, editing?: { email?: string; phone?: string }) {
  const p = customerFieldProblems(values, editing)[field];
  return {
    en: problemText(p, strings.en, "en", argLabels(strings.en)),
    zh: problemText(p, strings.zh, "zh", argLabels(strings.zh)),
  };
}

describe("customer form: e-mail and phone are checked before saving", () => {
  test("\"not-an-email\" is refused on the e-mail field, named by its label, in both languages", () => {
    const m = shown(form({ email: "not-an-email" }), "email");
    expect(m.en).toMatch(/^E-mail must be an e-mail address such as name@example\.com .*got "not-an-email"\.$/);
    expect(m.zh).toMatch(/^邮箱 应为邮箱地址.*实际为 "not-an-email"。$/);
  });

  test("\"abc\" is refused on the phone field, named by its label, in both languages", () => {
    const m = shown(form({ phone: "abc" }), "phone");
    expect(m.en).toMatch(/^Phone must be a phone number of at least 5 digits.*got "abc"\.$/);
    expect(m.zh).toMatch(/^电话 应为电话号码：至少 5 位数字.*实际为 "abc"。$/);
  });

  test("a real address and number, or none, pass", () => {
    expect(customerFieldProblems(form({ email: "ar@acme.com; li@acme.com", phone: "010-65521234 转 12" }))).toEqual({});
    expect(customerFieldProblems(form({}))).toEqual({});
  });

  test("editing a customer whose stored e-mail and phone predate the check does not block the edit; a changed one is checked", () => {
    const stored = { email: "not-an-email", phone: "abc" };
    expect(customerFieldProblems(form({ ...stored, name: "Acme Ltd" }), stored)).toEqual({});
    expect(Object.keys(customerFieldProblems(form({ email: "still bad", phone: "xyz" }), stored)).sort()).toEqual(["email", "phone"]);
  });

  test("code and name stay required", () => {
    expect(shown(form({ code: " " }), "code").en).toBe(`${strings.en.code} is required.`);
  });
});
