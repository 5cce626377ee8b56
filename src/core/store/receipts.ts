import type { Minor } from "../money";
import type { ReceiptDraft } from "../ledger/drafts";
import { allocateReceipt } from "../ledger/receiptAllocation";
import { validateReceipt } from "../ledger/validateRecords";
import { openContract } from "./contracts";
import type { LedgerDb } from "./db";
import { activePlanInstallments, allocationOf, byReceiptOrder, reallocateActivePlan } from "./reallocate";
import { fresh, readForUpdate } from "./revision";
import type { Allocation, Receipt } from "./types";

export interface RecordedReceipt {
  readonly receiptId: number;
  readonly allocations: readonly { installmentId: number; amountMinor: Minor }[];
  /** The part no open installment could take, kept on the receipt as an on-account credit. */
  readonly onAccountMinor: Minor;
}

/**
 * Record a receipt and allocate it, all or nothing: the oldest open installment of the active plan
 * is settled first, none gets more than its open amount, and the remainder stays on account (it is
 * applied when a later plan version opens installments). The allocation is computed inside the
 * write transaction from the stored allocations, so two panes recording at once never over-allocate.
 */
export async function recordReceipt(db: LedgerDb, draft: ReceiptDraft): Promise<RecordedReceipt> {
  const d = validateReceipt(draft);
  return db.transaction("rw", [db.contracts, db.plans, db.installments, db.milestones, db.receipts, db.allocations], async () => {
    await openContract(db, d.contractId);
    const installments = await activePlanInstallments(db, d.contractId);
    const allocated = new Map<number, Minor>();
    for (const a of await db.allocations.where("contractId").equals(d.contractId).toArray()) {
      allocated.set(a.installmentId, (allocated.get(a.installmentId) ?? 0) + a.amountMinor);
    }
    const openInOrder = installments
      .map((i) => ({ installmentId: i.id!, open: i.amountMinor - (allocated.get(i.id!) ?? 0) }))
      .filter((o) => o.open > 0);
    const plan = allocateReceipt(openInOrder, d.amountMinor);
    const receipt = fresh(d) as Receipt;
    receipt.id = await db.receipts.add(receipt);
    // One add per part, so a failure part-way aborts the whole transaction (tests force one).
    for (const part of plan.parts) await db.allocations.add(allocationOf(receipt, part.installmentId, part.amount));
    return {
      receiptId: receipt.id,
      allocations: plan.parts.map((p) => ({ installmentId: p.installmentId, amountMinor: p.amount })),
      onAccountMinor: plan.onAccount,
    };
  });
}

/**
 * Delete a mistaken receipt: its allocations go with it and the contract's other receipts are
 * applied again, oldest first, so an on-account credit fills what the deleted one had settled.
 */
export async function deleteReceipt(db: LedgerDb, id: number, expectedRev: number): Promise<void> {
  await db.transaction("rw", [db.contracts, db.plans, db.installments, db.milestones, db.receipts, db.allocations], async () => {
    // Named by its contract's code and its date ("HT-2026-001 2026-03-31").
    const stored = await readForUpdate(db.receipts, id, expectedRev, async (r) => `${(await db.contracts.get(r.contractId))?.code ?? ""} ${r.date}`.trim());
    // Deleting a receipt opens money again; a closed contract would hold it out of every queue and
    // total unseen, so it is refused there as a new receipt is (reopen the contract first).
    await openContract(db, stored.contractId);
    await db.allocations.where("receiptId").equals(id).delete();
    await db.receipts.delete(id);
    await reallocateActivePlan(db, stored.contractId);
  });
}

export interface ReceiptWithAllocations {
  readonly receipt: Receipt;
  /** Allocations to the active plan (older versions' allocations are their history). */
  readonly allocations: Allocation[];
  readonly onAccountMinor: Minor;
}

/** A contract's receipts, oldest first, with how each was applied. */
export async function listReceipts(db: LedgerDb, contractId: number): Promise<ReceiptWithAllocations[]> {
  return db.transaction("r", [db.plans, db.installments, db.milestones, db.receipts, db.allocations], async () => {
    const active = new Set((await activePlanInstallments(db, contractId)).map((i) => i.id!));
    const allocations = (await db.allocations.where("contractId").equals(contractId).toArray()).filter((a) => active.has(a.installmentId));
    const receipts = (await db.receipts.where("contractId").equals(contractId).toArray()).sort(byReceiptOrder);
    return receipts.map((receipt) => {
      const mine = allocations.filter((a) => a.receiptId === receipt.id);
      return { receipt, allocations: mine, onAccountMinor: receipt.amountMinor - mine.reduce((s, a) => s + a.amountMinor, 0) };
    });
  });
}
