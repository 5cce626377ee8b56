import { creditCurrencyOf } from "../../src/core/ledger/currencyScope";
import { readSettings, saveSetting } from "../../src/core/store/settings";
import { freshDb, seedContract } from "./fixtures";

/** Records stored without a currency, as before they carried one (or as an old backup restores them). */
async function ledgerWithUnpinnedRecords() {
  const db = freshDb();
  const { customerId } = await seedContract(db); // a CNY contract
  await db.customers.update(customerId, { currency: undefined });
  await db.targets.add({ owner: "Li", period: "2026-03", targetMinor: 100_000, rev: 1, updatedAt: "" });
  return { db, customerId };
}

describe("changing the default currency", () => {
  it("first gives customers and targets stored without a currency the one they were read in, so a limit keeps its meaning", async () => {
    const { db, customerId } = await ledgerWithUnpinnedRecords();
    const before = await db.customers.get(customerId);
    expect(creditCurrencyOf(before, (await readSettings(db)).values.defaultCurrency.code)).toBe("CNY");
    await saveSetting(db, "defaultCurrency", { code: "USD", digits: 2 });
    const after = await db.customers.get(customerId);
    expect(after?.currency).toBe("CNY");
    expect(after?.rev).toBe(before!.rev + 1);
    expect(creditCurrencyOf(after, "USD")).toBe("CNY");
    expect((await db.targets.toArray()).map((t) => t.currency)).toEqual(["CNY"]);
    expect((await readSettings(db)).values.defaultCurrency.code).toBe("USD");
  });

  it("leaves records that have a currency, and saving the same default again changes nothing", async () => {
    const { db, customerId } = await ledgerWithUnpinnedRecords();
    await db.customers.update(customerId, { currency: "HKD" });
    const rev = (await db.customers.get(customerId))!.rev;
    await saveSetting(db, "defaultCurrency", { code: "CNY", digits: 2 });
    expect((await db.targets.toArray()).map((t) => t.currency)).toEqual([undefined]);
    await saveSetting(db, "defaultCurrency", { code: "EUR", digits: 2 });
    expect(await db.customers.get(customerId)).toMatchObject({ currency: "HKD", rev });
  });

  it("gives a target the ledger's only currency when every contract is in it, as it was read", async () => {
    const { db } = await ledgerWithUnpinnedRecords();
    await db.contracts.toCollection().modify({ currency: "JPY" });
    await saveSetting(db, "defaultCurrency", { code: "USD", digits: 2 });
    expect((await db.targets.toArray()).map((t) => t.currency)).toEqual(["JPY"]);
  });
});
