import {
  Button, Caption1, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody, Subtitle2,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { backupFileName, backupToJson, exportBackup, type RestoreProgress, restoreBackup } from "../../../core/backup/backup";
import type { LedgerBackup } from "../../../core/backup/format";
import { parseBackup } from "../../../core/backup/validate";
import type { LedgerDb } from "../../../core/store/db";
import { format } from "../../i18n/language";
import { useStrings } from "../../i18n/StringsContext";
import { useDataStyles } from "./Data.styles";
import { errorText } from "./errorText";
import { TaskProgress } from "./TaskProgress";
import type { DataStrings } from "./strings";

const countRecords = (b: LedgerBackup): number => Object.values(b.tables).reduce((n, t) => n + t.length, 0);

/**
 * An ISO timestamp as the user's clock reads it, "2026-11-27 07:30" (`timeZone`: the user's when
 * undefined). A backup records UTC; read as it is, a backup taken at 07:30 in Beijing would say
 * 2026-11-26 23:30. Text that is not a timestamp is returned as it is.
 */
export function localDateTime(iso: string, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
  }).formatToParts(d);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}`;
}

/** The backup's file name, by the day on the user's clock. */
export function backupDownloadName(backup: LedgerBackup, timeZone?: string): string {
  return backupFileName(backup, localDateTime(backup.exportedAt, timeZone).slice(0, 10));
}

/** Hand a file to the browser's download. */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function BackupSection({ db, s }: { db: LedgerDb; s: DataStrings }) {
  const styles = useDataStyles();
  const { lang } = useStrings();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [pending, setPending] = useState<LedgerBackup>();
  // A backup or a restore under way: the buttons wait for it, and a restore shows how far it got.
  const [busy, setBusy] = useState<{ task: "saving" } | { task: "restoring"; progress: RestoreProgress }>();
  const fileInput = useRef<HTMLInputElement>(null);

  const save = async () => {
    setBusy({ task: "saving" });
    setMessage(undefined);
    try {
      const backup = await exportBackup(db);
      const name = backupDownloadName(backup);
      download(name, backupToJson(backup));
      setMessage({ ok: true, text: format(s.backupDone, { file: name, records: countRecords(backup) }) });
    } catch (e) {
      setMessage({ ok: false, text: format(s.failed, { message: errorText(e, lang) }) });
    } finally {
      setBusy(undefined);
    }
  };
  // The file is validated completely before the confirmation is even shown.
  const choose = async (file: File | undefined) => {
    if (!file) return;
    try {
      setPending(parseBackup(await file.text()));
      setMessage(undefined);
    } catch (e) {
      setMessage({ ok: false, text: errorText(e, lang) });
    }
  };
  const restore = async () => {
    const backup = pending;
    setPending(undefined);
    if (!backup) return;
    setMessage(undefined);
    setBusy({ task: "restoring", progress: { done: 0, total: countRecords(backup) } });
    try {
      const r = await restoreBackup(db, backup, (progress) => setBusy({ task: "restoring", progress }));
      setMessage({ ok: true, text: format(s.restored, { records: r.records }) });
    } catch (e) {
      setMessage({ ok: false, text: format(s.failed, { message: errorText(e, lang) }) });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section className={styles.section} aria-label={s.backupTitle}>
      <Subtitle2 as="h3">{s.backupTitle}</Subtitle2>
      <Caption1 className={styles.hint}>{s.backupHint}</Caption1>
      <div className={styles.buttons}>
        <Button disabled={busy !== undefined} onClick={() => void save()}>{s.backupButton}</Button>
        <Button disabled={busy !== undefined} onClick={() => fileInput.current?.click()}>{s.restoreButton}</Button>
        <input ref={fileInput} className={styles.hiddenInput} type="file" accept=".json,application/json" onChange={(e) => { void choose(e.target.files?.[0]); e.target.value = ""; }} />
      </div>
      {busy?.task === "saving" && <TaskProgress testId="backup-progress" label={s.backupReading} />}
      {busy?.task === "restoring" && <TaskProgress testId="backup-progress" progress={busy.progress} label={format(s.writing, { ...busy.progress })} />}
      {message && <MessageBar intent={message.ok ? "success" : "error"}><MessageBarBody>{message.text}</MessageBarBody></MessageBar>}
      <Dialog open={pending !== undefined} onOpenChange={(_, d) => !d.open && setPending(undefined)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{s.restoreConfirmTitle}</DialogTitle>
            <DialogContent>{pending && format(s.restoreConfirm, { date: localDateTime(pending.exportedAt), records: countRecords(pending) })}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setPending(undefined)}>{s.cancel}</Button>
              <Button appearance="primary" onClick={() => void restore()}>{s.restoreDo}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
