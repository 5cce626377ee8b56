import { DEFAULT_BOUNDS, validateBounds } from "../aging";
import { DEFAULT_WEIGHTS, FACTORS, type Weights, validateWeights } from "../credit/scorecard";
import { DEFAULT_DUNNING_POLICY, type DunningPolicy, type DunningStep, validatePolicy } from "../dunning";
import { currencyCode, legacyTargetCurrency } from "../ledger/currencyScope";
import { NO_RANKING_RATES, parseRankingRates, type RankingRates } from "../ledger/rankingRates";
import type { LedgerDb } from "./db";
import { timestamp } from "./revision";
import type { SettingRecord } from "./types";

/**
 * The user's settings, one record per key in the ledger's `settings` table. A stored value is
 * never trusted: each key has a parser, and a value that is missing or fails it is replaced by the
 * default and reported, so the pane can tell the user instead of running on garbage.
 */

export type LanguagePreference = "auto" | "zh-CN" | "en-US";
export const LANGUAGE_PREFERENCES: readonly LanguagePreference[] = ["auto", "zh-CN", "en-US"];

export interface CurrencySetting {
  /** ISO 4217 code, e.g. CNY. */
  readonly code: string;
  /** Minor-unit digits: 2 for CNY and USD, 0 for JPY. */
  readonly digits: number;
}

export interface Settings {
  /** Upper bounds of the aging bands in days (the AR.AGING convention). */
  readonly agingBounds: readonly number[];
  readonly language: LanguagePreference;
  readonly dunningPolicy: DunningPolicy;
  readonly scorecardWeights: Weights;
  readonly defaultCurrency: CurrencySetting;
  /** Exchange rates the Today queue ranks items in several currencies with (nothing else uses them). */
  readonly rankingRates: RankingRates;
}
export type SettingKey = keyof Settings;

/** More bands than this no longer fit an aging report. */
export const MAX_AGING_BOUNDS = 12;

export const DEFAULT_SETTINGS: Settings = {
  agingBounds: DEFAULT_BOUNDS,
  language: "auto",
  dunningPolicy: DEFAULT_DUNNING_POLICY,
  scorecardWeights: DEFAULT_WEIGHTS,
  defaultCurrency: { code: "CNY", digits: 2 },
  rankingRates: NO_RANKING_RATES,
};

export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

