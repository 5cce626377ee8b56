import { useCallback, useState } from "react";

/**
 * The text of a form exactly as typed (nothing is lost when a field or a save is refused), with
 * which fields were touched: a field shows its problem once touched, or once a save was tried.
 */
export function useFormState<F extends string>(initial: Record<F, string>) {
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<Partial<Record<F, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const set = useCallback((field: F, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setTouched((t) => ({ ...t, [field]: true }));
  }, []);
  const reset = useCallback((next: Record<F, string>) => {
    setValues(next);
    setTouched({});
    setSubmitted(false);
  }, []);
  /** Fluent `Field` props showing `message` when the field was touched or a save was tried. */
  const fieldState = (field: F, message: string | undefined) =>
    message && (touched[field] || submitted) ? { validationState: "error" as const, validationMessage: message } : {};
  return { values, set, reset, submitted, setSubmitted, fieldState };
}
