import { useMemo, useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Subtitle2, Text, Textarea } from "@fluentui/react-components";
import { COMMON_CURRENCIES } from "../../../core/currencies";
import { isoFromSerial } from "../../../core/dates";
import { currencyCode } from "../../../core/ledger/currencyScope";
import { formatMoney } from "../../../core/moneyFormat";
import { createContract, updateContract } from "../../../core/store/contracts";
import { isStaleEdit } from "../../../core/store/revision";
import type { Contract, Customer } from "../../../core/store/types";
import { CONTRACT_STATUSES } from "../../../core/ledger/drafts";
import { getLedger } from "../../app/ledger";
import { useSettings } from "../../app/SettingsContext";
import { errorMessage } from "../../forms/fieldError";
import { dateInputProps } from "../../forms/dateInput";
import { useFormState } from "../../forms/useFormState";
import { useUnsavedEdits } from "../../forms/unsavedGuard";
import { format } from "../../i18n/language";
import { usePageStrings } from "../../i18n/pageStrings";
import { useStrings } from "../../i18n/StringsContext";
import { digitsFor } from "../../ledger/currencyDigits";
import { useToday } from "../../ledger/useToday";
import {
  checkContractForm, type ContractField, contractDraftFrom, contractFormFrom, contractPatchFrom, emptyContractForm,
} from "./contractForm";
import { useContractsStyles } from "./Contracts.styles";
import { PlanTable } from "./PlanTable";
import { problemText } from "../../forms/problems";
import { SearchPicker } from "../../forms/SearchPicker";
import { customerChoiceList, customerLabel } from "./customerChoices";
import { argLabels, strings } from "./strings";
import { PenaltyFields } from "./PenaltyFields";
import { penaltyLabels, penaltyStrings } from "./penaltyStrings";

export interface ContractFormProps {
  /** The contract to edit; undefined to create one. */
  readonly editing?: Contract;
  readonly customers: readonly Customer[];
  readonly onDone: (contractId: number) => void;
  readonly onCancel: () => void;
}

/**
 * Add or edit a contract. Every field is checked as typed with core's rules; on a new contract the
 * plan preview follows the amount, sign date and terms. A refused save keeps everything typed; a
 * stale edit takes in what changed elsewhere and keeps what was typed (forms/mergeStaleEdit).
 */
