import { inputError } from "../errors";
import { creditCurrencyOf } from "../ledger/currencyScope";
import type { AssessmentDraft } from "../ledger/drafts";
import { validateAssessment } from "../ledger/validateRecords";
import type { LedgerDb } from "./db";
import { bumped, fresh, mustExist } from "./revision";
import { readSettings } from "./settings";
import type { CreditAssessment } from "./types";

export { assessmentFromInputs } from "../ledger/assessment";

/**
 * Save a credit assessment and re-rate the customer in the same transaction: the customer's credit
 * limit becomes the assessed limit. Earlier assessments are kept (the page shows them over time).
 * An assessment dated before the customer's latest one (history entered afterwards) is kept too,
 * but does not re-rate: the limit stays the latest assessment's, as the grade shown does
 * (the latest by date, then the last saved: core/ledger/ledgerIndex latestAssessment).
 * The assessment keeps the currency its limit is in: the customer's credit currency as it is when
 * saved (its own, else the settings' default), so changing that currency later does not change
 * what the history says an assessment's limit was. A draft that names the currency its limit was
 * typed in (the page's form does) is refused if the customer's is another one by now (changed in
 * another pane): the amount would be read in a currency it was not typed in.
 */
export async function saveAssessment(db: LedgerDb, draft: AssessmentDraft): Promise<number> {
  const d = validateAssessment(draft);
  return db.transaction("rw", [db.customers, db.assessments, db.settings], async () => {
    const customer = await mustExist(db.customers, d.customerId);
    const currency = creditCurrencyOf(customer, (await readSettings(db)).values.defaultCurrency.code);
    if (d.currency !== undefined && d.currency !== currency) inputError("otherCurrency", { arg: "standardLimit", currency, got: d.currency });
    const later = await db.assessments.where("customerId").equals(d.customerId).filter((a) => a.date > d.date).count();
    const id = await db.assessments.add(fresh({ ...d, currency }) as CreditAssessment);
    if (later === 0) await db.customers.put(bumped(customer, { creditLimitMinor: d.limitMinor }));
    return id;
  });
}

/** A customer's assessments, newest first. */
export async function listAssessments(db: LedgerDb, customerId: number): Promise<CreditAssessment[]> {
  const rows = await db.assessments.where("customerId").equals(customerId).toArray();
  return rows.sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : b.id! - a.id!));
}
