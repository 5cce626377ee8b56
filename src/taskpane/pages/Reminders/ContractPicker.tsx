import { useMemo, useRef, useState } from "react";
import { Combobox, Option } from "@fluentui/react-components";
import { format } from "../../i18n/language";
import { usePageStrings } from "../../i18n/pageStrings";
import { type ContractChoice, matchContracts } from "./contractChoices";
import { strings } from "./strings";

const ALL = "all";
const HINT = "hint";

export interface ContractPickerProps {
  /** Every contract, sorted (contractChoiceList). */
  list: readonly ContractChoice[];
  /** The chosen contract's id; "" = none (or all, for a filter). */
  value: number | "";
  onChange: (id: number | "") => void;
  /** The input's text for a chosen contract. */
  display: (choice: ContractChoice) => string;
  /** Offer "All contracts" first (a filter), shown in the input when nothing is chosen. */
  allLabel?: string;
  /** Shown in the empty input when nothing is chosen (without `allLabel`). */
  placeholder?: string;
  name?: string;
}

/**
 * A searchable contract picker: typing filters by code, title or customer name and the list never
 * holds more than a few dozen options, however large the ledger. Keyboard: type, arrows, Enter.
 * Clearing the text and leaving the field chooses nothing (or all).
 */
export function ContractPicker({ list, value, onChange, display, allLabel, placeholder, name }: ContractPickerProps) {
  const s = usePageStrings(strings);
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
  const matches = useMemo(() => matchContracts(list, query ?? "", { all: allLabel !== undefined }), [list, query, allLabel]);

  const all = matches.all && <Option value={ALL} text={allLabel!}>{allLabel}</Option>;
  const typing = query !== undefined && query.trim() !== "";

  return (
    <Combobox
      name={name}
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
    >
      {/* While typing, "All" follows the matches, so Enter takes the first match rather than "All". */}
      {!typing && all}
      {matches.choices.map((c) => (
        <Option key={c.id} value={String(c.id)} text={display(c)}>
          {[c.code, c.title, c.customer].filter((t) => t !== "").join(" · ")}
        </Option>
      ))}
      {matches.more > 0 && <Option value={HINT} disabled>{format(s.pickerMore, { n: matches.more.toLocaleString("en-US") })}</Option>}
      {matches.choices.length === 0 && <Option value={HINT} disabled>{s.pickerNone}</Option>}
      {typing && all}
    </Combobox>
  );
}
