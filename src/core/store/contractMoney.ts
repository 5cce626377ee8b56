import { currencyDigits } from "../currencies";
import { inputError } from "../errors";
import { currencyCode } from "../ledger/currencyScope";
import { formatMoney } from "../moneyFormat";
import type { LedgerDb } from "./db";
import type { Contract } from "./types";

/** An amount of a contract as a message shows it: its currency code and that currency's digits (JPY 300,000). */
export function contractMoney(contract: Pick<Contract, "currency">, minor: number): string {
  const code = currencyCode(contract.currency);
  return formatMoney(minor, code, currencyDigits(code));
}

/**
 * Refuse a contract amount below what is already invoiced on it: invoices never exceed the
 * contract (recordInvoice), whichever way the amount is changed. Call inside a transaction.
 */
export async function requireAmountCoversInvoices(db: LedgerDb, contract: Contract, amountMinor: number): Promise<void> {
  const invoiced = (await db.invoices.where("contractId").equals(contract.id!).toArray()).reduce((s, i) => s + i.amountMinor, 0);
  if (invoiced > amountMinor) {
    inputError("overInvoiced", { code: contract.code, total: contractMoney(contract, invoiced), amount: contractMoney(contract, amountMinor) });
  }
}
