import {
  Button, Caption1, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody, Subtitle2,
} from "@fluentui/react-components";
import { useState } from "react";
import type { RestoreProgress } from "../../../core/backup/backup";
import type { LedgerDb } from "../../../core/store/db";
import { useHost } from "../../app/HostContext";
import { restoreLedgerFromWorkbook, saveLedgerToWorkbook } from "../../excel/snapshot";
import { format } from "../../i18n/language";
import { useStrings } from "../../i18n/StringsContext";
import { useDataStyles } from "./Data.styles";
import { errorText } from "./errorText";
import { TaskProgress } from "./TaskProgress";
import type { DataStrings } from "./strings";

export function SnapshotSection({ db, s }: { db: LedgerDb; s: DataStrings }) {
  const styles = useDataStyles();
  const { lang } = useStrings();
  const host = useHost();
  const [confirming, setConfirming] = useState(false);
  // Saving or restoring under way; a restore shows how far it got once the workbook's parts are read.
  const [busy, setBusy] = useState<{ progress?: RestoreProgress; label: string }>();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  const act = async (label: string, task: () => Promise<string>) => {
    setBusy({ label });
    setMessage(undefined);
    try {
      setMessage({ ok: true, text: await task() });
    } catch (e) {
      setMessage({ ok: false, text: format(s.failed, { message: errorText(e, lang) }) });
    } finally {
      setBusy(undefined);
    }
  };
  const save = () => act(s.snapshotWriting, async () => format(s.snapshotSaved, { records: (await saveLedgerToWorkbook(db)).records }));
  const restore = () => act(s.snapshotReading, async () => {
    setConfirming(false);
    const r = await restoreLedgerFromWorkbook(db, (progress) => setBusy({ progress, label: format(s.writing, { ...progress }) }));
    return r ? format(s.restored, { records: r.records }) : s.snapshotNone;
  });

  return (
    <section className={styles.section} aria-label={s.snapshotTitle}>
      <Subtitle2 as="h3">{s.snapshotTitle}</Subtitle2>
      <Caption1 className={styles.hint}>{s.snapshotHint}</Caption1>
      <div className={styles.buttons}>
        <Button disabled={!host.excel || busy !== undefined} onClick={() => void save()}>{s.snapshotSave}</Button>
        <Button disabled={!host.excel || busy !== undefined} onClick={() => setConfirming(true)}>{s.snapshotRestore}</Button>
      </div>
      {busy && <TaskProgress testId="snapshot-progress" progress={busy.progress} label={busy.label} />}
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
