import { useMemo, useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Text } from "@fluentui/react-components";
import { STRENGTH_SCALES } from "../../../core/credit/scorecard";
import { isoFromSerial } from "../../../core/dates";
import type { CreditPosition } from "../../../core/ledger/customerCredit";
import { formatMoney } from "../../../core/moneyFormat";
import { saveAssessment } from "../../../core/store/assessments";
import type { CreditAssessment, Customer } from "../../../core/store/types";
import { getLedger } from "../../app/ledger";
import { digitsFor } from "../../ledger/currencyDigits";
import { useSettings } from "../../app/SettingsContext";
import { errorMessage } from "../../forms/fieldError";
import { amountText } from "../../forms/numberText";
import { problemText } from "../../forms/problems";
import { useFormState } from "../../forms/useFormState";
import { useUnsavedEdits } from "../../forms/unsavedGuard";
import { format } from "../../i18n/language";
import { useStrings } from "../../i18n/StringsContext";
import { type AssessmentField, type AssessmentFormValues, checkAssessmentForm, percentText, standardLimitOf } from "./assessmentForm";
import { useCustomersStyles } from "./Customers.styles";
import { argLabels, type CustomersStrings } from "./strings";
import { ZHelper } from "./ZHelper";

export interface AssessmentFormProps {
  readonly customer: Customer;
  /** The customer's assessments, newest first: the standard limit starts from them. */
  readonly history: readonly CreditAssessment[];
  readonly position: CreditPosition | undefined;
  /**
   * Overdue share and utilisation as the ledger measures them (core/ledger/customerCredit
   * ledgerScorecardInputs: written-off remainders count as overdue and outstanding).
   */
  readonly ledgerInputs: () => { overdueShare: number; utilisation: number };
  /** The customer's credit currency: the limit is typed and shown in it. */
  readonly currency: string;
  readonly s: CustomersStrings;
  readonly today: number;
  /** What to tell the user once saved. */
  readonly onSaved: (message: string) => void;
}

/**
 * A credit assessment: the scorecard inputs, scored as typed with the user's weights (Settings),
 * showing the grade, limit and suggested terms core gives before anything is saved. The limit is
 * in the customer's credit currency; the ledger fills overdue share and utilisation from that
 * currency's contracts only, a written-off remainder counted as overdue (core/ledger/customerCredit
 * ledgerScorecardInputs).
 */
