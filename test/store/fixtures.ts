import { createContract } from "../../src/core/store/contracts";
import { createCustomer } from "../../src/core/store/customers";
import { LedgerDb } from "../../src/core/store/db";
import type { ContractDraft, InstallmentDraft } from "../../src/core/ledger/drafts";

let counter = 0;

/** A database of its own for each test (fake-indexeddb is shared by the whole file). */
export function freshDb(): LedgerDb {
  counter += 1;
  return new LedgerDb(`test-ledger-${process.pid}-${Date.now()}-${counter}`);
}

export async function seedCustomer(db: LedgerDb, code = "C-001", name = "Acme"): Promise<number> {
  return createCustomer(db, { code, name });
}

export function contractDraft(customerId: number, overrides: Partial<ContractDraft> = {}): ContractDraft {
  return {
    code: "HT-2026-001",
    customerId,
    title: "Plant upgrade",
    amountMinor: 100_000_00,
    currency: "CNY",
    signDate: "2026-01-15",
    terms: "30%@0d; 70%@30d",
    owner: "Li",
    penalty: { kind: "none" },
    ...overrides,
  };
}

/** A customer and a contract whose plan is `rows` (three installments of 100.00 by default). */
export async function seedContract(
  db: LedgerDb,
  rows: InstallmentDraft[] = [
    { dueDate: "2026-01-31", amountMinor: 100_00 },
    { dueDate: "2026-02-28", amountMinor: 100_00 },
    { dueDate: "2026-03-31", amountMinor: 100_00 },
  ],
  overrides: Partial<ContractDraft> = {},
): Promise<{ customerId: number; contractId: number }> {
  const customerId = await seedCustomer(db);
  const amountMinor = rows.reduce((s, r) => s + r.amountMinor, 0);
  const contractId = await createContract(db, contractDraft(customerId, { amountMinor, ...overrides }), rows);
  return { customerId, contractId };
}

/** Allocated amount per installment id, from the stored allocations. */
export async function allocatedByInstallment(db: LedgerDb): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  for (const a of await db.allocations.toArray()) out.set(a.installmentId, (out.get(a.installmentId) ?? 0) + a.amountMinor);
  return out;
}

/** The error a write was refused with; a write that was not refused fails the test. */
export async function refusalOf(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("the write was not refused");
}

/** The error code a write was refused with ("no error" when it was not). */
export async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
  return "no error";
}
