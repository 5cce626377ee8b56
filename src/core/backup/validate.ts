import { serialFromIso } from "../dates";
import { LEDGER_TABLES, type LedgerTableName } from "../store/db";
import { settingsFromRecords } from "../store/settings";
import type { Contract, SettingRecord } from "../store/types";
import { legacyTargetCurrency } from "../ledger/currencyScope";
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, BackupError, type LedgerBackup } from "./format";
import { type FieldKind, RECORD_SPECS, REFERENCES, UNIQUE_KEYS } from "./recordSpecs";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v);
const isText = (v: unknown): v is string => typeof v === "string";

/** The problem with a value of a field kind, or undefined when it is fine. */
function problemWith(kind: FieldKind, v: unknown): string | undefined {
  if (typeof kind === "object") return isText(v) && kind.oneOf.includes(v) ? undefined : "has an unknown value";
  switch (kind) {
    case "id":
    case "ref":
      return isInt(v) && v > 0 ? undefined : "must be a positive whole number";
    case "int":
    case "minor":
      return isInt(v) ? undefined : "must be a whole number";
    case "number":
      return typeof v === "number" && Number.isFinite(v) ? undefined : "must be a number";
    case "text":
      return isText(v) ? undefined : "must be text";
    case "iso":
      return isText(v) && /^\d{4}-\d{2}-\d{2}$/.test(v) && serialFromIso(v) !== undefined ? undefined : "must be a date YYYY-MM-DD";
    case "timestamp":
      return isText(v) && !Number.isNaN(Date.parse(v)) ? undefined : "must be a timestamp";
    case "flag":
      return v === 0 || v === 1 ? undefined : "must be 0 or 1";
    case "json":
      return undefined;
    case "numberRecord":
      return isObject(v) && Object.values(v).every((x) => typeof x === "number" && Number.isFinite(x)) ? undefined : "must be an object";
    case "penalty":
      if (!isObject(v)) return "must be an object";
      if (v.kind === "none") return undefined;
      if (v.kind === "interest") return typeof v.annualRate === "number" && (v.yearDays === 360 || v.yearDays === 365) && isInt(v.graceDays) ? undefined : "has an unknown value";
      if (v.kind === "daily") return typeof v.dailyRate === "number" && (v.capShare === undefined || typeof v.capShare === "number") ? undefined : "has an unknown value";
      return "has an unknown value";
    case "trigger":
      if (!isObject(v)) return "must be an object";
      if (v.kind === "date") return undefined;
      if (v.kind === "milestone") return isInt(v.milestoneId) && (v.offsetDays === undefined || isInt(v.offsetDays)) ? undefined : "has an unknown value";
      return "has an unknown value";
  }
}

/**
 * The currency of a customer's credit limit and of a collection target, written by the
 * repositories as three upper-case letters (core/ledger/validateRecords): checked here too, so a
 * restore cannot bring in a code the ledger would not write. Both are optional (a record stored
 * before it had one is read in the default currency). A contract's currency stays plain text:
 * the importer writes the sheet's code upper-cased but unchecked, so a stricter rule could refuse
 * a backup of the user's own ledger.
 */
const CURRENCY_FIELDS: Partial<Record<LedgerTableName, readonly string[]>> = {
  customers: ["currency"],
  targets: ["currency"],
};

function currencyProblem(v: unknown): string | undefined {
  if (!isText(v)) return "must be text";
  return /^[A-Z]{3}$/.test(v) ? undefined : "has an unknown value";
}

function checkRecords(table: LedgerTableName, records: unknown): asserts records is Record<string, unknown>[] {
  if (!Array.isArray(records)) throw new BackupError("notAList", { table });
  const spec = RECORD_SPECS[table];
  const primary = table === "settings" ? "key" : "id";
  const seen = new Set<unknown>();
  records.forEach((rec, index) => {
    if (!isObject(rec)) throw new BackupError("badRecord", { table, index, field: "-", problem: "must be an object" });
    for (const [field, fs] of Object.entries(spec)) {
      const v = rec[field];
      if (v === undefined) {
        if (!fs.optional) throw new BackupError("badRecord", { table, index, field, problem: "is missing" });
        continue;
      }
      const problem = problemWith(fs.kind, v);
      if (problem !== undefined) throw new BackupError("badRecord", { table, index, field, problem });
    }
    for (const field of CURRENCY_FIELDS[table] ?? []) {
      const problem = rec[field] === undefined ? undefined : currencyProblem(rec[field]);
      if (problem !== undefined) throw new BackupError("badRecord", { table, index, field, problem });
    }
    if (seen.has(rec[primary])) throw new BackupError("duplicateKey", { table, index, key: String(rec[primary]) });
    seen.add(rec[primary]);
  });
  checkUnique(table, records);
}

