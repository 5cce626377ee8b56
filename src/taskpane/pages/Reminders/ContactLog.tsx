import { useMemo, useRef, useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Subtitle2, Text } from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import { CHANNELS } from "../../../core/ledger/drafts";
import { currencyCode } from "../../../core/ledger/currencyScope";
import { formatMoney } from "../../../core/moneyFormat";
import { deleteReminder } from "../../../core/store/reminders";
import type { Channel, Contract, Customer, Reminder } from "../../../core/store/types";
import { getLedger } from "../../app/ledger";
import { ConfirmDialog } from "../../forms/ConfirmDialog";
import { format } from "../../i18n/language";
import { usePageStrings } from "../../i18n/pageStrings";
import { useStrings } from "../../i18n/StringsContext";
import { contactDeleteFailure, contactDeleteQuestion, contactNaming } from "./contactDelete";
import { contractChoiceList } from "./contractChoices";
import { ContractPicker } from "./ContractPicker";
import { distinctOwners, filterLog, type LogFilter, NO_FILTER } from "./filterLog";
import { strings } from "./strings";
import { useRemindersStyles } from "./Reminders.styles";

export interface ContactLogProps {
  reminders: readonly Reminder[];
  contracts: ReadonlyMap<number, Contract>;
  /** For finding a contract by its customer's name. */
  customers: ReadonlyMap<number, Customer>;
  digitsOf: (currency: string) => number;
}

/**
 * The contact log (催款记录) with filters by owner, channel, contract and date range. A mistaken
 * entry (a mistyped promise, a duplicate) is deleted after a confirmation naming it; entries of a
 * closed contract are final, as its receipts are, and have no Delete.
 */
