import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Field, Link, MessageBar, MessageBarBody, Select, Spinner, Subtitle2, Text } from "@fluentui/react-components";
import { rankingBase } from "../../../core/ledger/rankingRates";
import { logReminder } from "../../../core/store/reminders";
import { getLedger } from "../../app/ledger";
import { useSettings } from "../../app/SettingsContext";
import { format } from "../../i18n/language";
import { usePageStrings } from "../../i18n/pageStrings";
import { useStrings } from "../../i18n/StringsContext";
import { ChaseList } from "./ChaseList";
import type { ChaseRow } from "./chaseRow";
import { chaseRowsFrom } from "./chaseRows";
import { digitsFor } from "../../ledger/currencyDigits";
import { ReminderDialog } from "./ReminderDialog";
import { strings } from "./strings";
import { useTodayStyles } from "./Today.styles";
import { useOpenItemsSnapshot } from "../../ledger/useLedgerSnapshot";
import { useToday } from "../../ledger/useToday";

/** The owner chosen last (all: ""), kept while the pane is open so a tab switch does not lose it. */
let chosenOwner = "";

/** What to chase today: overdue and soon-due installments, ranked by risk × amount; one owner's or everyone's. */
export default function TodayPage() {
  const s = usePageStrings(strings);
  const { lang } = useStrings();
  const styles = useTodayStyles();
  const { settings } = useSettings();
  const today = useToday();
  // The open items are all the queue reads: on opening they come from the saved view at once.
  const { snapshot, source } = useOpenItemsSnapshot();
  const allRows = useMemo(() => (snapshot ? chaseRowsFrom(snapshot, today, settings) : undefined), [snapshot, today, settings]);
  const [owner, setOwnerState] = useState(chosenOwner);
  const setOwner = (o: string) => setOwnerState((chosenOwner = o));
  // Everyone with something to chase, and the one chosen even once nothing is left for them.
  const owners = useMemo(() => [...new Set([...(allRows ?? []).map((r) => r.owner), ...(owner ? [owner] : [])])].sort(), [allRows, owner]);
  const rows = useMemo(() => (allRows && owner ? allRows.filter((r) => r.owner === owner) : allRows), [allRows, owner]);
  // Currencies ranked without a rate, worth saying only when the queue mixes currencies (one alone
  // ranks the same whatever its rate).
  const unrated = useMemo(() => {
    const all = new Set((rows ?? []).map((r) => r.currency));
    return all.size < 2 ? [] : [...new Set((rows ?? []).filter((r) => !r.rated).map((r) => r.currency))].sort();
  }, [rows]);
  const digitsOf = useCallback((currency: string) => digitsFor(currency, settings.defaultCurrency), [settings.defaultCurrency]);
  const [logging, setLogging] = useState<ChaseRow | undefined>();
  const [savedFor, setSavedFor] = useState<string | undefined>();
  const pageRef = useRef<HTMLElement>(null);
  // The installment whose "Log reminder" opened the dialog: focus goes back to it when the dialog
  // closes (saved, cancelled or Escape), so a keyboard user carries on down the list from there.
  const returnTo = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (logging || returnTo.current === undefined) return;
    const id = returnTo.current;
    returnTo.current = undefined;
    const frame = requestAnimationFrame(() => {
      const page = pageRef.current;
      const button = page?.querySelector<HTMLButtonElement>(`[data-testid="chase-row"][data-installment="${id}"] button`);
      // Paid in full meanwhile, the row is gone: the page itself, not the top of the document.
      (button ?? page?.querySelector<HTMLElement>("h2"))?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [logging]);

  return (
    <section ref={pageRef} className={styles.page} aria-label={s.title} data-testid="today-page" data-ledger={source}>
      <div className={styles.header}>
        <Subtitle2 as="h2" tabIndex={-1}>{s.title}</Subtitle2>
        {rows && <Text size={200} data-testid="chase-count">{format(s.count, { n: rows.length })}</Text>}
      </div>
      <Text size={200} className={styles.subtitle}>{s.subtitle}</Text>
      {owners.length > 0 && (
        <Field label={s.ownerFilter} orientation="horizontal">
          <Select name="todayOwner" value={owner} onChange={(_, d) => setOwner(d.value)}>
            <option value="">{s.allOwners}</option>
            {owners.map((o) => <option key={o} value={o}>{o}</option>)}
          </Select>
        </Field>
      )}
      {unrated.length > 0 && (
        <MessageBar intent="info" data-testid="unrated-note">
          <MessageBarBody>
            {format(s.unrated, { currencies: unrated.join(lang === "zh" ? "、" : ", "), base: rankingBase(settings.rankingRates, settings.defaultCurrency) })}{" "}
            <Link href="#/settings">{s.unratedLink}</Link>
          </MessageBarBody>
        </MessageBar>
      )}
      {savedFor && <MessageBar intent="success" data-testid="reminder-saved"><MessageBarBody>{format(s.saved, { contract: savedFor })}</MessageBarBody></MessageBar>}
      {!rows ? <Spinner size="small" /> : rows.length === 0 ? <Text data-testid="today-empty">{owner ? format(s.emptyForOwner, { owner }) : s.empty}</Text> : (
        <ChaseList rows={rows} s={s} digitsOf={digitsOf} onLog={(row) => { setSavedFor(undefined); returnTo.current = row.installmentId; setLogging(row); }} />
      )}
      {logging && (
        <ReminderDialog
          contractLabel={logging.contractCode}
          context={{ contractId: logging.contractId, installmentId: logging.installmentId, owner: logging.owner, dueDate: logging.dueDate, policy: settings.dunningPolicy }}
          today={today}
          signDate={logging.signDate}
          digits={digitsOf(logging.currency)}
          defaultContact={logging.customerContact}
          onSave={async (draft) => {
            await logReminder(getLedger(), draft);
            setSavedFor(logging.contractCode);
          }}
          onClose={() => setLogging(undefined)}
        />
      )}
    </section>
  );
}
