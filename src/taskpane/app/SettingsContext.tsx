import { useLiveQuery } from "dexie-react-hooks";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import type { LedgerDb } from "../../core/store/db";
import {
  DEFAULT_SETTINGS, invalidSettings, readSettings, resetSettings, saveSetting, type SettingKey, type Settings,
} from "../../core/store/settings";

export interface SettingsState {
  readonly settings: Settings;
  /** False until the first read from the ledger has answered. */
  readonly loaded: boolean;
  /** Settings found invalid and reset to their defaults during this session, until dismissed. */
  readonly resetNotices: readonly SettingKey[];
  dismissResetNotice(key: SettingKey): void;
  save<K extends SettingKey>(key: K, value: Settings[K]): Promise<void>;
}

const SettingsContext = createContext<SettingsState | undefined>(undefined);

/**
 * Live settings for the whole pane: any change saved anywhere (this pane, another tab) shows at
 * once. A stored value that fails validation is replaced by its default, written back, and
 * reported through `resetNotices` so the shell can tell the user.
 */
export function SettingsProvider({ db, children }: { db: LedgerDb; children: ReactNode }) {
  // A ledger that cannot be read (IndexedDB blocked) leaves the pane on defaults instead of blank.
  const snapshot = useLiveQuery(
    () => readSettings(db).catch((e: unknown) => {
      console.error("Settings could not be read; using defaults", e);
      return { values: DEFAULT_SETTINGS, fallbacks: [] };
    }),
    [db],
  );
  const [resetNotices, setResetNotices] = useState<readonly SettingKey[]>([]);

  useEffect(() => {
    const invalid = snapshot ? invalidSettings(snapshot) : [];
    if (invalid.length === 0) return;
    setResetNotices((shown) => [...shown, ...invalid.filter((k) => !shown.includes(k))]);
    resetSettings(db, invalid).catch((e: unknown) => console.error("Invalid settings could not be reset", e));
  }, [snapshot, db]);

  const dismissResetNotice = useCallback((key: SettingKey) => setResetNotices((shown) => shown.filter((k) => k !== key)), []);
  const save = useCallback(<K extends SettingKey>(key: K, value: Settings[K]) => saveSetting(db, key, value), [db]);

  const state = useMemo<SettingsState>(
    () => ({ settings: snapshot?.values ?? DEFAULT_SETTINGS, loaded: !!snapshot, resetNotices, dismissResetNotice, save }),
    [snapshot, resetNotices, dismissResetNotice, save],
  );
  return <SettingsContext.Provider value={state}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsState {
  const state = useContext(SettingsContext);
  if (!state) throw new Error("useSettings must be used inside SettingsProvider");
  return state;
}
