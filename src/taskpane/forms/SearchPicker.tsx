import { useMemo, useRef, useState } from "react";
import { Combobox, Option } from "@fluentui/react-components";
import { format } from "../i18n/language";
import { matchChoices, type SearchChoice } from "./searchChoices";

const ALL = "all";
const HINT = "hint";

export interface SearchPickerProps<T extends SearchChoice> {
  /** Every choice, sorted (e.g. with sortByCode). */
  list: readonly T[];
  /** The chosen record's id; "" = none (or all, for a filter). */
  value: number | "";
  onChange: (id: number | "") => void;
  /** The input's text for a chosen record. */
  display: (choice: T) => string;
  /** An option's text in the open list. */
  label: (choice: T) => string;
  /** The page's own words, in its language. */
  text: {
    /** The hint under a cut list, with `{n}` for how many more match: "Type to narrow: {n} more". */
    more: string;
    /** The option shown when nothing matches. */
    none: string;
  };
  /** Offer this "All …" choice first (a filter), shown in the input when nothing is chosen. */
  allLabel?: string;
  /** Shown in the empty input when nothing is chosen (without `allLabel`). */
  placeholder?: string;
  name?: string;
  size?: "small" | "medium" | "large";
}

/**
 * A searchable picker over a ledger's records: typing filters the list (matchChoices) and it never
 * holds more than a few dozen options, however large the ledger. Keyboard: type, arrows, Enter.
 * Clearing the text and leaving the field chooses nothing (or all).
 */
export function SearchPicker<T extends SearchChoice>({
  list, value, onChange, display, label, text, allLabel, placeholder, name, size,
}: SearchPickerProps<T>) {
  // What the user has typed since the last choice; undefined = not typing (the input shows the choice).
  const [query, setQuery] = useState<string | undefined>();
  // The same, readable synchronously: an option choice and the close that follows share one event.
  const typed = useRef<string | undefined>(undefined);
  const type = (q: string | undefined) => {
    typed.current = q;
    setQuery(q);
  };
  const selected = useMemo(() => (value === "" ? undefined : list.find((c) => c.id === value)), [list, value]);
  const shown = selected ? display(selected) : (allLabel ?? "");
  const matches = useMemo(() => matchChoices(list, query ?? "", { all: allLabel !== undefined }), [list, query, allLabel]);

  const all = matches.all && <Option value={ALL} text={allLabel!}>{allLabel}</Option>;
  const typing = query !== undefined && query.trim() !== "";

  return (
    <Combobox
      name={name}
      size={size}
      value={query ?? shown}
      placeholder={placeholder}
      selectedOptions={value === "" ? (allLabel === undefined ? [] : [ALL]) : [String(value)]}
      onFocus={(e) => e.target.select()}
      onChange={(e) => type(e.target.value)}
      onOptionSelect={(_, d) => {
        // Fluent reports typing away from the chosen text as a cleared selection: keep the choice until another is picked.
        if (d.optionValue === undefined || d.optionValue === HINT) return;
        type(undefined);
        onChange(d.optionValue === ALL ? "" : Number(d.optionValue));
      }}
      onOpenChange={(e, d) => {
        if (d.open || typed.current === undefined) return;
        // Leaving the field with its text cleared chooses nothing (all); Escape or other text goes back to the choice.
        const escape = "key" in e && e.key === "Escape";
        if (!escape && typed.current.trim() === "") onChange("");
        type(undefined);
      }}
      onBlur={() => {
        // Text cleared while the list was closed (select all, Backspace, Tab) never opens it: leaving chooses nothing (all) here.
        if (typed.current === undefined || typed.current.trim() !== "") return;
        onChange("");
        type(undefined);
      }}
    >
      {/* While typing, "All" follows the matches, so Enter takes the first match rather than "All". */}
      {!typing && all}
      {matches.choices.map((c) => (
        <Option key={c.id} value={String(c.id)} text={display(c)}>
          {label(c)}
        </Option>
      ))}
      {matches.more > 0 && <Option value={HINT} disabled>{format(text.more, { n: matches.more.toLocaleString("en-US") })}</Option>}
      {matches.choices.length === 0 && <Option value={HINT} disabled>{text.none}</Option>}
      {typing && all}
    </Combobox>
  );
}
