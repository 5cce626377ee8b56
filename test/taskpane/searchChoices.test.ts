import type { Customer } from "../../src/core/store/types";
import { CHOICE_LIMIT, foldFields, matchChoices, sortByCode } from "../../src/taskpane/forms/searchChoices";
import { customerChoiceList, customerLabel } from "../../src/taskpane/pages/Contracts/customerChoices";

const customer = (id: number, code: string, name: string) => ({ id, code, name }) as Customer;

// Deliberately out of code order, as a ledger reads them by id.
const small = [
  customer(3, "C-GAMMA", "Gamma Holdings"),
  customer(1, "C-ALPHA", "Alpha Build Co."),
  customer(2, "C-BETA", "北京贝塔科技"),
];

/** `n` customers K-00000 … named "Firm 0" …, in a shuffled order. */
function many(n: number): Customer[] {
  const list = Array.from({ length: n }, (_, i) => customer(i + 1, `K-${String(i).padStart(5, "0")}`, `Firm ${i}`));
  for (let i = list.length - 1; i > 0; i--) {
    const j = (i * 7919) % (i + 1); // deterministic shuffle
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

const codes = (m: { choices: readonly { code: string }[] }) => m.choices.map((c) => c.code);

describe("customer choices for the Contracts page's customer filter", () => {
  test("every customer becomes a choice, sorted by code whatever the input order, labelled code · name", () => {
    const list = customerChoiceList(small);
    expect(list.map((c) => [c.id, c.code, c.name])).toEqual([
      [1, "C-ALPHA", "Alpha Build Co."],
      [2, "C-BETA", "北京贝塔科技"],
      [3, "C-GAMMA", "Gamma Holdings"],
    ]);
    expect(customerChoiceList([...small].reverse())).toEqual(list);
    expect(list.map(customerLabel)).toEqual(["C-ALPHA · Alpha Build Co.", "C-BETA · 北京贝塔科技", "C-GAMMA · Gamma Holdings"]);
  });

  test("matches by code or name, ignoring case and full-width letters; a blank query matches all", () => {
    const list = customerChoiceList(small);
    expect(codes(matchChoices(list, ""))).toEqual(["C-ALPHA", "C-BETA", "C-GAMMA"]);
    expect(codes(matchChoices(list, "c-beta"))).toEqual(["C-BETA"]);
    expect(codes(matchChoices(list, "GAMMA hold"))).toEqual(["C-GAMMA"]);
    expect(codes(matchChoices(list, "build"))).toEqual(["C-ALPHA"]);
    expect(codes(matchChoices(list, "贝塔"))).toEqual(["C-BETA"]);
    expect(codes(matchChoices(list, "Ｃ-ＡＬＰＨＡ"))).toEqual(["C-ALPHA"]);
    expect(codes(matchChoices(list, "ｇａｍｍａ"))).toEqual(["C-GAMMA"]);
    expect(codes(matchChoices(list, "nobody"))).toEqual([]);
  });

  test("every typed word must match, but never across the code and the name", () => {
    const list = customerChoiceList(small);
    expect(codes(matchChoices(list, "alpha co."))).toEqual(["C-ALPHA"]);
    expect(codes(matchChoices(list, "alpha gamma"))).toEqual([]);
    // "C-GAMMA" ends the code and "Gamma" starts the name: "gammagamma" would span the two.
    expect(codes(matchChoices(list, "gammagamma"))).toEqual([]);
  });

  test("a ledger of 2,000 customers lists at most the limit, counts the rest, and typing finds one beyond it", () => {
    const list = customerChoiceList(many(2_000));
    const m = matchChoices(list, "", { all: true });
    expect(m.all).toBe(true);
    expect(m.choices).toHaveLength(CHOICE_LIMIT);
    expect(m.more).toBe(2_000 - CHOICE_LIMIT);
    expect(codes(m)[0]).toBe("K-00000");
    expect(codes(m)[CHOICE_LIMIT - 1]).toBe(`K-${String(CHOICE_LIMIT - 1).padStart(5, "0")}`);

    const last = matchChoices(list, "firm 1999", { all: true });
    expect(codes(last)).toEqual(["K-01999"]);
    expect(last.more).toBe(0);

    // K-01000 … K-01099 match "k-010": the first CHOICE_LIMIT of them, in code order, whatever the input order.
    const a = matchChoices(list, "k-010");
    const b = matchChoices(customerChoiceList([...many(2_000)].reverse()), "k-010");
    expect(codes(a)).toEqual(Array.from({ length: CHOICE_LIMIT }, (_, i) => `K-${String(1000 + i).padStart(5, "0")}`));
    expect(a.more).toBe(100 - CHOICE_LIMIT);
    expect(b).toEqual(a);
  });
});

describe("the generic search-choice helpers", () => {
  test("foldFields folds case and width and keeps each field on its own line", () => {
    expect(foldFields("ＨＴ-a", "Ｎａｍｅ")).toBe("ht-a\nname");
    expect(foldFields("HT-A")).toBe(foldFields("ｈｔ-Ａ"));
  });

  test("sortByCode orders by code, then by id for equal codes, in place", () => {
    const list = [
      { id: 5, code: "B", folded: "" },
      { id: 2, code: "A", folded: "" },
      { id: 1, code: "B", folded: "" },
    ];
    const sorted = sortByCode(list);
    expect(sorted).toBe(list);
    expect(sorted.map((c) => [c.code, c.id])).toEqual([["A", 2], ["B", 1], ["B", 5]]);
  });

  test("a limit of zero lists nothing and counts every match; \"All\" is offered only when asked", () => {
    const list = customerChoiceList(small);
    expect(matchChoices(list, "c-", { limit: 0 })).toEqual({ all: false, choices: [], more: 3 });
    expect(matchChoices(list, "nobody", { all: true })).toEqual({ all: true, choices: [], more: 0 });
  });
});
