import fc from "fast-check";
import {
  type CreditInputs,
  creditScore,
  DEFAULT_WEIGHTS,
  FACTORS,
  parseStrengthScale,
  type StrengthScale,
  type Weights,
  weightsFromCells,
  weightsFromList,
  zForStrength,
} from "../../../src/core/credit/scorecard";
import { altmanZ, Z_MODELS } from "../../../src/core/credit/zscore";
import { inputErrorOf, decimal } from "../../support/inputErrors";

// 10 days late on average → 70 points; 10% overdue → 65; 80% of the limit used → 60;
// 4 years a customer → 70; rating 60 → 60.
const typical: CreditInputs = { avgDaysLate: 10, overdueShare: 0.1, utilisation: 0.8, relationshipYears: 4, financialStrength: 60 };

describe("credit scorecard", () => {
  test("weighted points with the default weights: 0.30·70 + 0.25·65 + 0.15·60 + 0.10·70 + 0.20·60 = 65.25", () => {
    // 21 + 16.25 + 9 + 7 + 12
    const result = creditScore(typical);
    expect(result.score).toBe(65.25);
    expect(result.factors).toEqual({ paymentHistory: 70, overdueShare: 65, utilisation: 60, relationship: 70, financialStrength: 60 });
  });

  test("the default weights are 30/25/15/10/20 and add up to 1", () => {
    expect(FACTORS.map((f) => DEFAULT_WEIGHTS[f])).toEqual([0.3, 0.25, 0.15, 0.1, 0.2]);
  });

  test("custom weights replace the defaults: equal weights average the points, (70+65+60+70+60)/5 = 65", () => {
    expect(creditScore(typical, weightsFromList([0.2, 0.2, 0.2, 0.2, 0.2])).score).toBe(65);
  });

  test("an Altman Z as financial strength scores by the model's zones", () => {
    // Z zones 1.81 / 2.99, grey middle 2.4: 2.5 is upper grey → 65 points → 65.25 + 0.20·(65 − 60) = 66.25
    expect(creditScore({ ...typical, financialStrength: 2.5, strengthScale: "Z" }).score).toBe(66.25);
    const points = (z: number, scale: StrengthScale) => creditScore({ ...typical, financialStrength: z, strengthScale: scale }).factors.financialStrength;
    expect([points(2.99, "Z"), points(2.39, "Z"), points(1.81, "Z"), points(1.8, "Z")]).toEqual([100, 35, 35, 0]);
    expect([points(2.6, "Z''"), points(1.09, "Z''"), points(2.9, "Z'"), points(5.85, "EMS")]).toEqual([100, 0, 100, 100]);
  });

  test("the band edges are inclusive where the documentation says so", () => {
    const f = (over: Partial<CreditInputs>) => creditScore({ ...typical, ...over }).factors;
    expect([f({ avgDaysLate: -3 }).paymentHistory, f({ avgDaysLate: 0 }).paymentHistory, f({ avgDaysLate: 7 }).paymentHistory, f({ avgDaysLate: 60.5 }).paymentHistory]).toEqual([100, 100, 85, 0]);
    expect([f({ overdueShare: 0 }).overdueShare, f({ overdueShare: 0.05 }).overdueShare, f({ overdueShare: 0.51 }).overdueShare]).toEqual([100, 85, 0]);
    expect([f({ utilisation: 0.5 }).utilisation, f({ utilisation: 1 }).utilisation, f({ utilisation: 1.5 }).utilisation]).toEqual([100, 40, 0]);
    expect([f({ relationshipYears: 10 }).relationship, f({ relationshipYears: 0.5 }).relationship]).toEqual([100, 20]);
  });

  test("the best customer scores 100 and the worst scores 2 (a new customer still earns 20 relationship points × 0.10)", () => {
    expect(creditScore({ avgDaysLate: 0, overdueShare: 0, utilisation: 0, relationshipYears: 12, financialStrength: 100 }).score).toBe(100);
    expect(creditScore({ avgDaysLate: 90, overdueShare: 1, utilisation: 2, relationshipYears: 0, financialStrength: 0 }).score).toBe(2);
  });

  test("weights that do not add up to 1 are #VALUE!; a wrong count is #VALUE!; a negative weight is #NUM!", () => {
    const e = inputErrorOf(() => weightsFromList([0.3, 0.2, 0.15, 0.1, 0.15]));
    expect([e.code, e.kind, e.params.total]).toEqual(["weightsNotOne", "value", 0.9]);
    expect(e.messageIn("zh")).toBe("weights 合计为 0.9，不是 1（100%）。");
    expect(inputErrorOf(() => weightsFromList([0.5, 0.5])).messageIn("zh")).toBe("weights 应有 5 个值，实际为 2 个。");
    expect(inputErrorOf(() => weightsFromList([1.2, -0.2, 0, 0, 0])).kind).toBe("num");
  });

  test("a weights range: blank means the defaults; a column of five is read in factor order", () => {
    expect(weightsFromCells(null)).toBe(DEFAULT_WEIGHTS);
    expect(weightsFromCells([[null], [""]])).toBe(DEFAULT_WEIGHTS);
    expect(weightsFromCells([[0.4], [0.3], [0.1], [0.1], [0.1]]).paymentHistory).toBe(0.4);
  });

  test("inputs out of range are #NUM!: overdue share above 1, negative utilisation or years, rating above 100", () => {
    expect(inputErrorOf(() => creditScore({ ...typical, overdueShare: 1.1 })).params.arg).toBe("overdueShare");
    expect(inputErrorOf(() => creditScore({ ...typical, utilisation: -0.1 })).params.arg).toBe("utilisation");
    expect(inputErrorOf(() => creditScore({ ...typical, relationshipYears: -1 })).params.arg).toBe("relationshipYears");
    expect(inputErrorOf(() => creditScore({ ...typical, financialStrength: 101 })).kind).toBe("num");
  });

  test("strength scales: rating or a Z model; anything else is #VALUE! listing them", () => {
    expect(parseStrengthScale("Rating")).toBe("rating");
    expect(parseStrengthScale("z''")).toBe("Z''");
    expect(inputErrorOf(() => parseStrengthScale("moody")).message).toContain("rating, Z, Z', Z'', EMS");
  });
});

