import { useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Subtitle2 } from "@fluentui/react-components";
import { COMMON_CURRENCIES } from "../../../core/currencies";
import { creditCurrencyOf } from "../../../core/ledger/currencyScope";
import type { CustomerDraft } from "../../../core/ledger/drafts";
import { formatMoney } from "../../../core/moneyFormat";
import { createCustomer, updateCustomer } from "../../../core/store/customers";
import { isStaleEdit } from "../../../core/store/revision";
import type { Customer } from "../../../core/store/types";
import { getLedger } from "../../app/ledger";
import { useSettings } from "../../app/SettingsContext";
import { errorMessage } from "../../forms/fieldError";
import { type Problems, problemText } from "../../forms/problems";
import { useFormState } from "../../forms/useFormState";
import { useUnsavedEdits } from "../../forms/unsavedGuard";
import { format } from "../../i18n/language";
import { usePageStrings } from "../../i18n/pageStrings";
import { useStrings } from "../../i18n/StringsContext";
import { digitsFor } from "../../ledger/currencyDigits";
import { useCustomersStyles } from "./Customers.styles";
import { type CustomerTextField, customerFieldProblems } from "./customerForm";
import { argLabels, strings } from "./strings";

type TextField = CustomerTextField;
type Field = TextField | "currency";

/** The form's text; the currency is the customer's credit currency (its own, else the default it is read in today). */
const valuesOf = (c: Customer | undefined, defaultCurrency: string): Record<Field, string> => ({
  code: c?.code ?? "", name: c?.name ?? "", contact: c?.contact ?? "", phone: c?.phone ?? "", email: c?.email ?? "", owner: c?.owner ?? "",
  currency: creditCurrencyOf(c, defaultCurrency),
});

/**
 * Add or edit a customer's identity and the currency of its credit limit (a new customer starts
 * in the settings' default currency; it is saved with the customer, so the limit keeps its meaning
 * when the default changes). The credit limit itself is set by assessments. Cancel, another page
 * or Back ask before throwing away what was typed (forms/unsavedGuard).
 */
export function CustomerForm({ editing, onDone, onCancel }: { editing?: Customer; onDone: (id: number) => void; onCancel: () => void }) {
  const s = usePageStrings(strings);
  const { lang } = useStrings();
  const { settings } = useSettings();
  const styles = useCustomersStyles();
  const defaultCode = settings.defaultCurrency.code;
  const form = useFormState<Field>(valuesOf(editing, defaultCode));
  const [rev, setRev] = useState(editing?.rev);
  const [failure, setFailure] = useState<string | undefined>();
  const confirmDiscard = useUnsavedEdits(form.dirty, editing ? format(s.unsavedCustomerEdit, { code: editing.code }) : s.unsavedNewCustomer);
  const labels = argLabels(s);
  const v = form.values;
  const problems: Problems<Field> = customerFieldProblems(v, editing);
  const hasProblems = Object.keys(problems).length > 0;
  const currencies = [...new Set([v.currency, defaultCode, ...COMMON_CURRENCIES])];
  // Changing the currency of a customer with a limit reads the same stored amount in the new currency.
  const fromCurrency = editing ? creditCurrencyOf(editing, defaultCode) : undefined;
  const limit = editing?.creditLimitMinor;
  const limitMoves = fromCurrency !== undefined && limit !== undefined && v.currency !== fromCurrency;

  async function save() {
    form.setSubmitted(true);
    setFailure(undefined);
    if (hasProblems) return;
    const draft: CustomerDraft = { code: v.code.trim(), name: v.name.trim(), currency: v.currency };
    for (const f of ["contact", "phone", "email", "owner"] as const) draft[f] = v[f].trim() || undefined;
    const db = getLedger();
    try {
      if (editing) {
        await updateCustomer(db, editing.id!, rev!, draft);
        onDone(editing.id!);
      } else onDone(await createCustomer(db, draft));
    } catch (e) {
      const message = errorMessage(e, lang, labels);
      const fresh = editing && isStaleEdit(e) ? await db.customers.get(editing.id!) : undefined;
      if (fresh) {
        form.rebase(valuesOf(fresh, defaultCode));
        setRev(fresh.rev);
        setFailure(s.staleMerged);
      } else setFailure(format(s.saveFailed, { message }));
    }
  }

  const fieldState = (f: Field) => form.fieldState(f, problemText(problems[f], s, lang, labels), lang);
  const input = (f: TextField, label: string) => (
    <Field label={label} required={f === "code" || f === "name"} {...fieldState(f)}>
      <Input name={f} value={v[f]} onChange={(_, d) => form.set(f, d.value)} />
    </Field>
  );
  return (
    <form ref={form.formRef} className={styles.form} onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate data-testid="customer-form">
      <Subtitle2 as="h3">{editing ? `${s.edit} ${editing.code}` : s.newCustomer}</Subtitle2>
      {failure && <MessageBar intent="error" data-testid="customer-form-failure"><MessageBarBody>{failure}</MessageBarBody></MessageBar>}
      {form.submitted && hasProblems && <MessageBar intent="warning"><MessageBarBody>{s.fixErrors}</MessageBarBody></MessageBar>}
      <div className={styles.pair}>{input("code", s.code)}{input("name", s.name)}</div>
      <div className={styles.pair}>{input("contact", s.contact)}{input("phone", s.phone)}</div>
      <div className={styles.pair}>{input("email", s.email)}{input("owner", s.owner)}</div>
      <Field label={s.creditCurrency} hint={s.creditCurrencyHint} {...fieldState("currency")}>
        <Select name="currency" value={v.currency} onChange={(_, d) => form.set("currency", d.value)}>
          {currencies.map((c) => <option key={c} value={c}>{c}</option>)}
        </Select>
      </Field>
      {limitMoves && (
        <MessageBar intent="warning" data-testid="currency-change-warning"><MessageBarBody>
          {format(s.currencyChangeWarning, {
            from: fromCurrency,
            to: v.currency,
            before: formatMoney(limit, fromCurrency, digitsFor(fromCurrency, settings.defaultCurrency)),
            after: formatMoney(limit, v.currency, digitsFor(v.currency, settings.defaultCurrency)),
          })}
        </MessageBarBody></MessageBar>
      )}
      <div className={styles.line}>
        <Button appearance="primary" type="submit">{s.save}</Button>
        <Button onClick={() => confirmDiscard(onCancel)}>{s.cancel}</Button>
      </div>
    </form>
  );
}
