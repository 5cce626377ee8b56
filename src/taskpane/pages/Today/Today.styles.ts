import { makeStyles, tokens } from "@fluentui/react-components";

export const useTodayStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minHeight: 0 },
  header: { display: "flex", alignItems: "baseline", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  subtitle: { color: tokens.colorNeutralForeground3 },
  scroller: { height: "calc(100vh - 220px)", minHeight: "240px", overflowY: "auto", contain: "strict" },
  card: {
    position: "absolute", left: 0, right: 0, boxSizing: "border-box",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS,
  },
  broken: { borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}`, backgroundColor: tokens.colorPaletteRedBackground1 },
  line: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  /** Text that wraps onto more lines instead of being cut (a long word or amount breaks if it must). */
  wrap: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  amount: { fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
});
