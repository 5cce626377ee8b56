import fc from "fast-check";
import { openAfterPayment } from "../../src/core/allocate";
import { ArInputError } from "../../src/core/errors";

describe("allocating a payment oldest first", () => {
  test.each([
    // installments (cents), paid, open after payment
    [[10000, 20000, 30000], 25000, [0, 5000, 30000]], // 100 settled, 150 of 200, 300 untouched
    [[10000, 20000, 30000], 0, [10000, 20000, 30000]],
    [[10000, 20000, 30000], 60000, [0, 0, 0]], // exactly the total
    [[10000, 20000, 30000], 100000, [0, 0, 0]], // above the total: all settled, nothing negative
    [[10000, null, 30000], 15000, [0, null, 25000]], // a blank takes nothing and stays blank
    [[0, 5000], 2000, [0, 3000]],
  ])("%j after paying %i leaves %j", (installments, paid, open) => {
    expect(openAfterPayment(installments, paid)).toEqual(open);
  });

  test.each([
    [[10000], -1, "paid"],
    [[10000, -500], 0, "installmentAmounts"],
  ])("a negative amount (%j paid %i) is #NUM! naming %s", (installments, paid, arg) => {
    let error: unknown;
    try {
      openAfterPayment(installments, paid);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ArInputError);
    expect([(error as ArInputError).kind, (error as ArInputError).params.arg]).toEqual(["num", arg]);
  });

  test("never over-allocates: each open amount lies between 0 and its installment, and what was applied is min(paid, total)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e9 }), { maxLength: 30 }), fc.integer({ min: 0, max: 3e10 }), (amounts, paid) => {
        const open = openAfterPayment(amounts, paid) as number[];
        open.forEach((o, i) => {
          expect(o).toBeGreaterThanOrEqual(0);
          expect(o).toBeLessThanOrEqual(amounts[i]);
        });
        const total = amounts.reduce((a, b) => a + b, 0);
        const applied = total - open.reduce((a, b) => a + b, 0);
        expect(applied).toBe(Math.min(paid, total));
        // Oldest first: once an installment stays partly open, every later one is untouched.
        const firstOpen = open.findIndex((o) => o > 0);
        if (firstOpen >= 0) open.slice(firstOpen + 1).forEach((o, j) => expect(o).toBe(amounts[firstOpen + 1 + j]));
      }),
    );
  });
});
