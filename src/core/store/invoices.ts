import { ArInputError, inputError, isArInputError } from "../errors";
import type { InvoiceDraft } from "../ledger/drafts";
import { validateInvoice } from "../ledger/validateRecords";
import { contractMoney } from "./contractMoney";
import { openContract } from "./contracts";
import type { LedgerDb } from "./db";
import { fresh, readForUpdate } from "./revision";
import type { Invoice } from "./types";

/**
 * Record an invoice. Its number is unique; its installment, when given, belongs to the same
 * contract; all invoices of a contract together never exceed the contract amount (tax included).
 */
export async function recordInvoice(db: LedgerDb, draft: InvoiceDraft): Promise<number> {
  let d: InvoiceDraft;
  try {
    d = validateInvoice(draft);
  } catch (e) {
    throw await taxInContractMoney(db, draft, e);
  }
  return db.transaction("rw", [db.contracts, db.installments, db.invoices], async () => {
    const contract = await openContract(db, d.contractId);
    if (await db.invoices.where("number").equals(d.number).first()) inputError("duplicateCode", { arg: "number", got: d.number });
    if (d.installmentId !== undefined) {
      const inst = await db.installments.get(d.installmentId);
      if (!inst || inst.contractId !== d.contractId) inputError("notInContract", { arg: "installment", got: d.installmentId, code: contract.code });
    }
    const invoiced = (await db.invoices.where("contractId").equals(d.contractId).toArray()).reduce((s, i) => s + i.amountMinor, 0);
    if (invoiced + d.amountMinor > contract.amountMinor) {
      // Amounts as the pane shows money: the contract's currency code and digits, grouped (CNY 1,100,000.00).
      inputError("overInvoiced", { code: contract.code, total: contractMoney(contract, invoiced + d.amountMinor), amount: contractMoney(contract, contract.amountMinor) });
    }
    return db.invoices.add(fresh(d) as Invoice);
  });
}

/**
 * validateInvoice's "tax must not exceed the amount" as money of the invoice's contract (JPY 300,000,
 * CNY 1,000,000.00): it knows no currency and gives the amounts as hundredths. Any other error as it is.
 */
async function taxInContractMoney(db: LedgerDb, draft: InvoiceDraft, e: unknown): Promise<unknown> {
  if (!isArInputError(e) || e.code !== "mustNotExceed" || e.params.arg !== "tax") return e;
  const contract = typeof draft.contractId === "number" ? await db.contracts.get(draft.contractId) : undefined;
  if (!contract) return e;
  return new ArInputError(e.code, { ...e.params, limit: contractMoney(contract, draft.amountMinor), got: contractMoney(contract, draft.taxMinor ?? 0) }, e.kind);
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
