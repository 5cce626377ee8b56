/**
 * Browser-test seeding, installed only when the pane is opened with `?testhooks` in its URL:
 * `window.__huikuan.seed(fixture)` (customers, contracts with plans, invoices, receipts, targets, reminders) and `window.__huikuan.addReceipt(code, date, amountMinor)`
 * write through the same store repositories the pages use (validation, plan versions, receipt
 * allocation included), so tests can build a ledger before the Contracts page exists.
 */
import type { ContractDraft, CustomerDraft, InstallmentDraft } from "../../core/ledger/drafts";
import { createContract, getContractByCode } from "../../core/store/contracts";
import { createCustomer } from "../../core/store/customers";
import { recordInvoice } from "../../core/store/invoices";
import { recordReceipt } from "../../core/store/receipts";
import { logReminder } from "../../core/store/reminders";
import type { Channel } from "../../core/store/types";
import { setTarget } from "../../core/store/targets";
import { getLedger } from "../app/ledger";

export interface SeedFixture {
  customers: CustomerDraft[];
  contracts: (Omit<ContractDraft, "customerId"> & { customerCode: string; plan?: InstallmentDraft[] })[];
  invoices?: { contractCode: string; number: string; date: string; amountMinor: number; taxMinor?: number }[];
  receipts?: { contractCode: string; date: string; amountMinor: number }[];
  /** Without a currency, a target is saved in the settings' default currency (core/store/targets setTarget). */
  targets?: { owner: string; period: string; targetMinor: number; currency?: string }[];
  reminders?: {
    contractCode: string; date: string; channel: Channel; contact: string; outcome?: string; owner: string;
    promiseDate?: string; promiseAmountMinor?: number; nextActionDate?: string;
  }[];
}

async function contractId(code: string): Promise<number> {
  const c = await getContractByCode(getLedger(), code);
  if (!c) throw new Error(`no contract ${code}`);
  return c.id!;
}

async function addReceipt(contractCode: string, date: string, amountMinor: number): Promise<void> {
  await recordReceipt(getLedger(), { contractId: await contractId(contractCode), date, amountMinor, method: "transfer" });
}

async function seed(f: SeedFixture): Promise<void> {
  const db = getLedger();
  const customerIds = new Map<string, number>();
  for (const c of f.customers) customerIds.set(c.code, await createCustomer(db, c));
  for (const { customerCode, plan, ...contract } of f.contracts) {
    await createContract(db, { ...contract, customerId: customerIds.get(customerCode)! }, plan);
  }
  for (const i of f.invoices ?? []) {
    await recordInvoice(db, { number: i.number, contractId: await contractId(i.contractCode), date: i.date, amountMinor: i.amountMinor, taxMinor: i.taxMinor ?? 0 });
  }
  for (const r of f.receipts ?? []) await addReceipt(r.contractCode, r.date, r.amountMinor);
  for (const t of f.targets ?? []) await setTarget(db, t);
  for (const { contractCode, ...r } of f.reminders ?? []) {
    await logReminder(db, { ...r, outcome: r.outcome ?? "", contractId: await contractId(contractCode) });
  }
}

export function installTestHooks(): void {
  const w = window as unknown as { __huikuan?: Record<string, unknown> };
  w.__huikuan = { ...(w.__huikuan ?? {}), seed, addReceipt };
}
