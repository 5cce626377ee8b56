import { serialFromIso } from "../../../src/core/dates";
import { contractFieldValue, readContractField } from "../../../src/core/ledger/contractFields";
import { contractSummaries, contractSummary } from "../../../src/core/ledger/contractSummary";
import { scenario } from "./scenario";

const asOf = serialFromIso("2026-03-10")!;

describe("contract summary (worked by hand on the scenario ledger, as of 2026-03-10)", () => {
  const all = contractSummaries(scenario(), asOf);

  it("HT-1: counts only the active plan; a milestone not reached is open but not overdue", () => {
    const s = all.get(1)!;
    expect([s.amount, s.invoiced, s.received]).toEqual([1000_00, 700_00, 250_00]);
    // 400 − 250 + 300 + 300 open; only 150 of row 1 (due 01-31) is late.
    expect([s.outstanding, s.overdue, s.onAccount]).toEqual([750_00, 150_00, 0]);
    expect([s.nextDue, s.nextAmount]).toEqual([serialFromIso("2026-03-15"), 300_00]);
    expect([s.status, s.grade]).toEqual(["active", "D"]); // the latest assessment, not the best one
  });

  it("HT-2: nothing invoiced, partly paid, never assessed", () => {
    const s = all.get(2)!;
    expect([s.invoiced, s.received, s.outstanding, s.overdue]).toEqual([0, 50_00, 450_00, 150_00]);
    expect([s.nextDue, s.nextAmount, s.grade, s.status]).toEqual([serialFromIso("2026-03-12"), 300_00, undefined, "disputed"]);
  });

  it("gives AR.CONTRACT's fields in currency units, blank where there is nothing", () => {
    const s = all.get(2)!;
    expect(contractFieldValue(s, readContractField("Outstanding"))).toBe(450);
    expect(contractFieldValue(s, readContractField("nextdue"))).toBe(serialFromIso("2026-03-12"));
    expect(contractFieldValue(s, readContractField("grade"))).toBe("");
    expect(() => readContractField("balance")).toThrow(/valid values are amount, invoiced, received, outstanding, overdue, nextDue, nextAmount, grade, status/);
  });
});

describe("one contract's summary", () => {
  it("is, for every contract of the scenario ledger and on any of its days, that contract's entry of contractSummaries", () => {
    const s = scenario();
    for (const day of ["2026-01-01", "2026-03-10", "2026-05-01"]) {
      const asOfDay = serialFromIso(day)!;
      const every = contractSummaries(s, asOfDay);
      expect(every.size).toBe(s.contracts.length);
      for (const c of s.contracts) expect(contractSummary(s, c.id!, asOfDay)).toStrictEqual(every.get(c.id!));
    }
    expect(contractSummary(s, 99, asOf)).toBeUndefined();
  });
});
