import type { Lang } from "../i18n/language";

/**
 * Whether a form holds edits that are not saved: some field's text differs from the record (or the
 * empty form) it was opened on. Spaces around a value do not count: saving trims them, so a field
 * that differs only by them loses nothing when the form is closed.
 */
export function formIsDirty<F extends string>(base: Readonly<Record<F, string>>, values: Readonly<Record<F, string>>): boolean {
  return (Object.keys(values) as F[]).some((f) => (values[f] ?? "").trim() !== (base[f] ?? "").trim());
}

/** The forms holding unsaved edits, each named once, in the order they registered, as one phrase in `lang`. */
export function unsavedFormsText(labels: Iterable<string>, lang: Lang): string {
  return [...new Set(labels)].join(lang === "zh" ? "；" : "; ");
}
