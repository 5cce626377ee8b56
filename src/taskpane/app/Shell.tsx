import {
  Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Tab, TabList, Text, Title3,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { lazy, Suspense, useEffect } from "react";
import { useStrings } from "../i18n/StringsContext";
import { requestPersistence } from "../storage/persistence";
import { useHost } from "./HostContext";
import { PageErrorBoundary } from "./PageErrorBoundary";
import { isPageKey, PAGES } from "./pages";
import { useSettings } from "./SettingsContext";
import { useShellStyles } from "./Shell.styles";
import { startLedgerRead } from "../ledger/useLedgerSnapshot";
import { usePageRoute } from "./usePageRoute";

function HostNotice() {
  const { excel } = useHost();
  const { t } = useStrings();
  if (excel) return null;
  return (
    <MessageBar intent="info" data-testid="no-excel">
      <MessageBarBody>
        <MessageBarTitle>{t("host.noExcel.title")}</MessageBarTitle>
        {t("host.noExcel.body")}
      </MessageBarBody>
    </MessageBar>
  );
}

// Loaded only inside Excel, where a workbook can carry a saved ledger.
const SnapshotOfferBanner = lazy(() => import("../pages/Data/SnapshotOfferBanner").then((m) => ({ default: m.SnapshotOfferBanner })));

/** Offers to restore the ledger from the workbook when the pane opens on an empty database. */
function SnapshotOffer() {
  const { excel } = useHost();
  if (!excel) return null;
  return (
    <Suspense fallback={null}>
      <SnapshotOfferBanner />
    </Suspense>
  );
}

function SettingsResetNotices() {
  const { resetNotices, dismissResetNotice } = useSettings();
  const { t } = useStrings();
  return resetNotices.map((key) => (
    <MessageBar key={key} intent="warning" data-testid={`setting-reset-${key}`}>
      <MessageBarBody>{t("settings.reset", { name: t(`setting.${key}`) })}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label={t("common.dismiss")} icon={<DismissRegular />} onClick={() => dismissResetNotice(key)} />
        }
      />
    </MessageBar>
  ));
}

export function Shell() {
  const styles = useShellStyles();
  const { t } = useStrings();
  const { page, target, go } = usePageRoute();
  const current = PAGES.find((p) => p.key === page) ?? PAGES[0];
  const Page = current.component;
  // Ask once that the browser keep the ledger under storage pressure; the Data page shows the outcome.
  useEffect(() => void requestPersistence(), []);
  // Opening on a page of the ledger: read it alongside the page's code (250–400 ms sooner at 100,000
  // installments). Data and Settings do not read it, so opening on them does not start it.
  const readsLedger = current.readsLedger;
  useEffect(() => {
    if (readsLedger) startLedgerRead();
  }, [readsLedger]);
  return (
    <div className={styles.shell}>
      <header className={styles.header}>
        <Title3 as="h1">{t("app.title")}</Title3>
        <Text className={styles.subtitle}>{t("app.subtitle")}</Text>
      </header>
      <HostNotice />
      <SettingsResetNotices />
      <SnapshotOffer />
      <nav aria-label={t("nav.label")}>
        <TabList
          className={styles.nav}
          size="small"
          selectedValue={target}
          onTabSelect={(_, data) => isPageKey(String(data.value)) && go(data.value as typeof current.key)}
        >
          {PAGES.map((p) => (
            <Tab key={p.key} value={p.key}>{t(p.labelKey)}</Tab>
          ))}
        </TabList>
      </nav>
      <main className={styles.content}>
        {/* One Suspense boundary for every page, outside the per-page error boundary: a new page then
            replaces the old one when its code has loaded (usePageRoute's transition), with no
            fallback in between; the spinner shows only on the first page of a fresh pane. */}
        <Suspense fallback={<Spinner size="small" label={t("common.loading")} />}>
          <PageErrorBoundary key={current.key} template={t("common.error")}>
            <Page />
          </PageErrorBoundary>
        </Suspense>
      </main>
    </div>
  );
}
