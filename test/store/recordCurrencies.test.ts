import { isArInputError } from "../../src/core/errors";
import { creditPositions } from "../../src/core/ledger/customerCredit";
import { creditCurrencyOf, ledgerCurrencies, targetsCurrencyOf } from "../../src/core/ledger/currencyScope";
import { targetsVsCollected } from "../../src/core/ledger/dashboard";
import { serialFromIso } from "../../src/core/dates";
import { createContract } from "../../src/core/store/contracts";
import { createCustomer, updateCustomer } from "../../src/core/store/customers";
import type { LedgerDb } from "../../src/core/store/db";
import { loadSnapshot } from "../../src/core/store/loadSnapshot";
import { recordReceipt } from "../../src/core/store/receipts";
import { StaleEditError } from "../../src/core/store/revision";
import { saveSetting } from "../../src/core/store/settings";
import { listTargets, setTarget } from "../../src/core/store/targets";
import { codeOf, contractDraft, freshDb } from "./fixtures";

/*
 * The currency a customer's credit limit and a collection target are in is saved with the record,
 * so changing the default currency in Settings later does not change what they mean.
 */

async function refusal(p: Promise<unknown>): Promise<{ en: string; zh: string; code: string }> {
  try {
    await p;
  } catch (e) {
    if (isArInputError(e)) return { en: e.messageIn("en"), zh: e.messageIn("zh"), code: e.code };
    throw e;
  }
  throw new Error("expected the write to be refused");
}

const useDefault = (db: LedgerDb, code: string) => saveSetting(db, "defaultCurrency", { code, digits: 2 });

describe("a customer's credit currency", () => {
  it("is stored upper case as given: usd → USD", async () => {
    const db = freshDb();
    const id = await createCustomer(db, { code: "C-US", name: "Pacific Rim", currency: " usd " });
    expect((await db.customers.get(id))?.currency).toBe("USD");
  });

  it("refuses a code that is not three letters, in English and Chinese, writing nothing", async () => {
    const db = freshDb();
    const e = await refusal(createCustomer(db, { code: "C-X", name: "X", currency: "dollars" }));
    expect(e.code).toBe("unknownOption");
    expect(e.en).toBe('currency: unknown value "dollars"; valid values are ISO 4217 (CNY, USD, EUR…).');
    expect(e.zh).toBe('currency：未知取值 "dollars"；可用取值为 ISO 4217 (CNY, USD, EUR…)。');
    expect(await db.customers.count()).toBe(0);

    const id = await createCustomer(db, { code: "C-Y", name: "Y", currency: "EUR" });
    expect(await codeOf(updateCustomer(db, id, 1, { currency: "U$D" }))).toBe("unknownOption");
    expect(await db.customers.get(id)).toMatchObject({ rev: 1, currency: "EUR" });
  });

  it("without one given, is the default currency at the time of saving and stays so when the default changes", async () => {
    const db = freshDb();
    const id = await createCustomer(db, { code: "C-CN", name: "Huadong", creditLimitMinor: 1_000_000_00 });
    await useDefault(db, "USD");
    const stored = (await db.customers.get(id))!;
    expect(stored.currency).toBe("CNY");
    expect(creditCurrencyOf(stored, "USD")).toBe("CNY");
    // A customer created after the change starts in the new default.
    const later = await createCustomer(db, { code: "C-US", name: "Pacific" });
    expect((await db.customers.get(later))?.currency).toBe("USD");
  });

  it("is kept by an edit that does not give one, and changed by one that does", async () => {
    const db = freshDb();
    const id = await createCustomer(db, { code: "C-1", name: "One", currency: "HKD" });
    const rev = await updateCustomer(db, id, 1, { phone: "852-1234" });
    expect((await db.customers.get(id))?.currency).toBe("HKD");
    await updateCustomer(db, id, rev, { currency: "jpy" });
    expect((await db.customers.get(id))?.currency).toBe("JPY");
  });

  it("an old customer stored without one is still read in the default currency, also after an edit", async () => {
    const db = freshDb();
    const id = await db.customers.add({ rev: 1, updatedAt: "2026-01-01T00:00:00Z", code: "C-OLD", name: "Old", creditLimitMinor: 500_00 });
    await updateCustomer(db, id, 1, { phone: "010-12345" });
    const stored = (await db.customers.get(id))!;
    expect(stored.currency).toBeUndefined();
    expect(creditCurrencyOf(stored, "CNY")).toBe("CNY");
    expect(creditCurrencyOf(stored, "USD")).toBe("USD");
  });

  it("utilisation counts only the contracts in the saved currency after the default changes", async () => {
    const db = freshDb();
    // Limit USD 1,000.00; contracts USD 400.00 and CNY 900.00, all open (due in 2027).
    const id = await createCustomer(db, { code: "C-US", name: "Pacific", currency: "USD", creditLimitMinor: 1_000_00 });
    const plan = (amountMinor: number) => [{ dueDate: "2027-01-31", amountMinor }];
    await createContract(db, contractDraft(id, { code: "HT-U", currency: "USD", amountMinor: 400_00 }), plan(400_00));
    await createContract(db, contractDraft(id, { code: "HT-C", currency: "CNY", amountMinor: 900_00 }), plan(900_00));
    const position = creditPositions(await loadSnapshot(db), serialFromIso("2026-11-27")!, "CNY").get(id)!;
    expect([position.currency, position.outstanding, position.limit, position.utilisation]).toEqual(["USD", 400_00, 1_000_00, 0.4]);
  });
});

