import { indexLedger } from "./ledgerIndex";
import type { LedgerSnapshot } from "./snapshot";

/**
 * The part of a ledger the Today queue can ever look at, whatever the day, horizon, policy or
 * owner: the open installments of active plans on live contracts (not draft, not closed), with
 * what those contracts and their customers need — the partial payments on those installments,
 * milestones, reminders, the latest credit assessment, and receipts where a promise to pay is
 * recorded. It does not depend on the day, so it can be saved and reused until the ledger changes
 * (core/store/openItemsView). `todayQueue(openItemsOf(s), day, opts)` equals `todayQueue(s, day,
 * opts)` for every day and options: a property test holds that. On a mature ledger most
 * installments are paid, so this is a fraction of the whole.
 */
export function openItemsOf(s: LedgerSnapshot): LedgerSnapshot {
  const index = indexLedger(s);
  const installments = s.installments.filter((inst) => {
    if (!index.activePlanIds.has(inst.planId)) return false;
    const contract = index.contractById.get(inst.contractId);
    if (!contract || contract.status === "closed" || contract.status === "draft") return false;
    return inst.amountMinor - (index.allocatedByInstallment.get(inst.id!) ?? 0) > 0;
  });
  const contractIds = new Set(installments.map((i) => i.contractId));
  const planIds = new Set(installments.map((i) => i.planId));
  const installmentIds = new Set(installments.map((i) => i.id!));
  const triggerIds = new Set(installments.flatMap((i) => (i.trigger.kind === "milestone" ? [i.trigger.milestoneId] : [])));
  const contracts = s.contracts.filter((c) => contractIds.has(c.id!));
  const customerIds = new Set(contracts.map((c) => c.customerId));
  const reminders = s.reminders.filter((r) => contractIds.has(r.contractId));
  const promised = new Set(reminders.filter((r) => r.promiseDate).map((r) => r.contractId));
  return {
    customers: s.customers.filter((c) => customerIds.has(c.id!)),
    contracts,
    milestones: s.milestones.filter((m) => contractIds.has(m.contractId) || triggerIds.has(m.id!)),
    plans: s.plans.filter((p) => planIds.has(p.id!)),
    installments,
    invoices: [],
    receipts: s.receipts.filter((r) => promised.has(r.contractId)),
    allocations: s.allocations.filter((a) => installmentIds.has(a.installmentId)),
    assessments: [...index.latestAssessment.values()].filter((a) => customerIds.has(a.customerId)),
    reminders,
    targets: [],
  };
}
