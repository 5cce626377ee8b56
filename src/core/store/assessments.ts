import type { AssessmentDraft } from "../ledger/drafts";
import { validateAssessment } from "../ledger/validateRecords";
import type { LedgerDb } from "./db";
import { bumped, fresh, mustExist } from "./revision";
import type { CreditAssessment } from "./types";

export { assessmentFromInputs } from "../ledger/assessment";

/**
 * Save a credit assessment and re-rate the customer in the same transaction: the customer's credit
 * limit becomes the assessed limit. Earlier assessments are kept (the page shows them over time).
 * An assessment dated before the customer's latest one (history entered afterwards) is kept too,
 * but does not re-rate: the limit stays the latest assessment's, as the grade shown does
 * (the latest by date, then the last saved: core/ledger/ledgerIndex latestAssessment).
 */
export async function saveAssessment(db: LedgerDb, draft: AssessmentDraft): Promise<number> {
  const d = validateAssessment(draft);
  return db.transaction("rw", [db.customers, db.assessments], async () => {
    const customer = await mustExist(db.customers, d.customerId);
    const later = await db.assessments.where("customerId").equals(d.customerId).filter((a) => a.date > d.date).count();
    const id = await db.assessments.add(fresh(d) as CreditAssessment);
    if (later === 0) await db.customers.put(bumped(customer, { creditLimitMinor: d.limitMinor }));
    return id;
  });
}

/** A customer's assessments, newest first. */
export async function listAssessments(db: LedgerDb, customerId: number): Promise<CreditAssessment[]> {
  const rows = await db.assessments.where("customerId").equals(customerId).toArray();
  return rows.sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : b.id! - a.id!));
}
