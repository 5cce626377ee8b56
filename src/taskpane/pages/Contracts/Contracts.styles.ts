import { type GriffelStyle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { listScroller, recordPageRules } from "../../styles/recordPage.styles";

/**
 * The contract detail's tables (plan, milestones, invoices, receipts) in a narrow pane. A row of
 * amounts such as CNY 3,000,000,000.00 cannot be a table row at 320 or 450px: Fluent's fixed
 * layout gave every column the same share and the amounts ran into each other and the buttons
 * past the edge. Below this width (of the box holding the table: `stackBox`) each row becomes a
 * small grid instead: its key cells on the first line, the amount right-aligned at its full width,
 * secondary cells on the lines under it, named by their column's label (`data-label`). Wider, it is
 * a table sized to its content.
 */
const STACKED = "@container (max-width: 639.98px)";

/** A row as a grid of named areas (each cell says its area in style.gridArea). */
const stackedRow = (columns: string, areas: string): GriffelStyle => ({
  [STACKED]: {
    display: "grid", gridTemplateColumns: columns, gridTemplateAreas: areas, alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, padding: `${tokens.spacingVerticalXS} 0`,
  },
});

export const useContractsStyles = makeStyles({
  ...recordPageRules,
  filters: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))", gap: tokens.spacingHorizontalS },
  scroller: listScroller(300),
  /** Amounts take their full width and never break inside a number. */
  num: { ...recordPageRules.num, whiteSpace: "nowrap" },
  /** Holds a detail table: the width its rows stack below; scrolls rather than widening the page. */
  stackBox: { containerType: "inline-size", overflowX: "auto", maxWidth: "100%" },
  table: { tableLayout: "auto", [STACKED]: { display: "block" } },
  /** Stacked rows say what each secondary cell is, so the header row is left to screen readers. */
  head: {
    [STACKED]: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  },
  body: { [STACKED]: { display: "block" } },
  cell: {
    overflowWrap: "anywhere",
    [STACKED]: { display: "block", height: "auto", minWidth: 0, padding: 0 },
  },
  /** A cell (an amount, a button) at the right end of its stacked line. */
  end: { [STACKED]: { justifySelf: "end", textAlign: "right" } },
  /** An empty cell that only keeps a table's columns in line. */
  filler: { [STACKED]: { display: "none" } },
  /** A secondary cell stacked under the row names itself: "Open CNY 1,000.00". */
  labelled: {
    [STACKED]: { "::before": { content: "attr(data-label) ' '", color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular } },
  },
  /** The milestone's completion, "45" under a "%" header, reads "45%" stacked. */
  percent: { [STACKED]: { "::after": { content: "'%'" } } },
  planRow: stackedRow("minmax(1.5em, auto) minmax(0, 1fr) auto", `"seq due amount" "seq state open" "seq owner edit"`),
  /** A plan without state (the preview while typing): number, date, amount on one line. */
  planRowBrief: stackedRow("minmax(1.5em, auto) minmax(0, 1fr) auto", `"seq due amount"`),
  planTotal: stackedRow("auto minmax(0, 1fr) auto", `"seq . amount" "seq . open"`),
  milestoneRow: stackedRow("minmax(0, 1fr) auto", `"name percent" "planned slip" "actual edit"`),
  invoiceRow: stackedRow("minmax(0, 1fr) auto", `"number amount" "date tax" "installment delete"`),
  receiptRow: stackedRow("minmax(0, 1fr) auto", `"date amount" "method method" "applied delete"`),
});

type ClassName = string | false | undefined;

/**
 * A detail table's cells: `cell(area, …classes)` gives a cell its classes and its place in a
 * stacked row (a table ignores the grid area); `amount` is a right-aligned number cell; `filler`
 * an empty cell that only keeps a table's columns in line and is dropped when stacked.
 */
export function useDetailCells() {
  const styles = useContractsStyles();
  const cell = (area: string, ...more: ClassName[]) => ({ className: mergeClasses(styles.cell, ...more), style: { gridArea: area } });
  const amount = (area: string, ...more: ClassName[]) => cell(area, styles.num, styles.end, ...more);
  return { styles, cell, amount, filler: cell("auto", styles.filler) };
}
