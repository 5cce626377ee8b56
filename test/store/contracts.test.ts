import { closeContract, createContract, getContractByCode, listContracts, updateContract } from "../../src/core/store/contracts";
import { recordReceipt } from "../../src/core/store/receipts";
import { StaleEditError } from "../../src/core/store/revision";
import { codeOf, contractDraft, freshDb, seedContract, seedCustomer } from "./fixtures";

describe("createContract", () => {
  it("writes the contract, plan version 1 and the installments its terms give", async () => {
    const db = freshDb();
    const customerId = await seedCustomer(db);
    // 100,000.00 signed 2026-01-15 on "30%@0d; 70%@30d": 30,000.00 at signing, 70,000.00 30 days later (2026-02-14).
    const id = await createContract(db, contractDraft(customerId));
    const plans = await db.plans.where("contractId").equals(id).toArray();
    expect(plans.map((p) => [p.version, p.active])).toEqual([[1, 1]]);
    const rows = (await db.installments.where("planId").equals(plans[0].id!).toArray()).sort((a, b) => a.seq - b.seq);
    expect(rows.map((r) => [r.seq, r.dueDate, r.amountMinor])).toEqual([
      [1, "2026-01-15", 30_000_00],
      [2, "2026-02-14", 70_000_00],
    ]);
    expect((await getContractByCode(db, "HT-2026-001"))?.status).toBe("active");
  });

  it.each(["ht-2026-001", " HT-2026-001 ", "ＨＴ－２０２６－００１"])(
    "refuses a contract whose code %p reads as another contract's code (case, spaces, full-width), naming the stored one",
    async (code) => {
      const db = freshDb();
      const customerId = await seedCustomer(db);
      await createContract(db, contractDraft(customerId));
      const refusal = await createContract(db, contractDraft(customerId, { code })).catch((e: unknown) => e);
      expect(refusal).toMatchObject({ code: "duplicateCode" });
      expect(String((refusal as Error).message)).toContain("HT-2026-001");
      expect(await db.contracts.count()).toBe(1);
    },
  );

  it("lets a contract take another spelling of its own code, and refuses one another contract's code reads as", async () => {
    const db = freshDb();
    const customerId = await seedCustomer(db);
    const a = await createContract(db, contractDraft(customerId));
    const b = await createContract(db, contractDraft(customerId, { code: "HT-2026-002" }));
    const revA = (await db.contracts.get(a))!.rev;
    await updateContract(db, a, revA, { code: "ht-2026-001" });
    expect((await db.contracts.get(a))!.code).toBe("ht-2026-001");
    const revB = (await db.contracts.get(b))!.rev;
    expect(await codeOf(updateContract(db, b, revB, { code: "HT-2026-001" }))).toBe("duplicateCode");
    expect((await db.contracts.get(b))!.code).toBe("HT-2026-002");
  });

  it("refuses a second contract with the same code and writes nothing for it", async () => {
    const db = freshDb();
    const customerId = await seedCustomer(db);
    await createContract(db, contractDraft(customerId));
    expect(await codeOf(createContract(db, contractDraft(customerId, { amountMinor: 5_00, terms: "100%@0d" })))).toBe("duplicateCode");
    expect(await db.contracts.count()).toBe(1);
    expect(await db.plans.count()).toBe(1);
  });

  it("refuses a plan that does not add up to the contract amount, leaving no contract behind", async () => {
    const db = freshDb();
    const customerId = await seedCustomer(db);
    const rows = [{ dueDate: "2026-02-01", amountMinor: 40_00 }, { dueDate: "2026-03-01", amountMinor: 50_00 }];
    expect(await codeOf(createContract(db, contractDraft(customerId, { amountMinor: 100_00 }), rows))).toBe("planTotalMismatch");
    expect(await db.contracts.count()).toBe(0);
    expect(await db.installments.count()).toBe(0);
  });

  it("validates fields before writing: non-positive amount, bad date, unknown customer", async () => {
    const db = freshDb();
    const customerId = await seedCustomer(db);
    expect(await codeOf(createContract(db, contractDraft(customerId, { amountMinor: 0 })))).toBe("mustBePositive");
    expect(await codeOf(createContract(db, contractDraft(customerId, { signDate: "2026-02-30" })))).toBe("notADate");
    expect(await codeOf(createContract(db, contractDraft(customerId + 99)))).toBe("recordNotFound");
    expect(await db.contracts.count()).toBe(0);
  });
});

describe("updateContract and closeContract", () => {
  it("refuses an edit made from a stale revision", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const rev = await updateContract(db, contractId, 1, { owner: "Wang" });
    expect(rev).toBe(2);
    await expect(updateContract(db, contractId, 1, { owner: "Zhao" })).rejects.toBeInstanceOf(StaleEditError);
    expect((await db.contracts.get(contractId))?.owner).toBe("Wang");
  });

  it("refuses an amount that no longer matches the active plan", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    expect(await codeOf(updateContract(db, contractId, 1, { amountMinor: 400_00 }))).toBe("planTotalMismatch");
  });

  it("refuses to close a contract with money open unless written off", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    await recordReceipt(db, { contractId, date: "2026-02-01", amountMinor: 250_00, method: "transfer" });
    expect(await codeOf(closeContract(db, contractId, 1))).toBe("contractHasOpen");
    expect(await codeOf(updateContract(db, contractId, 1, { status: "closed" }))).toBe("contractHasOpen");
    expect(await closeContract(db, contractId, 1, { writeOff: true })).toBe(2);
    expect(await codeOf(recordReceipt(db, { contractId, date: "2026-03-01", amountMinor: 50_00, method: "cash" }))).toBe("contractClosed");
  });

  it("lists contracts by filter, sorted by code", async () => {
    const db = freshDb();
    const customerId = await seedCustomer(db);
    await createContract(db, contractDraft(customerId, { code: "HT-B", owner: "Wang" }));
    await createContract(db, contractDraft(customerId, { code: "HT-A", owner: "Li" }));
    await createContract(db, contractDraft(customerId, { code: "HT-C", owner: "Li", title: "Warehouse" }));
    expect((await listContracts(db, { owner: "Li" })).map((c) => c.code)).toEqual(["HT-A", "HT-C"]);
    expect((await listContracts(db, { search: "wareh" })).map((c) => c.code)).toEqual(["HT-C"]);
  });
});
