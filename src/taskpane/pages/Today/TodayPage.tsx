import { useCallback, useMemo, useState } from "react";
import { Link, MessageBar, MessageBarBody, Spinner, Subtitle2, Text } from "@fluentui/react-components";
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

/** What to chase today: overdue and soon-due installments, ranked by risk × amount. */
export default function TodayPage() {
  const s = usePageStrings(strings);
  const { lang } = useStrings();
  const styles = useTodayStyles();
  const { settings } = useSettings();
  const today = useToday();
  // The open items are all the queue reads: on opening they come from the saved view at once.
  const { snapshot, source } = useOpenItemsSnapshot();
  const rows = useMemo(() => (snapshot ? chaseRowsFrom(snapshot, today, settings) : undefined), [snapshot, today, settings]);
  // Currencies ranked without a rate, worth saying only when the queue mixes currencies (one alone
  // ranks the same whatever its rate).
  const unrated = useMemo(() => {
    const all = new Set((rows ?? []).map((r) => r.currency));
    return all.size < 2 ? [] : [...new Set((rows ?? []).filter((r) => !r.rated).map((r) => r.currency))].sort();
  }, [rows]);
  const digitsOf = useCallback((currency: string) => digitsFor(currency, settings.defaultCurrency), [settings.defaultCurrency]);
  const [logging, setLogging] = useState<ChaseRow | undefined>();
  const [savedFor, setSavedFor] = useState<string | undefined>();

  return (
    <section className={styles.page} aria-label={s.title} data-testid="today-page" data-ledger={source}>
      <div className={styles.header}>
        <Subtitle2 as="h2">{s.title}</Subtitle2>
        {rows && <Text size={200} data-testid="chase-count">{format(s.count, { n: rows.length })}</Text>}
      </div>
      <Text size={200} className={styles.subtitle}>{s.subtitle}</Text>
      {unrated.length > 0 && (
        <MessageBar intent="info" data-testid="unrated-note">
          <MessageBarBody>
            {format(s.unrated, { currencies: unrated.join(lang === "zh" ? "、" : ", "), base: rankingBase(settings.rankingRates, settings.defaultCurrency) })}{" "}
            <Link href="#/settings">{s.unratedLink}</Link>
          </MessageBarBody>
        </MessageBar>
      )}
      {savedFor && <MessageBar intent="success" data-testid="reminder-saved"><MessageBarBody>{s.saved} ({savedFor})</MessageBarBody></MessageBar>}
      {!rows ? <Spinner size="small" /> : rows.length === 0 ? <Text data-testid="today-empty">{s.empty}</Text> : (
        <ChaseList rows={rows} s={s} digitsOf={digitsOf} onLog={(row) => { setSavedFor(undefined); setLogging(row); }} />
      )}
      {logging && (
        <ReminderDialog
          contractLabel={logging.contractCode}
          context={{ contractId: logging.contractId, installmentId: logging.installmentId, owner: logging.owner, stage: logging.stageIndex }}
          today={today}
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
