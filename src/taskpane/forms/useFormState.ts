import { useCallback, useState } from "react";
import { format, type Lang } from "../i18n/language";
import { formIsDirty } from "./dirtyForm";
import { ERROR_STRINGS } from "./errorStrings";
import { mergeStaleEdit } from "./mergeStaleEdit";

/**
 * The text of a form exactly as typed (nothing is lost when a field or a save is refused), with
 * which fields were touched: a field shows its problem once touched, or once a save was tried.
 * `dirty`: the text differs from what the form was opened (or last reset, or rebased) on, so
 * closing the form would lose it (forms/unsavedGuard asks first).
 */
export function useFormState<F extends string>(initial: Record<F, string>) {
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<Partial<Record<F, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  /** The record's values the form was opened on, and fields another pane also changed (their value). */
  const [base, setBase] = useState(initial);
  const [conflicts, setConflicts] = useState<Partial<Record<F, string>>>({});
  const set = useCallback((field: F, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setTouched((t) => ({ ...t, [field]: true }));
    setConflicts((c) => (field in c ? { ...c, [field]: undefined } : c));
  }, []);
  const reset = useCallback((next: Record<F, string>) => {
    setValues(next);
    setBase(next);
    setTouched({});
    setSubmitted(false);
    setConflicts({});
  }, []);
  /**
   * After a stale edit: take the record as it now is (`theirs`) without losing what was typed
   * (forms/mergeStaleEdit); the form is then based on `theirs`, so saving again is not stale.
   */
  const rebase = (theirs: Record<F, string>) => {
    const merged = mergeStaleEdit(base, values, theirs);
    setValues(merged.values);
    setBase(theirs);
    setConflicts(merged.conflicts);
  };
  /**
   * Fluent `Field` props: `message` (the field's problem) once the field was touched or a save was
   * tried; else, after a stale edit, the value another pane saved in it (in `lang`, when given).
   */
  const fieldState = (field: F, message: string | undefined, lang?: Lang): { validationState?: "error" | "warning"; validationMessage?: string } => {
    if (message && (touched[field] || submitted)) return { validationState: "error", validationMessage: message };
    const theirs = conflicts[field];
    if (lang === undefined || theirs === undefined) return {};
    return { validationState: "warning", validationMessage: format(ERROR_STRINGS[lang].conflict, { value: theirs || "—" }) };
  };
  const dirty = formIsDirty(base, values);
  return { values, set, reset, rebase, conflicts, submitted, setSubmitted, fieldState, dirty };
}
