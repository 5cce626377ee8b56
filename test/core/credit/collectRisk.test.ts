import fc from "fast-check";
import { collectRisk, rankByExposure, type RiskInputs } from "../../../src/core/credit/collectRisk";
import { inputErrorOf, decimal } from "../../support/inputErrors";

describe("collection risk", () => {
  // Score 50 → credit 0.5 × 0.6 = 0.30; 45 days → contract 45/180 × 0.8 = 0.20;
  // 10 points behind plan → execution 0.1/0.5 × 0.6 = 0.12.
  // risk = 1 − 0.70 × 0.80 × 0.88 = 1 − 0.4928 = 50.72%
  test("combines the sources as independent chances: 1 − 0.7·0.8·0.88 = 50.72", () => {
    const r = collectRisk({ daysPastDue: 45, creditScore: 50, progressGap: 0.1 });
    expect(r.risk).toBe(50.72);
    expect([r.credit, r.contract, r.dispute, r.execution].map((x) => Number(x.toFixed(10)))).toEqual([0.3, 0.2, 0, 0.12]);
  });

  test("a dispute is a fourth source of 0.4: 1 − 0.4928 × 0.6 = 70.43", () => {
    expect(collectRisk({ daysPastDue: 45, creditScore: 50, progressGap: 0.1, disputed: true }).risk).toBe(70.43);
  });

  test("not yet due, a perfect score and a project on or ahead of plan is no risk", () => {
    expect(collectRisk({ daysPastDue: -10, creditScore: 100, progressGap: -0.2 }).risk).toBe(0);
  });

  test("everything at its worst: 1 − 0.4 · 0.2 · 0.6 · 0.4 = 98.08", () => {
    expect(collectRisk({ daysPastDue: 365, creditScore: 0, progressGap: 1, disputed: true }).risk).toBe(98.08);
  });

  test("one source at its worst is enough for high risk: 180 days late from a score-90 customer is 1 − 0.94 · 0.2 = 81.2", () => {
    expect(collectRisk({ daysPastDue: 180, creditScore: 90, progressGap: 0 }).risk).toBe(81.2);
  });

  test("a credit score outside 0..100 or a progress gap outside −1..1 is #NUM!", () => {
    expect(inputErrorOf(() => collectRisk({ daysPastDue: 0, creditScore: 120, progressGap: 0 })).params.arg).toBe("creditScore");
    // 20 meant as 20%: refused rather than read as 2000 points behind.
    expect(inputErrorOf(() => collectRisk({ daysPastDue: 0, creditScore: 50, progressGap: 20 })).params.arg).toBe("progressGap");
  });

  const inputs = fc.record({
    daysPastDue: fc.integer({ min: -60, max: 720 }),
    creditScore: decimal(0, 100),
    progressGap: decimal(-1, 1),
    disputed: fc.boolean(),
  });
  const risk = (i: RiskInputs) => collectRisk(i).risk;

  test("more days past due never lower the risk", () => {
    fc.assert(fc.property(inputs, fc.nat(400), (i, d) => expect(risk({ ...i, daysPastDue: i.daysPastDue + d })).toBeGreaterThanOrEqual(risk(i))));
  });

  test("a lower credit score never lowers the risk", () => {
    fc.assert(fc.property(inputs, decimal(0, 100), (i, d) =>
      expect(risk({ ...i, creditScore: Math.max(0, i.creditScore - d) })).toBeGreaterThanOrEqual(risk(i))));
  });

  test("a larger progress gap never lowers the risk", () => {
    fc.assert(fc.property(inputs, decimal(0, 2), (i, d) =>
      expect(risk({ ...i, progressGap: Math.min(1, i.progressGap + d) })).toBeGreaterThanOrEqual(risk(i))));
  });

  test("a dispute never lowers the risk", () => {
    fc.assert(fc.property(inputs, (i) => expect(risk({ ...i, disputed: true })).toBeGreaterThanOrEqual(risk({ ...i, disputed: false }))));
  });

  test("the risk always lies between 0 and 100", () => {
    fc.assert(fc.property(inputs, (i) => {
      expect(risk(i)).toBeGreaterThanOrEqual(0);
      expect(risk(i)).toBeLessThanOrEqual(100);
    }));
  });
});

describe("Today queue ranking", () => {
  test("largest expected shortfall (amount × risk) first", () => {
    // Exposures: a 1000 × 10% = 100, b 200 × 90% = 180, c 500 × 40% = 200.
    const ranked = rankByExposure([
      { id: "a", amount: 1000, risk: 10 },
      { id: "b", amount: 200, risk: 90 },
      { id: "c", amount: 500, risk: 40 },
    ]);
    expect(ranked.map((r) => [r.id, r.exposure])).toEqual([["c", 200], ["b", 180], ["a", 100]]);
  });

  test("equal exposure: the riskier first, then the order given", () => {
    const ranked = rankByExposure([
      { id: "x", amount: 100, risk: 50 },
      { id: "y", amount: 500, risk: 10 },
      { id: "z", amount: 100, risk: 50 },
    ]);
    expect(ranked.map((r) => r.id)).toEqual(["x", "z", "y"]);
  });
});
