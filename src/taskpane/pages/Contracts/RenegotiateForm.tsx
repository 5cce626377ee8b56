import { useMemo, useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Text, Textarea } from "@fluentui/react-components";
import { isoFromSerial, serialFromIso } from "../../../core/dates";
import type { InstallmentDraft } from "../../../core/ledger/drafts";
import { isoDate, text } from "../../../core/ledger/fieldChecks";
import { receivedOnRenegotiated, renegotiationPreview } from "../../../core/ledger/planPreview";
import { checkShares } from "../../../core/schedule";
import { savePlanVersion } from "../../../core/store/plans";
import { parseTranches } from "../../../core/terms/tranches";
import { getLedger } from "../../app/ledger";
import { errorMessage } from "../../forms/fieldError";
import { amountText } from "../../forms/numberText";
import { dateInputProps } from "../../forms/dateInput";
import { useFormState } from "../../forms/useFormState";
import { useUnsavedEdits } from "../../forms/unsavedGuard";
import { format } from "../../i18n/language";
import { useStrings } from "../../i18n/StringsContext";
import { amountProblem, core, type Problems, problemText } from "../../forms/problems";
import { useContractsStyles } from "./Contracts.styles";
import type { VersionView } from "./contractView";
import { PlanTable } from "./PlanTable";
import type { SectionProps } from "./sectionProps";
import { argLabels } from "./strings";

type Field = "terms" | "restartDate" | "amount" | "reason";

/**
 * Renegotiate: what was received stays as settled rows, the rest follows the new terms from the
 * restart date (core's renegotiationPreview); saved as a new plan version with its reason, and the
 * new terms become the contract's. The preview shows what each row will have open once saved (the
 * settled rows paid, the new ones open for the rest, less any on-account credit), as the store
 * applies the receipts again. A restart date before the sign date is refused (core's
 * requireRestartFromSign, checked here as typed and again by the store).
 */
export function RenegotiateForm({ view, s, money, digits, today, active, onDone, onCancel }: SectionProps & {
  active: VersionView;
  onDone: (planId: number) => void;
  onCancel: () => void;
}) {
  const { lang } = useStrings();
  const styles = useContractsStyles();
  // Today, or the sign date for a contract signed after today (an earlier restart is refused).
  const firstRestart = view.contract.signDate > isoFromSerial(today) ? view.contract.signDate : isoFromSerial(today);
  const form = useFormState<Field>({ terms: view.contract.terms, restartDate: firstRestart, amount: amountText(view.contract.amountMinor, digits), reason: "" });
  const { values, set } = form;
  const [failure, setFailure] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  // Typed and not saved: Cancel, leaving the contract or the page ask first (forms/unsavedGuard).
  const confirmDiscard = useUnsavedEdits(form.dirty, format(s.unsavedRenegotiation, { code: view.contract.code }));
  const labels = { ...argLabels(s), signDate: s.restartDate, restartDate: s.restartDate };
  const check = useMemo(() => {
    const problems: Problems<Field> = {};
    const terms = core(() => checkShares(parseTranches(values.terms, "terms").map((t) => t.share), "terms"));
    if (terms) problems.terms = terms;
    const date = core(() => isoDate(values.restartDate, "signDate"));
    if (date) problems.restartDate = date;
    const reason = core(() => text(values.reason, "reason"));
    if (reason) problems.reason = reason;
    const amount = amountProblem(values.amount, digits, "amount", false, view.contract.currency);
    if (amount.problem) problems.amount = amount.problem;
    let rows: InstallmentDraft[] | undefined;
    if (!problems.terms && !problems.restartDate && !problems.amount) {
      const settled = active.rows.map((r) => ({ dueDate: r.inst.dueDate, receivedMinor: r.state.received }));
      const opts = { signDate: view.contract.signDate, digits, currency: view.contract.currency };
      const p = core(() => (rows = renegotiationPreview(settled, amount.minor!, values.terms, values.restartDate, opts)));
      const arg = p && "error" in p ? p.error.params.arg : undefined;
      if (p) problems[arg === "received" ? "amount" : arg === "restartDate" ? "restartDate" : "terms"] = p;
    }
    return { problems, rows, amountMinor: amount.minor };
  }, [values, digits, active, view.contract.signDate, view.contract.currency]);
  // Everything received on the contract (the settled parts and any on-account credit), applied as the store will.
  const received = check.rows ? receivedOnRenegotiated(check.rows, view.summary.received) : [];
  const message = (f: Field) => problemText(check.problems[f], s, lang, labels);
  const next = Math.max(...view.versions.map((v) => v.plan.version)) + 1;

  async function save() {
    form.setSubmitted(true);
    setFailure(undefined);
    if (Object.keys(check.problems).length > 0 || !check.rows) return;
    setSaving(true);
    try {
      const planId = await savePlanVersion(getLedger(), view.contract.id!, check.rows, {
        replacing: { planId: active.plan.id!, rev: active.plan.rev }, reason: values.reason.trim(), amountMinor: check.amountMinor,
        restartDate: values.restartDate, terms: values.terms,
      });
      onDone(planId);
    } catch (e) {
      setFailure(format(s.saveFailed, { message: errorMessage(e, lang, labels) }));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form ref={form.formRef} className={styles.form} onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate data-testid="renegotiate-form">
      <Text weight="semibold">{s.renegotiateTitle}</Text>
      <Text size={200} className={styles.muted}>{s.renegotiateHint}</Text>
      {failure && <MessageBar intent="error" data-testid="renegotiate-failure"><MessageBarBody>{failure}</MessageBarBody></MessageBar>}
      <Field label={s.terms} required hint={s.renegotiateTermsHint} {...form.fieldState("terms", message("terms"))}>
        <Textarea name="newTerms" value={values.terms} onChange={(_, d) => set("terms", d.value)} />
      </Field>
      <div className={styles.pair}>
        <Field label={s.restartDate} required {...form.fieldState("restartDate", message("restartDate"))}>
          <Input name="restartDate" {...dateInputProps(values.restartDate, (d) => set("restartDate", d))} />
        </Field>
        <Field label={s.newAmount} required {...form.fieldState("amount", message("amount"))}>
          <Input name="newAmount" inputMode="decimal" value={values.amount} onChange={(_, d) => set("amount", d.value)} />
        </Field>
      </div>
      <Field label={s.reason} required {...form.fieldState("reason", message("reason"))}>
        <Input name="reason" value={values.reason} onChange={(_, d) => set("reason", d.value)} />
      </Field>
      {check.rows && (
        <PlanTable
          rows={check.rows.map((r, i) => {
            const open = r.amountMinor - received[i];
            const late = today - (serialFromIso(r.dueDate) ?? today);
            const state = open <= 0 ? s["inst.paid"] : late > 0 ? format(s["inst.overdue"], { n: late }) : s["inst.due"];
            return { key: i, seq: i + 1, dueDate: r.dueDate, amountMinor: r.amountMinor, received: received[i], open, state };
          })}
          s={s}
          money={money}
          testId="renegotiate-preview"
        />
      )}
      <div className={styles.line}>
        <Button appearance="primary" type="submit" disabled={saving}>{format(s.saveVersion, { n: next })}</Button>
        <Button onClick={() => (form.dirty ? confirmDiscard(onCancel) : onCancel())} disabled={saving}>{s.cancel}</Button>
      </div>
    </form>
  );
}
