import { useCallback, useEffect, useRef, useState } from "react";
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
  const [submitted, setSubmittedState] = useState(false);
  // Save attempts: after each, once the form shows its problems, focus moves to the first field
  // marked invalid (Fluent's Field sets aria-invalid on its control), not left on the Save button.
  const [attempts, setAttempts] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const setSubmitted = useCallback((value: boolean) => {
    setSubmittedState(value);
    if (value) setAttempts((n) => n + 1);
  }, []);
  useEffect(() => {
    if (attempts > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempts]);
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
    setSubmittedState(false);
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
  /** `formRef`: the form's element (`<form ref={form.formRef}>`), where a refused save moves focus. */
  return { values, set, reset, rebase, conflicts, submitted, setSubmitted, fieldState, dirty, formRef };
}
