import { Button, Field, Input, Text } from "@fluentui/react-components";
import { useState } from "react";
import { bucketLabels } from "../../../core/aging";
import { useSettings } from "../../app/SettingsContext";
import { useUnsavedEdits } from "../../forms/unsavedGuard";
import { errorMessage } from "../../forms/fieldError";
import { format } from "../../i18n/language";
import { usePageStrings } from "../../i18n/pageStrings";
import { useStrings } from "../../i18n/StringsContext";
import { boundsToText, parseBoundsText } from "./boundsText";
import { useSettingsStyles } from "./Settings.styles";
import { strings } from "./strings";
import { settingLabels } from "./useSaveStatus";

type Status = { kind: "idle" } | { kind: "saved" } | { kind: "failed"; message: string };

/**
 * Aging bounds, checked on every keystroke. What the user typed stays in the box whatever the
 * error, and only a valid, changed value can be saved.
 */
export function AgingBoundsField() {
  const s = usePageStrings(strings);
  const { lang } = useStrings();
  const styles = useSettingsStyles();
  const { settings, save } = useSettings();
  const [draft, setDraft] = useState<string | undefined>(undefined); // undefined: not edited, show the stored value
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  const text = draft ?? boundsToText(settings.agingBounds);
  const parsed = parseBoundsText(text);
  const changed = parsed.ok && boundsToText(parsed.bounds) !== boundsToText(settings.agingBounds);
  // Typed and not saved: another page asks first (forms/unsavedGuard).
  useUnsavedEdits(draft !== undefined && (!parsed.ok || changed), s.unsavedBounds);

  const onSave = async () => {
    if (!parsed.ok) return;
    try {
      await save("agingBounds", parsed.bounds);
      setDraft(undefined);
      setStatus({ kind: "saved" });
    } catch (e) {
      setStatus({ kind: "failed", message: format(s.saveFailed, { message: errorMessage(e, lang, settingLabels(s)) }) });
    }
  };

  const message = !parsed.ok
    ? parsed.message(s, lang)
    : status.kind === "failed"
      ? status.message
      : status.kind === "saved" && !changed
        ? s.saved
        : s.boundsHint;
  const state = !parsed.ok || status.kind === "failed" ? "error" : status.kind === "saved" && !changed ? "success" : "none";

  return (
    <Field label={s.boundsLabel} validationState={state} validationMessage={message}>
      {(fieldProps) => (
        <div>
          <div className={styles.row}>
            <Input
              {...fieldProps}
              className={styles.input}
              value={text}
              onChange={(_, data) => {
                setDraft(data.value);
                setStatus({ kind: "idle" });
              }}
              onKeyDown={(e) => e.key === "Enter" && changed && void onSave()}
            />
            <Button appearance="primary" disabled={!changed} onClick={() => void onSave()}>{s.save}</Button>
          </div>
          {parsed.ok && <Text size={200} className={styles.preview}>{format(s.boundsPreview, { labels: bucketLabels(parsed.bounds).join(" · ") })}</Text>}
        </div>
      )}
    </Field>
  );
}
