import { Caption1, ProgressBar } from "@fluentui/react-components";
import type { RestoreProgress } from "../../../core/backup/backup";

/**
 * A long task under way: a bar (filling as `progress` moves, moving back and forth while there is
 * no count to show) and what is happening, announced to screen readers.
 */
export function TaskProgress({ progress, label, testId }: { progress?: RestoreProgress; label: string; testId: string }) {
  const value = progress === undefined ? undefined : progress.total === 0 ? 1 : progress.done / progress.total;
  return (
    <div role="status" data-testid={testId}>
      <ProgressBar value={value} />
      <Caption1>{label}</Caption1>
    </div>
  );
}
