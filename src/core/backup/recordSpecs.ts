import type { LedgerTableName } from "../store/db";

/**
 * What every record of every table must look like, checked before a restore writes anything.
 * Field kinds mirror store/types.ts. Fields not listed are accepted (a later release may add
 * optional fields within one schema version), listed ones are checked strictly.
 */
export type FieldKind =
  | "id" | "ref" | "int" | "number" | "minor" | "text" | "iso" | "timestamp" | "flag" | "json"
  | "penalty" | "trigger" | "numberRecord" | { oneOf: readonly string[] };

export interface FieldSpec {
  kind: FieldKind;
  optional?: boolean;
}

const f = (kind: FieldKind, optional = false): FieldSpec => ({ kind, optional });
const opt = (kind: FieldKind): FieldSpec => f(kind, true);

const VERSIONED = { id: f("id"), rev: f("int"), updatedAt: f("timestamp") };

export const RECORD_SPECS: Record<LedgerTableName, Record<string, FieldSpec>> = {
  customers: {
    ...VERSIONED, code: f("text"), name: f("text"), contact: opt("text"), phone: opt("text"), email: opt("text"),
    owner: opt("text"), creditLimitMinor: opt("minor"), currency: opt("text"), notes: opt("text"),
  },
  contracts: {
    ...VERSIONED, code: f("text"), customerId: f("ref"), title: f("text"), amountMinor: f("minor"), currency: f("text"),
    signDate: f("iso"), terms: f("text"), owner: f("text"), status: f({ oneOf: ["draft", "active", "closed", "disputed"] }),
    penalty: f("penalty"), notes: opt("text"),
    // The close record (types.ts Contract): only on a contract closed since it was kept.
    writtenOffMinor: opt("minor"), closedDate: opt("iso"), statusBeforeClose: opt({ oneOf: ["draft", "active", "disputed"] }),
  },
  milestones: { ...VERSIONED, contractId: f("ref"), name: f("text"), plannedDate: f("iso"), actualDate: opt("iso"), percentComplete: f("number") },
  plans: { ...VERSIONED, contractId: f("ref"), version: f("int"), active: f("flag"), reason: opt("text"), createdAt: f("timestamp") },
  installments: {
    ...VERSIONED, planId: f("ref"), contractId: f("ref"), seq: f("int"), dueDate: f("iso"), amountMinor: f("minor"),
    trigger: f("trigger"), owner: opt("text"),
  },
  invoices: { ...VERSIONED, number: f("text"), contractId: f("ref"), installmentId: opt("ref"), date: f("iso"), amountMinor: f("minor"), taxMinor: f("minor") },
  receipts: {
    ...VERSIONED, contractId: f("ref"), date: f("iso"), amountMinor: f("minor"),
    method: f({ oneOf: ["transfer", "acceptance", "cash", "check", "other"] }), reference: opt("text"),
  },
  allocations: { id: f("id"), receiptId: f("ref"), installmentId: f("ref"), contractId: f("ref"), amountMinor: f("minor") },
  assessments: {
    ...VERSIONED, customerId: f("ref"), date: f("iso"), assessor: f("text"), inputs: f("numberRecord"), score: f("number"),
    grade: f("text"), limitMinor: f("minor"), prepaymentShare: f("number"), cycleDays: f("number"),
    currency: opt("text"),
  },
  reminders: {
    ...VERSIONED, contractId: f("ref"), installmentId: opt("ref"), date: f("iso"),
    channel: f({ oneOf: ["phone", "email", "letter", "visit", "legal"] }), contact: f("text"), outcome: f("text"),
    promiseDate: opt("iso"), promiseAmountMinor: opt("minor"), nextActionDate: opt("iso"), owner: f("text"), stage: opt("int"), stageKey: opt("text"),
  },
  targets: { ...VERSIONED, owner: f("text"), period: f("text"), targetMinor: f("minor") },
  settings: { key: f("text"), value: f("json") },
};

/** References checked after every record is valid: field → the table it points into. */
export const REFERENCES: Partial<Record<LedgerTableName, Record<string, LedgerTableName>>> = {
  contracts: { customerId: "customers" },
  milestones: { contractId: "contracts" },
  plans: { contractId: "contracts" },
  installments: { planId: "plans", contractId: "contracts" },
  invoices: { contractId: "contracts", installmentId: "installments" },
  receipts: { contractId: "contracts" },
  allocations: { receiptId: "receipts", installmentId: "installments", contractId: "contracts" },
  assessments: { customerId: "customers" },
  reminders: { contractId: "contracts", installmentId: "installments" },
};

/** Unique keys besides the primary key, as the Dexie schema declares them (&code, &number, &[owner+period+currency]). */
export const UNIQUE_KEYS: Partial<Record<LedgerTableName, readonly (readonly string[])[]>> = {
  customers: [["code"]],
  contracts: [["code"]],
  invoices: [["number"]],
  targets: [["owner", "period", "currency"]],
};
