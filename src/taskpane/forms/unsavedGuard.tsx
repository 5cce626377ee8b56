import { createContext, type ReactNode, useCallback, useContext, useEffect, useId, useMemo, useRef, useState } from "react";
import { format } from "../i18n/language";
import { usePageStrings } from "../i18n/pageStrings";
import { useStrings } from "../i18n/StringsContext";
import { ConfirmDialog } from "./ConfirmDialog";
import { unsavedFormsText } from "./dirtyForm";
import { UNSAVED_STRINGS } from "./unsavedStrings";

export interface UnsavedEditsGuard {
  /** Whether a mounted form holds edits not saved. */
  hasUnsavedEdits(): boolean;
  /**
   * Before something that would throw away what forms hold (another page, Back, Cancel): runs
   * `proceed` at once when no form holds unsaved edits, else asks, and runs it only if the analyst
   * chooses to discard them.
   */
  confirmDiscard(proceed: () => void): void;
  /** A form's edits, named by `label` in the user's language; undefined: nothing unsaved. */
  set(id: string, label: string | undefined): void;
}

/** Outside a provider nothing is guarded: every action proceeds at once. */
const NO_GUARD: UnsavedEditsGuard = { hasUnsavedEdits: () => false, confirmDiscard: (proceed) => proceed(), set: () => undefined };

const UnsavedEditsContext = createContext<UnsavedEditsGuard>(NO_GUARD);

/**
 * Where the pane's forms say they hold unsaved edits (useUnsavedEdits), and the one question asked
 * before they would be lost (ConfirmDialog: Keep editing, or Discard). Escape keeps editing.
 */
export function UnsavedEditsProvider({ children }: { children: ReactNode }) {
  const s = usePageStrings(UNSAVED_STRINGS);
  const { lang } = useStrings();
  const dirty = useRef(new Map<string, string>());
  const [asking, setAsking] = useState<{ proceed: () => void; what: string } | undefined>();
  const set = useCallback((id: string, label: string | undefined) => {
    if (label === undefined) dirty.current.delete(id);
    else dirty.current.set(id, label);
  }, []);
  const hasUnsavedEdits = useCallback(() => dirty.current.size > 0, []);
  const confirmDiscard = useCallback((proceed: () => void) => {
    if (dirty.current.size === 0) proceed();
    else setAsking({ proceed, what: unsavedFormsText(dirty.current.values(), lang) });
  }, [lang]);
  const guard = useMemo<UnsavedEditsGuard>(() => ({ hasUnsavedEdits, confirmDiscard, set }), [hasUnsavedEdits, confirmDiscard, set]);
  return (
    <UnsavedEditsContext.Provider value={guard}>
      {children}
      <ConfirmDialog
        open={asking !== undefined}
        title={s.title}
        text={asking ? format(s.text, { what: asking.what }) : ""}
        confirmLabel={s.discard}
        cancelLabel={s.keep}
        busy={false}
        onCancel={() => setAsking(undefined)}
        onConfirm={() => {
          const proceed = asking?.proceed;
          setAsking(undefined);
          proceed?.();
        }}
        testId="unsaved-edits-dialog"
        textTestId="unsaved-edits-text"
      />
    </UnsavedEditsContext.Provider>
  );
}

export function useUnsavedEditsGuard(): UnsavedEditsGuard {
  return useContext(UnsavedEditsContext);
}

/**
 * A form says, while it is mounted, whether it holds edits not saved (`label` names them in the
 * user's language: "The contact note for HT-A"). Changing page, and the guarded Back and Cancel
 * buttons, then ask before throwing them away. Returns confirmDiscard for the form's own Cancel.
 */
export function useUnsavedEdits(dirty: boolean, label: string): UnsavedEditsGuard["confirmDiscard"] {
  const id = useId();
  const guard = useUnsavedEditsGuard();
  const { set } = guard;
  useEffect(() => {
    set(id, dirty ? label : undefined);
    return () => set(id, undefined);
  }, [set, id, dirty, label]);
  return guard.confirmDiscard;
}
