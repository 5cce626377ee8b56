export { draftReminder } from "./draftReminder";
export { formatLetterDate } from "./format";
export { letterTotals } from "./table";
export { NOTICE_DAYS } from "./wording";
export { LETTER_STAGES } from "./types";
export { letterStageFor, letterStageAt } from "./stageFor";
export { accruedInterest, installmentAccrual, receivedPartsByInstallment, type InstallmentAccrual, type ReceivedPart } from "./accruedInterest";
export { letterInputFromLedger, type LetterOptions } from "./fromLedger";
export type { LetterInstallment, LetterLang, LetterStage, ReminderLetter, ReminderDraftInput } from "./types";
