import { addMilestone, deleteMilestone, listMilestones, updateMilestone } from "../../src/core/store/milestones";
import { updateInstallment } from "../../src/core/store/plans";
import { recordReceipt } from "../../src/core/store/receipts";
import { allocatedByInstallment, codeOf, freshDb, seedContract } from "./fixtures";

describe("milestones and the installments they trigger", () => {
  it("dates a triggered installment from the milestone's plan, then from its actual date, plus the offset", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const acceptance = await addMilestone(db, { contractId, name: "Acceptance", plannedDate: "2026-03-01", percentComplete: 0 });
    const [, , mar] = (await db.installments.where("contractId").equals(contractId).sortBy("seq"));
    await updateInstallment(db, mar.id!, mar.rev, { trigger: { kind: "milestone", milestoneId: acceptance, offsetDays: 30 } });
    expect((await db.installments.get(mar.id!))?.dueDate).toBe("2026-03-31"); // planned 03-01 + 30 days
    await updateMilestone(db, acceptance, 1, { actualDate: "2026-04-10", percentComplete: 100 });
    expect((await db.installments.get(mar.id!))?.dueDate).toBe("2026-05-10"); // actual 04-10 + 30 days
    expect((await listMilestones(db, contractId)).map((m) => [m.name, m.actualDate, m.percentComplete])).toEqual([["Acceptance", "2026-04-10", 100]]);
    // It cannot be deleted while the installment is due on it.
    expect(await codeOf(deleteMilestone(db, acceptance, 2))).toBe("milestoneInUse");
    const spare = await addMilestone(db, { contractId, name: "Spare", plannedDate: "2026-05-01", percentComplete: 0 });
    await deleteMilestone(db, spare, 1);
    expect((await listMilestones(db, contractId)).map((m) => m.name)).toEqual(["Acceptance"]);
  });

  it("re-applies receipts oldest first when a milestone moves an installment ahead of another", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db); // Jan, Feb, Mar, 100.00 each
    const m = await addMilestone(db, { contractId, name: "Delivery", plannedDate: "2026-06-01", percentComplete: 0 });
    const [jan, feb] = await db.installments.where("contractId").equals(contractId).sortBy("seq");
    await updateInstallment(db, jan.id!, jan.rev, { trigger: { kind: "milestone", milestoneId: m, offsetDays: 0 } }); // Jan moves to June
    await recordReceipt(db, { contractId, date: "2026-02-15", amountMinor: 100_00, method: "transfer" });
    expect((await allocatedByInstallment(db)).get(feb.id!)).toBe(100_00); // Feb is now the oldest
    await updateMilestone(db, m, 1, { actualDate: "2026-01-20" }); // delivered early: the June row becomes the oldest again
    const allocated = await allocatedByInstallment(db);
    expect([allocated.get(jan.id!), allocated.get(feb.id!) ?? 0]).toEqual([100_00, 0]);
  });

  it("applies a receipt to what is payable before a row still waiting for its milestone, even one planned earlier", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db); // Jan 31, Feb 28, Mar 31, 100.00 each
    const m = await addMilestone(db, { contractId, name: "Acceptance", plannedDate: "2026-01-05", percentComplete: 0 });
    const [jan, feb, mar] = await db.installments.where("contractId").equals(contractId).sortBy("seq");
    // March's step is due on acceptance, planned for 5 January: by date alone it is the oldest row.
    await updateInstallment(db, mar.id!, mar.rev, { trigger: { kind: "milestone", milestoneId: m, offsetDays: 0 } });
    expect((await db.installments.get(mar.id!))?.dueDate).toBe("2026-01-05");
    const paid = await recordReceipt(db, { contractId, date: "2026-02-01", amountMinor: 100_00, method: "transfer" });
    // The customer paid January's step, the one it could be asked for; acceptance is not reached.
    expect(paid.allocations).toEqual([{ installmentId: jan.id!, amountMinor: 100_00 }]);
    await recordReceipt(db, { contractId, date: "2026-03-01", amountMinor: 150_00, method: "transfer" });
    let allocated = await allocatedByInstallment(db);
    expect([jan, feb, mar].map((i) => allocated.get(i.id!) ?? 0)).toEqual([100_00, 100_00, 50_00]);
    // Acceptance is reached (3 January, recorded late): March's step is payable and the oldest, so
    // the receipts are applied again, oldest first, and February is what is left open.
    await updateMilestone(db, m, 1, { actualDate: "2026-01-03", percentComplete: 100 });
    allocated = await allocatedByInstallment(db);
    expect([mar, jan, feb].map((i) => allocated.get(i.id!) ?? 0)).toEqual([100_00, 100_00, 50_00]);
  });

  it("waits again when the milestone's actual date is taken back, and the receipts follow", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const m = await addMilestone(db, { contractId, name: "Delivery", plannedDate: "2026-01-10", actualDate: "2026-01-10", percentComplete: 100 });
    const [jan, , mar] = await db.installments.where("contractId").equals(contractId).sortBy("seq");
    await updateInstallment(db, mar.id!, mar.rev, { trigger: { kind: "milestone", milestoneId: m, offsetDays: 0 } });
    await recordReceipt(db, { contractId, date: "2026-02-01", amountMinor: 100_00, method: "transfer" });
    expect((await allocatedByInstallment(db)).get(mar.id!)).toBe(100_00); // reached: due 10 January, the oldest
    // Recorded by mistake: the date alone does not move (planned = actual), but the row waits again.
    await updateMilestone(db, m, 1, { actualDate: null, percentComplete: 90 });
    const allocated = await allocatedByInstallment(db);
    expect([allocated.get(jan.id!), allocated.get(mar.id!) ?? 0]).toEqual([100_00, 0]);
  });

  it("refuses a trigger on another contract's milestone and a completion above 100%", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const m = await addMilestone(db, { contractId, name: "Design", plannedDate: "2026-02-01", percentComplete: 0 });
    expect(await codeOf(updateMilestone(db, m, 1, { percentComplete: 120 }))).toBe("mustBeBetween");
    const foreign = await addMilestone(db, { contractId, name: "Install", plannedDate: "2026-02-01", percentComplete: 0 });
    const [first] = await db.installments.where("contractId").equals(contractId).sortBy("seq");
    await db.milestones.update(foreign, { contractId: contractId + 100 }); // as if it belonged to another contract
    expect(await codeOf(updateInstallment(db, first.id!, first.rev, { trigger: { kind: "milestone", milestoneId: foreign, offsetDays: 0 } }))).toBe("notInContract");
  });
});
