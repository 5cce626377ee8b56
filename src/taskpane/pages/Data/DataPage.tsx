import { Subtitle2 } from "@fluentui/react-components";
import { getLedger } from "../../app/ledger";
import { useSettings } from "../../app/SettingsContext";
import { usePageStrings } from "../../i18n/pageStrings";
import { BackupSection } from "./BackupSection";
import { useDataStyles } from "./Data.styles";
import { ImportSection } from "./ImportSection";
import { ReportsSection } from "./ReportsSection";
import { SnapshotSection } from "./SnapshotSection";
import { StorageStatus } from "./StorageStatus";
import { strings } from "./strings";
import { digitsFor } from "../../ledger/currencyDigits";

/**
 * The workbook bridge and data safety: import, reports, sample sheet, backup, workbook snapshot.
 * Outside Excel the shell's notice says what needs Excel; the workbook buttons are disabled.
 */
export default function DataPage() {
  const s = usePageStrings(strings);
  const styles = useDataStyles();
  const { settings } = useSettings();
  const db = getLedger();
  const currency = settings.defaultCurrency;
  return (
    <section className={styles.page} aria-label={s.title}>
      <Subtitle2 as="h2">{s.title}</Subtitle2>
      <StorageStatus s={s} />
      <SnapshotSection db={db} s={s} />
      <ImportSection db={db} s={s} defaults={{ digits: digitsFor(currency.code, currency), currency: currency.code }} />
      <ReportsSection db={db} s={s} />
      <BackupSection db={db} s={s} />
    </section>
  );
}
