import { metricInputsByMonth } from "../../../src/core/ledger/metricInputs";
import { scenario } from "./scenario";

describe("metricInputsByMonth", () => {
  const months = ["2026-01", "2026-02", "2026-03", "2026-04"];

  test("each month's figures are the same whether asked alone or with its neighbours", () => {
    const together = metricInputsByMonth(scenario(), months, "CNY");
    expect(together).toEqual(months.map((m) => metricInputsByMonth(scenario(), [m], "CNY")[0]));
  });

  test("a month opens where the previous one closed, and February 2026 has 28 days", () => {
    const [jan, feb] = metricInputsByMonth(scenario(), ["2026-01", "2026-02"], "CNY");
    expect(feb.beginReceivables).toBe(jan.endReceivables);
    expect(feb.days).toBe(28);
  });

  test.each(["2026-13", "2026-Q4", "26-01", "2026-1"])("refuses %s as a month", (month) => {
    expect(() => metricInputsByMonth(scenario(), [month], "CNY")).toThrow(expect.objectContaining({ code: "badPeriod" }));
  });
});