describe("a collection target's currency", () => {
  /** Owner Li: a CNY contract with CNY 300.00 and a USD contract with USD 50.00 received in 2026-03. */
  async function ledgerWithReceipts(db: LedgerDb): Promise<void> {
    const customerId = await createCustomer(db, { code: "C-1", name: "One" });
    const plan = [{ dueDate: "2026-03-31", amountMinor: 1_000_00 }];
    const cny = await createContract(db, contractDraft(customerId, { code: "HT-CNY", currency: "CNY", amountMinor: 1_000_00, owner: "Li" }), plan);
    const usd = await createContract(db, contractDraft(customerId, { code: "HT-USD", currency: "USD", amountMinor: 1_000_00, owner: "Li" }), plan);
    await recordReceipt(db, { contractId: cny, date: "2026-03-10", amountMinor: 300_00, method: "transfer" });
    await recordReceipt(db, { contractId: usd, date: "2026-03-12", amountMinor: 50_00, method: "transfer" });
  }

  async function dashboardTargets(db: LedgerDb, view: string, defaultCurrency: string) {
    const s = await loadSnapshot(db);
    const legacyCurrency = targetsCurrencyOf(ledgerCurrencies(s, serialFromIso("2026-03-31")!), defaultCurrency);
    return targetsVsCollected(s, "2026-03", view, legacyCurrency);
  }

  it("saved while the default is CNY stays CNY after the default changes to USD, and applies only to CNY collections", async () => {
    const db = freshDb();
    await ledgerWithReceipts(db);
    await setTarget(db, { owner: "Li", period: "2026-03", targetMinor: 600_00 });
    await useDefault(db, "USD");
    expect((await listTargets(db, "2026-03")).map((t) => [t.owner, t.currency])).toEqual([["Li", "CNY"]]);
    expect(await dashboardTargets(db, "CNY", "USD")).toEqual([{ owner: "Li", target: 600_00, collected: 300_00, achieved: 0.5 }]);
    expect(await dashboardTargets(db, "USD", "USD")).toEqual([{ owner: "Li", target: 0, collected: 50_00, achieved: undefined }]);
  });

  it("in a chosen currency is stored upper case and applies only to collections in it", async () => {
    const db = freshDb();
    await ledgerWithReceipts(db);
    await setTarget(db, { owner: "Li", period: "2026-03", targetMinor: 200_00, currency: "usd" });
    expect((await listTargets(db)).map((t) => t.currency)).toEqual(["USD"]);
    expect(await dashboardTargets(db, "USD", "CNY")).toEqual([{ owner: "Li", target: 200_00, collected: 50_00, achieved: 0.25 }]);
    expect(await dashboardTargets(db, "CNY", "CNY")).toEqual([{ owner: "Li", target: 0, collected: 300_00, achieved: undefined }]);
  });

  it("a bad currency code is refused in both languages and nothing is written", async () => {
    const db = freshDb();
    const e = await refusal(setTarget(db, { owner: "Li", period: "2026-03", targetMinor: 1, currency: "人民币" }));
    expect(e.en).toBe('currency: unknown value "人民币"; valid values are ISO 4217 (CNY, USD, EUR…).');
    expect(e.zh).toBe('currency：未知取值 "人民币"；可用取值为 ISO 4217 (CNY, USD, EUR…)。');
    expect(await db.targets.count()).toBe(0);
  });

  it("changing the target the page opened keeps its currency unless one is given", async () => {
    const db = freshDb();
    const first = await setTarget(db, { owner: "Li", period: "2026-Q1", targetMinor: 100_00, currency: "EUR" });
    await useDefault(db, "USD");
    const second = await setTarget(db, { owner: "Li", period: "2026-Q1", targetMinor: 150_00 }, { id: first.id, rev: first.rev });
    expect((await listTargets(db)).map((t) => [t.targetMinor, t.currency])).toEqual([[150_00, "EUR"]]);
    await setTarget(db, { owner: "Li", period: "2026-Q1", targetMinor: 150_00, currency: "GBP" }, { id: first.id, rev: second.rev });
    expect((await listTargets(db)).map((t) => [t.id, t.targetMinor, t.currency])).toEqual([[first.id, 150_00, "GBP"]]);
  });

  it("an owner can have a target in each currency for one period, each applying only to its own collections", async () => {
    const db = freshDb();
    await ledgerWithReceipts(db);
    await setTarget(db, { owner: "Li", period: "2026-03", targetMinor: 600_00, currency: "CNY" });
    await setTarget(db, { owner: "Li", period: "2026-03", targetMinor: 100_00, currency: "USD" });
    expect((await listTargets(db, "2026-03")).map((t) => [t.currency, t.targetMinor]).sort()).toEqual([["CNY", 600_00], ["USD", 100_00]]);
    expect(await dashboardTargets(db, "CNY", "CNY")).toEqual([{ owner: "Li", target: 600_00, collected: 300_00, achieved: 0.5 }]);
    expect(await dashboardTargets(db, "USD", "CNY")).toEqual([{ owner: "Li", target: 100_00, collected: 50_00, achieved: 0.5 }]);
    // The same owner, period and currency again is the stored target: without its rev, stale.
    await expect(setTarget(db, { owner: "Li", period: "2026-03", targetMinor: 1, currency: "usd" })).rejects.toBeInstanceOf(StaleEditError);
  });

  it("moving an opened target onto another owner's, period's and currency's existing target is refused in both languages", async () => {
    const db = freshDb();
    const cny = await setTarget(db, { owner: "Li", period: "2026-03", targetMinor: 600_00, currency: "CNY" });
    await setTarget(db, { owner: "Li", period: "2026-03", targetMinor: 100_00, currency: "USD" });
    const e = await refusal(setTarget(db, { owner: "Li", period: "2026-03", targetMinor: 600_00, currency: "USD" }, { id: cny.id, rev: cny.rev }));
    expect(e.en).toBe("Li already has a USD target for 2026-03; change that one instead.");
    expect(e.zh).toBe("Li 在 2026-03 已有 USD 目标，请修改那一条。");
    expect((await listTargets(db)).map((t) => [t.currency, t.targetMinor, t.rev]).sort()).toEqual([["CNY", 600_00, 1], ["USD", 100_00, 1]]);
  });

  it("changing an opened target that another pane deleted since says it is not there, and writes nothing", async () => {
    const db = freshDb();
    const t = await setTarget(db, { owner: "Li", period: "2026-03", targetMinor: 600_00, currency: "CNY" });
    await db.targets.delete(t.id);
    expect(await codeOf(setTarget(db, { owner: "Li", period: "2026-03", targetMinor: 700_00, currency: "CNY" }, { id: t.id, rev: t.rev }))).toBe("recordNotFound");
    expect(await db.targets.count()).toBe(0);
  });

  it("changing an opened target that another pane changed since is refused as stale", async () => {
    const db = freshDb();
    const t = await setTarget(db, { owner: "Li", period: "2026-03", targetMinor: 600_00, currency: "CNY" });
    await setTarget(db, { owner: "Li", period: "2026-03", targetMinor: 650_00, currency: "CNY" }, t.rev);
    const e = await setTarget(db, { owner: "Li", period: "2026-03", targetMinor: 700_00, currency: "USD" }, { id: t.id, rev: t.rev }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(StaleEditError);
    expect((e as StaleEditError).messageIn("en")).toBe("Li 2026-03 CNY was changed in another pane since you opened it (revision 1, now 2); reload it and try again.");
    expect((await listTargets(db)).map((x) => [x.currency, x.targetMinor])).toEqual([["CNY", 650_00]]);
  });
});
