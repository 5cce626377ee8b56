import Dexie, { type Table } from "dexie";
import type {
  Allocation, CollectionTarget, Contract, CreditAssessment, Customer, Installment, Invoice, Milestone,
  PaymentPlan, Receipt, Reminder, SettingRecord,
} from "./types";
import { ledgerStampMiddleware } from "./ledgerStamp";

export const DEFAULT_DB_NAME = "huikuan-ledger";

/**
 * The ledger database. Each schema version is declared once and never edited afterwards: a new
 * version adds a `.version(n)` with its upgrade, so an older ledger migrates with nothing lost.
 */
export class LedgerDb extends Dexie {
  customers!: Table<Customer, number>;
  contracts!: Table<Contract, number>;
  milestones!: Table<Milestone, number>;
  plans!: Table<PaymentPlan, number>;
  installments!: Table<Installment, number>;
  invoices!: Table<Invoice, number>;
  receipts!: Table<Receipt, number>;
  allocations!: Table<Allocation, number>;
  assessments!: Table<CreditAssessment, number>;
  reminders!: Table<Reminder, number>;
  targets!: Table<CollectionTarget, number>;
  settings!: Table<SettingRecord, string>;
  /** Derived records (change stamp, saved views): rebuildable, not part of backups. */
  meta!: Table<MetaRecord, string>;

  constructor(name: string = DEFAULT_DB_NAME) {
    super(name);
    this.version(1).stores({
      customers: "++id, &code, name",
      contracts: "++id, &code, customerId, status, owner",
      milestones: "++id, contractId",
      plans: "++id, contractId, [contractId+version], [contractId+active]",
      installments: "++id, planId, contractId, dueDate",
      invoices: "++id, &number, contractId, installmentId",
      receipts: "++id, contractId, date",
      allocations: "++id, receiptId, installmentId, contractId",
      assessments: "++id, customerId, [customerId+date]",
      reminders: "++id, contractId, installmentId, date, nextActionDate, owner",
      targets: "++id, &[owner+period]",
      settings: "&key",
    });
    // v2: the meta table (change stamp, saved open-items view: core/store/openItemsView), and three
    // indexes no query used dropped (about a tenth of an import's write time). No record changes.
    this.version(2).stores({
      installments: "++id, planId, contractId",
      receipts: "++id, contractId",
      allocations: "++id, receiptId, contractId",
      meta: "&key",
    });
    this.use(ledgerStampMiddleware);
  }
}

/** A derived record in the meta table: the change stamp, or a saved view with the stamp it was built at. */
export interface MetaRecord {
  key: string;
  value?: unknown;
}

/** Every table name, for backup, restore and snapshot. */
export const LEDGER_TABLES = [
  "customers", "contracts", "milestones", "plans", "installments", "invoices", "receipts",
  "allocations", "assessments", "reminders", "targets", "settings",
] as const;
export type LedgerTableName = (typeof LEDGER_TABLES)[number];
