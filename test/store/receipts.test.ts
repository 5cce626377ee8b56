import { deleteReceipt, listReceipts, recordReceipt } from "../../src/core/store/receipts";
import { allocatedByInstallment, codeOf, freshDb, seedContract } from "./fixtures";

async function installmentIds(db: ReturnType<typeof freshDb>, contractId: number): Promise<number[]> {
  return (await db.installments.where("contractId").equals(contractId).toArray()).sort((a, b) => a.seq - b.seq).map((i) => i.id!);
}

describe("recordReceipt", () => {
  it("settles the oldest open installment first and never gives one more than it is owed", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db); // 100.00 due Jan, Feb, Mar
    const [jan, feb, mar] = await installmentIds(db, contractId);
    const first = await recordReceipt(db, { contractId, date: "2026-02-05", amountMinor: 150_00, method: "transfer" });
    expect(first.allocations).toEqual([{ installmentId: jan, amountMinor: 100_00 }, { installmentId: feb, amountMinor: 50_00 }]);
    expect(first.onAccountMinor).toBe(0);
    const second = await recordReceipt(db, { contractId, date: "2026-03-05", amountMinor: 100_00, method: "cash" });
    expect(second.allocations).toEqual([{ installmentId: feb, amountMinor: 50_00 }, { installmentId: mar, amountMinor: 50_00 }]);
    const allocated = await allocatedByInstallment(db);
    expect([allocated.get(jan), allocated.get(feb), allocated.get(mar)]).toEqual([100_00, 100_00, 50_00]);
  });

  it("keeps what no installment can take as an on-account credit", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const r = await recordReceipt(db, { contractId, date: "2026-01-31", amountMinor: 320_00, method: "transfer" });
    expect(r.allocations.reduce((s, a) => s + a.amountMinor, 0)).toBe(300_00);
    expect(r.onAccountMinor).toBe(20_00);
    const listed = await listReceipts(db, contractId);
    expect(listed.map((x) => x.onAccountMinor)).toEqual([20_00]);
  });

  it("writes nothing when an allocation fails part-way through the transaction", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const realAdd = db.allocations.add.bind(db.allocations);
    let calls = 0;
    const spy = jest.spyOn(db.allocations, "add").mockImplementation((item, key) => {
      calls += 1;
      if (calls === 2) throw new Error("disk full");
      return realAdd(item, key);
    });
    await expect(recordReceipt(db, { contractId, date: "2026-02-05", amountMinor: 150_00, method: "transfer" })).rejects.toThrow("disk full");
    spy.mockRestore();
    expect(calls).toBe(2); // the first allocation had been added before the failure
    expect(await db.receipts.count()).toBe(0);
    expect(await db.allocations.count()).toBe(0);
  });

  it("validates the receipt before writing anything", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    expect(await codeOf(recordReceipt(db, { contractId, date: "2026-02-05", amountMinor: -5, method: "transfer" }))).toBe("mustBePositive");
    expect(await codeOf(recordReceipt(db, { contractId, date: "05/02/2026", amountMinor: 5, method: "transfer" }))).toBe("notADate");
    expect(await codeOf(recordReceipt(db, { contractId, date: "2026-02-05", amountMinor: 5, method: "bitcoin" as never }))).toBe("unknownOption");
    expect(await db.receipts.count()).toBe(0);
  });
});

describe("deleteReceipt", () => {
  it("removes the receipt with its allocations and lets an on-account credit fill the gap", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const [jan, feb, mar] = await installmentIds(db, contractId);
    const a = await recordReceipt(db, { contractId, date: "2026-01-31", amountMinor: 100_00, method: "transfer" });
    await recordReceipt(db, { contractId, date: "2026-02-28", amountMinor: 250_00, method: "transfer" }); // 50.00 on account
    await deleteReceipt(db, a.receiptId, 1);
    const allocated = await allocatedByInstallment(db);
    // 250.00 now settles Jan and Feb and half of Mar; nothing is left on account.
    expect([allocated.get(jan), allocated.get(feb), allocated.get(mar)]).toEqual([100_00, 100_00, 50_00]);
    expect((await listReceipts(db, contractId)).map((x) => x.onAccountMinor)).toEqual([0]);
  });
});
