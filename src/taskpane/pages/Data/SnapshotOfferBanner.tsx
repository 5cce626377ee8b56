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
import { snapshotOfferText } from "./workbookSnapshot";

/**
 * Shown when the pane opens on an empty ledger and the workbook carries a saved one (for example
 * after Office's cache was cleared): one click restores it, and it then says how much came back.
 * Self-contained: the app shell mounts it once, above every page.
 */
export function SnapshotOfferBanner({ db = getLedger() }: { db?: LedgerDb }) {
  const s = usePageStrings(strings);
  const { lang } = useStrings();
  const host = useHost();
  const [offer, setOffer] = useState<WorkbookSnapshotInfo>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [restored, setRestored] = useState<number>();

  useEffect(() => {
    if (!host.excel) return;
    let live = true;
    snapshotToOffer(db).then((o) => live && setOffer(o), (e: unknown) => console.warn("Workbook snapshot could not be read", e));
    return () => { live = false; };
  }, [db, host.excel]);

  if (restored !== undefined) {
    return <MessageBar intent="success" data-testid="snapshot-restored"><MessageBarBody>{format(s.restored, { records: restored })}</MessageBarBody></MessageBar>;
  }
  if (!offer) return null;
  const restore = async () => {
    setBusy(true);
    try {
      const r = await acceptSnapshotOffer(db);
      setOffer(undefined);
      if (r) setRestored(r.records);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <MessageBar intent={error === undefined ? "info" : "error"}>
      <MessageBarBody>
        {error === undefined ? snapshotOfferText(s, offer) : format(s.failed, { message: errorText(error, lang) })}
      </MessageBarBody>
      <MessageBarActions><Button disabled={busy} onClick={() => void restore()}>{s.snapshotRestore}</Button></MessageBarActions>
    </MessageBar>
  );
}
