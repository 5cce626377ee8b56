import { useCallback, useMemo } from "react";
import { Spinner, Subtitle2 } from "@fluentui/react-components";
import { indexLedger } from "../../../core/ledger/ledgerIndex";
import { useSettings } from "../../app/SettingsContext";
import { usePageStrings } from "../../i18n/pageStrings";
import { digitsFor } from "../../ledger/currencyDigits";
import { useLedgerSnapshot } from "../../ledger/useLedgerSnapshot";
import { useToday } from "../../ledger/useToday";
import { ContactLog } from "./ContactLog";
import { LetterDraft } from "./LetterDraft";
import { strings } from "./strings";
import { useRemindersStyles } from "./Reminders.styles";

/** The contact log and reminder letter drafts. */
export default function RemindersPage() {
  const s = usePageStrings(strings);
  const styles = useRemindersStyles();
  const { settings } = useSettings();
  const today = useToday();
  const snapshot = useLedgerSnapshot();
  const index = useMemo(() => (snapshot ? indexLedger(snapshot) : undefined), [snapshot]);
  const digitsOf = useCallback((currency: string) => digitsFor(currency, settings.defaultCurrency), [settings.defaultCurrency]);
  if (!snapshot || !index) return <Spinner size="small" />;
  // Start the draft on the contract contacted most recently: the usual next step is the letter.
  const latest = [...snapshot.reminders].sort((a, b) => (a.date === b.date ? (b.id ?? 0) - (a.id ?? 0) : a.date > b.date ? -1 : 1))[0];
  return (
    <section className={styles.page} aria-label={s.title} data-testid="reminders-page">
      <Subtitle2 as="h2">{s.title}</Subtitle2>
      <ContactLog reminders={snapshot.reminders} contracts={index.contractById} customers={index.customerById} digitsOf={digitsOf} />
      <LetterDraft
        key={latest?.contractId ?? "none"}
        snapshot={snapshot}
        index={index}
        today={today}
        policy={settings.dunningPolicy}
        digitsOf={digitsOf}
        initialContractId={latest?.contractId}
      />
    </section>
  );
}
