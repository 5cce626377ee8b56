import { Fragment } from "react";
import { makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  // The number moves to the next line whole (after "CNY"), and breaks after its separators only
  // when a line of its own is still too narrow for it.
  number: { display: "inline-block", maxWidth: "100%" },
});

/**
 * An amount ("CNY 10,000,004,085,678.90") that fits a narrow box: it may break after the currency
 * and, when the number alone is wider than the box, after its thousands separators. It reads and
 * copies the same, but no longer spills into the next card or column of a 320px pane.
 */
export function Amount({ value }: { value: string }) {
  const styles = useStyles();
  const space = value.lastIndexOf(" ");
  const parts = value.slice(space + 1).split(",");
  return (
    <>
      {value.slice(0, space + 1)}
      <span className={styles.number}>
        {parts.map((part, k) => (k < parts.length - 1 ? <Fragment key={k}>{part},<wbr /></Fragment> : <Fragment key={k}>{part}</Fragment>))}
      </span>
    </>
  );
}