export function ContractForm({ editing, customers, onDone, onCancel }: ContractFormProps) {
  const customerChoices = useMemo(() => customerChoiceList(customers), [customers]);
  const s = usePageStrings(strings);
  const { lang } = useStrings();
  const styles = useContractsStyles();
  const { settings } = useSettings();
  const today = useToday();
  const initialDigits = editing ? digitsFor(editing.currency, settings.defaultCurrency) : digitsFor(settings.defaultCurrency.code, settings.defaultCurrency);
  const form = useFormState(editing ? contractFormFrom(editing, initialDigits) : emptyContractForm(settings.defaultCurrency.code, isoFromSerial(today)));
  const { values, set } = form;
  const [rev, setRev] = useState(editing?.rev);
  const [failure, setFailure] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  // What was typed, until saved: Cancel (the page wraps it), another page or Back ask first (forms/unsavedGuard).
  useUnsavedEdits(form.dirty, editing ? format(s.unsavedContractEdit, { code: editing.code }) : s.unsavedNewContract);
  const digits = digitsFor(values.currency, settings.defaultCurrency);
  const check = useMemo(() => checkContractForm(values, digits, !editing), [values, digits, editing]);
  const p = usePageStrings(penaltyStrings);
  const labels = { ...argLabels(s), ...penaltyLabels(p) };
  const message = (f: ContractField) => problemText(check.problems[f], s, lang, labels);
  const fieldState = (f: ContractField) => form.fieldState(f, message(f), lang);
  const hasProblems = Object.keys(check.problems).length > 0;
  const currencies = [...new Set([settings.defaultCurrency.code, ...COMMON_CURRENCIES, values.currency])];

  async function save() {
    form.setSubmitted(true);
    setFailure(undefined);
    if (hasProblems) return;
    setSaving(true);
    const db = getLedger();
    try {
      if (editing) {
        await updateContract(db, editing.id!, rev!, contractPatchFrom(values, check.penalty!));
        onDone(editing.id!);
      } else {
        onDone(await createContract(db, contractDraftFrom(values, check.amountMinor!, check.penalty!), check.preview));
      }
    } catch (e) {
      const text = errorMessage(e, lang, labels);
      const fresh = editing && isStaleEdit(e) ? await db.contracts.get(editing.id!) : undefined;
      if (fresh) {
        form.rebase(contractFormFrom(fresh, digitsFor(fresh.currency, settings.defaultCurrency)));
        setRev(fresh.rev);
        // The form says one thing: it now holds the other change with what was typed on top (no revision numbers).
        setFailure(format(s.staleMerged, { code: (editing ?? fresh).code }));
      } else setFailure(format(s.saveFailed, { message: text }));
    } finally {
      setSaving(false);
    }
  }

  const input = (f: "code" | "title" | "amount" | "signDate" | "owner", label: string, extra: object = {}) => (
    <Field label={label} required={f !== "title"} {...fieldState(f)}>
      <Input name={f} value={values[f]} onChange={(_, d) => set(f, d.value)} {...extra} />
    </Field>
  );

  return (
    <form ref={form.formRef} className={styles.form} onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate data-testid="contract-form">
      <Subtitle2 as="h3">{editing ? `${s.edit} ${editing.code}` : s.newContract}</Subtitle2>
      {failure && <MessageBar intent="error" data-testid="contract-form-failure"><MessageBarBody>{failure}</MessageBarBody></MessageBar>}
      {form.submitted && hasProblems && <MessageBar intent="warning"><MessageBarBody>{s.fixErrors}</MessageBarBody></MessageBar>}
      <div className={styles.pair}>
        {input("code", s.code)}
        <Field label={s.customer} required {...fieldState("customerId")}>
          {/* A picker, not a select of every customer: a ledger holds thousands of them. */}
          <SearchPicker name="customerId" list={customerChoices} placeholder="—"
            value={values.customerId === "" ? "" : Number(values.customerId)} onChange={(id) => set("customerId", String(id))}
            display={customerLabel} label={customerLabel} text={{ more: s.customerPickerMore, none: s.customerPickerNone }} />
        </Field>
      </div>
      {input("title", s.contractTitle)}
      <div className={styles.pair}>
        {editing ? (
          <Field label={s.amount}><Input value={formatMoney(editing.amountMinor, currencyCode(editing.currency), initialDigits)} readOnly /></Field>
        ) : input("amount", s.amount, { inputMode: "decimal" })}
        <Field label={s.currency}>
          <Select name="currency" value={values.currency} disabled={!!editing} onChange={(_, d) => set("currency", d.value)}>
            {currencies.map((c) => <option key={c} value={c}>{c}</option>)}
          </Select>
        </Field>
      </div>
      <div className={styles.pair}>
        {input("signDate", s.signDate, dateInputProps(values.signDate, (v) => set("signDate", v)))}
        {input("owner", s.owner)}
      </div>
      {editing ? (
        <>
          <Field label={s.status}>
            <Select name="status" value={values.status} onChange={(_, d) => set("status", d.value)}>
              {CONTRACT_STATUSES.filter((st) => st !== "closed" || editing.status === "closed").map((st) => <option key={st} value={st}>{s[`status.${st}`]}</option>)}
            </Select>
          </Field>
          <Text size={200} className={styles.muted}>{s.editHint}</Text>
        </>
      ) : (
        <>
          <Field label={s.terms} required hint={s.termsHint} {...fieldState("terms")}>
            <Textarea name="terms" value={values.terms} onChange={(_, d) => set("terms", d.value)} resize="vertical" />
          </Field>
          <Text weight="semibold">{s.preview}</Text>
          {check.preview ? (
            <PlanTable rows={check.preview.map((r, i) => ({ key: i, seq: i + 1, dueDate: r.dueDate, amountMinor: r.amountMinor }))} s={s} money={(m) => formatMoney(m, values.currency, digits)} testId="plan-preview" />
          ) : <Text size={200} className={styles.muted}>{s.previewEmpty}</Text>}
        </>
      )}
      <PenaltyFields values={values} set={set} fieldState={fieldState} />
      <div className={styles.line}>
        <Button appearance="primary" type="submit" disabled={saving}>{saving ? s.saving : s.save}</Button>
        <Button appearance="secondary" onClick={onCancel} disabled={saving}>{s.cancel}</Button>
      </div>
    </form>
  );
}
