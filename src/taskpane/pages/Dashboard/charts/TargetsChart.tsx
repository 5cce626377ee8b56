import { ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { TargetsChartProps } from "./chartTypes";
import { targetProgress } from "./targetProgress";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  head: { display: "flex", justifyContent: "space-between", alignItems: "baseline", gap: tokens.spacingHorizontalS, minWidth: 0 },
  text: { minWidth: 0, overflowWrap: "anywhere" },
  percent: { flexShrink: 0, fontVariantNumeric: "tabular-nums" },
  muted: { flexShrink: 0, color: tokens.colorNeutralForeground3 },
});

/**
 * One row per owner: what was collected against the period's target, the percentage of it
 * (past 100% when exceeded) and a bar filled that far. An owner without a target shows what was
 * collected and says there is no target: no percentage and no bar.
 */
export function TargetsChart({ title, noTargetLabel, owners, money, testId = "targets-chart" }: TargetsChartProps) {
  const styles = useStyles();
  return (
    <div data-testid={testId} aria-label={title} className={styles.list}>
      {owners.map((o) => {
        const p = targetProgress(o);
        if (p.percent === undefined) {
          return (
            <div key={o.owner} className={styles.row} data-testid="target-progress" data-owner={o.owner}>
              <div className={styles.head}>
                <Text size={200} className={styles.text}>{`${o.owner}: ${money.format(o.collectedMinor)}`}</Text>
                <Text size={200} className={styles.muted} data-testid="target-percent">{noTargetLabel}</Text>
              </div>
            </div>
          );
        }
        const label = `${o.owner}: ${money.format(o.collectedMinor)} / ${money.format(o.targetMinor)}`;
        return (
          <div key={o.owner} className={styles.row} data-testid="target-progress" data-owner={o.owner}>
            <div className={styles.head}>
              <Text size={200} className={styles.text}>{label}</Text>
              <Text size={200} weight="semibold" className={styles.percent} data-testid="target-percent">{`${p.percent}%`}</Text>
            </div>
            <ProgressBar
              value={p.fill}
              max={1}
              thickness="large"
              color={p.reached ? "success" : "brand"}
              aria-label={`${label} ${p.percent}%`}
              data-testid="target-bar"
            />
          </div>
        );
      })}
    </div>
  );
}

export default TargetsChart;
