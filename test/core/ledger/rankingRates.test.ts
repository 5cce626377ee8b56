import fc from "fast-check";
import { serialFromIso } from "../../../src/core/dates";
import { parseRankingRates, rankingWeight } from "../../../src/core/ledger/rankingRates";
import { snapshotOf } from "../../../src/core/ledger/snapshot";
import { todayQueue } from "../../../src/core/ledger/today";
import type { Contract, Installment, PaymentPlan } from "../../../src/core/store/types";

const CNY = { code: "CNY", digits: 2 };
const asOf = serialFromIso("2026-03-10")!;
const v = { rev: 1, updatedAt: "2026-01-01T00:00:00Z" };

/**
 * One customer (never assessed), one overdue installment per contract, all 20 days late, so every
 * item has the same risk and the order is the order of the amounts' values.
 */
function ledger(rows: readonly { currency: string; openMinor: number }[]) {
  const contracts: Contract[] = rows.map((r, i) => ({
    id: i + 1, code: `HT-${i + 1}`, customerId: 1, title: "", amountMinor: r.openMinor, currency: r.currency, signDate: "2026-01-01",
    terms: "", owner: "Li", status: "active", penalty: { kind: "none" }, ...v,
  }));
  const plans: PaymentPlan[] = rows.map((_, i) => ({ id: i + 1, contractId: i + 1, version: 1, active: 1, createdAt: "", ...v }));
  const installments: Installment[] = rows.map((r, i) => ({
    id: i + 1, planId: i + 1, contractId: i + 1, seq: 1, dueDate: "2026-02-18", amountMinor: r.openMinor, trigger: { kind: "date" }, ...v,
  }));
  return snapshotOf({ customers: [{ id: 1, code: "C", name: "Acme", ...v }], contracts, plans, installments });
}
const order = (q: ReturnType<typeof todayQueue>) => q.map((i) => `${i.currency} ${i.amount}`);

describe("ranking the Today queue across currencies", () => {
  // CNY 10,000.00; USD 2,000.00 (worth CNY 14,200.00 at 7.1); ¥100,000 (CNY 4,700.00 at 0.047).
  const mixed = ledger([{ currency: "CNY", openMinor: 10_000_00 }, { currency: "USD", openMinor: 2_000_00 }, { currency: "JPY", openMinor: 100_000 }]);

  test("without rates, amounts rank in whole units of each currency, and the foreign ones say they had no rate", () => {
    const q = todayQueue(mixed, asOf, { defaultCurrency: CNY });
    // ¥100,000 is 100,000 whole units: first (it used to be last: compared as minor units it was
    // 100,000 against CNY's 1,000,000 and USD's 200,000).
    expect(order(q)).toEqual(["JPY 100000", "CNY 1000000", "USD 200000"]);
    expect(q.map((i) => [i.currency, i.rated])).toEqual([["JPY", false], ["CNY", true], ["USD", false]]);
  });

  test("with rates, they rank by their value in the rates' base currency", () => {
    const q = todayQueue(mixed, asOf, { defaultCurrency: CNY, rates: { base: "CNY", rates: { USD: 7.1, JPY: 0.047 } } });
    expect(order(q)).toEqual(["USD 200000", "CNY 1000000", "JPY 100000"]);
    expect(q.every((i) => i.rated)).toBe(true);
    // Exposure is in the base's minor units: USD 2,000.00 × 7.1 = CNY 14,200.00, times the risk.
    expect(q[0].exposure).toBeCloseTo((1_420_000 * q[0].risk) / 100, 6);
  });

  test("rates quoted in another base rank the same once the default currency changes", () => {
    const inCny = todayQueue(mixed, asOf, { defaultCurrency: CNY, rates: { base: "CNY", rates: { USD: 7.1, JPY: 0.047 } } });
    const defaultNowUsd = todayQueue(mixed, asOf, { defaultCurrency: { code: "USD", digits: 2 }, rates: { base: "CNY", rates: { USD: 7.1, JPY: 0.047 } } });
    expect(order(defaultNowUsd)).toEqual(order(inCny));
  });

  test("a ledger in one currency ranks exactly as by amount × risk, rates or not", () => {
    const one = ledger([{ currency: "USD", openMinor: 5_00 }, { currency: "USD", openMinor: 9_00 }, { currency: "USD", openMinor: 7_00 }]);
    for (const opts of [{}, { defaultCurrency: { code: "USD", digits: 2 } }, { defaultCurrency: CNY }]) {
      const q = todayQueue(one, asOf, opts);
      expect(order(q)).toEqual(["USD 900", "USD 700", "USD 500"]);
    }
    const q = todayQueue(one, asOf, { defaultCurrency: { code: "USD", digits: 2 } });
    for (const i of q) expect(i.exposure).toBe((i.amount * i.risk) / 100);
  });

  test("for any amounts and rates, the queue is in decreasing order of value × risk", () => {
    const currencies = ["CNY", "USD", "JPY", "KWD", "EUR"] as const;
    const row = fc.record({ currency: fc.constantFrom(...currencies), openMinor: fc.integer({ min: 1, max: 10_000_000 }) });
    const rate = fc.double({ min: 0.001, max: 1000, noNaN: true });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 25 }), fc.dictionary(fc.constantFrom("USD", "JPY", "KWD", "EUR"), rate), (rows, rates) => {
        const q = todayQueue(ledger(rows), asOf, { defaultCurrency: CNY, rates: { base: "CNY", rates } });
        const digits: Record<string, number> = { CNY: 2, USD: 2, JPY: 0, KWD: 3, EUR: 2 };
        const value = (i: (typeof q)[number]) => (i.amount / 10 ** digits[i.currency]) * (i.currency === "CNY" ? 1 : rates[i.currency] ?? 1);
        for (let k = 1; k < q.length; k++) expect(value(q[k - 1]) * q[k - 1].risk).toBeGreaterThanOrEqual(value(q[k]) * q[k].risk * (1 - 1e-12));
        for (const i of q) expect(i.rated).toBe(i.currency === "CNY" || rates[i.currency] !== undefined);
      }),
    );
  });
});

