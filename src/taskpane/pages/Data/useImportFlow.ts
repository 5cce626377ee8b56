import { useCallback, useEffect, useRef, useState } from "react";
import { type DisplayNote, displayNotes, recogniseWithFormats, withDisplayDefaults } from "../../../core/import/displayScale";
import { type ColumnMapping, type ImportField, isMoneyField, type MoneyField } from "../../../core/import/fields";
import { remapField, setMultiplier, type SkippedColumn } from "../../../core/import/headers";
import { applyImport, type ImportProgress, type ImportResult, type PreparedImport, prepareImport, previewImport } from "../../../core/import/importer";
import type { Refusal } from "../../../core/import/rows";
import type { LedgerDb } from "../../../core/store/db";
import type { SheetRows } from "../../excel/readSelection";

export interface ImportFlow {
  source?: SheetRows;
  mapping: ColumnMapping;
  /**
   * Amount columns whose number format scales or labels their display (`0!.0,"万"` shows 元 as 万):
   * a header unit over a scaled display ("storedInBase") defaulted that column to ×1. Workbook
   * sources only; files carry no formats.
   */
  displayNotes: DisplayNote[];
  /**
   * Columns whose header names a field they were not mapped to for what they hold (a bare 状态 of
   * payment statuses is not the contract's status): the preview says so, until the user maps one.
   */
  skippedColumns: SkippedColumn[];
  prepared?: PreparedImport;
  preview?: ImportResult;
  progress?: ImportProgress;
  result?: ImportResult;
  refusals: Refusal[];
  busy: boolean;
  error?: unknown;
  load(rows: SheetRows): void;
  /** Map a field to a column; a money field takes the unit its new column's header states. */
  setField(field: ImportField, column: number | undefined): void;
  /** Set the unit of a mapped money field by hand (×1, ×1,000, ×10,000 …). */
  setUnit(field: MoneyField, multiplier: number): void;
  run(): Promise<void>;
}

/**
 * The default currency setting: new contracts without a currency cell are in `currency`; `digits`
 * are its digits in the settings, used only for a code ISO 4217 does not list. Amounts are converted
 * with the digits of each contract's own currency (core/import/plan), never with these.
 */
export interface ImportDefaults {
  digits: number;
  currency: string;
}

/**
 * The import flow of the Data page: a source's headers are recognised (with the unit of each
 * amount column: 合同金额(万元) → ×10,000, but ×1 when the cells' number format only displays 元 as
 * 万, see core/import/displayScale), the user may fix the mapping and the units, rows are
 * validated (with progress) and previewed as creates / updates, then written in
 * one transaction. Nothing is written before the user presses Import.
 */
export function useImportFlow(db: LedgerDb, defaults: ImportDefaults): ImportFlow {
  const [source, setSource] = useState<SheetRows>();
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [skipped, setSkipped] = useState<SkippedColumn[]>([]);
  const [prepared, setPrepared] = useState<PreparedImport>();
  const [preview, setPreview] = useState<ImportResult>();
  const [progress, setProgress] = useState<ImportProgress>();
  const [result, setResult] = useState<ImportResult>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const generation = useRef(0);

  const load = useCallback((rows: SheetRows) => {
    setSource(rows);
    const recognised = recogniseWithFormats(rows.headers, rows.formats, rows.rows);
    setMapping(recognised.mapping);
    setSkipped(recognised.skipped);
    setResult(undefined);
    setError(undefined);
  }, []);

  const setField = useCallback((field: ImportField, column: number | undefined) => {
    setMapping((m) => {
      const next = remapField(m, field, column, source?.headers);
      // A money field moved onto a column displayed in 万 by its format takes ×1, not its header's unit.
      return source && isMoneyField(field) && column !== m[field] ? withDisplayDefaults(next, source.headers, source.formats, [field]) : next;
    });
    setResult(undefined);
  }, [source]);

  const setUnit = useCallback((field: MoneyField, multiplier: number) => {
    setMapping((m) => setMultiplier(m, field, multiplier));
    setResult(undefined);
  }, []);

  // Re-validate and re-preview whenever the source or the mapping changes; a newer run wins.
  useEffect(() => {
    if (!source || mapping.contractCode === undefined) {
      generation.current++; // a run still in flight must not show its outdated preview
      setBusy(false);
      setPrepared(undefined);
      setPreview(undefined);
      return;
    }
    const mine = ++generation.current;
    setBusy(true);
    (async () => {
      const p = await prepareImport(source.rows, mapping, {
        firstRowNumber: source.firstRowNumber, currency: defaults.currency, digits: defaults.digits, onProgress: (x) => mine === generation.current && setProgress(x),
      });
      if (mine !== generation.current) return;
      const pv = await previewImport(db, p.rows, { currency: defaults.currency, digits: defaults.digits });
      if (mine !== generation.current) return;
      setPrepared(p);
      setPreview(pv);
    })()
      .catch((e: unknown) => mine === generation.current && setError(e))
      .finally(() => {
        if (mine !== generation.current) return;
        setBusy(false);
        setProgress(undefined);
      });
  }, [db, source, mapping, defaults.digits, defaults.currency]);

  const run = useCallback(async () => {
    if (!prepared) return;
    setBusy(true);
    setError(undefined);
    try {
      const r = await applyImport(db, prepared.rows, { currency: defaults.currency, digits: defaults.digits, onProgress: setProgress });
      setResult(r);
      setPreview(undefined);
    } catch (e) {
      setError(e); // the transaction rolled back: the ledger is as it was, the mapping is kept
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  }, [db, prepared, defaults.currency, defaults.digits]);

  const refusals = [...(prepared?.refusals ?? []), ...(result?.refusals ?? preview?.refusals ?? [])].sort((a, b) => a.row - b.row);
  const notes = source ? displayNotes(mapping, source.headers, source.formats) : [];
  const skippedColumns = skipped.filter((c) => mapping[c.field] !== c.column);
  return { source, mapping, displayNotes: notes, skippedColumns, prepared, preview, progress, result, refusals, busy, error, load, setField, setUnit, run };
}
