import { inputError } from "../errors";
import type { InstallmentDraft } from "../ledger/drafts";
import { positiveMinor, wholeBetween } from "../ledger/fieldChecks";
import { milestoneDueDate, requireRestartFromSign } from "../ledger/planPreview";
import { checkShares } from "../schedule";
import { parseTranches } from "../terms/tranches";
import type { LedgerDb } from "./db";
import { byCollectionOrder } from "../ledger/installmentState";
import { requireAmountCoversInvoices } from "./contractMoney";
import { writePlanVersion } from "./planWrite";
import { reallocateActivePlan } from "./reallocate";
import { bumped, mustExist, readForUpdate, StaleEditError } from "./revision";
import type { Contract, Installment, InstallmentTrigger, PaymentPlan } from "./types";

export { generatePlanPreview, renegotiationPreview } from "../ledger/planPreview";

export interface PlanVersion {
  readonly plan: PaymentPlan;
  /** In collection order. */
  readonly installments: Installment[];
  /** installmentId → received on it while this version was active (kept as history once replaced). */
  readonly received: ReadonlyMap<number, number>;
}

/** Every plan version of a contract, newest first; the active one has `plan.active === 1`. */
export async function planVersions(db: LedgerDb, contractId: number): Promise<PlanVersion[]> {
  return db.transaction("r", [db.plans, db.installments, db.allocations], async () => {
    const plans = await db.plans.where("contractId").equals(contractId).toArray();
    const rows = await db.installments.where("contractId").equals(contractId).toArray();
    const received = new Map<number, number>();
    for (const a of await db.allocations.where("contractId").equals(contractId).toArray()) {
      received.set(a.installmentId, (received.get(a.installmentId) ?? 0) + a.amountMinor);
    }
    return plans
      .sort((a, b) => b.version - a.version)
      .map((plan) => {
        const installments = rows.filter((r) => r.planId === plan.id).sort(byCollectionOrder);
        return { plan, installments, received: new Map(installments.map((i) => [i.id!, received.get(i.id!) ?? 0])) };
      });
  });
}

export async function activePlan(db: LedgerDb, contractId: number): Promise<PlanVersion | undefined> {
  return (await planVersions(db, contractId)).find((v) => v.plan.active === 1);
}

export interface ReplacePlanOptions {
  /**
   * The active plan the page showed (id and rev): if another pane replaced it since, refuse. Leave
   * it out only for a contract that has no active plan yet (its first plan, e.g. after an import).
   */
  replacing?: { planId: number; rev: number };
  reason?: string;
  /** A renegotiated contract amount; the contract is updated in the same transaction. */
  amountMinor?: number;
  /**
   * The date the new terms are scheduled from (the renegotiation's restart date): refused before
   * the contract's sign date (core/ledger/planPreview requireRestartFromSign), as the page's
   * preview refuses it.
   */
  restartDate?: string;
  /**
   * The renegotiated payment terms text ("50%@0d; 50%@30d"): it becomes the contract's terms in
   * the same transaction, so the contract shows the terms its active plan follows (and the next
   * renegotiation starts from them), not the ones the first version was generated from. The terms
   * must read (shares adding up to 100%).
   */
  terms?: string;
}

/**
 * Renegotiate: save `rows` as a new active plan version, all or nothing. The old version is kept,
 * inactive, with its installments and its allocations as history. Every receipt of the contract is
 * then applied again, oldest first, to the new installments in allocation order, so nothing
 * received is lost or counted twice; what the new plan cannot absorb stays on account. Rows built
 * by renegotiationPreview put the settled parts first in that order (none dated after the restart
 * date), so the receipts settle exactly those rows again and the new rows are open for the rest
 * (less any on-account credit, which goes to them oldest first). The rows must add up to the
 * contract amount (or to `amountMinor`, which becomes the contract amount); `terms` becomes the
 * contract's terms; a `restartDate` before the sign date is refused. Returns the new plan id.
 */
