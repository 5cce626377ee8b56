import type { Day } from "../../../core/dates";
import { contractLedger, contractSummaries, type ContractSummary } from "../../../core/ledger/contractSummary";
import { byCollectionOrder, installmentState, type InstallmentState } from "../../../core/ledger/installmentState";
import { indexLedger } from "../../../core/ledger/ledgerIndex";
import { milestoneSlippage, type MilestoneSlippage } from "../../../core/ledger/slippage";
import type { LedgerSnapshot } from "../../../core/ledger/snapshot";
import { byReceiptOrder } from "../../../core/store/reallocate";
import type { Contract, Customer, Installment, Invoice, Milestone, PaymentPlan, Receipt } from "../../../core/store/types";
import type { ContractsStrings } from "./strings";

export interface VersionView {
  readonly plan: PaymentPlan;
  readonly rows: readonly { inst: Installment; state: InstallmentState }[];
}

export interface ReceiptView {
  readonly receipt: Receipt;
  /** How the receipt is applied to the active plan. */
  readonly parts: readonly { seq: number; amountMinor: number }[];
  readonly onAccountMinor: number;
}

export interface ContractView {
  readonly contract: Contract;
  readonly customer: Customer | undefined;
  readonly summary: ContractSummary;
  /** Newest first; the active one has plan.active === 1. */
  readonly versions: readonly VersionView[];
  readonly active: VersionView | undefined;
  readonly milestones: readonly { milestone: Milestone; slip: MilestoneSlippage }[];
  readonly invoices: readonly Invoice[];
  readonly receipts: readonly ReceiptView[];
}

/** One contract's detail from the live ledger; every figure comes from core's ledger queries. */
export function contractViewFrom(s: LedgerSnapshot, contractId: number, asOf: Day): ContractView | undefined {
  const contract = s.contracts.find((c) => c.id === contractId);
  if (!contract) return undefined;
  // Everything below reads this contract's records only: its part of the ledger is indexed, not
  // the whole of it.
  const own = contractLedger(s, contractId);
  const summary = contractSummaries(own, asOf).get(contractId);
  if (!summary) return undefined;
  const index = indexLedger(own);
  const installments = own.installments;
  const versions = s.plans
    .filter((p) => p.contractId === contractId)
    .sort((a, b) => b.version - a.version)
    .map((plan) => ({
      plan,
      rows: installments.filter((i) => i.planId === plan.id).sort(byCollectionOrder).map((inst) => ({ inst, state: installmentState(inst, index, asOf) })),
    }));
  const active = versions.find((v) => v.plan.active === 1);
  const seqOf = new Map((active?.rows ?? []).map((r) => [r.inst.id!, r.inst.seq]));
  const allocations = own.allocations.filter((a) => a.contractId === contractId && seqOf.has(a.installmentId));
  const receipts = [...own.receipts]
    .sort(byReceiptOrder)
    .map((receipt) => {
      const parts = allocations.filter((a) => a.receiptId === receipt.id).map((a) => ({ seq: seqOf.get(a.installmentId)!, amountMinor: a.amountMinor }));
      return { receipt, parts, onAccountMinor: receipt.amountMinor - parts.reduce((t, p) => t + p.amountMinor, 0) };
    });
  const milestones = s.milestones
    .filter((m) => m.contractId === contractId)
    .sort((a, b) => (a.plannedDate < b.plannedDate ? -1 : a.plannedDate > b.plannedDate ? 1 : a.id! - b.id!))
    .map((milestone) => ({ milestone, slip: milestoneSlippage(milestone, asOf) }));
  const invoices = [...own.invoices].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id! - b.id!));
  return { contract, customer: index.customerById.get(contract.customerId), summary, versions, active, milestones, invoices, receipts };
}

/** Parts of a line joined by " · ", the empty ones left out: an untitled contract reads "Zhang Min", not "· Zhang Min". */
export function joinParts(...parts: readonly (string | undefined)[]): string {
  return parts.map((p) => p?.trim()).filter(Boolean).join(" · ");
}

/** The detail's line under its header: "Title · Owner: Zhang Min · Active · Sign date 2026-03-15", without an empty title. */
export function contractSummaryLine(c: Pick<Contract, "title" | "owner" | "status" | "signDate">, s: ContractsStrings): string {
  return joinParts(c.title, `${s.owner}: ${c.owner}`, s[`status.${c.status}`], `${s.signDate} ${c.signDate}`);
}
