import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { useEffect } from "react";
import type { HostInfo } from "../excel/host";
import { resolveLanguage } from "../i18n/language";
import { StringsProvider } from "../i18n/StringsContext";
import { UnsavedEditsProvider } from "../forms/unsavedGuard";
import { HostContext, useHost } from "./HostContext";
import { getLedger } from "./ledger";
import { useTestHooks } from "../ledger/useTestHooks";
import { SettingsProvider, useSettings } from "./SettingsContext";
import { Shell } from "./Shell";
import { useNarrowPaneStyles } from "./narrowPane.styles";

export function App({ host }: { host: HostInfo }) {
  useTestHooks(); // browser tests' seeding, only with ?testhooks in the URL, whatever page opens first
  useNarrowPaneStyles();
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: "100vh" }}>
      <HostContext.Provider value={host}>
        <SettingsProvider db={getLedger()}>
          <LocalizedShell />
        </SettingsProvider>
      </HostContext.Provider>
    </FluentProvider>
  );
}

/** Waits for the stored language choice so the pane never flashes in the wrong language. */
function LocalizedShell() {
  const { settings, loaded } = useSettings();
  const host = useHost();
  const language = resolveLanguage(settings.language, host.displayLanguage, navigator.language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  if (!loaded) return <Spinner size="small" style={{ marginTop: 48 }} />;
  return (
    <StringsProvider language={language}>
      {/* Forms say here that they hold unsaved edits; the shell asks before a page change loses them. */}
      <UnsavedEditsProvider>
        <Shell />
      </UnsavedEditsProvider>
    </StringsProvider>
  );
}
