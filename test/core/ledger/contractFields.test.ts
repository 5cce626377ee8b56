import { serialFromIso } from "../../../src/core/dates";
import { CONTRACT_FIELDS, contractFieldValue, readContractField, receivableFigures } from "../../../src/core/ledger/contractFields";
import { contractSummaries } from "../../../src/core/ledger/contractSummary";
import type { LedgerSnapshot } from "../../../src/core/ledger/snapshot";
import { scenario } from "./scenario";

const asOf = serialFromIso("2026-03-10")!;

/** The scenario with HT-2 (Beta, disputed: 500.00, 50.00 received) closed with its remainder written off. */
function withHt2Closed(): LedgerSnapshot {
  const s = scenario();
  return { ...s, contracts: s.contracts.map((c) => (c.code === "HT-2" ? { ...c, status: "closed" as const } : c)) };
}

const field = (s: LedgerSnapshot, name: string) => contractFieldValue(contractSummaries(s, asOf).get(2)!, readContractField(name));

describe("AR.CONTRACT of a contract closed with its remainder written off (HT-2, as of 2026-03-10)", () => {
  it("is no longer outstanding or overdue, and nothing of it is next due", () => {
    // Open, HT-2 has 450.00 outstanding of which 150.00 overdue, and 300.00 next due on 03-12.
    expect([field(scenario(), "outstanding"), field(scenario(), "overdue"), field(scenario(), "nextAmount")]).toEqual([450, 150, 300]);
    const closed = withHt2Closed();
    expect(field(closed, "outstanding")).toBe(0);
    expect(field(closed, "overdue")).toBe(0);
    expect(field(closed, "nextDue")).toBe("");
    expect(field(closed, "nextAmount")).toBe(0);
    // What is not about what is receivable stays as it was.
    for (const name of ["amount", "invoiced", "received"]) expect(field(closed, name)).toBe(field(scenario(), name));
    expect(field(closed, "status")).toBe("closed");
  });

  it("says what was written off under writtenOff: the 500.00 less the 50.00 received; an open contract has 0", () => {
    expect(field(withHt2Closed(), "writtenOff")).toBe(500 - 50);
    expect(field(scenario(), "writtenOff")).toBe(0);
    // HT-3, closed with 100.00 never paid, before any close record was kept.
    expect(contractFieldValue(contractSummaries(scenario(), asOf).get(3)!, "writtenOff")).toBe(100);
  });

  it("reads writtenOff in any case and lists it among the valid fields", () => {
    expect(readContractField(" WRITTENOFF ")).toBe("writtenOff");
    expect(CONTRACT_FIELDS).toContain("writtenOff");
    expect(() => readContractField("balance")).toThrow(/grade, status, writtenOff/);
  });

  it("receivable plus written off is what is open on the active plan, for every contract, open or closed", () => {
    for (const s of [scenario(), withHt2Closed()]) {
      for (const sum of contractSummaries(s, asOf).values()) {
        const r = receivableFigures(sum);
        expect(r.outstanding + r.writtenOff).toBe(sum.outstanding);
        expect(sum.status === "closed" ? r.outstanding : r.writtenOff).toBe(0);
      }
    }
  });
});
