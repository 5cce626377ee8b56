import { Button, Caption1, MessageBar, MessageBarBody, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import { installmentLedgerTable, planVsActualTable, reminderLogTable } from "../../../core/export/ledgerReports";
import { loadSnapshot } from "../../../core/store/loadSnapshot";
import { REPORT_STRINGS } from "../../../core/export/strings";
import { serialFromYmd } from "../../../core/dates";
import type { LedgerDb } from "../../../core/store/db";
import { useHost } from "../../app/HostContext";
import { useSettings } from "../../app/SettingsContext";
import { writeAgingReport } from "../../excel/agingReport";
import { writeSampleWorkbook } from "../../excel/sampleWorkbook";
import { writeReport } from "../../excel/writeReport";
import { format } from "../../i18n/language";
import { useStrings } from "../../i18n/StringsContext";
import { useDataStyles } from "./Data.styles";
import { errorText } from "./errorText";
import type { DataStrings } from "./strings";

/** Today on the user's calendar (the pane may use Date; core works in serials). */
function todaySerial(): number {
  const now = new Date();
  return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

type Outcome = { ok: true; sheet: string } | { ok: false; error: unknown };

/**
 * Every amount in a report is in its own contract's currency and written with that currency's
 * digits (core/export/ledgerReports); nothing is added across currencies. The default currency
 * setting only gives the digits of a code ISO 4217 does not list, and of an amount whose contract
 * is missing.
 */
export function ReportsSection({ db, s }: { db: LedgerDb; s: DataStrings }) {
  const styles = useDataStyles();
  const { settings } = useSettings();
  const { defaultCurrency, agingBounds: bounds, dunningPolicy } = settings;
  const { lang } = useStrings();
  const host = useHost();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const t = REPORT_STRINGS[lang];

  const act = (task: () => Promise<string>) => async () => {
    setBusy(true);
    setOutcome(undefined);
    try {
      setOutcome({ ok: true, sheet: await task() });
    } catch (error) {
      setOutcome({ ok: false, error });
    } finally {
      setBusy(false);
    }
  };
  const ledger = async () => (await writeReport(installmentLedgerTable(await loadSnapshot(db), lang, todaySerial(), defaultCurrency), { sheetName: t.ledgerSheet })).sheetName;
  const aging = async () => (await writeAgingReport(installmentLedgerTable(await loadSnapshot(db), lang, todaySerial(), defaultCurrency), lang, bounds)).sheetName;
  const reminders = async () => (await writeReport(reminderLogTable(await loadSnapshot(db), lang, defaultCurrency, dunningPolicy), { sheetName: t.remindersSheet })).sheetName;
  const plan = async () => (await writeReport(planVsActualTable(await loadSnapshot(db), lang, defaultCurrency), { sheetName: t.planSheet })).sheetName;
  const sample = async () => (await writeSampleWorkbook(lang)).sheetName;
  const disabled = !host.excel || busy;

  return (
    <>
      <section className={styles.section} aria-label={s.reportsTitle}>
        <Subtitle2 as="h3">{s.reportsTitle}</Subtitle2>
        <Caption1 className={styles.hint}>{s.reportsHint}</Caption1>
        <div className={styles.buttons}>
          <Button disabled={disabled} onClick={act(ledger)}>{s.reportLedger}</Button>
          <Button disabled={disabled} onClick={act(aging)}>{s.reportAging}</Button>
          <Button disabled={disabled} onClick={act(reminders)}>{s.reportReminders}</Button>
          <Button disabled={disabled} onClick={act(plan)}>{s.reportPlan}</Button>
        </div>
      </section>
      <section className={styles.section} aria-label={s.sampleTitle}>
        <Subtitle2 as="h3">{s.sampleTitle}</Subtitle2>
        <Caption1 className={styles.hint}>{s.sampleHint}</Caption1>
        <div className={styles.buttons}>
          <Button disabled={disabled} onClick={act(sample)}>{s.sampleButton}</Button>
        </div>
      </section>
      {outcome?.ok === true && <MessageBar intent="success"><MessageBarBody>{format(s.reportDone, { sheet: outcome.sheet })}</MessageBarBody></MessageBar>}
      {outcome?.ok === false && <MessageBar intent="error"><MessageBarBody>{format(s.failed, { message: errorText(outcome.error, lang) })}</MessageBarBody></MessageBar>}
    </>
  );
}
