import { isArInputError } from "../../../src/core/errors";
import { targetsVsCollected } from "../../../src/core/ledger/dashboard";
import { snapshotOf } from "../../../src/core/ledger/snapshot";
import { validateCustomer, validateTarget } from "../../../src/core/ledger/validateRecords";
import type { CollectionTarget, Contract } from "../../../src/core/store/types";

const v = { rev: 1, updatedAt: "2026-01-01T00:00:00Z" };

/*
 * Owners Li and Zhao, each with a CNY and a USD contract; March 2026 receipts:
 *   Li   CNY 400.00 (HT-LC) · USD 30.00 (HT-LU)
 *   Zhao CNY 100.00 (HT-ZC) · USD 70.00 (HT-ZU)
 */
const contract = (id: number, code: string, owner: string, currency: string): Contract => ({
  id, code, customerId: 1, title: code, amountMinor: 1000_00, currency, signDate: "2026-01-01", terms: "", owner, status: "active", penalty: { kind: "none" }, ...v,
});
const ledger = (targets: CollectionTarget[]) => snapshotOf({
  customers: [{ id: 1, code: "C-1", name: "One", ...v }],
  contracts: [contract(1, "HT-LC", "Li", "CNY"), contract(2, "HT-LU", "Li", "USD"), contract(3, "HT-ZC", "Zhao", "CNY"), contract(4, "HT-ZU", "Zhao", "USD")],
  receipts: [
    { id: 1, contractId: 1, date: "2026-03-03", amountMinor: 400_00, method: "transfer", ...v },
    { id: 2, contractId: 2, date: "2026-03-04", amountMinor: 30_00, method: "transfer", ...v },
    { id: 3, contractId: 3, date: "2026-03-05", amountMinor: 100_00, method: "transfer", ...v },
    { id: 4, contractId: 4, date: "2026-03-06", amountMinor: 70_00, method: "transfer", ...v },
  ],
  targets,
});

describe("targets vs collected with targets that carry their currency", () => {
  // Li's target is in USD, Zhao's an old one without a currency (read in the default, CNY here).
  const s = ledger([
    { id: 1, owner: "Li", period: "2026-03", targetMinor: 60_00, currency: "USD", ...v },
    { id: 2, owner: "Zhao", period: "2026-03", targetMinor: 200_00, ...v },
  ]);

  it("sets a USD target only against USD collections, whatever the default currency is", () => {
    expect(targetsVsCollected(s, "2026-03", "USD", "CNY")).toEqual([
      { owner: "Li", target: 60_00, collected: 30_00, achieved: 0.5 },
      { owner: "Zhao", target: 0, collected: 70_00, achieved: undefined },
    ]);
    expect(targetsVsCollected(s, "2026-03", "CNY", "CNY")).toEqual([
      { owner: "Li", target: 0, collected: 400_00, achieved: undefined },
      { owner: "Zhao", target: 200_00, collected: 100_00, achieved: 0.5 },
    ]);
  });

  it("reads a target without a currency in the currency given for such targets, as before", () => {
    // With USD as the default, Zhao's old target is a USD amount; Li's USD target is still USD.
    expect(targetsVsCollected(s, "2026-03", "USD", "USD")).toEqual([
      { owner: "Li", target: 60_00, collected: 30_00, achieved: 0.5 },
      { owner: "Zhao", target: 200_00, collected: 70_00, achieved: 0.35 },
    ]);
    expect(targetsVsCollected(s, "2026-03", "CNY", "USD")).toEqual([
      { owner: "Li", target: 0, collected: 400_00, achieved: undefined },
      { owner: "Zhao", target: 0, collected: 100_00, achieved: undefined },
    ]);
  });

  it("a CNY target saved before the default changed still applies to CNY when USD is the default", () => {
    const t = ledger([{ id: 1, owner: "Li", period: "2026-03", targetMinor: 800_00, currency: "CNY", ...v }]);
    expect(targetsVsCollected(t, "2026-03", "CNY", "USD").find((r) => r.owner === "Li")).toEqual({ owner: "Li", target: 800_00, collected: 400_00, achieved: 0.5 });
    expect(targetsVsCollected(t, "2026-03", "USD", "USD").find((r) => r.owner === "Li")).toEqual({ owner: "Li", target: 0, collected: 30_00, achieved: undefined });
  });
});

describe("validation of the currency of a customer and of a target", () => {
  const messages = (f: () => unknown): [string, string] => {
    try {
      f();
    } catch (e) {
      if (isArInputError(e)) return [e.messageIn("en"), e.messageIn("zh")];
      throw e;
    }
    return ["no error", "no error"];
  };

  it("upper-cases a code, leaves a blank one unset, refuses anything but three letters", () => {
    expect(validateCustomer({ code: "C", name: "N", currency: "hkd" }).currency).toBe("HKD");
    expect(validateCustomer({ code: "C", name: "N", currency: "  " }).currency).toBeUndefined();
    expect(validateCustomer({ code: "C", name: "N" }).currency).toBeUndefined();
    expect(validateTarget({ owner: "Li", period: "2026-03", targetMinor: 1, currency: "eur" }).currency).toBe("EUR");
    for (const bad of ["US", "USDT", "U1D", "$"]) {
      expect(messages(() => validateCustomer({ code: "C", name: "N", currency: bad }))[0]).toBe(`currency: unknown value "${bad}"; valid values are ISO 4217 (CNY, USD, EUR…).`);
      expect(messages(() => validateTarget({ owner: "Li", period: "2026-03", targetMinor: 1, currency: bad }))[1]).toBe(`currency：未知取值 "${bad}"；可用取值为 ISO 4217 (CNY, USD, EUR…)。`);
    }
  });
});
