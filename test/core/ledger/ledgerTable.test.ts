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
    // HT-3 is closed with its 100.00 written off: neither overdue nor open any more.
    expect(ledgerTable(scenario(), asOf, { status: "Overdue" }).slice(1).map((r) => [r[0], r[2]])).toEqual([["HT-1", 1], ["HT-2", 1]]);
    expect(ledgerTable(scenario(), asOf, { status: "open" }).length).toBe(1 + 5);
    expect(() => ledgerTable(scenario(), asOf, { status: "late" })).toThrow(/valid values are open, paid, awaiting, overdue, due, writtenOff/);
  });
});

describe("AR.LEDGER rows of a contract closed with its remainder written off (as of 2026-03-10)", () => {
  const col = (name: (typeof LEDGER_COLUMNS)[number]) => LEDGER_COLUMNS.indexOf(name);
  /** The scenario with HT-2 (Beta: 200.00 due 02-28 with 50.00 received, 300.00 due 03-12) closed. */
  function withHt2Closed() {
    const s = scenario();
    return { ...s, contracts: s.contracts.map((c) => (c.code === "HT-2" ? { ...c, status: "closed" as const } : c)) };
  }

  it("says writtenOff, with nothing open and no aging, whether the row was overdue or not yet due", () => {
    expect(ledgerTable(withHt2Closed(), asOf, { customer: "beta" }).slice(1)).toEqual([
      ["HT-2", "C-BETA", 1, serialFromIso("2026-02-28"), 200, 50, 0, "writtenOff", "", "", "Wang", "CNY"],
      ["HT-2", "C-BETA", 2, serialFromIso("2026-03-12"), 300, 0, 0, "writtenOff", "", "", "Wang", "CNY"],
    ]);
  });

  it("filters them under writtenOff (any case), never under open, overdue or due", () => {
    const closed = withHt2Closed();
    expect(ledgerTable(closed, asOf, { status: "WrittenOff" }).slice(1).map((r) => [r[0], r[2]])).toEqual([["HT-2", 1], ["HT-2", 2], ["HT-3", 1]]);
    for (const status of ["open", "overdue", "due"]) {
      expect(ledgerTable(closed, asOf, { status }).slice(1).filter((r) => r[0] === "HT-2" || r[0] === "HT-3")).toEqual([]);
    }
  });

  it("keeps a row paid in full before the close as paid", () => {
    const s = scenario();
    const receipts = [...s.receipts, { id: 3, contractId: 2, date: "2026-03-01", amountMinor: 150_00, method: "cash" as const, rev: 1, updatedAt: "" }];
    const allocations = [...s.allocations, { id: 4, receiptId: 3, installmentId: 21, contractId: 2, amountMinor: 150_00 }];
    const closed = { ...withHt2Closed(), receipts, allocations };
    expect(ledgerTable(closed, asOf, { customer: "beta" }).slice(1).map((r) => r[col("status")])).toEqual(["paid", "writtenOff"]);
  });

  it("the open column adds up to what is still receivable; amount − received on the writtenOff rows to what was written off", () => {
    const rows = ledgerTable(withHt2Closed(), asOf).slice(1);
    const sum = (rs: (string | number)[][], f: (r: (string | number)[]) => number) => rs.reduce((t, r) => t + f(r), 0);
    const openOf = (code: string) => sum(rows.filter((r) => r[0] === code), (r) => r[col("open")] as number);
    // HT-1 stays receivable: 400 − 250 + 300 + 300; the closed HT-2 and HT-3 have nothing open.
    expect([openOf("HT-1"), openOf("HT-2"), openOf("HT-3")]).toEqual([750, 0, 0]);
    const writtenOff = rows.filter((r) => r[col("status")] === "writtenOff");
    // HT-2: 500 − 50 received; HT-3: 100 never paid.
    expect(sum(writtenOff, (r) => (r[col("amount")] as number) - (r[col("received")] as number))).toBe(450 + 100);
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
