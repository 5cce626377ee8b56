import { serialFromIso } from "../../../src/core/dates";
import { DEFAULT_DUNNING_POLICY } from "../../../src/core/dunning";
import { alertThresholdDays, creditPositions, ledgerScorecardInputs } from "../../../src/core/ledger/customerCredit";
import { snapshotOf } from "../../../src/core/ledger/snapshot";
import { customers, scenario } from "./scenario";

const asOf = serialFromIso("2026-03-10")!;

/*
 * Worked by hand on the scenario ledger as of 2026-03-10:
 * Acme: HT-1's active plan has 150.00 open on 01-31 (38 days late: 28 in February + 10), 300.00 due
 *   03-15 and 300.00 waiting for its milestone → outstanding 750.00, overdue 150.00, all of it past
 *   the Formal stage (16 days). HT-3 is closed, so its unpaid 100.00 is not exposure any more.
 * Beta: HT-2 (disputed, still live) has 150.00 open on 02-28 (10 days late) and 300.00 due 03-12
 *   → outstanding 450.00, overdue 150.00, none of it 16 days late.
 */
describe("customer credit position against limit and dunning policy", () => {
  it("sums open and overdue per customer over live contracts' active plans, with the policy threshold", () => {
    const p = creditPositions(scenario(), asOf, "CNY");
    expect(p.get(1)).toMatchObject({ outstanding: 750_00, overdue: 150_00, overdueBeyondPolicy: 150_00, thresholdDays: 16, overdueAlert: true });
    expect(p.get(2)).toMatchObject({ outstanding: 450_00, overdue: 150_00, overdueBeyondPolicy: 0, overdueAlert: false });
  });

  it("a customer without a limit is never over it; with one, utilisation is outstanding / limit", () => {
    const unlimited = creditPositions(scenario(), asOf, "CNY").get(2)!;
    expect(unlimited).toMatchObject({ limit: undefined, utilisation: undefined, overLimit: false });
    // Money open and no limit yet: no headroom is known, so the scorecard reads it as fully used,
    // as AR.CREDITSCORE's ledger inputs do, never as the best (unused) band.
    expect(unlimited.outstanding).toBeGreaterThan(0);
    expect(ledgerScorecardInputs(scenario(), 2, asOf, "CNY").utilisation).toBe(1);
    const limited = snapshotOf({ ...scenario(), customers: [customers[0], { ...customers[1], creditLimitMinor: 400_00 }] });
    const beta = creditPositions(limited, asOf, "CNY").get(2)!;
    expect(beta.utilisation).toBeCloseTo(1.125, 12);
    expect(beta.overLimit).toBe(true);
    expect(ledgerScorecardInputs(limited, 2, asOf, "CNY").overdueShare).toBeCloseTo(1 / 3, 12);
    expect(ledgerScorecardInputs(limited, 2, asOf, "CNY").utilisation).toBeCloseTo(1.125, 12);
  });

  it("a zero limit with money open is infinitely used, read by the scorecard as its worst band", () => {
    const zero = snapshotOf({ ...scenario(), customers: [{ ...customers[0], creditLimitMinor: 0 }, customers[1]] });
    const acme = creditPositions(zero, asOf, "CNY").get(1)!;
    expect([acme.utilisation, acme.overLimit]).toEqual([Infinity, true]);
    expect(ledgerScorecardInputs(zero, 1, asOf, "CNY").utilisation).toBeGreaterThan(1.2);
  });

  it("the alert threshold follows the policy's Formal stage, and the default's when a policy has none", () => {
    const earlyFormal = [{ fromDays: 1, stage: "Friendly" }, { fromDays: 10, stage: "Formal" }];
    expect(alertThresholdDays(earlyFormal)).toBe(10);
    expect(creditPositions(scenario(), asOf, "CNY", earlyFormal).get(2)).toMatchObject({ overdueBeyondPolicy: 150_00, overdueAlert: true });
    expect(alertThresholdDays([{ fromDays: 1, stage: "Chase" }])).toBe(DEFAULT_DUNNING_POLICY.find((s) => s.stage === "Formal")!.fromDays);
  });
});
