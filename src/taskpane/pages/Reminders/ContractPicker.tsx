import { usePageStrings } from "../../i18n/pageStrings";
import { SearchPicker, type SearchPickerProps } from "../../forms/SearchPicker";
import type { ContractChoice } from "./contractChoices";
import { strings } from "./strings";

export type ContractPickerProps = Omit<SearchPickerProps<ContractChoice>, "label" | "text">;

/** An option's text: code, title and customer name, leaving out the empty ones. */
const contractLabel = (c: ContractChoice) => [c.code, c.title, c.customer].filter((t) => t !== "").join(" · ");

/**
 * A searchable contract picker (SearchPicker over contractChoiceList): typing filters by code, title
 * or customer name and the list never holds more than a few dozen options, however large the ledger.
 */
export function ContractPicker(props: ContractPickerProps) {
  const s = usePageStrings(strings);
  return <SearchPicker {...props} label={contractLabel} text={{ more: s.pickerMore, none: s.pickerNone }} />;
}
