import { useState } from "react";
import { Button } from "@fluentui/react-components";
import { receivableFigures } from "../../../core/ledger/contractFields";
import { getContract, reopenContract, reopenedStatus } from "../../../core/store/contracts";
import type { Contract } from "../../../core/store/types";
import { getLedger } from "../../app/ledger";
import { ConfirmDialog } from "../../forms/ConfirmDialog";
import { format } from "../../i18n/language";
import { useStrings } from "../../i18n/StringsContext";
import { reopenConfirmText, reopenedText, reopenFailure } from "./contractReopen";
import type { SectionProps } from "./sectionProps";

export interface ReopenOutcome {
  readonly ok: boolean;
  readonly text: string;
}

/**
 * Reopening a closed contract (back to the status it had before it was closed: Active or
 * Disputed), after a confirmation that says what it means: what was written off on it is
 * receivable again and counts again in Today, the Dashboard and the customer's credit. The write
 * carries the rev the page read, so a contract changed in another pane meanwhile is not
 * overwritten; the outcome is reported through `onOutcome`.
 */
export function ReopenContract({ view, s, money, onOutcome }: SectionProps & { onOutcome: (o: ReopenOutcome | undefined) => void }) {
  const { lang } = useStrings();
  // The contract as it was read when Reopen was clicked.
  const [confirming, setConfirming] = useState<Contract | undefined>();
  const [busy, setBusy] = useState(false);
  const closed = view.contract.status === "closed";

  async function reopen(contract: Contract) {
    setBusy(true);
    onOutcome(undefined);
    const db = getLedger();
    try {
      await reopenContract(db, contract.id!, contract.rev);
      onOutcome({ ok: true, text: reopenedText(contract.code, reopenedStatus(contract), s) });
    } catch (e) {
      const current = await getContract(db, contract.id!).catch(() => contract);
      onOutcome({ ok: false, text: reopenFailure(e, contract, current, s, lang) });
    } finally {
      setBusy(false);
      setConfirming(undefined);
    }
  }

  return (
    <>
      {closed && (
        <Button size="small" disabled={busy} onClick={() => { onOutcome(undefined); setConfirming(view.contract); }}>{s.reopen}</Button>
      )}
      <ConfirmDialog
        open={confirming !== undefined} testId="reopen-dialog" busy={busy}
        title={confirming && format(s.reopenTitle, { code: confirming.code })} text={reopenConfirmText(receivableFigures(view.summary).writtenOff, s, money, reopenedStatus(view.contract))}
        confirmLabel={s.reopenDo} cancelLabel={s.cancel}
        onCancel={() => setConfirming(undefined)} onConfirm={() => confirming && void reopen(confirming)}
      />
    </>
  );
}