export async function savePlanVersion(db: LedgerDb, contractId: number, rows: readonly InstallmentDraft[], opts: ReplacePlanOptions): Promise<number> {
  const tables = [db.contracts, db.plans, db.installments, db.milestones, db.receipts, db.allocations, db.invoices];
  const terms = opts.terms === undefined ? undefined : readTerms(opts.terms);
  return db.transaction("rw", tables, async () => {
    let contract = await mustExist(db.contracts, contractId);
    if (contract.status === "closed") inputError("contractClosed", { code: contract.code });
    const current = await db.plans.where("[contractId+active]").equals([contractId, 1]).first();
    const expected = opts.replacing;
    if (current?.id !== expected?.planId || current?.rev !== expected?.rev) {
      // Named by the contract's code alone (the message is rendered in either language), with the
      // plan version the page showed and the one now active (a new plan starts again at rev 1, so
      // revs would read "revision 1, now 1").
      const shown = expected ? await db.plans.get(expected.planId) : undefined;
      const [was, now] = shown && current && shown.version !== current.version ? [shown.version, current.version] : [expected?.rev ?? 0, current?.rev ?? 0];
      throw new StaleEditError(contract.code, was, now);
    }
    if (opts.restartDate !== undefined) requireRestartFromSign(opts.restartDate, contract.signDate);
    const changes: Partial<Contract> = {};
    if (opts.amountMinor !== undefined && opts.amountMinor !== contract.amountMinor) {
      // A lower amount must still cover what was invoiced: invoices never exceed the contract.
      await requireAmountCoversInvoices(db, contract, positiveMinor(opts.amountMinor, "amount"));
      changes.amountMinor = positiveMinor(opts.amountMinor, "amount");
    }
    if (terms !== undefined && terms !== contract.terms) changes.terms = terms;
    if (Object.keys(changes).length > 0) {
      contract = bumped(contract, changes);
      await db.contracts.put(contract);
    }
    const versions = await db.plans.where("contractId").equals(contractId).toArray();
    const version = Math.max(0, ...versions.map((p) => p.version)) + 1;
    if (current) await db.plans.put(bumped(current, { active: 0 }));
    const planId = await writePlanVersion(db, contract, rows, version, opts.reason);
    await reallocateActivePlan(db, contractId);
    return planId;
  });
}

/** Terms text as the contract keeps it: trimmed, and only when it reads (shares adding up to 100%). */
function readTerms(text: string): string {
  const trimmed = text.trim();
  checkShares(parseTranches(trimmed, "terms").map((t) => t.share), "terms");
  return trimmed;
}

/**
 * Change who chases an installment or what triggers it, without a new plan version (amounts and
 * dates are renegotiated with savePlanVersion). A milestone trigger re-dates the installment from
 * its milestone (and, as the oldest-first order may change, re-applies the receipts). Returns the
 * new rev.
 */
export async function updateInstallment(
  db: LedgerDb,
  id: number,
  expectedRev: number,
  patch: { owner?: string | null; trigger?: InstallmentTrigger },
): Promise<number> {
  const tables = [db.installments, db.milestones, db.contracts, db.plans, db.receipts, db.allocations];
  return db.transaction("rw", tables, async () => {
    // Named as the page shows it: the contract's code and the row's number ("HT-2026-001 #2").
    const stored = await readForUpdate(db.installments, id, expectedRev, async (r) => `${(await db.contracts.get(r.contractId))?.code ?? ""} #${r.seq}`.trim());
    // A row of a plan version another pane has since replaced is history: an edit made to it would
    // be saved where nobody reads it (the new version's rows would not have it), so it is refused
    // as stale, as replacing that plan would be.
    const plan = await mustExist(db.plans, stored.planId);
    if (plan.active !== 1) {
      const active = await db.plans.where("[contractId+active]").equals([stored.contractId, 1]).first();
      const contract = await mustExist(db.contracts, stored.contractId);
      throw new StaleEditError(contract.code, plan.version, active?.version ?? plan.version);
    }
    const changes: Partial<Installment> = {};
    if (patch.owner !== undefined) changes.owner = patch.owner?.trim() || undefined;
    if (patch.trigger?.kind === "date") changes.trigger = { kind: "date" };
    if (patch.trigger?.kind === "milestone") {
      const m = await db.milestones.get(patch.trigger.milestoneId);
      const contract = await mustExist(db.contracts, stored.contractId);
      if (!m || m.contractId !== stored.contractId) inputError("notInContract", { arg: "milestone", got: patch.trigger.milestoneId, code: contract.code });
      const offsetDays = wholeBetween(patch.trigger.offsetDays ?? 0, "offsetDays", 0, 3650);
      changes.trigger = { kind: "milestone", milestoneId: m.id!, offsetDays };
      changes.dueDate = milestoneDueDate(m, offsetDays);
    }
    const next = bumped(stored, changes);
    await db.installments.put(next);
    // A new due date, or a trigger that makes the row wait for a milestone (or stop waiting), can
    // change the order receipts are applied in.
    const trigger = (i: Installment) => (i.trigger.kind === "milestone" ? `m${i.trigger.milestoneId}` : "date");
    if (next.dueDate !== stored.dueDate || trigger(next) !== trigger(stored)) await reallocateActivePlan(db, stored.contractId);
    return next.rev;
  });
}
