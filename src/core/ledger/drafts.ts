import type {
  Channel, CollectionTarget, Contract, ContractStatus, CreditAssessment, Customer, InstallmentTrigger, Invoice,
  Milestone, PenaltyClause, Receipt, ReceiptMethod, Reminder, Versioned,
} from "../store/types";

/** What a page hands to a repository: the record without the fields the store maintains. */
export type Draft<T extends Versioned> = Omit<T, "id" | "rev" | "updatedAt">;

export type CustomerDraft = Draft<Customer>;
export type ContractDraft = Omit<Draft<Contract>, "status"> & { status?: ContractStatus };
export type MilestoneDraft = Draft<Milestone>;
export type InvoiceDraft = Draft<Invoice>;
export type ReceiptDraft = Draft<Receipt>;
export type ReminderDraft = Draft<Reminder>;
export type AssessmentDraft = Draft<CreditAssessment>;
export type TargetDraft = Draft<CollectionTarget>;

/** One row of a plan before it is saved; seq is given by position. */
export interface InstallmentDraft {
  dueDate: string;
  amountMinor: number;
  trigger?: InstallmentTrigger;
  owner?: string;
}

export const CONTRACT_STATUSES: readonly ContractStatus[] = ["draft", "active", "closed", "disputed"];
export const RECEIPT_METHODS: readonly ReceiptMethod[] = ["transfer", "acceptance", "cash", "check", "other"];
export const CHANNELS: readonly Channel[] = ["phone", "email", "letter", "visit", "legal"];
export const PENALTY_KINDS: readonly PenaltyClause["kind"][] = ["none", "interest", "daily"];
