import { Body1, Button, Caption1, MessageBar, MessageBarBody, Select, Subtitle2 } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { Fragment } from "react";
import { displayNoteMessage } from "../../../core/import/displayScale";
import { FIELD_LABELS, IMPORT_FIELDS, isMoneyField, MONEY_FIELDS } from "../../../core/import/fields";
import { multiplierOfField } from "../../../core/import/headers";
import { refusalMessage, skippedColumnMessage, skippedTotalsMessage } from "../../../core/import/messages";
import { MULTIPLIERS, multiplierLabel } from "../../../core/import/units";
import type { LedgerDb } from "../../../core/store/db";
import { useHost } from "../../app/HostContext";
import { listTables, readSelection, readTable } from "../../excel/readSelection";
import { format } from "../../i18n/language";
import { useStrings } from "../../i18n/StringsContext";
import { useDataStyles } from "./Data.styles";
import { errorText } from "./errorText";
import { TaskProgress } from "./TaskProgress";
import { ImportPreview, ImportWriteOffs } from "./ImportPreview";
import { type FileSheet, readImportFile } from "./readImportFile";
import type { DataStrings } from "./strings";
import { type ImportDefaults, useImportFlow } from "./useImportFlow";

const MAX_REFUSALS_SHOWN = 500;

export function ImportSection({ db, s, defaults }: { db: LedgerDb; s: DataStrings; defaults: ImportDefaults }) {
  const styles = useDataStyles();
  const { lang } = useStrings();
  const host = useHost();
  const flow = useImportFlow(db, defaults);
  const [tables, setTables] = useState<string[]>();
  const [fileSheets, setFileSheets] = useState<FileSheet[]>();
  const [readError, setReadError] = useState<unknown>();
  const fileInput = useRef<HTMLInputElement>(null);

  const read = (task: () => Promise<void>) => () => {
    setReadError(undefined);
    task().catch(setReadError);
  };
  const fromSelection = read(async () => flow.load(await readSelection()));
  const showTables = read(async () => setTables(await listTables()));
  const fromFile = async (file: File | undefined) => {
    if (!file) return;
    setReadError(undefined); // a refused earlier file must not stay reported over this one
    try {
      const sheets = await readImportFile(file);
      setFileSheets(sheets.length > 1 ? sheets : undefined);
      flow.load(sheets[0]);
    } catch (e) {
      setReadError(e);
    }
  };

  const columns = flow.source?.headers.map((h, i) => `${i + 1}. ${String(h ?? "")}`) ?? [];
  // Mapped amount columns read in a unit (合同金额(万元) → ×10,000), listed so the user sees the scaling before importing.
  const scaled = MONEY_FIELDS.flatMap((field) => {
    const column = flow.mapping[field];
    const multiplier = multiplierOfField(flow.mapping, field);
    return column === undefined || multiplier === 1 ? [] : [{ field, header: String(flow.source?.headers[column] ?? ""), multiplier }];
  });
  const p = flow.progress;
  // Rows the plan refuses (a new contract without a customer, a row changing its contract's currency, an
  // amount too precise for that currency) are valid sheet rows but will not be imported: one refusal each.
  const validCount = Math.max(0, (flow.prepared?.rows.length ?? 0) - (flow.preview?.refusals.length ?? 0));

  return (
    <section className={styles.section} aria-label={s.importTitle}>
      <Subtitle2 as="h3">{s.importTitle}</Subtitle2>
      <Caption1 className={styles.hint}>{s.importHint}</Caption1>
      <div className={styles.buttons}>
        <Button disabled={!host.excel || flow.busy} onClick={fromSelection}>{s.fromSelection}</Button>
        <Button disabled={!host.excel || flow.busy} onClick={showTables}>{s.fromTable}</Button>
        {tables && (
          <Select aria-label={s.pickTable} onChange={(_, d) => d.value && read(async () => flow.load(await readTable(d.value)))()}>
            <option value="">{s.pickTable}</option>
            {tables.map((t) => <option key={t} value={t}>{t}</option>)}
          </Select>
        )}
        <Button disabled={flow.busy} onClick={() => fileInput.current?.click()}>{s.fromFile}</Button>
        <input ref={fileInput} className={styles.hiddenInput} type="file" accept=".csv,.txt,.xlsx" onChange={(e) => { void fromFile(e.target.files?.[0]); e.target.value = ""; }} />
        {fileSheets && (
          <Select aria-label={s.sheetOfFile} onChange={(_, d) => flow.load(fileSheets[Number(d.value)])}>
            {fileSheets.map((f, i) => <option key={f.sheetName} value={i}>{f.sheetName}</option>)}
          </Select>
        )}
      </div>
      {readError !== undefined && <MessageBar intent="error"><MessageBarBody>{format(s.failed, { message: errorText(readError, lang) })}</MessageBarBody></MessageBar>}

      {flow.source && (
        <>
          <Body1>{format(s.source, { source: flow.source.source, rows: flow.source.rows.length })}</Body1>
          <Subtitle2 as="h4">{s.mapping}</Subtitle2>
          <div className={styles.mapping}>
            {IMPORT_FIELDS.map((field) => (
              <Fragment key={field}>
                <label style={{ display: "contents" }}>
                  <Body1>{FIELD_LABELS[lang][field]}</Body1>
                  <Select value={flow.mapping[field] === undefined ? "" : String(flow.mapping[field])}
                    onChange={(_, d) => flow.setField(field, d.value === "" ? undefined : Number(d.value))}>
                    <option value="">{s.notMapped}</option>
                    {columns.map((c, i) => <option key={i} value={i}>{c}</option>)}
                  </Select>
                </label>
                {isMoneyField(field) && flow.mapping[field] !== undefined && (
                  <>
                    <Caption1 className={styles.hint}>{s.unit}</Caption1>
                    <Select aria-label={format(s.unitOf, { field: FIELD_LABELS[lang][field] })} value={String(multiplierOfField(flow.mapping, field))}
                      onChange={(_, d) => flow.setUnit(field, Number(d.value))}>
                      {MULTIPLIERS.map((m) => <option key={m} value={m}>{multiplierLabel(m, lang)}</option>)}
                    </Select>
                  </>
                )}
              </Fragment>
            ))}
          </div>
          {scaled.length > 0 && (
            <MessageBar intent="info">
              <MessageBarBody>
                <div role="group" aria-label={s.unitsTitle}>
                  <Body1 as="p">{s.unitsTitle}</Body1>
                  {scaled.map((x) => (
                    <Body1 as="p" key={x.field} data-testid="import-unit">{format(s.unitLine, { header: x.header, field: FIELD_LABELS[lang][x.field], unit: multiplierLabel(x.multiplier, lang) })}</Body1>
                  ))}
                </div>
              </MessageBarBody>
            </MessageBar>
          )}
          {/* A header unit over cells only displayed in 万 by their format (warning: defaulted to ×1), or a
              format scaling / labelling amounts under a header without a unit (information). */}
          {(["storedInBase", "other"] as const).map((group) => {
            const notes = flow.displayNotes.filter((n) => (n.kind === "storedInBase") === (group === "storedInBase"));
            return notes.length > 0 && (
              <MessageBar key={group} intent={group === "storedInBase" ? "warning" : "info"}>
                <MessageBarBody>
                  <div role="group" aria-label={s.displayTitle}>
                    {notes.map((n) => <Body1 as="p" key={n.field} data-testid="import-display-scale">{displayNoteMessage(n, lang)}</Body1>)}
                  </div>
                </MessageBarBody>
              </MessageBar>
            );
          })}
          {flow.skippedColumns.map((c) => (
            <MessageBar key={`skipped-${c.column}`} intent="info" data-testid="import-skipped-column">
              <MessageBarBody>{skippedColumnMessage(c, lang)}</MessageBarBody>
            </MessageBar>
          ))}
          {flow.mapping.contractCode === undefined && <MessageBar intent="warning"><MessageBarBody>{s.noCode}</MessageBarBody></MessageBar>}
        </>
      )}

      {p && <TaskProgress testId="import-progress" progress={p} label={format(p.phase === "validate" ? s.validating : s.writing, { done: p.done, total: p.total })} />}
      {flow.preview && flow.prepared && (
        <>
          <Subtitle2 as="h4">{s.preview}</Subtitle2>
          <ImportPreview rows={flow.prepared.rows} lang={lang} currencies={flow.preview.currencies} defaults={defaults} keptInstallmentAmounts={flow.preview.keptInstallmentAmounts} />
          <Body1>{format(s.previewCounts, { valid: validCount, created: flow.preview.created, updated: flow.preview.updated, unchanged: flow.preview.unchanged, refused: flow.refusals.length })}</Body1>
          {/* The contracts the sheet closes and what each close writes off, before the analyst confirms. */}
          {flow.preview.writeOffs.size > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>
                <ImportWriteOffs writeOffs={flow.preview.writeOffs} currencies={flow.preview.currencies} defaults={defaults} s={s} />
              </MessageBarBody>
            </MessageBar>
          )}
          {flow.prepared.totalRows.length > 0 && <Caption1 data-testid="import-total-rows">{skippedTotalsMessage(flow.prepared.totalRows, lang)}</Caption1>}
          <div className={styles.buttons}>
            <Button appearance="primary" disabled={flow.busy || validCount === 0} onClick={() => void flow.run()}>
              {flow.busy ? s.importing : format(s.doImport, { n: validCount })}
            </Button>
          </div>
        </>
      )}
      {flow.result && (
        <MessageBar intent="success"><MessageBarBody>{format(s.imported, { created: flow.result.created, updated: flow.result.updated, unchanged: flow.result.unchanged })}</MessageBarBody></MessageBar>
      )}
      {flow.error !== undefined && <MessageBar intent="error"><MessageBarBody>{format(s.failed, { message: errorText(flow.error, lang) })}</MessageBarBody></MessageBar>}
      {flow.refusals.length > 0 && (
        <>
          <Subtitle2 as="h4">{format(s.refusedTitle, { n: flow.refusals.length })}</Subtitle2>
          <ul className={styles.refusals}>
            {flow.refusals.slice(0, MAX_REFUSALS_SHOWN).map((r) => <li key={`${r.row}-${r.code}`}><Caption1>{refusalMessage(r, lang)}</Caption1></li>)}
          </ul>
        </>
      )}
    </section>
  );
}
