import { inputError } from "../errors";
import { sumMinor } from "../money";
import { contractMoney } from "./contractMoney";
import type { InstallmentDraft } from "../ledger/drafts";
import { milestoneDueDate } from "../ledger/planPreview";
import { validateInstallments } from "../ledger/validateRecords";
import type { LedgerDb } from "./db";
import { fresh, timestamp } from "./revision";
import type { Contract, Installment } from "./types";

/**
 * Write one plan version with its installments, inside the caller's transaction. The rows must add
 * up to the contract amount (a plan is always the whole contract, so versions compare); a row on a
 * milestone trigger takes its due date from that milestone (actual date, else planned, plus the
 * offset), and the milestone must belong to the same contract.
 */
export async function writePlanVersion(
  db: LedgerDb,
  contract: Contract,
  drafts: readonly InstallmentDraft[],
  version: number,
  reason?: string,
): Promise<number> {
  const rows = validateInstallments(drafts);
  const total = sumMinor(rows.map((r) => r.amountMinor));
  if (total !== contract.amountMinor) {
    inputError("planTotalMismatch", { arg: "installments", total: contractMoney(contract, total), amount: contractMoney(contract, contract.amountMinor) });
  }
  for (const r of rows) {
    if (r.trigger?.kind !== "milestone") continue;
    const m = await db.milestones.get(r.trigger.milestoneId);
    if (!m || m.contractId !== contract.id) inputError("notInContract", { arg: "milestone", got: r.trigger.milestoneId, code: contract.code });
    r.dueDate = milestoneDueDate(m, r.trigger.offsetDays);
  }
  const planId = await db.plans.add(fresh({ contractId: contract.id!, version, active: 1 as const, reason, createdAt: timestamp() }));
  const installments: Installment[] = rows.map((r, i) =>
    fresh({
      planId,
      contractId: contract.id!,
      seq: i + 1,
      dueDate: r.dueDate,
      amountMinor: r.amountMinor,
      trigger: r.trigger ?? { kind: "date" as const },
      ...(r.owner ? { owner: r.owner } : {}),
    }),
  );
  await db.installments.bulkAdd(installments);
  return planId;
}