/** Runs a core validator; its typed input error means "not valid". */
function passes(check: () => unknown): boolean {
  try {
    check();
    return true;
  } catch {
    return false;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function parseAgingBounds(raw: unknown): readonly number[] | undefined {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_AGING_BOUNDS) return undefined;
  if (!raw.every((b) => typeof b === "number")) return undefined;
  const bounds = [...raw] as number[];
  return passes(() => validateBounds(bounds)) ? bounds : undefined;
}

function parseLanguage(raw: unknown): LanguagePreference | undefined {
  return LANGUAGE_PREFERENCES.find((l) => l === raw);
}

function parseDunningPolicy(raw: unknown): DunningPolicy | undefined {
  if (!Array.isArray(raw) || raw.length === 0) return undefined;
  const steps: DunningStep[] = [];
  for (const s of raw) {
    if (!isRecord(s) || !Number.isInteger(s.fromDays) || typeof s.stage !== "string" || !s.stage.trim()) return undefined;
    steps.push({ fromDays: s.fromDays as number, stage: s.stage });
  }
  return passes(() => validatePolicy(steps)) ? steps : undefined;
}

function parseScorecardWeights(raw: unknown): Weights | undefined {
  if (!isRecord(raw)) return undefined;
  const weights = {} as Record<(typeof FACTORS)[number], number>;
  for (const f of FACTORS) {
    const w = raw[f];
    if (typeof w !== "number" || !Number.isFinite(w)) return undefined;
    weights[f] = w;
  }
  return passes(() => validateWeights(weights)) ? weights : undefined;
}

function parseCurrency(raw: unknown): CurrencySetting | undefined {
  if (!isRecord(raw)) return undefined;
  const { code, digits } = raw;
  if (typeof code !== "string" || !/^[A-Z]{3}$/.test(code)) return undefined;
  if (typeof digits !== "number" || !Number.isInteger(digits) || digits < 0 || digits > 4) return undefined;
  return { code, digits };
}

const PARSERS: { readonly [K in SettingKey]: (raw: unknown) => Settings[K] | undefined } = {
  agingBounds: parseAgingBounds,
  language: parseLanguage,
  dunningPolicy: parseDunningPolicy,
  scorecardWeights: parseScorecardWeights,
  defaultCurrency: parseCurrency,
  rankingRates: parseRankingRates,
};

/** The value as the setting's type, or undefined when it is not a valid value for that key. */
export function parseSetting<K extends SettingKey>(key: K, raw: unknown): Settings[K] | undefined {
  return (PARSERS[key] as (raw: unknown) => Settings[K] | undefined)(raw);
}

/** Why a setting is running on its default: never saved (normal) or stored but unreadable. */
export interface SettingFallback {
  readonly key: SettingKey;
  readonly reason: "missing" | "invalid";
}

export interface SettingsSnapshot {
  readonly values: Settings;
  /** Every setting that fell back to its default, and why. */
  readonly fallbacks: readonly SettingFallback[];
}

/** The settings from the stored records (other keys in the table are left to their owners). */
export function settingsFromRecords(records: readonly SettingRecord[]): SettingsSnapshot {
  const stored = new Map(records.map((r) => [r.key, r.value]));
  const values: Record<string, unknown> = {};
  const fallbacks: SettingFallback[] = [];
  for (const key of SETTING_KEYS) {
    const parsed = stored.has(key) ? parseSetting(key, stored.get(key)) : undefined;
    if (parsed === undefined) fallbacks.push({ key, reason: stored.has(key) ? "invalid" : "missing" });
    values[key] = parsed ?? DEFAULT_SETTINGS[key];
  }
  return { values: values as unknown as Settings, fallbacks };
}

/** The invalid ones only: what the user should be told about. */
export function invalidSettings(snapshot: SettingsSnapshot): SettingKey[] {
  return snapshot.fallbacks.filter((f) => f.reason === "invalid").map((f) => f.key);
}

/** Reads every setting. Safe inside a Dexie liveQuery (reads only). */
export async function readSettings(db: LedgerDb): Promise<SettingsSnapshot> {
  return settingsFromRecords(await db.settings.bulkGet(SETTING_KEYS).then((rs) => rs.filter((r): r is SettingRecord => !!r)));
}

export class InvalidSettingError extends Error {
  readonly key: SettingKey;
  constructor(key: SettingKey, value: unknown) {
    super(`Invalid value for setting ${key}: ${JSON.stringify(value)}`);
    this.name = "InvalidSettingError";
    this.key = key;
  }
}

/** Stores a setting after checking it; an invalid value is refused and nothing is written. */
export async function saveSetting<K extends SettingKey>(db: LedgerDb, key: K, value: Settings[K]): Promise<void> {
  const parsed = parseSetting(key, value);
  if (parsed === undefined) throw new InvalidSettingError(key, value);
  if (key === "defaultCurrency") return saveDefaultCurrency(db, parsed as CurrencySetting);
  await db.settings.put({ key, value: parsed });
}

/**
 * A new default currency, in one transaction with what keeps old records meaning what they meant:
 * a customer or a collection target stored without a currency was read in the old default (a
 * target, in the ledger's only currency when there was one: core/ledger/currencyScope), so it is
 * given that currency before the default changes — a limit of 1,000,000.00 CNY does not become
 * USD 1,000,000.00.
 */
async function saveDefaultCurrency(db: LedgerDb, next: CurrencySetting): Promise<void> {
  await db.transaction("rw", [db.settings, db.customers, db.targets, db.contracts], async () => {
    const old = (await readSettings(db)).values.defaultCurrency.code;
    if (currencyCode(old) !== currencyCode(next.code)) {
      const targetsIn = legacyTargetCurrency(await db.contracts.toArray(), old);
      const now = timestamp();
      await db.customers.filter((c) => !c.currency?.trim()).modify((c) => void Object.assign(c, { currency: currencyCode(old), rev: c.rev + 1, updatedAt: now }));
      await db.targets.filter((t) => !t.currency?.trim()).modify((t) => void Object.assign(t, { currency: targetsIn, rev: t.rev + 1, updatedAt: now }));
    }
    await db.settings.put({ key: "defaultCurrency", value: next });
  });
}

/** Writes the defaults over the given settings (after an invalid value was reported). */
export async function resetSettings(db: LedgerDb, keys: readonly SettingKey[]): Promise<void> {
  if (keys.length === 0) return;
  await db.settings.bulkPut(keys.map((key) => ({ key, value: DEFAULT_SETTINGS[key] })));
}