export function AssessmentForm({ customer, history, position, ledgerInputs, currency: code, s, today, onSaved }: AssessmentFormProps) {
  const { lang } = useStrings();
  const styles = useCustomersStyles();
  const { settings } = useSettings();
  const digits = digitsFor(code, settings.defaultCurrency);
  const standard = standardLimitOf(history, customer.creditLimitMinor, code);
  const initial: AssessmentFormValues = {
    avgDaysLate: "", overdueShare: "", utilisation: "", relationshipYears: "", financialStrength: "", strengthScale: "rating",
    standardLimit: standard === undefined ? "" : amountText(standard, digits), assessor: "", date: isoFromSerial(today),
  };
  const form = useFormState<AssessmentField>(initial);
  const [failure, setFailure] = useState<string | undefined>();
  // What was typed, until saved: leaving the customer or the page asks first (forms/unsavedGuard).
  useUnsavedEdits(form.dirty, format(s.unsavedAssessment, { code: customer.code }));
  const check = useMemo(() => checkAssessmentForm(form.values, customer.id!, digits, settings.scorecardWeights, isoFromSerial(today)),
    [form.values, customer.id, digits, settings.scorecardWeights, today],
  );
  const labels = argLabels(s);
  // The amount example in the limit's digits: "1,234.56", or "1,234" for a currency without decimals (JPY).
  const texts = { ...s, "error.notAnAmount": format(s["error.notAnAmount"], { example: amountText(Math.floor(1234.56 * 10 ** digits), digits) }) };
  const fieldState = (f: AssessmentField) => form.fieldState(f, problemText(check.problems[f], texts, lang, labels));
  const input = (f: Exclude<AssessmentField, "strengthScale">, label: string, hint?: string, type?: "date") => (
    <Field label={label} hint={hint} required {...fieldState(f)}>
      <Input name={f} type={type} inputMode={type ? undefined : "decimal"} value={form.values[f]} onChange={(_, d) => form.set(f, d.value)} />
    </Field>
  );

  function fillFromLedger() {
    if (!position) return;
    const { overdueShare, utilisation } = ledgerInputs();
    form.set("overdueShare", percentText(overdueShare));
    form.set("utilisation", percentText(utilisation));
  }

  async function save() {
    form.setSubmitted(true);
    setFailure(undefined);
    if (!check.draft) return;
    // The limit was typed in the customer's credit currency as the form shows it: the assessment keeps it.
    const draft = { ...check.draft, currency: code };
    // An assessment dated before the latest one goes into the history without re-rating (core/store/assessments).
    const later = history.find((a) => a.date > draft.date);
    try {
      await saveAssessment(getLedger(), draft);
      onSaved(later
        ? format(s.assessmentSavedEarlier, { grade: draft.grade, date: draft.date, latestDate: later.date, latestGrade: later.grade })
        : format(s.assessmentSaved, { grade: draft.grade }));
      // The next assessment starts from the same standard limit and assessor.
      form.reset({ ...initial, standardLimit: form.values.standardLimit, assessor: form.values.assessor });
    } catch (e) {
      setFailure(format(s.saveFailed, { message: errorMessage(e, lang, labels) }));
    }
  }

  return (
    <form ref={form.formRef} className={styles.form} onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate data-testid="assessment-form">
      <Text weight="semibold">{s.assess}</Text>
      {failure && <MessageBar intent="error"><MessageBarBody>{failure}</MessageBarBody></MessageBar>}
      {form.submitted && !check.draft && <MessageBar intent="warning"><MessageBarBody>{s.fixErrors}</MessageBarBody></MessageBar>}
      <div><Button size="small" onClick={fillFromLedger} disabled={!position}>{s.fromLedger}</Button></div>
      {position && position.byCurrency.length > 1 && (
        <Text size={200} className={styles.muted} data-testid="from-ledger-note">{format(s.fromLedgerNote, { currency: code })}</Text>
      )}
      <div className={styles.pair}>
        {input("avgDaysLate", s.avgDaysLate, s.avgDaysLateHint)}
        {input("relationshipYears", s.relationshipYears)}
      </div>
      <div className={styles.pair}>
        {input("overdueShare", s.overdueShare, s.overdueShareHint)}
        {input("utilisation", s.utilInput, s.utilInputHint)}
      </div>
      <div className={styles.pair}>
        {input("financialStrength", s.financialStrength, s.financialStrengthHint)}
        <Field label={s.strengthScale} {...fieldState("strengthScale")}>
          <Select name="strengthScale" value={form.values.strengthScale} onChange={(_, d) => form.set("strengthScale", d.value)}>
            {STRENGTH_SCALES.map((sc) => <option key={sc} value={sc}>{sc === "rating" ? s.scaleRating : `Altman ${sc}`}</option>)}
          </Select>
        </Field>
      </div>
      <ZHelper s={s} onUse={(z, model) => { form.set("financialStrength", String(z)); form.set("strengthScale", model); }} />
      {/* Three fields: side by side when each has room, else wrapped (a date cut to "11/27/" at 320px). */}
      <div className={styles.fields}>
        {input("standardLimit", s.standardLimit, s.standardLimitHint)}
        {input("assessor", s.assessor)}
        {input("date", s.date, undefined, "date")}
      </div>
      {check.draft && check.terms && (
        <Text data-testid="assessment-preview">
          {format(s.result, { score: check.draft.score, grade: check.draft.grade, limit: formatMoney(check.draft.limitMinor, code, digits) })}
          {" · "}{s.prepayment} {percentText(check.terms.prepaymentShare)}% · {s.cycle} {format(s.cycleDays, { n: check.terms.cycleDays })}
        </Text>
      )}
      <div><Button appearance="primary" type="submit">{s.saveAssessment}</Button></div>
    </form>
  );
}
