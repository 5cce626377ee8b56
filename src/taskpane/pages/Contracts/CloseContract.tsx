import { useState } from "react";
import { Button, Checkbox } from "@fluentui/react-components";
import { isoFromSerial } from "../../../core/dates";
import { closeContract, getContract } from "../../../core/store/contracts";
import type { Contract } from "../../../core/store/types";
import { getLedger } from "../../app/ledger";
import { ConfirmDialog } from "../../forms/ConfirmDialog";
import { format } from "../../i18n/language";
import { useStrings } from "../../i18n/StringsContext";
import { closeBlocked, closeConfirmText, closedText, closeFailure } from "./contractClose";
import { useContractsStyles } from "./Contracts.styles";
import type { ReopenOutcome } from "./ReopenContract";
import type { SectionProps } from "./sectionProps";

export type CloseOutcome = ReopenOutcome;

/**
 * Closing a contract, after a confirmation that says what it means: what is open on it (the page's
 * outstanding) is written off and leaves Today, the Dashboard and the customer's credit exposure,
 * and nothing can be recorded on it until it is reopened. The store records what was written off,
 * the day and the status the contract had (shown on the closed contract, restored by Reopen). With money open and "write off" not
 * ticked the confirmation says the store refuses it and offers no Close. The write carries the rev
 * the page read, so a contract changed in another pane meanwhile is not closed blind; the outcome
 * is reported through `onOutcome`.
 */
export function CloseContract({ view, s, money, today, onOutcome }: SectionProps & { onOutcome: (o: CloseOutcome | undefined) => void }) {
  const { lang } = useStrings();
  const styles = useContractsStyles();
  const [writeOff, setWriteOff] = useState(false);
  // The contract as it was read when Close contract was clicked.
  const [confirming, setConfirming] = useState<Contract | undefined>();
  const [busy, setBusy] = useState(false);
  const open = view.summary.outstanding;
  const blocked = closeBlocked(open, writeOff);

  async function close(contract: Contract) {
    setBusy(true);
    onOutcome(undefined);
    const db = getLedger();
    try {
      // Only money the confirmation named is written off: with nothing shown open, the store
      // refuses rather than writes off what appeared elsewhere meanwhile. The close is dated
      // today, as the page's figures are.
      await closeContract(db, contract.id!, contract.rev, { writeOff: writeOff && open > 0, date: isoFromSerial(today) });
      // What was written off, as the store recorded it when it closed the contract.
      const writtenOff = writeOff && open > 0 ? await getContract(db, contract.id!).then((c) => c?.writtenOffMinor ?? open, () => open) : 0;
      onOutcome({ ok: true, text: closedText(contract.code, writtenOff, s, money) });
      // Reopened later, the contract does not come back with the write-off already ticked.
      setWriteOff(false);
    } catch (e) {
      const current = await getContract(db, contract.id!).catch(() => contract);
      onOutcome({ ok: false, text: closeFailure(e, contract, current, s, lang) });
    } finally {
      setBusy(false);
      setConfirming(undefined);
    }
  }

  return (
    <>
      {view.contract.status !== "closed" && (
        <div className={styles.section}>
          <div className={styles.line}>
            <Checkbox label={s.writeOff} checked={writeOff} onChange={(_, d) => setWriteOff(!!d.checked)} />
            <Button disabled={busy} onClick={() => { onOutcome(undefined); setConfirming(view.contract); }}>{s.closeContract}</Button>
          </div>
        </div>
      )}
      <ConfirmDialog
        open={confirming !== undefined} testId="close-dialog" textTestId="close-confirm-text" busy={busy} blocked={blocked}
        title={confirming && format(s.closeTitle, { code: confirming.code })} text={closeConfirmText(open, writeOff, s, money)}
        confirmLabel={s.closeDo} cancelLabel={s.cancel}
        onCancel={() => setConfirming(undefined)} onConfirm={() => confirming && void close(confirming)}
      />
    </>
  );
}
