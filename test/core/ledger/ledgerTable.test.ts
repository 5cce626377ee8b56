import { serialFromIso } from "../../../src/core/dates";
import { LEDGER_COLUMNS, LEDGER_TABLE_SOURCES, ledgerTable } from "../../../src/core/ledger/ledgerTable";
import { snapshotOf } from "../../../src/core/ledger/snapshot";
import { scenario } from "./scenario";

const asOf = serialFromIso("2026-03-10")!;

describe("the AR.LEDGER installment table (scenario, as of 2026-03-10)", () => {
  it("starts with the header and lists every active-plan row by contract, oldest due first", () => {
    const table = ledgerTable(scenario(), asOf);
    expect(table[0]).toEqual([...LEDGER_COLUMNS]);
    expect(table.slice(1).map((r) => [r[0], r[2]])).toEqual([["HT-1", 1], ["HT-1", 2], ["HT-1", 3], ["HT-2", 1], ["HT-2", 2], ["HT-3", 1]]);
  });

  it("filters by customer code or name and shows amounts in currency units with status and bucket", () => {
    expect(ledgerTable(scenario(), asOf, { customer: "beta" }).slice(1)).toEqual([
      ["HT-2", "C-BETA", 1, serialFromIso("2026-02-28"), 200, 50, 150, "overdue", "1-30", 10, "Wang", "CNY"],
      ["HT-2", "C-BETA", 2, serialFromIso("2026-03-12"), 300, 0, 300, "due", "Current", -2, "Wang", "CNY"],
    ]);
    expect(ledgerTable(scenario(), asOf, { customer: "C-ACME" }).length).toBe(1 + 4);
  });

  it("filters by status; a row waiting for its milestone has no bucket", () => {
    expect(ledgerTable(scenario(), asOf, { status: "awaiting" }).slice(1)).toEqual([
      ["HT-1", "C-ACME", 3, serialFromIso("2026-04-30"), 300, 0, 300, "awaiting", "", "", "Li", "CNY"],
    ]);
    expect(ledgerTable(scenario(), asOf, { status: "Overdue" }).slice(1).map((r) => [r[0], r[2]])).toEqual([["HT-1", 1], ["HT-2", 1], ["HT-3", 1]]);
    expect(ledgerTable(scenario(), asOf, { status: "open" }).length).toBe(1 + 6);
    expect(() => ledgerTable(scenario(), asOf, { status: "late" })).toThrow(/valid values are open, paid, awaiting, overdue, due/);
  });
});

describe("AR.LEDGER amounts in each contract's currency", () => {
  it("reads a JPY contract's minor units with 0 digits beside CNY contracts", () => {
    const s = scenario();
    const jpy = { ...s, contracts: s.contracts.map((c) => (c.code === "HT-2" ? { ...c, currency: "JPY" } : c)) };
    const cny = ledgerTable(s, asOf, { customer: "beta" }).slice(1);
    const yen = ledgerTable(jpy, asOf, { customer: "beta" }).slice(1);
    // HT-2's first installment holds 20000 minor units: 200.00 in CNY, ¥20,000 in JPY.
    expect(cny[0][4]).toBe(200);
    expect(yen[0][4]).toBe(20000);
    // The last column says which: a SUMIFS by currency keeps yen and yuan apart.
    expect([cny[0].at(-1), yen[0].at(-1)]).toEqual(["CNY", "JPY"]);
  });
});

describe("what AR.LEDGER reads", () => {
  it("builds the same table from LEDGER_TABLE_SOURCES alone as from the whole ledger", () => {
    const whole = scenario();
    const sources = Object.fromEntries(LEDGER_TABLE_SOURCES.map((t) => [t, whole[t]]));
    expect(ledgerTable(snapshotOf(sources), asOf)).toEqual(ledgerTable(whole, asOf));
  });
});