export function ContactLog({ reminders, contracts, customers, digitsOf }: ContactLogProps) {
  const s = usePageStrings(strings);
  const { lang } = useStrings();
  // The entry whose deletion is being confirmed, as it was read when its button was clicked.
  const [confirming, setConfirming] = useState<Reminder | undefined>();
  const [deleting, setDeleting] = useState(false);
  const [deleteOutcome, setDeleteOutcome] = useState<{ ok: boolean; text: string } | undefined>();
  const codeOf = (r: Reminder) => contracts.get(r.contractId)?.code ?? "?";
  const moneyOf = (r: Reminder) => {
    const contract = contracts.get(r.contractId);
    const currency = contract ? currencyCode(contract.currency) : "";
    return (minor: number) => formatMoney(minor, currency, digitsOf(currency));
  };
  async function remove(r: Reminder) {
    setDeleting(true);
    setDeleteOutcome(undefined);
    try {
      await deleteReminder(getLedger(), r.id!, r.rev);
      setDeleteOutcome({ ok: true, text: format(s.entryDeleted, contactNaming(r, codeOf(r), s)) });
    } catch (e) {
      setDeleteOutcome({ ok: false, text: contactDeleteFailure(e, r, codeOf(r), s, lang) });
    } finally {
      setDeleting(false);
      setConfirming(undefined);
    }
  }
  const styles = useRemindersStyles();
  const [filter, setFilter] = useState<LogFilter>(NO_FILTER);
  const rows = useMemo(() => filterLog(reminders, filter), [reminders, filter]);
  const owners = useMemo(() => distinctOwners(reminders), [reminders]);
  const contractList = useMemo(() => contractChoiceList(contracts.values(), customers), [contracts, customers]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => 64, overscan: 8 });
  const set = <K extends keyof LogFilter>(key: K, value: LogFilter[K]) => setFilter((f) => ({ ...f, [key]: value }));

  return (
    <section className={styles.section} aria-label={s.logTitle} data-testid="contact-log">
      <Subtitle2 as="h3">{s.logTitle}</Subtitle2>
      <div className={styles.filters}>
        <Field label={s.filterOwner}>
          <Select name="filterOwner" value={filter.owner} onChange={(_, d) => set("owner", d.value)}>
            <option value="">{s.all}</option>
            {owners.map((o) => <option key={o} value={o}>{o}</option>)}
          </Select>
        </Field>
        <Field label={s.filterChannel}>
          <Select name="filterChannel" value={filter.channel} onChange={(_, d) => set("channel", d.value as Channel | "")}>
            <option value="">{s.all}</option>
            {CHANNELS.map((c) => <option key={c} value={c}>{s[`channel.${c}`]}</option>)}
          </Select>
        </Field>
        <Field label={s.filterContract}>
          <ContractPicker name="filterContract" list={contractList} value={filter.contractId} onChange={(id) => set("contractId", id)}
            display={(c) => c.code} allLabel={s.allContracts} />
        </Field>
        <Field label={s.filterFrom}>
          <Input name="filterFrom" type="date" value={filter.from} onChange={(_, d) => set("from", d.value)} />
        </Field>
        <Field label={s.filterTo}>
          <Input name="filterTo" type="date" value={filter.to} onChange={(_, d) => set("to", d.value)} />
        </Field>
      </div>
      {deleteOutcome && (
        <MessageBar intent={deleteOutcome.ok ? "success" : "error"} data-testid={deleteOutcome.ok ? "log-entry-deleted" : "log-entry-delete-failure"}>
          <MessageBarBody>{deleteOutcome.text}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.line}>
        <Text size={200} data-testid="log-count">{rows.length === 1 ? s.countOne : format(s.count, { n: rows.length })}</Text>
        <Button size="small" appearance="subtle" onClick={() => setFilter(NO_FILTER)}>{s.clearFilters}</Button>
      </div>
      {rows.length === 0 ? <Text data-testid="log-empty">{reminders.length === 0 ? s.empty : s.noMatch}</Text> : (
        <div ref={scroller} className={styles.scroller} role="list">
          <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
            {virtualizer.getVirtualItems().map((item) => {
              const r = rows[item.index];
              const contract = contracts.get(r.contractId);
              // As every total reads it: a code stored as a name by an older import ("人民币") is its code.
              const currency = contract ? currencyCode(contract.currency) : "";
              return (
                <div key={r.id} role="listitem" data-index={item.index} ref={virtualizer.measureElement} className={styles.entry}
                  style={{ transform: `translateY(${item.start}px)` }} data-testid="log-entry">
                  <div className={styles.line}>
                    <Text weight="semibold">{r.date}</Text>
                    <Text>{contract?.code ?? "?"}</Text>
                    <Text>{s[`channel.${r.channel}`]}</Text>
                    <Text>{r.contact}</Text>
                    <Text className={styles.muted}>{format(s.labelled, { label: s.colOwner, value: r.owner })}</Text>
                    {contract && contract.status !== "closed" && (
                      <Button size="small" appearance="subtle" disabled={deleting} aria-label={format(s.deleteEntryLabel, contactNaming(r, contract.code, s))}
                        onClick={() => { setDeleteOutcome(undefined); setConfirming(r); }}>
                        {s.deleteEntry}
                      </Button>
                    )}
                  </div>
                  {r.outcome && <Text size={200} block>{r.outcome}</Text>}
                  <div className={styles.line}>
                    {r.promiseDate && (
                      <Text size={200} data-testid="log-promise">
                        {format(s.labelled, {
                          label: s.colPromise,
                          value: format(s.promised, { date: r.promiseDate, amount: r.promiseAmountMinor === undefined ? "—" : formatMoney(r.promiseAmountMinor, currency, digitsOf(currency)) }),
                        })}
                      </Text>
                    )}
                    {r.nextActionDate && <Text size={200} className={styles.muted}>{format(s.labelled, { label: s.colNext, value: r.nextActionDate })}</Text>}
                  </div>
                </div>
              );
            })}
          </div>
        </div>
      )}
      <ConfirmDialog
        open={confirming !== undefined} testId="log-entry-delete-dialog" busy={deleting}
        title={s.deleteEntryTitle} text={confirming && contactDeleteQuestion(confirming, codeOf(confirming), s, moneyOf(confirming))}
        confirmLabel={s.deleteEntryDo} cancelLabel={s.cancel}
        onCancel={() => setConfirming(undefined)} onConfirm={() => confirming && void remove(confirming)}
      />
    </section>
  );
}
