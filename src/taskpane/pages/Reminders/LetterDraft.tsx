import { useMemo, useRef, useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Subtitle2, Text, Textarea } from "@fluentui/react-components";
import { CopyRegular } from "@fluentui/react-icons";
import type { Day } from "../../../core/dates";
import type { DunningPolicy } from "../../../core/dunning";
import type { LedgerIndex } from "../../../core/ledger/ledgerIndex";
import type { LedgerSnapshot } from "../../../core/ledger/snapshot";
import { draftReminder } from "../../../core/letters/draftReminder";
import { letterInputFromLedger } from "../../../core/letters/fromLedger";
import { LETTER_STAGES, type LetterLang, type LetterStage } from "../../../core/letters/types";
import { useStrings } from "../../i18n/StringsContext";
import { usePageStrings } from "../../i18n/pageStrings";
import { contractChoiceList } from "./contractChoices";
import { ContractPicker } from "./ContractPicker";
import { copyText } from "./copyText";
import { strings } from "./strings";
import { useRemindersStyles } from "./Reminders.styles";

export interface LetterDraftProps {
  snapshot: LedgerSnapshot;
  index: LedgerIndex;
  today: Day;
  policy: DunningPolicy;
  digitsOf: (currency: string) => number;
  /** The contract to start with (e.g. the last one contacted). */
  initialContractId?: number;
}

/**
 * A reminder letter or e-mail for one contract, in the stage its oldest overdue installment has
 * reached (or the one chosen), in the user's language by default, ready to copy.
 */
export function LetterDraft({ snapshot, index, today, policy, digitsOf, initialContractId }: LetterDraftProps) {
  const s = usePageStrings(strings);
  const { lang: uiLang } = useStrings();
  const styles = useRemindersStyles();
  const [contractId, setContractId] = useState<number | "">(initialContractId ?? "");
  const [stage, setStage] = useState<LetterStage | "">("");
  const [lang, setLang] = useState<LetterLang>(uiLang);
  const [copyState, setCopyState] = useState<"copied" | "selected" | undefined>();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const contracts = useMemo(() => contractChoiceList(index.contractById.values(), index.customerById), [index]);

  const letter = useMemo(() => {
    if (contractId === "") return undefined;
    const contract = index.contractById.get(contractId);
    if (!contract) return undefined;
    const input = letterInputFromLedger(snapshot, index, contractId, today, {
      policy, stage: stage === "" ? undefined : stage, digits: digitsOf(contract.currency),
    });
    return input ? { stage: input.stage, ...draftReminder(input, lang) } : null;
  }, [snapshot, index, contractId, today, policy, stage, lang, digitsOf]);

  const text = letter ? `${letter.subject}\n\n${letter.body}` : "";
  async function copy() {
    setCopyState(await copyText(text, bodyRef.current));
  }

  return (
    <section className={styles.section} aria-label={s.draftTitle} data-testid="letter-draft">
      <Subtitle2 as="h3">{s.draftTitle}</Subtitle2>
      <div className={styles.draftControls}>
        <Field label={s.draftContract}>
          <ContractPicker name="draftContract" list={contracts} value={contractId} placeholder="—"
            onChange={(id) => {
              setCopyState(undefined);
              // A stage chosen for one contract's letter is not another's: the new contract starts at the stage it has reached.
              if (id !== contractId) setStage("");
              setContractId(id);
            }} display={(c) => `${c.code} · ${c.title}`} />
        </Field>
        <Field label={s.draftStage}>
          <Select name="draftStage" value={stage === "" ? (letter?.stage ?? "") : stage} onChange={(_, d) => { setCopyState(undefined); setStage(d.value as LetterStage); }}>
            {stage === "" && !letter && <option value="">—</option>}
            {LETTER_STAGES.map((st) => <option key={st} value={st}>{s[`stage.${st}`]}</option>)}
          </Select>
        </Field>
        <Field label={s.draftLanguage}>
          <Select name="draftLanguage" value={lang} onChange={(_, d) => { setCopyState(undefined); setLang(d.value as LetterLang); }}>
            <option value="zh">{s.langZh}</option>
            <option value="en">{s.langEn}</option>
          </Select>
        </Field>
      </div>
      {contractId === "" && <Text>{s.chooseContract}</Text>}
      {letter === null && <Text data-testid="draft-nothing">{s.nothingToChase}</Text>}
      {letter && (
        <>
          <Field label={s.subject}>
            <Input name="draftSubject" readOnly value={letter.subject} />
          </Field>
          <Field label={s.body}>
            <Textarea name="draftBody" ref={bodyRef} readOnly value={text} className={styles.body} resize="vertical" textarea={{ spellCheck: false }} />
          </Field>
          <div className={styles.line}>
            <Button icon={<CopyRegular />} appearance="primary" onClick={() => void copy()}>{s.copy}</Button>
          </div>
          {copyState && (
            <MessageBar intent={copyState === "copied" ? "success" : "info"} data-testid="copy-result">
              <MessageBarBody>{copyState === "copied" ? s.copied : s.copySelected}</MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </section>
  );
}
