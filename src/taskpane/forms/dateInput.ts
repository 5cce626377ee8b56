import type { ChangeEvent, FocusEvent, FormEvent } from "react";

/**
 * What a date field holds while its input shows a date that does not exist (02/30/2026) or is only
 * partly typed: the browser then reports an empty value, with `validity.badInput` set. Core's date
 * check refuses this text as not a date (errorMessage says "… is not a valid date"), where an empty
 * value would read as "required" or, in an optional field, be saved as no date at all.
 */
export const BAD_DATE = "invalid date";

type DateEvent = ChangeEvent<HTMLInputElement> | FormEvent<HTMLInputElement> | FocusEvent<HTMLInputElement>;

/** The value a date input's event reports: its ISO date, "" when cleared, BAD_DATE when not a real date. */
export function dateInputValue(input: Pick<HTMLInputElement, "value"> & { validity?: Pick<ValidityState, "badInput"> }): string {
  return input.value === "" && input.validity?.badInput ? BAD_DATE : input.value;
}

/**
 * Props for a date <Input>: type, value and the events that report what was typed. React reports a
 * change only when the value changes, and typing an impossible date into an empty field leaves it
 * empty, so input and blur are listened to as well. The input is given "" for BAD_DATE, which it
 * already shows as empty, so what the user typed stays on screen.
 */
export function dateInputProps(value: string, set: (value: string) => void) {
  const read = (e: DateEvent) => {
    const next = dateInputValue(e.currentTarget);
    if (next !== value) set(next);
  };
  return { type: "date" as const, value: value === BAD_DATE ? "" : value, onChange: read, onInput: read, onBlur: read };
}
