import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { LedgerDb } from "../../../core/store/db";
import { getLedger } from "../../app/ledger";
import { useHost } from "../../app/HostContext";
import { acceptSnapshotOffer, snapshotToOffer, type WorkbookSnapshotInfo } from "../../excel/snapshot";
import { format } from "../../i18n/language";
import { usePageStrings } from "../../i18n/pageStrings";
import { useStrings } from "../../i18n/StringsContext";
import { errorText } from "./errorText";
import { strings } from "./strings";

/**
 * Shown when the pane opens on an empty ledger and the workbook carries a saved one (for example
 * after Office's cache was cleared): one click restores it. Self-contained, so the app shell can
 * mount it above every page; the Data page shows it too.
 */
export function SnapshotOfferBanner({ db = getLedger(), onRestored }: { db?: LedgerDb; onRestored?: (records: number) => void }) {
  const s = usePageStrings(strings);
  const { lang } = useStrings();
  const host = useHost();
  const [offer, setOffer] = useState<WorkbookSnapshotInfo>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    if (!host.excel) return;
    let live = true;
    snapshotToOffer(db).then((o) => live && setOffer(o), (e: unknown) => console.warn("Workbook snapshot could not be read", e));
    return () => { live = false; };
  }, [db, host.excel]);

  if (!offer) return null;
  const restore = async () => {
    setBusy(true);
    try {
      const r = await acceptSnapshotOffer(db);
      setOffer(undefined);
      if (r) onRestored?.(r.records);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <MessageBar intent={error === undefined ? "info" : "error"}>
      <MessageBarBody>
        {error === undefined ? format(s.snapshotOffer, { date: offer.savedAt.slice(0, 16).replace("T", " "), records: offer.records }) : format(s.failed, { message: errorText(error, lang) })}
      </MessageBarBody>
      <MessageBarActions><Button disabled={busy} onClick={() => void restore()}>{s.snapshotRestore}</Button></MessageBarActions>
    </MessageBar>
  );
}
