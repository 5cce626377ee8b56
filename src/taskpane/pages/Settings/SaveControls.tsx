import { Button, Text } from "@fluentui/react-components";
import type { SettingsStrings } from "./strings";
import { useSettingsStyles } from "./Settings.styles";
import type { SaveStatus } from "./useSaveStatus";

/**
 * An editor's save and discard buttons (only while it holds a change) and the outcome of its last
 * save, under `${testId}` (e.g. "weights-status").
 */
export function SaveControls({ s, dirty, canSave, onSave, onDiscard, status, testId }: {
  s: SettingsStrings;
  dirty: boolean;
  canSave: boolean;
  onSave: () => void;
  onDiscard: () => void;
  status: SaveStatus;
  testId: string;
}) {
  const styles = useSettingsStyles();
  return (
    <>
      {dirty && <Button size="small" appearance="primary" disabled={!canSave} onClick={onSave}>{s.saveChanges}</Button>}
      {dirty && <Button size="small" onClick={onDiscard}>{s.discard}</Button>}
      {status.kind === "saved" && !dirty && <Text className={styles.preview} data-testid={testId}>{s.saved}</Text>}
      {status.kind === "failed" && <Text className={styles.error} data-testid={testId}>{status.message}</Text>}
    </>
  );
}
