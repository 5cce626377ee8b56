import { Field, Input, Select } from "@fluentui/react-components";
import { PENALTY_KINDS } from "../../../core/ledger/drafts";
import { usePageStrings } from "../../i18n/pageStrings";
import { useContractsStyles } from "./Contracts.styles";
import { type PenaltyField, type PenaltyFormValues, RATE_UNITS } from "./penaltyForm";
import { penaltyStrings } from "./penaltyStrings";

export interface PenaltyFieldsProps {
  readonly values: PenaltyFormValues;
  readonly set: (field: PenaltyField, value: string) => void;
  /** Fluent Field props showing the field's problem once touched or after a save was tried. */
  readonly fieldState: (field: PenaltyField) => object;
}

/** The contract's penalty clause: none, late-payment interest, or a daily penalty with an optional cap. */
export function PenaltyFields({ values, set, fieldState }: PenaltyFieldsProps) {
  const p = usePageStrings(penaltyStrings);
  const styles = useContractsStyles();
  const kind = values.penaltyKind;
  return (
    <div className={styles.form} data-testid="penalty-fields">
      <Field label={p.penalty} {...fieldState("penaltyKind")}>
        <Select name="penaltyKind" value={kind} onChange={(_, d) => set("penaltyKind", d.value)}>
          {PENALTY_KINDS.map((k) => <option key={k} value={k}>{p[`kind.${k}`]}</option>)}
        </Select>
      </Field>
      {kind === "interest" && (
        <div className={styles.pair}>
          <Field label={p.annualRate} required {...fieldState("penaltyRate")}>
            <Input name="penaltyRate" inputMode="decimal" value={values.penaltyRate} onChange={(_, d) => set("penaltyRate", d.value)} />
          </Field>
          <Field label={p.yearDays} {...fieldState("penaltyYearDays")}>
            <Select name="penaltyYearDays" value={values.penaltyYearDays} onChange={(_, d) => set("penaltyYearDays", d.value)}>
              <option value="365">365</option>
              <option value="360">360</option>
            </Select>
          </Field>
          <Field label={p.graceDays} hint={p.graceHint} {...fieldState("penaltyGrace")}>
            <Input name="penaltyGrace" inputMode="numeric" value={values.penaltyGrace} onChange={(_, d) => set("penaltyGrace", d.value)} />
          </Field>
        </div>
      )}
      {kind === "daily" && (
        <div className={styles.pair}>
          <Field label={p.dailyRate} required {...fieldState("penaltyRate")}>
            <Input name="penaltyRate" inputMode="decimal" value={values.penaltyRate} onChange={(_, d) => set("penaltyRate", d.value)} />
          </Field>
          <Field label={p.rateUnit}>
            <Select name="penaltyRateUnit" value={values.penaltyRateUnit} onChange={(_, d) => set("penaltyRateUnit", d.value)}>
              {RATE_UNITS.map((u) => <option key={u} value={u}>{p[`unit.${u}`]}</option>)}
            </Select>
          </Field>
          <Field label={p.capShare} hint={p.capHint} {...fieldState("penaltyCap")}>
            <Input name="penaltyCap" inputMode="decimal" value={values.penaltyCap} onChange={(_, d) => set("penaltyCap", d.value)} />
          </Field>
        </div>
      )}
    </div>
  );
}
