import { useMemo, useState } from "react";
import { Button, Field, Input, Select, Spinner, Subtitle2, Text } from "@fluentui/react-components";
import { contractSummaries } from "../../../core/ledger/contractSummary";
import { currencyCode } from "../../../core/ledger/currencyScope";
import { CONTRACT_STATUSES } from "../../../core/ledger/drafts";
import { formatMoney } from "../../../core/moneyFormat";
import type { ContractStatus, Customer } from "../../../core/store/types";
import { useSettings } from "../../app/SettingsContext";
import { SearchPicker } from "../../forms/SearchPicker";
import { useUnsavedEditsGuard } from "../../forms/unsavedGuard";
import { format } from "../../i18n/language";
import { usePageStrings } from "../../i18n/pageStrings";
import { digitsFor } from "../../ledger/currencyDigits";
import { useLedgerSnapshot } from "../../ledger/useLedgerSnapshot";
import { useToday } from "../../ledger/useToday";
import { ContractDetail } from "./ContractDetail";
import { filterContracts, NO_FILTER, ownersOf, type ContractFilterValues } from "./contractFilter";
import { ContractForm } from "./ContractForm";
import { ContractList } from "./ContractList";
import { useContractsStyles } from "./Contracts.styles";
import { contractViewFrom } from "./contractView";
import { customerChoiceList, customerLabel } from "./customerChoices";
import { strings } from "./strings";

type Mode = { kind: "list" } | { kind: "new" } | { kind: "detail"; id: number } | { kind: "edit"; id: number };

/** Contracts: a searchable list, a contract's detail, and the add / edit form. */
export default function ContractsPage() {
  const s = usePageStrings(strings);
  const styles = useContractsStyles();
  const { settings } = useSettings();
  const today = useToday();
  const snapshot = useLedgerSnapshot();
  const [mode, setMode] = useState<Mode>({ kind: "list" });
  const [filter, setFilter] = useState<ContractFilterValues>(NO_FILTER);
  // Leaving a form, or a contract with a receipt, invoice or other entry typed and not saved, asks first (forms/unsavedGuard).
  const { confirmDiscard } = useUnsavedEditsGuard();
  const customers = useMemo(() => new Map<number, Customer>((snapshot?.customers ?? []).map((c) => [c.id!, c])), [snapshot]);
  const summaries = useMemo(() => (snapshot ? contractSummaries(snapshot, today) : new Map()), [snapshot, today]);
  const rows = useMemo(() => filterContracts(snapshot?.contracts ?? [], customers, filter), [snapshot, customers, filter]);
  const customerList = useMemo(() => [...customers.values()].sort((a, b) => (a.code < b.code ? -1 : 1)), [customers]);
  const customerChoices = useMemo(() => customerChoiceList(customers.values()), [customers]);
  // A currency an older import stored as a name ("日元") is shown as its code (JPY), as every other page shows it.
  const money = (minor: number, currency: string) => formatMoney(minor, currencyCode(currency), digitsFor(currency, settings.defaultCurrency));

  if (!snapshot) return <Spinner size="small" />;

  if (mode.kind === "new" || mode.kind === "edit") {
    const editing = mode.kind === "edit" ? snapshot.contracts.find((c) => c.id === mode.id) : undefined;
    return (
      <section className={styles.page} aria-label={s.title} data-testid="contracts-page">
        <ContractForm
          key={mode.kind === "edit" ? mode.id : "new"}
          editing={editing}
          customers={customerList}
          onDone={(id) => setMode({ kind: "detail", id })}
          onCancel={() => confirmDiscard(() => setMode(editing ? { kind: "detail", id: editing.id! } : { kind: "list" }))}
        />
      </section>
    );
  }

  if (mode.kind === "detail") {
    const view = contractViewFrom(snapshot, mode.id, today);
    if (view) {
      const digits = digitsFor(view.contract.currency, settings.defaultCurrency);
      return (
        <ContractDetail
          key={mode.id}
          view={view}
          s={s}
          digits={digits}
          today={today}
          money={(m) => formatMoney(m, currencyCode(view.contract.currency), digits)}
          onEdit={() => confirmDiscard(() => setMode({ kind: "edit", id: mode.id }))}
          onBack={() => confirmDiscard(() => setMode({ kind: "list" }))}
        />
      );
    }
  }

  const setF = (k: keyof ContractFilterValues) => (value: string) => setFilter((f) => ({ ...f, [k]: value }));
  return (
    <section className={styles.page} aria-label={s.title} data-testid="contracts-page">
      <div className={styles.header}>
        <Subtitle2 as="h2">{s.title}</Subtitle2>
        <Text size={200} data-testid="contract-count">{format(s.count, { n: rows.length })}</Text>
        <Button appearance="primary" disabled={customerList.length === 0} onClick={() => setMode({ kind: "new" })}>{s.newContract}</Button>
      </div>
      {customerList.length === 0 && <Text size={200}>{s.noCustomers}</Text>}
      <Input placeholder={s.search} aria-label={s.search} value={filter.search} onChange={(_, d) => setF("search")(d.value)} data-testid="contract-search" />
      <div className={styles.filters}>
        <Field label={s.filterStatus} size="small">
          <Select size="small" value={filter.status} onChange={(_, d) => setF("status")(d.value as ContractStatus | "")}>
            <option value="">{s.all}</option>
            {CONTRACT_STATUSES.map((st) => <option key={st} value={st}>{s[`status.${st}`]}</option>)}
          </Select>
        </Field>
        <Field label={s.filterOwner} size="small">
          <Select size="small" value={filter.owner} onChange={(_, d) => setF("owner")(d.value)}>
            <option value="">{s.all}</option>
            {ownersOf(snapshot.contracts).map((o) => <option key={o} value={o}>{o}</option>)}
          </Select>
        </Field>
        <Field label={s.filterCustomer} size="small">
          <SearchPicker size="small" name="filterCustomer" list={customerChoices}
            value={filter.customerId === "" ? "" : Number(filter.customerId)} onChange={(id) => setF("customerId")(String(id))}
            display={customerLabel} label={customerLabel} allLabel={s.allCustomers}
            text={{ more: s.customerPickerMore, none: s.customerPickerNone }} />
        </Field>
      </div>
      {rows.length === 0 ? <Text data-testid="contracts-empty">{s.empty}</Text> : (
        <ContractList rows={rows} customers={customers} summaries={summaries} s={s} money={money} onOpen={(id) => setMode({ kind: "detail", id })} />
      )}
    </section>
  );
}
