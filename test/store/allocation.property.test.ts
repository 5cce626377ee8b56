import fc from "fast-check";
import { activePlan, savePlanVersion } from "../../src/core/store/plans";
import { listReceipts, recordReceipt } from "../../src/core/store/receipts";
import { allocatedByInstallment, freshDb, seedContract } from "./fixtures";

const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-03-${String(d).padStart(2, "0")}`);
const plan = fc.array(fc.record({ dueDate: day, amountMinor: fc.integer({ min: 1, max: 10_000 }) }), { minLength: 1, maxLength: 5 });
const receipts = fc.array(fc.record({ date: day, amountMinor: fc.integer({ min: 1, max: 15_000 }) }), { maxLength: 5 });

/** The allocation invariants, checked against what is stored. */
async function expectConsistent(db: ReturnType<typeof freshDb>, contractId: number): Promise<void> {
  const active = (await activePlan(db, contractId))!;
  const allocated = await allocatedByInstallment(db);
  const total = active.installments.reduce((s, i) => s + i.amountMinor, 0);
  let allocatedTotal = 0;
  let open = 0;
  for (const inst of active.installments) {
    const a = allocated.get(inst.id!) ?? 0;
    expect(a).toBeLessThanOrEqual(inst.amountMinor); // never over-allocated
    allocatedTotal += a;
    open += inst.amountMinor - a;
  }
  expect(open + allocatedTotal).toBe(total);
  const listed = await listReceipts(db, contractId);
  let received = 0;
  for (const r of listed) {
    expect(r.onAccountMinor).toBeGreaterThanOrEqual(0);
    expect(r.allocations.reduce((s, a) => s + a.amountMinor, 0) + r.onAccountMinor).toBe(r.receipt.amountMinor);
    received += r.receipt.amountMinor;
  }
  // Everything received is applied until the plan is settled; only the excess stays on account.
  expect(allocatedTotal).toBe(Math.min(total, received));
}

describe("receipt allocation invariants (property)", () => {
  it("never over-allocates, and open + allocated = plan total, for any plan and receipts", async () => {
    await fc.assert(
      fc.asyncProperty(plan, receipts, async (rows, paid) => {
        const db = freshDb();
        const { contractId } = await seedContract(db, rows);
        for (const r of paid) await recordReceipt(db, { contractId, ...r, method: "transfer" });
        await expectConsistent(db, contractId);
        db.close();
      }),
      { numRuns: 25 },
    );
  });

  it("still holds after a renegotiated plan version re-applies the receipts", async () => {
    await fc.assert(
      fc.asyncProperty(plan, receipts, fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 4 }), async (rows, paid, weights) => {
        const db = freshDb();
        const { contractId } = await seedContract(db, rows);
        for (const r of paid) await recordReceipt(db, { contractId, ...r, method: "transfer" });
        const total = rows.reduce((s, r) => s + r.amountMinor, 0);
        // New rows in proportion to the weights, the last one taking the remainder so they add up.
        const sumW = weights.reduce((s, w) => s + w, 0);
        const parts = weights.map((w) => Math.floor((total * w) / sumW));
        parts[parts.length - 1] += total - parts.reduce((s, p) => s + p, 0);
        const newRows = parts.map((amountMinor, i) => ({ dueDate: `2026-0${4 + i}-15`, amountMinor })).filter((r) => r.amountMinor > 0);
        const v1 = (await activePlan(db, contractId))!;
        await savePlanVersion(db, contractId, newRows, { replacing: { planId: v1.plan.id!, rev: v1.plan.rev } });
        await expectConsistent(db, contractId);
        db.close();
      }),
      { numRuns: 20 },
    );
  });
});
