import type { ReactNode } from "react";
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";

export interface ConfirmDialogProps {
  /** Shown while true. */
  readonly open: boolean;
  readonly title: ReactNode;
  /** What confirming will do, in the analyst's terms (amounts, what changes elsewhere). */
  readonly text: ReactNode;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  /** The action is running: both buttons wait, and the dialog cannot be dismissed. */
  readonly busy: boolean;
  /** The text says why the action cannot be done as things stand. */
  readonly blocked?: boolean;
  readonly onCancel: () => void;
  readonly onConfirm: () => void;
  readonly testId: string;
  readonly textTestId?: string;
}

/**
 * The question asked before an action that changes the ledger in a way the analyst must mean
 * (delete a receipt or an invoice, close or reopen a contract): what will happen, then Cancel or
 * the action named. Escape and Cancel close it unless the action is running.
 */
export function ConfirmDialog({ open, title, text, confirmLabel, cancelLabel, busy, blocked, onCancel, onConfirm, testId, textTestId }: ConfirmDialogProps) {
  return (
    <Dialog open={open} onOpenChange={(_, d) => { if (!d.open && !busy) onCancel(); }}>
      <DialogSurface data-testid={testId}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent data-testid={textTestId}>{text}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" disabled={busy} onClick={onCancel}>{cancelLabel}</Button>
            <Button appearance="primary" disabled={busy || blocked} onClick={onConfirm}>{confirmLabel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
