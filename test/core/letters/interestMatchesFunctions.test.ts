import fc from "fast-check";
import { isoFromSerial } from "../../../src/core/dates";
import { accruedInterest, installmentAccrual } from "../../../src/core/letters/accruedInterest";
import { lateinterest } from "../../../src/functions/catalog/lateInterest";
import { penalty } from "../../../src/functions/catalog/penalty";

/*
 * The interest a reminder letter claims is what a workbook's own AR.LATEINTEREST / AR.PENALTY
 * give for the same open amount, dates and clause (a CNY contract: cents), so a customer checking
 * the letter in Excel gets the same figure to the cent.
 */
const cents = fc.integer({ min: 1, max: 10_000_000_00 });
const due = fc.integer({ min: 45000, max: 47000 });
const late = fc.integer({ min: -30, max: 800 });

describe("a letter's accrued interest equals the AR functions' result", () => {
  it("interest clause: AR.LATEINTEREST(amount, due, letter date, rate, yearDays, graceDays)", () => {
    fc.assert(
      fc.property(cents, due, late, fc.integer({ min: 0, max: 2400 }), fc.constantFrom<360 | 365>(360, 365), fc.integer({ min: 0, max: 60 }), (open, d, days, bp, yearDays, graceDays) => {
        const annualRate = bp / 10_000;
        const letter = accruedInterest(open, d, d + days, { kind: "interest", annualRate, yearDays, graceDays });
        const cell = lateinterest(open / 100, isoFromSerial(d), isoFromSerial(d + days), annualRate, yearDays, graceDays);
        expect(letter / 100).toBe(cell);
      }),
    );
  });

  it("daily clause: AR.PENALTY(amount, letter date − due, dailyRate, [cap])", () => {
    fc.assert(
      fc.property(cents, due, late, fc.integer({ min: 0, max: 100 }), fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }), (open, d, days, tenthBp, capPct) => {
        const dailyRate = tenthBp / 100_000;
        const capShare = capPct === undefined ? undefined : capPct / 100;
        const letter = accruedInterest(open, d, d + days, { kind: "daily", dailyRate, ...(capShare === undefined ? {} : { capShare }) });
        const cell = capShare === undefined ? penalty(open / 100, days, dailyRate) : penalty(open / 100, days, dailyRate, capShare);
        expect(letter / 100).toBe(Math.max(0, cell));
      }),
    );
  });
});

describe("an installment's accrual equals the AR functions summed over its parts", () => {
  it("interest clause: AR.LATEINTEREST on each part received up to its receipt day, plus on the open rest up to the as-of day", () => {
    const part = fc.record({ amount: cents, late: fc.integer({ min: -30, max: 400 }) });
    fc.assert(
      fc.property(due, fc.integer({ min: 0, max: 800 }), cents, fc.array(part, { maxLength: 4 }), fc.integer({ min: 0, max: 2400 }), fc.constantFrom<360 | 365>(360, 365), fc.integer({ min: 0, max: 60 }),
        (d, asOfLate, open, parts, bp, yearDays, graceDays) => {
          const annualRate = bp / 10_000;
          const asOf = d + asOfLate;
          const received = parts.map((p) => ({ amountMinor: p.amount, day: d + p.late }));
          const got = installmentAccrual(d, open, received, asOf, { kind: "interest", annualRate, yearDays, graceDays }).totalMinor;
          const cell = (amountMinor: number, until: number) =>
            until <= d ? 0 : lateinterest(amountMinor / 100, isoFromSerial(d), isoFromSerial(until), annualRate, yearDays, graceDays);
          const expected = cell(open, asOf) + received.reduce((sum, p) => sum + cell(p.amountMinor, Math.min(p.day, asOf)), 0);
          expect(got).toBe(Math.round(expected * 100));
        }),
    );
  });
});
