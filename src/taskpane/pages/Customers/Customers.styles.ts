import { makeStyles, tokens } from "@fluentui/react-components";
import { listScroller, recordPageRules } from "../../styles/recordPage.styles";

/**
 * The assessment history in a narrow pane: seven columns cannot share 320 or 450px (Fluent's fixed
 * layout gave each the same share and "Prepayment" ran into "Payment cycle"). Below this width of
 * the box holding the table (`historyBox`) each assessment becomes a small grid — date and limit on
 * the first line, the other cells under them, each named by its column (`data-label`) — as the
 * contract detail's tables do. Wider, it is a table sized to its content.
 */
const STACKED = "@container (max-width: 639.98px)";

export const useCustomersStyles = makeStyles({
  ...recordPageRules,
  scroller: listScroller(260),
  /** Three fields side by side while each keeps room for its value (a date reads whole), else they wrap. */
  fields: { display: "flex", flexWrap: "wrap", alignItems: "flex-start", gap: tokens.spacingHorizontalS, "> *": { flex: "1 1 150px", minWidth: 0 } },
  historyBox: { containerType: "inline-size", overflowX: "auto", maxWidth: "100%" },
  historyTable: { tableLayout: "auto", [STACKED]: { display: "block" } },
  /** Stacked rows name their cells, so the header row is left to screen readers. */
  historyHead: {
    [STACKED]: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  },
  historyBody: { [STACKED]: { display: "block" } },
  historyRow: {
    [STACKED]: {
      display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", alignItems: "baseline",
      gridTemplateAreas: `"date limit" "grade score" "prepayment cycle" "assessor assessor"`,
      columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, padding: `${tokens.spacingVerticalXS} 0`,
    },
  },
  historyCell: { overflowWrap: "anywhere", [STACKED]: { display: "block", height: "auto", minWidth: 0, padding: 0 } },
  /** A cell at the right end of its stacked line. */
  historyEnd: { [STACKED]: { justifySelf: "end", textAlign: "right" } },
  /** A stacked cell says what it is: "Prepayment 20%". */
  labelled: {
    [STACKED]: { "::before": { content: "attr(data-label) ' '", color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular } },
  },
  nowrap: { whiteSpace: "nowrap" },
});