describe("a currency's ranking weight", () => {
  test.each([
    ["CNY", { code: "CNY", digits: 2 }, 1, true],
    ["USD", { code: "CNY", digits: 2 }, 7.1, true],
    ["JPY", { code: "CNY", digits: 2 }, 0.047 * 100, true], // ¥1 is one minor unit; CNY 0.047 is 4.7 fen
    ["KWD", { code: "CNY", digits: 2 }, 0.1, false], // no rate: 1 KWD = 1 CNY, 1,000 fils to 100 fen
    ["usd", { code: "CNY", digits: 2 }, 7.1, true],
  ] as const)("%s (default %o) weighs %d, rated %s", (code, def, factor, rated) => {
    const w = rankingWeight(code, { base: "CNY", rates: { USD: 7.1, JPY: 0.047 } }, def);
    expect(w.factor).toBeCloseTo(factor, 12);
    expect(w.rated).toBe(rated);
  });

  test("with no rate set, the base is the default currency", () => {
    expect(rankingWeight("USD", { base: "CNY", rates: {} }, { code: "USD", digits: 2 })).toEqual({ factor: 1, rated: true });
    expect(rankingWeight("CNY", undefined, { code: "USD", digits: 2 })).toEqual({ factor: 1, rated: false });
  });
});

describe("stored ranking rates", () => {
  test.each([
    [{ base: "CNY", rates: { USD: 7.1 } }, { base: "CNY", rates: { USD: 7.1 } }],
    [{ base: "CNY", rates: {} }, { base: "CNY", rates: {} }],
    [{ base: "cny", rates: {} }, undefined],
    [{ base: "CNY", rates: { USD: 0 } }, undefined],
    [{ base: "CNY", rates: { USD: -1 } }, undefined],
    [{ base: "CNY", rates: { USD: "7.1" } }, undefined],
    [{ base: "CNY", rates: { CNY: 1 } }, undefined],
    [{ base: "CNY", rates: { usd: 7 } }, undefined],
    [{ base: "CNY", rates: [] }, undefined],
    ["CNY", undefined],
    [null, undefined],
  ])("%o is read as %o", (raw, expected) => {
    expect(parseRankingRates(raw)).toEqual(expected);
  });
});