/** The table's unique keys (UNIQUE_KEYS) hold: no two records share one. */
function checkUnique(table: LedgerTableName, records: readonly Record<string, unknown>[]): void {
  for (const fields of UNIQUE_KEYS[table] ?? []) {
    const seen = new Set<string>();
    records.forEach((rec, index) => {
      const key = JSON.stringify(fields.map((k) => rec[k]));
      if (seen.has(key)) throw new BackupError("duplicateKey", { table, index, key: fields.map((k) => String(rec[k])).join("+") });
      seen.add(key);
    });
  }
}

function checkReferences(tables: LedgerBackup["tables"]): void {
  const ids = new Map<LedgerTableName, Set<unknown>>();
  const idsOf = (t: LedgerTableName): Set<unknown> => {
    let s = ids.get(t);
    if (!s) ids.set(t, (s = new Set(tables[t].map((r) => r.id))));
    return s;
  };
  for (const [table, refs] of Object.entries(REFERENCES) as [LedgerTableName, Record<string, LedgerTableName>][]) {
    tables[table].forEach((rec, index) => {
      for (const [field, target] of Object.entries(refs)) {
        const v = rec[field];
        if (v !== undefined && !idsOf(target).has(v)) throw new BackupError("danglingReference", { table, index, target, value: String(v) });
      }
    });
  }
}

/**
 * Check a parsed backup completely — envelope, every table, every record, unique keys and
 * references — and return it typed, or throw a BackupError naming the first problem.
 */
export function validateBackup(data: unknown): LedgerBackup {
  if (!isObject(data)) throw new BackupError("notAnObject");
  if (data.format !== BACKUP_FORMAT) throw new BackupError("foreignFormat", {});
  const version = data.schemaVersion;
  if (!isInt(version) || version < 1) throw new BackupError("badSchemaVersion");
  if (version > BACKUP_SCHEMA_VERSION) throw new BackupError("newerSchema", { version, supported: BACKUP_SCHEMA_VERSION });
  if (!isText(data.exportedAt) || Number.isNaN(Date.parse(data.exportedAt))) throw new BackupError("badExportedAt");
  const tables = data.tables;
  if (!isObject(tables)) throw new BackupError("missingTable", { table: LEDGER_TABLES[0] });
  for (const name of Object.keys(tables)) {
    if (!(LEDGER_TABLES as readonly string[]).includes(name)) throw new BackupError("unknownTable", { table: name });
  }
  for (const table of LEDGER_TABLES) {
    if (!(table in tables)) throw new BackupError("missingTable", { table });
    checkRecords(table, tables[table]);
  }
  const typed = withTargetCurrencies(data as unknown as LedgerBackup);
  checkUnique("targets", typed.tables.targets); // again, now that every target has its currency
  checkReferences(typed.tables);
  return typed;
}

/**
 * The backup with a currency in every collection target: a file written before schema version 3
 * may hold targets without one, which were read in the default currency of the ledger it was taken
 * from — the file's own settings — or in its contracts' only currency when there was one, so that
 * is the currency they keep (as the database upgrade does). Records are copied, never changed in place.
 */
function withTargetCurrencies(backup: LedgerBackup): LedgerBackup {
  const targets = backup.tables.targets;
  if (targets.every((t) => t.currency !== undefined)) return backup;
  const defaultCode = settingsFromRecords(backup.tables.settings as unknown as SettingRecord[]).values.defaultCurrency.code;
  const code = legacyTargetCurrency(backup.tables.contracts as unknown as Contract[], defaultCode);
  return { ...backup, tables: { ...backup.tables, targets: targets.map((t) => (t.currency === undefined ? { ...t, currency: code } : t)) } };
}

/** Parse and validate backup text. */
export function parseBackup(text: string): LedgerBackup {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new BackupError("notJson");
  }
  return validateBackup(data);
}
