import type { Minor } from "../money";
import { inAllocationOrder } from "../ledger/installmentState";
import { allocateReceipt } from "../ledger/receiptAllocation";
import type { LedgerDb } from "./db";
import type { Allocation, Installment, Receipt } from "./types";

/**
 * A contract's active-plan installments in the order receipts are applied (payable ones oldest due
 * first, then those waiting for a milestone: core/ledger/installmentState inAllocationOrder). Call
 * inside a transaction over plans, installments and milestones.
 */
export async function activePlanInstallments(db: LedgerDb, contractId: number): Promise<Installment[]> {
  const plan = await db.plans.where("[contractId+active]").equals([contractId, 1]).first();
  if (!plan) return [];
  const rows = await db.installments.where("planId").equals(plan.id!).toArray();
  return inAllocationOrder(rows, await db.milestones.where("contractId").equals(contractId).toArray());
}

/** Receipts in the order they are applied: receipt date, then entry order. */
export function byReceiptOrder(a: Receipt, b: Receipt): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id! - b.id!;
}

/**
 * Re-apply every receipt of a contract to its active plan, oldest receipt first, in allocation order
 * (payable installments oldest first, then those waiting for a milestone).
 * Allocations to the active plan are replaced; allocations to older plan versions stay as their
 * history. Because receipts fill installments first in, first out, the open amounts depend only on
 * what was received, never on the order of entry. Must run inside the caller's rw transaction over
 * plans, installments, milestones, receipts and allocations, so it is all or nothing with the change that
 * required it.
 */
export async function reallocateActivePlan(db: LedgerDb, contractId: number): Promise<void> {
  const installments = await activePlanInstallments(db, contractId);
  const activeIds = new Set(installments.map((i) => i.id!));
  const existing = await db.allocations.where("contractId").equals(contractId).toArray();
  await db.allocations.bulkDelete(existing.filter((a) => activeIds.has(a.installmentId)).map((a) => a.id!));
  const receipts = (await db.receipts.where("contractId").equals(contractId).toArray()).sort(byReceiptOrder);
  const open = new Map<number, Minor>(installments.map((i) => [i.id!, i.amountMinor]));
  for (const r of receipts) {
    const openInOrder = installments.filter((i) => open.get(i.id!)! > 0).map((i) => ({ installmentId: i.id!, open: open.get(i.id!)! }));
    if (openInOrder.length === 0) break; // the rest stays on account
    for (const part of allocateReceipt(openInOrder, r.amountMinor).parts) {
      await db.allocations.add(allocationOf(r, part.installmentId, part.amount));
      open.set(part.installmentId, open.get(part.installmentId)! - part.amount);
    }
  }
}

export function allocationOf(r: Receipt, installmentId: number, amountMinor: Minor): Allocation {
  return { receiptId: r.id!, installmentId, contractId: r.contractId, amountMinor };
}
