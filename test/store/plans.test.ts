import { activePlan, planVersions, renegotiationPreview, savePlanVersion } from "../../src/core/store/plans";
import { recordReceipt } from "../../src/core/store/receipts";
import { StaleEditError } from "../../src/core/store/revision";
import { allocatedByInstallment, codeOf, freshDb, seedContract } from "./fixtures";

describe("savePlanVersion (renegotiation)", () => {
  it("makes the new version active, keeps the old one inactive with its allocations, and re-applies the receipts", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db); // 3 × 100.00: Jan, Feb, Mar
    await recordReceipt(db, { contractId, date: "2026-02-01", amountMinor: 150_00, method: "transfer" });
    const v1 = (await activePlan(db, contractId))!;
    const oldAllocations = await db.allocations.count();

    // Keep the 150.00 received, spread the remaining 150.00 over two later months.
    const rows = [
      { dueDate: "2026-01-31", amountMinor: 150_00 },
      { dueDate: "2026-05-31", amountMinor: 75_00 },
      { dueDate: "2026-06-30", amountMinor: 75_00 },
    ];
    const planId = await savePlanVersion(db, contractId, rows, { replacing: { planId: v1.plan.id!, rev: v1.plan.rev }, reason: "customer cash-flow" });

    const versions = await planVersions(db, contractId);
    expect(versions.map((v) => [v.plan.version, v.plan.active])).toEqual([[2, 1], [1, 0]]);
    expect(versions[1].installments).toHaveLength(3); // the old plan is still there to show, with what it had received
    expect(versions[1].installments.map((i) => versions[1].received.get(i.id!))).toEqual([100_00, 50_00, 0]);
    const allocated = await allocatedByInstallment(db);
    const [settled, may, june] = versions[0].installments.map((i) => i.id!);
    expect([allocated.get(settled), allocated.get(may) ?? 0, allocated.get(june) ?? 0]).toEqual([150_00, 0, 0]);
    // The old version's allocations are kept as its history, in addition to the new ones.
    expect(await db.allocations.count()).toBe(oldAllocations + 1);
    expect(planId).toBe(versions[0].plan.id);
  });

  it("refuses to replace a plan another pane already replaced", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const v1 = (await activePlan(db, contractId))!;
    const rows = [{ dueDate: "2026-06-30", amountMinor: 300_00 }];
    await savePlanVersion(db, contractId, rows, { replacing: { planId: v1.plan.id!, rev: v1.plan.rev } });
    await expect(savePlanVersion(db, contractId, rows, { replacing: { planId: v1.plan.id!, rev: v1.plan.rev } })).rejects.toBeInstanceOf(StaleEditError);
    expect((await planVersions(db, contractId)).length).toBe(2);
  });

  it("changes the contract amount with the plan when the renegotiation says so, or refuses a plan that does not add up", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const v1 = (await activePlan(db, contractId))!;
    const rows = [{ dueDate: "2026-06-30", amountMinor: 280_00 }];
    const replacing = { planId: v1.plan.id!, rev: v1.plan.rev };
    expect(await codeOf(savePlanVersion(db, contractId, rows, { replacing }))).toBe("planTotalMismatch");
    expect((await planVersions(db, contractId)).map((v) => v.plan.active)).toEqual([1]); // nothing changed
    await savePlanVersion(db, contractId, rows, { replacing, amountMinor: 280_00 });
    expect((await db.contracts.get(contractId))?.amountMinor).toBe(280_00);
  });

  it("applies an on-account credit to the installments a new version opens", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    await recordReceipt(db, { contractId, date: "2026-01-31", amountMinor: 300_00, method: "transfer" });
    const v1 = (await activePlan(db, contractId))!;
    // The contract grows to 350.00; the 300.00 received settles the first two new installments.
    const rows = [{ dueDate: "2026-01-31", amountMinor: 200_00 }, { dueDate: "2026-02-28", amountMinor: 100_00 }, { dueDate: "2026-04-30", amountMinor: 50_00 }];
    await savePlanVersion(db, contractId, rows, { replacing: { planId: v1.plan.id!, rev: v1.plan.rev }, amountMinor: 350_00 });
    const v2 = (await activePlan(db, contractId))!;
    const allocated = await allocatedByInstallment(db);
    expect(v2.installments.map((i) => allocated.get(i.id!) ?? 0)).toEqual([200_00, 100_00, 0]);
  });
});

describe("a first plan for a contract that has none", () => {
  it("is saved as the next version without `replacing`, which an existing plan requires", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const rows = [{ dueDate: "2026-06-30", amountMinor: 300_00 }];
    await expect(savePlanVersion(db, contractId, rows, {})).rejects.toBeInstanceOf(StaleEditError);
    await db.plans.where("contractId").equals(contractId).modify({ active: 0 }); // as an import without a plan would leave it
    await savePlanVersion(db, contractId, rows, {});
    expect((await planVersions(db, contractId)).map((v) => [v.plan.version, v.plan.active])).toEqual([[2, 1], [1, 0]]);
  });
});

describe("renegotiationPreview", () => {
  it("keeps received parts at their old dates and schedules the rest by the new terms", () => {
    // Received 100.00 on Jan and 50.00 on Feb of a 300.00 contract; the rest, 150.00, in two halves 0 and 30 days after 2026-04-01.
    const rows = renegotiationPreview(
      [{ dueDate: "2026-01-31", receivedMinor: 100_00 }, { dueDate: "2026-02-28", receivedMinor: 50_00 }, { dueDate: "2026-03-31", receivedMinor: 0 }],
      300_00,
      "50%@0d; 50%@30d",
      "2026-04-01",
    );
    expect(rows.map((r) => [r.dueDate, r.amountMinor])).toEqual([
      ["2026-01-31", 100_00],
      ["2026-02-28", 50_00],
      ["2026-04-01", 75_00],
      ["2026-05-01", 75_00],
    ]);
  });
});