describe("worse inputs never give a better score", () => {
  const scale = fc.constantFrom<StrengthScale>("rating", "Z", "Z'", "Z''", "EMS");
  const inputs = scale.chain((strengthScale) =>
    fc.record({
      avgDaysLate: decimal(-30, 200),
      overdueShare: decimal(0, 1),
      utilisation: decimal(0, 3),
      relationshipYears: decimal(0, 40),
      financialStrength: strengthScale === "rating" ? decimal(0, 100) : decimal(-5, 12),
      strengthScale: fc.constant(strengthScale),
    }),
  );
  // Any five non-negative weights scaled to add up to 1.
  const weights = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 5, maxLength: 5 }).filter((w) => w.some((x) => x > 0)).map((w): Weights => {
    const sum = w.reduce((a, b) => a + b, 0);
    return weightsFromList(w.map((x) => x / sum));
  });
  const more = decimal(0, 100);

  const worsen: Record<string, (i: CreditInputs, d: number) => CreditInputs> = {
    "more days late": (i, d) => ({ ...i, avgDaysLate: i.avgDaysLate + d }),
    "a larger overdue share": (i, d) => ({ ...i, overdueShare: Math.min(1, i.overdueShare + d / 100) }),
    "more of the limit used": (i, d) => ({ ...i, utilisation: i.utilisation + d / 10 }),
    "a shorter relationship": (i, d) => ({ ...i, relationshipYears: Math.max(0, i.relationshipYears - d / 2) }),
    "weaker financial strength": (i, d) => ({
      ...i,
      financialStrength: i.strengthScale === "rating" ? Math.max(0, i.financialStrength - d) : i.financialStrength - d / 10,
    }),
  };

  for (const [name, change] of Object.entries(worsen)) {
    test(`${name} never raises the score`, () => {
      fc.assert(
        fc.property(inputs, weights, more, (i, w, d) => {
          expect(creditScore(change(i, d), w).score).toBeLessThanOrEqual(creditScore(i, w).score);
        }),
      );
    });
  }

  test("the score always lies between 0 and 100", () => {
    fc.assert(
      fc.property(inputs, weights, (i, w) => {
        const { score } = creditScore(i, w);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe("an Altman Z used as the financial strength keeps its zone", () => {
  // Model Z, sales 2,989 over total assets 1,000, everything else 0: Z = 1.0 · 2.989 = 2.989, in the
  // grey zone (at least (1.81 + 2.99) / 2 = 2.40 and under 2.99: 65 points). Rounded to two
  // decimals, 2.99, it would be safe (100 points) and the score 7 points better.
  const z = altmanZ({ workingCapital: 0, retainedEarnings: 0, ebit: 0, equityValue: 0, sales: 2989, totalAssets: 1000, totalLiabilities: 1 }, "Z");

  test("Z = 2.989 is used as 2.989 (grey, 65 points), not 2.99 (safe, 100)", () => {
    expect(z).toBeCloseTo(2.989, 12);
    const used = zForStrength(z, "Z");
    expect(used).toBe(2.989);
    const inputs = { avgDaysLate: 0, overdueShare: 0, utilisation: 0, relationshipYears: 10 };
    // 0.30·100 + 0.25·100 + 0.15·100 + 0.10·100 + 0.20·65 = 93
    expect(creditScore({ ...inputs, financialStrength: used, strengthScale: "Z" }).score).toBe(93);
    expect(creditScore({ ...inputs, financialStrength: used, strengthScale: "Z" }).factors.financialStrength).toBe(65);
  });

  test("a Z away from every boundary keeps two decimals", () => {
    expect(zForStrength(2.115, "Z")).toBe(2.12);
    expect(zForStrength(3.5, "Z'")).toBe(3.5);
  });

  test("for every model, the Z used scores as the unrounded Z does", () => {
    const model = fc.constantFrom(...Z_MODELS);
    fc.assert(
      fc.property(fc.double({ min: -20, max: 20, noNaN: true }), model, (value, m) => {
        const inputs = { avgDaysLate: 0, overdueShare: 0, utilisation: 0, relationshipYears: 0 };
        const used = zForStrength(value, m);
        expect(creditScore({ ...inputs, financialStrength: used, strengthScale: m }).factors.financialStrength)
          .toBe(creditScore({ ...inputs, financialStrength: value, strengthScale: m }).factors.financialStrength);
        // and it is what the helper shows: the value itself, or it rounded to 2 decimals or more
        expect(Math.abs(used - value)).toBeLessThanOrEqual(0.005 + 1e-12);
      }),
    );
  });

  test("values just under each zone boundary keep enough digits to stay under it", () => {
    const boundaries = { Z: [1.81, 2.4, 2.99], "Z'": [1.23, 2.065, 2.9], "Z''": [1.1, 1.85, 2.6], EMS: [4.35, 5.1, 5.85] } as const;
    for (const m of Z_MODELS) {
      for (const b of boundaries[m]) {
        for (const below of [b - 0.001, b - 0.0004, b - 1e-9]) {
          const points = creditScore({ avgDaysLate: 0, overdueShare: 0, utilisation: 0, relationshipYears: 0, financialStrength: below, strengthScale: m }).factors.financialStrength;
          expect(creditScore({ avgDaysLate: 0, overdueShare: 0, utilisation: 0, relationshipYears: 0, financialStrength: zForStrength(below, m), strengthScale: m }).factors.financialStrength).toBe(points);
        }
      }
    }
  });
});
