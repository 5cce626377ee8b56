import { DEFAULT_WEIGHTS } from "../../src/core/credit/scorecard";
import { DEFAULT_DUNNING_POLICY } from "../../src/core/dunning";
import { checkCurrency } from "../../src/taskpane/pages/Settings/currencyChoice";
import { checkPolicyRows, rowsFromPolicy } from "../../src/taskpane/pages/Settings/policyRows";
import { checkWeights, weightsToText } from "../../src/taskpane/pages/Settings/weightsText";

describe("dunning policy rows", () => {
  test("the default policy reads back as itself", () => {
    expect(checkPolicyRows(rowsFromPolicy(DEFAULT_DUNNING_POLICY)).policy).toEqual(DEFAULT_DUNNING_POLICY);
  });

  test("Formal from 30 days instead of 16 is still increasing and is accepted", () => {
    const rows = rowsFromPolicy(DEFAULT_DUNNING_POLICY).map((r) => (r.stage === "Formal" ? { ...r, fromDays: "30" } : r));
    expect(checkPolicyRows(rows).policy?.map((s) => s.fromDays)).toEqual([-7, 1, 30, 46, 91]);
  });

  test("Formal from 50 comes after Final demand (46): core refuses it, naming row 4", () => {
    const rows = rowsFromPolicy(DEFAULT_DUNNING_POLICY).map((r) => (r.stage === "Formal" ? { ...r, fromDays: "50" } : r));
    const check = checkPolicyRows(rows);
    expect(check.policy).toBeUndefined();
    expect(check.policyProblem).toMatchObject({ error: { code: "notIncreasing", params: { got: 46, previous: 50, row: 4 } } });
  });

  test("a day that is not a whole number is refused on its row", () => {
    const rows = rowsFromPolicy(DEFAULT_DUNNING_POLICY);
    expect(checkPolicyRows([{ ...rows[0], fromDays: "x" }, ...rows.slice(1)]).rowProblems[0]).toEqual({ key: "error.notANumber" });
    expect(checkPolicyRows([{ ...rows[0], fromDays: "1.5" }]).rowProblems[0]).toMatchObject({ error: { code: "notAnInteger" } });
  });
});

describe("scorecard weights in percent", () => {
  test("the defaults show as 30/25/15/10/20 and read back as the defaults", () => {
    const text = weightsToText(DEFAULT_WEIGHTS);
    expect(Object.values(text)).toEqual(["30", "25", "15", "10", "20"]);
    expect(checkWeights(text)).toMatchObject({ weights: DEFAULT_WEIGHTS, totalPercent: 100, notHundred: false });
  });

  test("25 + 25 + 15 + 10 + 20 = 95%: refused by core's sum rule, the total reported", () => {
    const check = checkWeights({ ...weightsToText(DEFAULT_WEIGHTS), paymentHistory: "25" });
    expect(check).toMatchObject({ weights: undefined, totalPercent: 95, notHundred: true });
  });

  test("a negative weight is refused on its factor", () => {
    const check = checkWeights({ ...weightsToText(DEFAULT_WEIGHTS), overdueShare: "-5" });
    expect(check.problems.overdueShare).toMatchObject({ error: { code: "mustNotBeNegative" } });
    expect(check.weights).toBeUndefined();
  });
});

describe("default currency", () => {
  test.each([
    [{ code: "JPY", digits: "0" }, { code: "JPY", digits: 0 }],
    [{ code: " usd ", digits: "2" }, { code: "USD", digits: 2 }],
  ])("%j is saved as %j", (typed, saved) => {
    expect(checkCurrency(typed).currency).toEqual(saved);
  });

  test("a code that is not three letters, and digits beyond 4, are refused", () => {
    expect(checkCurrency({ code: "RMB1", digits: "2" })).toMatchObject({ currency: undefined, codeBad: true });
    expect(checkCurrency({ code: "CNY", digits: "5" }).digitsProblem).toMatchObject({ error: { code: "mustBeBetween", params: { max: 4, got: 5 } } });
  });
});
