import { type GriffelStyle, tokens } from "@fluentui/react-components";

/**
 * The layout shared by the record pages (Contracts, Customers): header, virtualised list rows, forms
 * and figure tiles. Each page spreads these rules into its own makeStyles and adds what differs.
 */
export const recordPageRules = {
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  header: { display: "flex", alignItems: "baseline", justifyContent: "space-between", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  row: {
    position: "absolute", left: 0, right: 0, boxSizing: "border-box", cursor: "pointer",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  line: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  pair: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS, "> *": { flex: 1, minWidth: 0 } },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, paddingTop: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  figures: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(120px, 1fr))", gap: tokens.spacingHorizontalS },
  figure: { display: "flex", flexDirection: "column", padding: tokens.spacingHorizontalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  /** A table too wide for a narrow pane scrolls on its own instead of widening the page. */
  tableScroll: { overflowX: "auto", maxWidth: "100%" },
  muted: { color: tokens.colorNeutralForeground3 },
  amount: { fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold },
} satisfies Record<string, GriffelStyle>;

/** A virtualised list that fills the pane below `reserved` pixels of header and filters. */
export function listScroller(reserved: number): GriffelStyle {
  return {
    height: `calc(100vh - ${reserved}px)`, minHeight: "200px", overflowY: "auto", contain: "strict",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  };
}
