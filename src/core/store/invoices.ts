import { inputError } from "../errors";
import type { InvoiceDraft } from "../ledger/drafts";
import { validateInvoice } from "../ledger/validateRecords";
import { contractUnits } from "./contractMoney";
import { openContract } from "./contracts";
import type { LedgerDb } from "./db";
import { fresh, readForUpdate } from "./revision";
import type { Invoice } from "./types";

/**
 * Record an invoice. Its number is unique; its installment, when given, belongs to the same
 * contract; all invoices of a contract together never exceed the contract amount (tax included).
 */
export async function recordInvoice(db: LedgerDb, draft: InvoiceDraft): Promise<number> {
  const d = validateInvoice(draft);
  return db.transaction("rw", [db.contracts, db.installments, db.invoices], async () => {
    const contract = await openContract(db, d.contractId);
    if (await db.invoices.where("number").equals(d.number).first()) inputError("duplicateCode", { arg: "number", got: d.number });
    if (d.installmentId !== undefined) {
      const inst = await db.installments.get(d.installmentId);
      if (!inst || inst.contractId !== d.contractId) inputError("notInContract", { arg: "installment", got: d.installmentId, code: contract.code });
    }
    const invoiced = (await db.invoices.where("contractId").equals(d.contractId).toArray()).reduce((s, i) => s + i.amountMinor, 0);
    if (invoiced + d.amountMinor > contract.amountMinor) {
      inputError("overInvoiced", { code: contract.code, total: contractUnits(contract, invoiced + d.amountMinor), amount: contractUnits(contract, contract.amountMinor) });
    }
    return db.invoices.add(fresh(d) as Invoice);
  });
}

/** Cancel an invoice entered by mistake. */
export async function deleteInvoice(db: LedgerDb, id: number, expectedRev: number): Promise<void> {
  await db.transaction("rw", [db.contracts, db.invoices], async () => {
    const stored = await readForUpdate(db.invoices, id, expectedRev);
    // A closed contract's records are final, as for receipts: reopen it first.
    await openContract(db, stored.contractId);
    await db.invoices.delete(id);
  });
}

/** A contract's invoices by date. */
export async function listInvoices(db: LedgerDb, contractId: number): Promise<Invoice[]> {
  const rows = await db.invoices.where("contractId").equals(contractId).toArray();
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id! - b.id!));
}
