import type { Contract, Customer } from "../../src/core/store/types";
import { CHOICE_LIMIT, matchChoices as matchContracts } from "../../src/taskpane/forms/searchChoices";
import { contractChoiceList } from "../../src/taskpane/pages/Reminders/contractChoices";

function contract(id: number, code: string, title: string, customerId: number): Contract {
  return {
    id, code, title, customerId, amountMinor: 100, currency: "CNY", signDate: "2026-01-01", terms: "", owner: "Zhang Wei",
    status: "active", penalty: { kind: "none" },
  } as Contract;
}

const customers = new Map<number, Customer>([
  [1, { id: 1, code: "C-ALPHA", name: "Alpha Build Co." } as Customer],
  [2, { id: 2, code: "C-BETA", name: "北京贝塔科技" } as Customer],
]);

// Deliberately out of code order, as a ledger reads them by id.
const small = [
  contract(3, "HT-C", "Network upgrade", 2),
  contract(1, "HT-A", "Campus phase 1", 1),
  contract(2, "HT-B", "Data centre", 2),
  contract(4, "XY-9", "Warehouse", 99), // its customer is missing from the ledger
];

/** `n` contracts HT-00000 … in a shuffled order, every one for Alpha. */
function many(n: number): Contract[] {
  const list = Array.from({ length: n }, (_, i) => contract(i + 1, `HT-${String(i).padStart(5, "0")}`, `Site ${i}`, 1));
  for (let i = list.length - 1; i > 0; i--) {
    const j = (i * 7919) % (i + 1); // deterministic shuffle
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

const codes = (m: { choices: readonly { code: string }[] }) => m.choices.map((c) => c.code);

describe("contract choices for the Reminders pickers", () => {
  test("every contract becomes a choice with its customer's name, sorted by code whatever the input order", () => {
    const list = contractChoiceList(small, customers);
    expect(list.map((c) => [c.id, c.code, c.title, c.customer])).toEqual([
      [1, "HT-A", "Campus phase 1", "Alpha Build Co."],
      [2, "HT-B", "Data centre", "北京贝塔科技"],
      [3, "HT-C", "Network upgrade", "北京贝塔科技"],
      [4, "XY-9", "Warehouse", ""],
    ]);
    expect(contractChoiceList([...small].reverse(), customers)).toEqual(list);
  });

  test("a blank query matches every contract, in code order", () => {
    const list = contractChoiceList(small, customers);
    expect(codes(matchContracts(list, ""))).toEqual(["HT-A", "HT-B", "HT-C", "XY-9"]);
    expect(codes(matchContracts(list, "   "))).toEqual(["HT-A", "HT-B", "HT-C", "XY-9"]);
    expect(matchContracts(list, "").more).toBe(0);
  });

  test("matches by code, title or customer name, ignoring case and full-width letters", () => {
    const list = contractChoiceList(small, customers);
    expect(codes(matchContracts(list, "ht-b"))).toEqual(["HT-B"]);
    expect(codes(matchContracts(list, "xy"))).toEqual(["XY-9"]);
    expect(codes(matchContracts(list, "CAMPUS"))).toEqual(["HT-A"]);
    expect(codes(matchContracts(list, "centre"))).toEqual(["HT-B"]);
    expect(codes(matchContracts(list, "alpha build"))).toEqual(["HT-A"]);
    expect(codes(matchContracts(list, "贝塔"))).toEqual(["HT-B", "HT-C"]);
    expect(codes(matchContracts(list, "ＨＴ-Ｃ"))).toEqual(["HT-C"]);
    expect(codes(matchContracts(list, "nothing like it"))).toEqual([]);
  });

  test("every typed word must match, each in any field, but never across two fields", () => {
    const list = contractChoiceList(small, customers);
    expect(codes(matchContracts(list, "贝塔 network"))).toEqual(["HT-C"]);
    expect(codes(matchContracts(list, "alpha network"))).toEqual([]);
    expect(codes(matchContracts(list, "phase 1 alpha"))).toEqual(["HT-A"]);
    // "1" ends HT-A's title and "alpha" starts its customer's name: "1alpha" would span the two.
    expect(codes(matchContracts(list, "phase 1alpha"))).toEqual([]);
  });

  test("lists at most the limit and counts the rest", () => {
    const list = contractChoiceList(many(10_000), customers);
    const m = matchContracts(list, "");
    expect(m.choices).toHaveLength(CHOICE_LIMIT);
    expect(m.more).toBe(10_000 - CHOICE_LIMIT);
    expect(codes(m)[0]).toBe("HT-00000");
    expect(codes(m)[CHOICE_LIMIT - 1]).toBe(`HT-${String(CHOICE_LIMIT - 1).padStart(5, "0")}`);

    const small5 = matchContracts(list, "ht-0000", { limit: 5 }); // HT-00000 … HT-00009 match
    expect(codes(small5)).toEqual(["HT-00000", "HT-00001", "HT-00002", "HT-00003", "HT-00004"]);
    expect(small5.more).toBe(5);

    const few = matchContracts(list, "site 1234"); // only Site 1234 (HT-01234): there is no Site 12340
    expect(codes(few)).toEqual(["HT-01234"]);
    expect(few.more).toBe(0);
  });

  test("the listed contracts are the first matches in code order, whatever order the ledger gave", () => {
    const contracts = many(500);
    const a = matchContracts(contractChoiceList(contracts, customers), "ht-001");
    const b = matchContracts(contractChoiceList([...contracts].reverse(), customers), "ht-001");
    expect(codes(a)).toEqual(Array.from({ length: CHOICE_LIMIT }, (_, i) => `HT-${String(100 + i).padStart(5, "0")}`));
    expect(a.more).toBe(100 - CHOICE_LIMIT);
    expect(b).toEqual(a);
  });

  test("a filter keeps its \"All contracts\" choice whatever was typed; a plain picker has none", () => {
    const list = contractChoiceList(small, customers);
    expect(matchContracts(list, "", { all: true }).all).toBe(true);
    expect(matchContracts(list, "nothing like it", { all: true })).toEqual({ all: true, choices: [], more: 0 });
    expect(matchContracts(list, "ht-a", { all: true, limit: 0 }).all).toBe(true);
    expect(matchContracts(list, "").all).toBe(false);
  });
});
