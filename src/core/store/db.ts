import Dexie, { type Table } from "dexie";
import type {
  Allocation, CollectionTarget, Contract, CreditAssessment, Customer, Installment, Invoice, Milestone,
  PaymentPlan, Receipt, Reminder, SettingRecord,
} from "./types";
import { ledgerStampMiddleware } from "./ledgerStamp";
import { legacyTargetCurrency } from "../ledger/currencyScope";
import { settingsFromRecords } from "./settings";

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
    // v3: a collection target is one per owner, period and currency (an owner can have a CNY and a
    // USD target for one month). A target stored without a currency was read in the default
    // currency (or the contracts' only one); the upgrade writes that currency into it, so the
    // unique index covers every target.
    this.version(3)
      .stores({ targets: "++id, &[owner+period+currency]" })
      .upgrade(async (tx) => {
        const defaultCode = settingsFromRecords(await tx.table<SettingRecord, string>("settings").toArray()).values.defaultCurrency.code;
        const code = legacyTargetCurrency(await tx.table<Contract, number>("contracts").toArray(), defaultCode);
        await tx.table<CollectionTarget, number>("targets").toCollection().modify((t) => {
          if (!t.currency?.trim()) t.currency = code;
        });
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
