import { useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Subtitle2 } from "@fluentui/react-components";
import type { CustomerDraft } from "../../../core/ledger/drafts";
import { optionalText, text } from "../../../core/ledger/fieldChecks";
import { createCustomer, updateCustomer } from "../../../core/store/customers";
import { isStaleEdit } from "../../../core/store/revision";
import type { Customer } from "../../../core/store/types";
import { getLedger } from "../../app/ledger";
import { errorMessage } from "../../forms/fieldError";
import { core, type Problems, problemText } from "../../forms/problems";
import { useFormState } from "../../forms/useFormState";
import { format } from "../../i18n/language";
import { usePageStrings } from "../../i18n/pageStrings";
import { useStrings } from "../../i18n/StringsContext";
import { useCustomersStyles } from "./Customers.styles";
import { argLabels, strings } from "./strings";

type Field = "code" | "name" | "contact" | "phone" | "email" | "owner";
const FIELDS: readonly Field[] = ["code", "name", "contact", "phone", "email", "owner"];

const valuesOf = (c?: Customer): Record<Field, string> =>
  ({ code: c?.code ?? "", name: c?.name ?? "", contact: c?.contact ?? "", phone: c?.phone ?? "", email: c?.email ?? "", owner: c?.owner ?? "" });

/** Add or edit a customer's identity; the credit limit is set by assessments. */
export function CustomerForm({ editing, onDone, onCancel }: { editing?: Customer; onDone: (id: number) => void; onCancel: () => void }) {
  const s = usePageStrings(strings);
  const { lang } = useStrings();
  const styles = useCustomersStyles();
  const form = useFormState<Field>(valuesOf(editing));
  const [rev, setRev] = useState(editing?.rev);
  const [failure, setFailure] = useState<string | undefined>();
  const labels = argLabels(s);
  const v = form.values;
  const problems: Problems<Field> = {};
  for (const f of FIELDS) {
    const p = core(() => (f === "code" || f === "name" ? text(v[f], f) : optionalText(v[f], f)));
    if (p) problems[f] = p;
  }
  const hasProblems = Object.keys(problems).length > 0;

  async function save() {
    form.setSubmitted(true);
    setFailure(undefined);
    if (hasProblems) return;
    const draft: CustomerDraft = { code: v.code.trim(), name: v.name.trim() };
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
        form.reset(valuesOf(fresh));
        setRev(fresh.rev);
        setFailure(format(s.staleReloaded, { message }));
      } else setFailure(format(s.saveFailed, { message }));
    }
  }

  const input = (f: Field, label: string) => (
    <Field label={label} required={f === "code" || f === "name"} {...form.fieldState(f, problemText(problems[f], s, lang, labels))}>
      <Input name={f} value={v[f]} onChange={(_, d) => form.set(f, d.value)} />
    </Field>
  );
  return (
    <form className={styles.form} onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate data-testid="customer-form">
      <Subtitle2 as="h3">{editing ? `${s.edit} ${editing.code}` : s.newCustomer}</Subtitle2>
      {failure && <MessageBar intent="error" data-testid="customer-form-failure"><MessageBarBody>{failure}</MessageBarBody></MessageBar>}
      {form.submitted && hasProblems && <MessageBar intent="warning"><MessageBarBody>{s.fixErrors}</MessageBarBody></MessageBar>}
      <div className={styles.pair}>{input("code", s.code)}{input("name", s.name)}</div>
      <div className={styles.pair}>{input("contact", s.contact)}{input("phone", s.phone)}</div>
      <div className={styles.pair}>{input("email", s.email)}{input("owner", s.owner)}</div>
      <div className={styles.line}>
        <Button appearance="primary" type="submit">{s.save}</Button>
        <Button onClick={onCancel}>{s.cancel}</Button>
      </div>
    </form>
  );
}
