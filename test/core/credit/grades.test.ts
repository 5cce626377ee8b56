import fc from "fast-check";
import { gradeOf, GRADES, suggestedTerms } from "../../../src/core/credit/grades";
import { inputErrorOf, decimal } from "../../support/inputErrors";

describe("grades", () => {
  test.each([
    [100, "A"], [85, "A"], [84.99, "B"], [70, "B"], [69.99, "C"], [55, "C"], [54.99, "D"], [40, "D"], [39.99, "E"], [0, "E"],
  ])("score %p is grade %p", (score, grade) => {
    expect(gradeOf(score)).toBe(grade);
  });

  test("a score outside 0..100 is #NUM!", () => {
    expect(inputErrorOf(() => gradeOf(100.5)).code).toBe("mustBeBetween");
    expect(inputErrorOf(() => gradeOf(-1)).kind).toBe("num");
  });
});

describe("suggested terms", () => {
  test.each([
    [90, { prepaymentShare: 0, cycleDays: 60, limitFactor: 1 }],
    [75, { prepaymentShare: 0.1, cycleDays: 45, limitFactor: 0.75 }],
    [65.25, { prepaymentShare: 0.3, cycleDays: 30, limitFactor: 0.5 }],
    [40, { prepaymentShare: 0.5, cycleDays: 15, limitFactor: 0.25 }],
    [10, { prepaymentShare: 1, cycleDays: 0, limitFactor: 0 }],
  ])("score %p gets %p", (score, terms) => {
    expect(suggestedTerms(score)).toEqual(terms);
  });

  test("a lower score never gets a lower prepayment, a longer cycle or a higher limit factor", () => {
    const score = decimal(0, 100);
    fc.assert(
      fc.property(score, score, (a, b) => {
        const [low, high] = a <= b ? [suggestedTerms(a), suggestedTerms(b)] : [suggestedTerms(b), suggestedTerms(a)];
        expect(low.prepaymentShare).toBeGreaterThanOrEqual(high.prepaymentShare);
        expect(low.cycleDays).toBeLessThanOrEqual(high.cycleDays);
        expect(low.limitFactor).toBeLessThanOrEqual(high.limitFactor);
      }),
    );
  });

  test("every grade's terms are within range: prepayment and limit factor 0..1, cycle 0 days or more", () => {
    for (const g of GRADES) {
      const t = suggestedTerms({ A: 90, B: 75, C: 60, D: 45, E: 20 }[g]);
      expect(t.prepaymentShare).toBeGreaterThanOrEqual(0);
      expect(t.prepaymentShare).toBeLessThanOrEqual(1);
      expect(t.limitFactor).toBeGreaterThanOrEqual(0);
      expect(t.limitFactor).toBeLessThanOrEqual(1);
      expect(t.cycleDays).toBeGreaterThanOrEqual(0);
    }
  });
});
