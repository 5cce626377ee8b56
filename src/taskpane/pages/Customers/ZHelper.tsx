import { useState } from "react";
import { Button, Field, Input, Select, Text } from "@fluentui/react-components";
import { zForStrength } from "../../../core/credit/scorecard";
import { altmanZ, type ZInputs, Z_MODELS, type ZModel, zUsesSales } from "../../../core/credit/zscore";
import { formIsDirty } from "../../forms/dirtyForm";
import { core, numberProblem, type Problems, problemText } from "../../forms/problems";
import { useUnsavedEdits } from "../../forms/unsavedGuard";
import { format } from "../../i18n/language";
import { useStrings } from "../../i18n/StringsContext";
import { useCustomersStyles } from "./Customers.styles";
import { argLabels, type CustomersStrings } from "./strings";

const Z_FIELDS = ["workingCapital", "retainedEarnings", "ebit", "equityValue", "sales", "totalAssets", "totalLiabilities"] as const;
type ZField = (typeof Z_FIELDS)[number];

const NO_FIGURES: Record<ZField, string> = { workingCapital: "", retainedEarnings: "", ebit: "", equityValue: "", sales: "", totalAssets: "", totalLiabilities: "" };

/**
 * Altman Z from the customer's balance sheet (core/credit/zscore), to use as its financial strength.
 * It is shown and used rounded only as far as keeps it in its zone (zForStrength): 2.989 is 2.989,
 * not 2.99, which would score as the safe zone.
 * Figures typed and not yet used are unsaved edits (forms/unsavedGuard); once used, the assessment
 * form holds the Z.
 */
export function ZHelper({ s, onUse }: { s: CustomersStrings; onUse: (z: number, model: ZModel) => void }) {
  const { lang } = useStrings();
  const styles = useCustomersStyles();
  const [model, setModel] = useState<ZModel>("Z'");
  const [values, setValues] = useState<Record<ZField, string>>(NO_FIGURES);
  const [usedValues, setUsedValues] = useState(NO_FIGURES);
  useUnsavedEdits(formIsDirty(usedValues, values), s.unsavedZHelper);
  const used = Z_FIELDS.filter((f) => f !== "sales" || zUsesSales(model));
  const problems: Problems<ZField> = {};
  const numbers = {} as Record<ZField, number>;
  for (const f of used) {
    const r = numberProblem(values[f], f);
    if (r.problem) problems[f] = r.problem;
    else numbers[f] = r.value!;
  }
  let z: number | undefined;
  const anyTyped = used.some((f) => values[f].trim() !== "");
  if (Object.keys(problems).length === 0) {
    const p = core(() => (z = altmanZ({ ...numbers, sales: numbers.sales ?? 0 } as ZInputs, model)));
    if (p && "error" in p) problems[(p.error.params.arg as ZField) ?? "totalAssets"] = p;
  }
  const labels = argLabels(s);
  const shown = z === undefined ? undefined : zForStrength(z, model);
  return (
    <details data-testid="z-helper">
      <summary>{s.zHelper}</summary>
      <div className={styles.form}>
        <Field label={s.zModel}>
          <Select name="zModel" value={model} onChange={(_, d) => setModel(d.value as ZModel)}>
            {Z_MODELS.map((m) => <option key={m} value={m}>{m}</option>)}
          </Select>
        </Field>
        <div className={styles.pair} style={{ flexWrap: "wrap" }}>
          {used.map((f) => (
            <Field key={f} label={s[f]} {...(anyTyped && problems[f] ? { validationState: "error" as const, validationMessage: problemText(problems[f], s, lang, labels) } : {})}>
              <Input
                name={`z-${f}`} inputMode="decimal" value={values[f]} onChange={(_, d) => setValues((v) => ({ ...v, [f]: d.value }))}
                // The helper sits inside the assessment form: Enter here must not save the assessment
                // (with the financial strength as it was, before this Z is used).
                onKeyDown={(e) => { if (e.key === "Enter") e.preventDefault(); }}
              />
            </Field>
          ))}
        </div>
        {shown !== undefined && (
          <div className={styles.line}>
            <Text data-testid="z-result">{format(s.zResult, { z: shown })}</Text>
            <Button size="small" onClick={() => { setUsedValues(values); onUse(shown, model); }}>{s.useZ}</Button>
          </div>
        )}
      </div>
    </details>
  );
}
