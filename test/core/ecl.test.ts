import fc from "fast-check";
import { eclFromCells, expectedCreditLoss } from "../../src/core/ecl";
import { inputErrorOf, decimal } from "../support/inputErrors";

describe("expected credit loss by provision matrix (IFRS 9 §5.5.15, B5.5.35)", () => {
  // IFRS 9 Illustrative Example 12 (IE74–IE77), Company M's provision matrix on 30,000,000 of trade receivables:
  //   Current 15,000,000 × 0.3% = 45,000;  1–30 days 7,500,000 × 1.6% = 120,000;  31–60 4,000,000 × 3.6% = 144,000;
  //   61–90 2,500,000 × 6.6% = 165,000;  >90 1,000,000 × 10.6% = 106,000;  lifetime ECL 580,000.
  const amounts = [15_000_000, 7_500_000, 4_000_000, 2_500_000, 1_000_000];
  const rates = [0.003, 0.016, 0.036, 0.066, 0.106];

  test("reproduces the IFRS 9 illustrative example: 580,000 in total, per bucket as published", () => {
    const { total, perRow } = eclFromCells(amounts, rates);
    expect(total).toBe(58_000_000); // minor units
    expect(perRow).toEqual([4_500_000, 12_000_000, 14_400_000, 16_500_000, 10_600_000]);
  });

  test("the total is rounded once; per-bucket provisions share it out so they add up exactly", () => {
    // Three buckets of 0.01 at 50%: each exactly half a cent, 1.5 cents in all → 2 cents (half up).
    // Rounding each bucket on its own would give 1 + 1 + 1 = 3 cents, more than the total.
    const { total, perBucket } = expectedCreditLoss([
      { amount: 1, rate: 0.5 },
      { amount: 1, rate: 0.5 },
      { amount: 1, rate: 0.5 },
    ]);
    expect(total).toBe(2);
    expect(perBucket).toEqual([1, 1, 0]);
  });

  test("a row blank in both ranges is skipped and stays blank in the per-row result", () => {
    // 1,000.00 × 2% = 20.00; 500.00 × 10% = 50.00.
    expect(eclFromCells([1000, null, 500], [0.02, "", 0.1])).toEqual({ total: 7000, perRow: [2000, null, 5000] });
  });

  test("ranges that do not line up are #VALUE! naming both sizes", () => {
    const e = inputErrorOf(() => eclFromCells([1, 2, 3], [0.1, 0.2]));
    expect([e.code, e.kind]).toEqual(["sizeMismatch", "value"]);
    expect(e.message).toBe("bucketAmounts has 3 values but lossRates has 2; they must line up.");
  });

  test("a blank in only one range is #VALUE! naming the row", () => {
    const e = inputErrorOf(() => eclFromCells([1, 2], [0.1, null]));
    expect([e.code, e.params.row]).toEqual(["halfBlank", 2]);
  });

  test("loss rates outside 0..1 and negative amounts are #NUM!", () => {
    expect(inputErrorOf(() => eclFromCells([100], [1.2])).code).toBe("mustBeBetween");
    expect(inputErrorOf(() => eclFromCells([100], [-0.01])).kind).toBe("num");
    const e = inputErrorOf(() => eclFromCells([100, -5], [0.1, 0.1]));
    expect([e.code, e.params.got, e.params.row]).toEqual(["mustNotBeNegative", -5, 2]);
  });

  test("text where a number belongs is #VALUE!", () => {
    expect(inputErrorOf(() => eclFromCells(["lots"], [0.1])).code).toBe("notANumber");
  });

  // Up to 1,000,000,000.00 a bucket: beyond that a double cannot hold amount × rate to a fraction of a cent.
  const bucket = fc.record({ amount: fc.nat(1e11), rate: decimal(0, 1) });

  test("per-bucket provisions always add up to the total, each within one minor unit of its exact share", () => {
    fc.assert(
      fc.property(fc.array(bucket, { maxLength: 12 }), (buckets) => {
        const { total, perBucket } = expectedCreditLoss(buckets);
        expect(perBucket.reduce((a, b) => a + b, 0)).toBe(total);
        perBucket.forEach((p, i) => {
          expect(Number.isInteger(p)).toBe(true);
          expect(Math.abs(p - buckets[i].amount * buckets[i].rate)).toBeLessThan(1);
        });
      }),
    );
  });

  test("the total is the exact sum of amount × rate rounded to the minor unit", () => {
    fc.assert(
      fc.property(fc.array(bucket, { maxLength: 12 }), (buckets) => {
        const exact = buckets.reduce((s, b) => s + b.amount * b.rate, 0);
        expect(Math.abs(expectedCreditLoss(buckets).total - exact)).toBeLessThanOrEqual(0.5 + 1e-3);
      }),
    );
  });
});
