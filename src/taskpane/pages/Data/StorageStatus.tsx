import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { format } from "../../i18n/language";
import { useStrings } from "../../i18n/StringsContext";
import { formatBytes, type PersistenceState, requestPersistence, STORAGE_MESSAGES, type StorageUse, storageUse } from "../../storage/persistence";
import type { DataStrings } from "./strings";

/** Says when the ledger may be evicted or space is nearly gone; silent when all is well. */
export function StorageStatus({ s }: { s: DataStrings }) {
  const { lang } = useStrings();
  const [state, setState] = useState<PersistenceState>();
  const [use, setUse] = useState<StorageUse>();
  useEffect(() => {
    let live = true;
    void requestPersistence().then((p) => live && setState(p));
    void storageUse().then((u) => live && setUse(u));
    return () => { live = false; };
  }, []);
  const m = STORAGE_MESSAGES[lang];
  return (
    <>
      {state === "persistent" && <MessageBar intent="success"><MessageBarBody>{s.storagePersistent}</MessageBarBody></MessageBar>}
      {(state === "best-effort" || state === "unsupported") && <MessageBar intent="warning"><MessageBarBody>{m.notPersistent}</MessageBarBody></MessageBar>}
      {use?.nearlyFull && <MessageBar intent="warning"><MessageBarBody>{format(m.nearlyFull, { used: formatBytes(use.usage), quota: formatBytes(use.quota) })}</MessageBarBody></MessageBar>}
    </>
  );
}
