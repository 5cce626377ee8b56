import {
  comboboxClassNames, dropdownClassNames, fieldClassNames, fluentProviderClassNames, inputClassNames, makeStaticStyles, messageBarClassNames,
  selectClassNames,
} from "@fluentui/react-components";

/**
 * A task pane can be 320px wide. Form controls will not shrink below their content (an input's
 * default size, a select's longest option, a Combobox's or Dropdown's 250px), and what a Field
 * holds is a grid item that will not either, so two fields side by side — or an input beside its
 * button — pushed the pane into sideways scrolling. Inside the pane they all shrink with their
 * column instead, on every page and form. (Scoped under the provider so that these rules outrank
 * the components' own one-class minimum widths.)
 */
const pane = `.${fluentProviderClassNames.root}`;
const shrinking = [
  `${pane} .${fieldClassNames.root} > *`,
  ...[inputClassNames.root, comboboxClassNames.root, comboboxClassNames.input, dropdownClassNames.root, selectClassNames.root].map((c) => `${pane} .${c}`),
];

/**
 * A MessageBar starts on one unwrapped line and only later (a resize observer) switches to wrapping
 * when its text does not fit; a long Chinese sentence, with no spaces, first widened the page.
 * Its text wraps from the start instead.
 */
const messageBar = `${pane} .${messageBarClassNames.root}`;

export const useNarrowPaneStyles = makeStaticStyles({
  [shrinking.join(", ")]: { minWidth: 0 },
  [messageBar]: { whiteSpace: "normal" },
});
