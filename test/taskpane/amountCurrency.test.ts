import { problemText } from "../../src/taskpane/forms/problems";
import { checkContractForm, type ContractFormValues, emptyContractForm } from "../../src/taskpane/pages/Contracts/contractForm";
import { argLabels, strings } from "../../src/taskpane/pages/Contracts/strings";
import { strings as dashboardStrings, targetArgLabels } from "../../src/taskpane/pages/Dashboard/strings";
import { checkTargetForm, emptyTargetForm, type TargetFormValues } from "../../src/taskpane/pages/Dashboard/targetForm";

/*
 * An amount typed with another currency's sign is not read as money of the field's currency:
 * "$1,000" on a CNY contract is not 1,000 yuan. The form refuses it, naming the currency; a sign
 * the currency is written with (¥, 元) is accepted.
 */
const contract = (patch: Partial<ContractFormValues>): ContractFormValues => ({
  ...emptyContractForm("CNY", "2026-11-27"), code: "HT-1", customerId: "1", owner: "Zhang Wei", terms: "100%@30d", amount: "1,000", ...patch,
});
const contractMessage = (v: ContractFormValues, lang: "en" | "zh") =>
  problemText(checkContractForm(v, 2, true).problems.amount, strings[lang], lang, argLabels(strings[lang]));

describe("a new contract's amount written with a currency sign", () => {
  test("$1,000 on a CNY contract is refused as another currency's, in both languages, and gives no plan", () => {
    const v = contract({ amount: "$1,000" });
    const check = checkContractForm(v, 2, true);
    expect(check.amountMinor).toBeUndefined();
    expect(check.preview).toBeUndefined();
    expect(contractMessage(v, "en")).toBe("Contract amount is in CNY; $1,000 is written in another currency.");
    expect(contractMessage(v, "zh")).toBe("合同金额 以 CNY 计价，而 $1,000 带有其他币种的符号。");
  });

  test("¥1,000, ￥1,000 and 1,000元 on a CNY contract are 1,000.00 yuan", () => {
    for (const amount of ["¥1,000", "￥1,000", "1,000元"]) {
      const check = checkContractForm(contract({ amount }), 2, true);
      expect(check.problems.amount).toBeUndefined();
      expect(check.amountMinor).toBe(100000);
    }
  });

  test("$1,000 on a USD contract is 1,000.00 dollars, and € on it is refused", () => {
    expect(checkContractForm(contract({ currency: "USD", amount: "$1,000" }), 2, true).amountMinor).toBe(100000);
    expect(contractMessage(contract({ currency: "USD", amount: "€1,000" }), "en")).toBe("Contract amount is in USD; €1,000 is written in another currency.");
  });
});

describe("a collection target's amount written with a currency sign", () => {
  const target = (patch: Partial<TargetFormValues>): TargetFormValues => ({ ...emptyTargetForm("2026-11", "CNY"), owner: "Zhang Wei", ...patch });

  test("$1,000 for a CNY target is refused and saves nothing; ¥1,000 is 1,000.00 yuan", () => {
    const refused = checkTargetForm(target({ amount: "$1,000" }), 2);
    expect(refused.draft).toBeUndefined();
    expect(problemText(refused.problems.amount, dashboardStrings.en, "en", targetArgLabels(dashboardStrings.en)))
      .toMatch(/is in CNY; \$1,000 is written in another currency\.$/);
    expect(checkTargetForm(target({ amount: "¥1,000" }), 2).draft?.targetMinor).toBe(100000);
  });
});
