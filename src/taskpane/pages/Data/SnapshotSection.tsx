import {
  Button, Caption1, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody, Subtitle2,
} from "@fluentui/react-components";
import { useState } from "react";
import type { LedgerDb } from "../../../core/store/db";
import { useHost } from "../../app/HostContext";
import { restoreLedgerFromWorkbook, saveLedgerToWorkbook } from "../../excel/snapshot";
import { format } from "../../i18n/language";
import { useStrings } from "../../i18n/StringsContext";
import { useDataStyles } from "./Data.styles";
import { errorText } from "./errorText";
import type { DataStrings } from "./strings";

export function SnapshotSection({ db, s }: { db: LedgerDb; s: DataStrings }) {
  const styles = useDataStyles();
  const { lang } = useStrings();
  const host = useHost();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  const act = async (task: () => Promise<string>) => {
    setBusy(true);
    try {
      setMessage({ ok: true, text: await task() });
    } catch (e) {
      setMessage({ ok: false, text: format(s.failed, { message: errorText(e, lang) }) });
    } finally {
      setBusy(false);
    }
  };
  const save = () => act(async () => format(s.snapshotSaved, { records: (await saveLedgerToWorkbook(db)).records }));
  const restore = () => act(async () => {
    setConfirming(false);
    const r = await restoreLedgerFromWorkbook(db);
    return r ? format(s.restored, { records: r.records }) : s.snapshotNone;
  });

  return (
    <section className={styles.section} aria-label={s.snapshotTitle}>
      <Subtitle2 as="h3">{s.snapshotTitle}</Subtitle2>
      <Caption1 className={styles.hint}>{s.snapshotHint}</Caption1>
      <div className={styles.buttons}>
        <Button disabled={!host.excel || busy} onClick={() => void save()}>{s.snapshotSave}</Button>
        <Button disabled={!host.excel || busy} onClick={() => setConfirming(true)}>{s.snapshotRestore}</Button>
      </div>
      {message && <MessageBar intent={message.ok ? "success" : "error"}><MessageBarBody>{message.text}</MessageBarBody></MessageBar>}
      <Dialog open={confirming} onOpenChange={(_, d) => setConfirming(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{s.restoreConfirmTitle}</DialogTitle>
            <DialogContent>{s.snapshotHint}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setConfirming(false)}>{s.cancel}</Button>
              <Button appearance="primary" onClick={() => void restore()}>{s.restoreDo}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
