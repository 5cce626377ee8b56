import { useEffect, useMemo, useRef, useState } from "react";
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input,
  MessageBar, MessageBarBody, Select, Textarea, makeStyles, tokens,
} from "@fluentui/react-components";
import { isoFromSerial, serialFromIso, type Day } from "../../../core/dates";
import { currencyCode } from "../../../core/ledger/currencyScope";
import { CHANNELS, type ReminderDraft } from "../../../core/ledger/drafts";
import { formatMoney } from "../../../core/moneyFormat";
import { format } from "../../i18n/language";
import { usePageStrings } from "../../i18n/pageStrings";
import { useStrings } from "../../i18n/StringsContext";
import { errorMessage } from "../../forms/fieldError";
import { amountText } from "../../forms/numberText";
import { useFormState } from "../../forms/useFormState";
import { useUnsavedEdits } from "../../forms/unsavedGuard";
import { dateInputProps } from "../../forms/dateInput";
import { useOpenItemsSnapshot } from "../../ledger/useLedgerSnapshot";
import {
  checkReminderForm, contractOpenMinor, newReminderForm, type ReminderContext, reminderDraftFrom, type ReminderField,
} from "./reminderForm";
import { strings } from "./strings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, "> *": { flex: 1, minWidth: 0 } },
});

export interface ReminderDialogProps {
  /** The contract code shown in the title. */
  contractLabel: string;
  context: ReminderContext;
  today: Day;
  /** The contract's sign date (ISO): no contact is logged before it. */
  signDate?: string;
  digits: number;
  /** Suggested contact person (the customer's contact). */
  defaultContact?: string;
  onSave: (draft: ReminderDraft) => Promise<void>;
  onClose: () => void;
}

/**
 * Logs one contact with a customer. Fields are checked as the user types (a field shows its
 * message once touched); a refused save keeps everything typed and says why. Closing it (Escape,
 * Cancel) once something was typed asks first whether to discard the note; untouched, it just closes.
 * The question is asked inside this dialog, in place of the form: a Fluent dialog nested in it left
 * it hidden from assistive technology (aria-hidden) after Escape closed the inner one.
 */
