import {
  Button, Caption1, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody, Subtitle2,
} from "@fluentui/react-components";
import { useState } from "react";
import { type RestoreProgress, restoreBackup } from "../../../core/backup/backup";
import type { LedgerDb } from "../../../core/store/db";
import { useHost } from "../../app/HostContext";
import { saveLedgerToWorkbook } from "../../excel/snapshot";
import { format } from "../../i18n/language";
import { useStrings } from "../../i18n/StringsContext";
import { useDataStyles } from "./Data.styles";
import { errorText } from "./errorText";
import { TaskProgress } from "./TaskProgress";
import type { DataStrings } from "./strings";
import { readWorkbookSnapshot, snapshotRestoreConfirmText, type WorkbookSnapshot } from "./workbookSnapshot";

export function SnapshotSection({ db, s }: { db: LedgerDb; s: DataStrings }) {
  const styles = useDataStyles();
  const { lang } = useStrings();
  const host = useHost();
  // The snapshot read from the workbook, named in the "replace the ledger?" question; confirming restores this one.
  const [pending, setPending] = useState<WorkbookSnapshot>();
  // Saving or restoring under way; a restore shows how far it got once the workbook's parts are read.
  const [busy, setBusy] = useState<{ progress?: RestoreProgress; label: string }>();
  const [message, setMessage] = useState<{ intent: "success" | "error" | "info"; text: string }>();

  const act = async (label: string, task: () => Promise<string | undefined>) => {
    setBusy({ label });
    setMessage(undefined);
    try {
      const text = await task();
      if (text !== undefined) setMessage({ intent: "success", text });
    } catch (e) {
      setMessage({ intent: "error", text: format(s.failed, { message: errorText(e, lang) }) });
    } finally {
      setBusy(undefined);
    }
  };
  const save = () => act(s.snapshotWriting, async () => format(s.snapshotSaved, { records: (await saveLedgerToWorkbook(db)).records }));
  // The snapshot is read and validated first, so the question can name its date and size (a damaged
  // one is refused here, and a workbook without one says so, before anything is asked).
  const choose = () => act(s.snapshotReading, async () => {
    const found = await readWorkbookSnapshot();
    if (found) setPending(found);
    else setMessage({ intent: "info", text: s.snapshotNone });
    return undefined;
  });
  const restore = () => {
    const snapshot = pending;
    setPending(undefined);
    if (!snapshot) return;
    void act(format(s.writing, { done: 0, total: snapshot.records }), async () => {
      const r = await restoreBackup(db, snapshot.backup, (progress) => setBusy({ progress, label: format(s.writing, { ...progress }) }));
      return format(s.restored, { records: r.records });
    });
  };

  return (
    <section className={styles.section} aria-label={s.snapshotTitle}>
      <Subtitle2 as="h3">{s.snapshotTitle}</Subtitle2>
      <Caption1 className={styles.hint}>{s.snapshotHint}</Caption1>
      <div className={styles.buttons}>
        <Button disabled={!host.excel || busy !== undefined} onClick={() => void save()}>{s.snapshotSave}</Button>
        <Button disabled={!host.excel || busy !== undefined} onClick={() => void choose()}>{s.snapshotRestore}</Button>
      </div>
      {busy && <TaskProgress testId="snapshot-progress" progress={busy.progress} label={busy.label} />}
      {message && <MessageBar intent={message.intent}><MessageBarBody>{message.text}</MessageBarBody></MessageBar>}
      <Dialog open={pending !== undefined} onOpenChange={(_, d) => !d.open && setPending(undefined)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{s.restoreConfirmTitle}</DialogTitle>
            <DialogContent>{pending && snapshotRestoreConfirmText(s, pending)}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setPending(undefined)}>{s.cancel}</Button>
              <Button appearance="primary" onClick={restore}>{s.restoreDo}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
