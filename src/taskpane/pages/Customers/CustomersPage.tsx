import { useEffect, useMemo, useRef, useState } from "react";
import { Button, Input, MessageBar, MessageBarBody, Spinner, Subtitle2, Text } from "@fluentui/react-components";
import { creditCurrencyOf } from "../../../core/ledger/currencyScope";
import { creditPositions, ledgerScorecardInputs } from "../../../core/ledger/customerCredit";
import { indexLedger } from "../../../core/ledger/ledgerIndex";
import { formatMoney } from "../../../core/moneyFormat";
import { useSettings } from "../../app/SettingsContext";
import { useUnsavedEditsGuard } from "../../forms/unsavedGuard";
import { format } from "../../i18n/language";
import { usePageStrings } from "../../i18n/pageStrings";
import { useLedgerSnapshot } from "../../ledger/useLedgerSnapshot";
import { useToday } from "../../ledger/useToday";
import { AssessmentForm } from "./AssessmentForm";
import { AssessmentHistory } from "./AssessmentHistory";
import { CreditPanel } from "./CreditPanel";
import { CustomerForm } from "./CustomerForm";
import { CustomerList } from "./CustomerList";
import { customerTitle } from "./customerTitle";
import { useCustomersStyles } from "./Customers.styles";
import { strings } from "./strings";
import { digitsFor } from "../../ledger/currencyDigits";

/** `from`: the customer whose detail the list was reached from (focus goes back to its row). */
type Mode = { kind: "list"; from?: number } | { kind: "new" } | { kind: "detail"; id: number } | { kind: "edit"; id: number };

/** Customers: credit assessments over time, grade, limit and its use, suggested terms, warnings. */
export default function CustomersPage() {
  const s = usePageStrings(strings);
  const styles = useCustomersStyles();
  const { settings } = useSettings();
  const today = useToday();
  const snapshot = useLedgerSnapshot();
  const [mode, setModeState] = useState<Mode>({ kind: "list" });
  // Leaving a customer with an assessment typed and not saved asks first (forms/unsavedGuard).
  const { confirmDiscard } = useUnsavedEditsGuard();
  const sectionRef = useRef<HTMLElement>(null);
  // Moving between the list, a customer and the form puts focus in the new view (a keyboard user
  // would otherwise start again from the top of the document); the page's first view leaves it be.
  const moved = useRef(false);
  const setMode = (next: Mode) => {
    moved.current = true;
    setModeState(next);
  };
  useEffect(() => {
    const root = sectionRef.current;
    if (!moved.current || !root) return;
    if (mode.kind === "detail") root.querySelector<HTMLElement>("h3")?.focus();
    else if (mode.kind === "new" || mode.kind === "edit") root.querySelector<HTMLElement>("input")?.focus();
    else if (mode.from === undefined) root.querySelector<HTMLElement>('[data-testid="new-customer"]')?.focus();
    // back from a customer: CustomerList scrolls to its row and focuses it
  }, [mode]);
  const [search, setSearch] = useState("");
  const [saved, setSaved] = useState<string | undefined>();
  const index = useMemo(() => (snapshot ? indexLedger(snapshot) : undefined), [snapshot]);
  const defaultCode = settings.defaultCurrency.code;
  const positions = useMemo(
    () => (snapshot && index ? creditPositions(snapshot, today, defaultCode, settings.dunningPolicy, index) : new Map()),
    [snapshot, index, today, defaultCode, settings.dunningPolicy],
  );
  const rows = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return [...(snapshot?.customers ?? [])]
      .filter((c) => !needle || c.code.toLowerCase().includes(needle) || c.name.toLowerCase().includes(needle))
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }, [snapshot, search]);
  // Every amount with its own currency's code and digits: a customer's currencies are never added.
  const money = (minor: number, currency: string) => formatMoney(minor, currency, digitsFor(currency, settings.defaultCurrency));

  if (!snapshot || !index) return <Spinner size="small" />;
  const open = (id: number) => { setSaved(undefined); setMode({ kind: "detail", id }); };

  if (mode.kind === "new" || mode.kind === "edit") {
    const editing = mode.kind === "edit" ? index.customerById.get(mode.id) : undefined;
    return (
      <section ref={sectionRef} className={styles.page} aria-label={s.title} data-testid="customers-page">
        <CustomerForm key={mode.kind === "edit" ? mode.id : "new"} editing={editing} onDone={open} onCancel={() => setMode(editing ? { kind: "detail", id: editing.id! } : { kind: "list" })} />
      </section>
    );
  }

  const customer = mode.kind === "detail" ? index.customerById.get(mode.id) : undefined;
  if (customer) {
    const history = snapshot.assessments
      .filter((a) => a.customerId === customer.id)
      .sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : b.id! - a.id!));
    const position = positions.get(customer.id!);
    const creditCurrency = position?.currency ?? creditCurrencyOf(customer, defaultCode);
    return (
      <section ref={sectionRef} className={styles.page} aria-label={customer.code} data-testid="customer-detail" data-code={customer.code}>
        <div className={styles.line}>
          <Button size="small" appearance="subtle" onClick={() => confirmDiscard(() => setMode({ kind: "list", from: customer.id }))}>{s.back}</Button>
          <Subtitle2 as="h3" tabIndex={-1} className={styles.grow}>{customerTitle(customer)}</Subtitle2>
          <Button size="small" onClick={() => confirmDiscard(() => setMode({ kind: "edit", id: customer.id! }))}>{s.edit}</Button>
        </div>
        <Text size={200}>{[customer.contact, customer.phone, customer.email, customer.owner && format(s.labelled, { label: s.owner, value: customer.owner })].filter(Boolean).join(" · ")}</Text>
        <Text size={200} data-testid="customer-currency">{format(s.creditCurrencyLine, { currency: creditCurrency })}</Text>
        {saved && <MessageBar intent="success" data-testid="assessment-saved"><MessageBarBody>{saved}</MessageBarBody></MessageBar>}
        <CreditPanel latest={index.latestAssessment.get(customer.id!)} position={position} currency={creditCurrency} s={s} money={money} />
        <AssessmentForm
          // A new credit currency starts a new form: a standard limit typed or read from the history in
          // the old currency means nothing in the new one.
          key={`${customer.id} ${creditCurrency}`} customer={customer} history={history} position={position} currency={creditCurrency} s={s} today={today}
          ledgerInputs={() => ledgerScorecardInputs(snapshot, customer.id!, today, defaultCode, index)}
          onSaved={setSaved}
        />
        <AssessmentHistory rows={history} s={s} money={money} currency={creditCurrency} />
      </section>
    );
  }

  return (
    <section ref={sectionRef} className={styles.page} aria-label={s.title} data-testid="customers-page">
      <div className={styles.header}>
        <Subtitle2 as="h2">{s.title}</Subtitle2>
        <Text size={200}>{format(s.count, { n: rows.length })}</Text>
        <Button appearance="primary" data-testid="new-customer" onClick={() => setMode({ kind: "new" })}>{s.newCustomer}</Button>
      </div>
      <Input placeholder={s.search} aria-label={s.search} value={search} onChange={(_, d) => setSearch(d.value)} />
      {rows.length === 0 ? <Text data-testid="customers-empty">{snapshot.customers.length === 0 ? s.noCustomers : s.empty}</Text> : (
        <CustomerList rows={rows} latest={index.latestAssessment} positions={positions} s={s} money={money} onOpen={open} focusId={mode.kind === "list" ? mode.from : undefined} />
      )}
    </section>
  );
}