export function ReminderDialog({ contractLabel, context, today, signDate, digits, defaultContact, onSave, onClose }: ReminderDialogProps) {
  const s = usePageStrings(strings);
  const { lang } = useStrings();
  const styles = useStyles();
  const form = useFormState<ReminderField>(newReminderForm(today, defaultContact));
  const { values, submitted } = form;
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();
  const [askingDiscard, setAskingDiscard] = useState(false);
  useUnsavedEdits(form.dirty, format(s.unsavedNote, { contract: contractLabel }));
  // Focus: on Keep editing while asked, back in the field it was in (by name), else on Cancel.
  const keepRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const formRef = form.formRef; // a refused save moves focus to the first invalid field in it (forms/useFormState)
  const returnTo = useRef<string | null | undefined>(undefined);
  const requestClose = () => {
    if (!form.dirty) return onClose();
    returnTo.current = document.activeElement?.getAttribute("name");
    setAskingDiscard(true);
  };
  useEffect(() => {
    if (askingDiscard) keepRef.current?.focus();
    else if (returnTo.current !== undefined) {
      const name = returnTo.current;
      returnTo.current = undefined;
      (formRef.current?.querySelector<HTMLElement>(`[name="${name}"]`) ?? cancelRef.current)?.focus();
    }
  }, [askingDiscard]);
  // What is open on the contract, from the ledger the page reads: a promise for more is refused here.
  const { snapshot } = useOpenItemsSnapshot();
  const openMinor = useMemo(() => (snapshot ? contractOpenMinor(snapshot, context.contractId) : undefined), [snapshot, context.contractId]);
  const currency = useMemo(() => {
    const c = snapshot?.contracts.find((x) => x.id === context.contractId);
    return c ? currencyCode(c.currency) : "";
  }, [snapshot, context.contractId]);
  const errors = useMemo(() => checkReminderForm(values, { today, signDate, openMinor }, digits), [values, today, signDate, openMinor, digits]);

  const set = (field: ReminderField) => (value: string) => form.set(field, value);
  const fieldState = (field: ReminderField) => {
    const code = errors[field];
    // The example has the contract's digits: "12,500.00", but "12,500" for a currency without decimals (JPY), which refuses ".00".
    const message = code && format(s[`error.${code}`], {
      example: amountText(12500 * 10 ** digits, digits),
      signDate: signDate ?? "",
      open: formatMoney(openMinor ?? 0, currency, digits),
      // What later dates are checked against: the contact's date, or today while that is no date.
      contactDate: isoFromSerial(serialFromIso(values.contactDate.trim()) ?? today),
    });
    return form.fieldState(field, message);
  };

  async function save() {
    form.setSubmitted(true);
    setFailure(undefined);
    if (Object.keys(errors).length > 0) return;
    setSaving(true);
    try {
      await onSave(reminderDraftFrom(values, context, digits));
      onClose();
    } catch (e) {
      // Core's refusals name the field by its label here ("Promised amount", not "promiseAmount").
      setFailure(format(s.saveFailed, { message: errorMessage(e, lang, { promiseAmount: s.promiseAmount, promiseDate: s.promiseDate, nextActionDate: s.nextActionDate, contact: s.contact }) }));
    } finally {
      setSaving(false);
    }
  }

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Dialog
      open
      modalType="modal"
      // Escape and Cancel close it (asking first when something was typed); a click beside it (easily
      // made in a narrow pane) does nothing. Escape on that question answers it: keep editing.
      onOpenChange={(_, d) => {
        if (d.open || d.type === "backdropClick") return;
        if (askingDiscard) setAskingDiscard(false);
        else requestClose();
      }}
    >
      <DialogSurface aria-describedby={undefined}>
        {askingDiscard ? (
          <DialogBody data-testid="discard-contact-note">
            <DialogTitle>{s.discardTitle}</DialogTitle>
            <DialogContent>{format(s.discardText, { contract: contractLabel })}</DialogContent>
            <DialogActions>
              <Button ref={keepRef} appearance="secondary" onClick={() => setAskingDiscard(false)}>{s.keepEditing}</Button>
              <Button appearance="primary" onClick={onClose}>{s.discard}</Button>
            </DialogActions>
          </DialogBody>
        ) : (
          <form ref={formRef} onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate>
            <DialogBody>
              <DialogTitle>{format(s.dialogTitle, { contract: contractLabel })}</DialogTitle>
              <DialogContent className={styles.form}>
                {failure && <MessageBar intent="error"><MessageBarBody>{failure}</MessageBarBody></MessageBar>}
                {submitted && hasErrors && <MessageBar intent="warning"><MessageBarBody>{s.fixErrors}</MessageBarBody></MessageBar>}
                <Field label={s.contactDate} required {...fieldState("contactDate")}>
                  <Input name="contactDate" {...dateInputProps(values.contactDate, set("contactDate"))} max={isoFromSerial(today)} min={signDate} />
                </Field>
                <Field label={s.channel} required {...fieldState("channel")}>
                  <Select name="channel" value={values.channel} onChange={(_, d) => set("channel")(d.value)}>
                    {CHANNELS.map((c) => <option key={c} value={c}>{s[`channel.${c}`]}</option>)}
                  </Select>
                </Field>
                <Field label={s.contact} required {...fieldState("contact")}>
                  <Input name="contact" value={values.contact} onChange={(_, d) => set("contact")(d.value)} />
                </Field>
                <Field label={s.outcome} {...fieldState("outcome")}>
                  <Textarea name="outcome" value={values.outcome} onChange={(_, d) => set("outcome")(d.value)} resize="vertical" />
                </Field>
                <div className={styles.row}>
                  <Field label={s.promiseDate} {...fieldState("promiseDate")}>
                    <Input name="promiseDate" {...dateInputProps(values.promiseDate, set("promiseDate"))} />
                  </Field>
                  <Field label={s.promiseAmount} {...fieldState("promiseAmount")}>
                    <Input name="promiseAmount" inputMode="decimal" value={values.promiseAmount} onChange={(_, d) => set("promiseAmount")(d.value)} />
                  </Field>
                </div>
                <Field label={s.nextActionDate} {...fieldState("nextActionDate")}>
                  <Input name="nextActionDate" {...dateInputProps(values.nextActionDate, set("nextActionDate"))} />
                </Field>
              </DialogContent>
              <DialogActions>
                <Button ref={cancelRef} appearance="secondary" onClick={requestClose} disabled={saving}>{s.cancel}</Button>
                <Button appearance="primary" type="submit" disabled={saving}>{s.save}</Button>
              </DialogActions>
            </DialogBody>
          </form>
        )}
      </DialogSurface>
    </Dialog>
  );
}
