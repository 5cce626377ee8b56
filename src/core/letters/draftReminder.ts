import { currencyDigits } from "../currencies";
import { inputError } from "../errors";
import { formatLetterDate } from "./format";
import { formatMoney } from "../moneyFormat";
import { installmentTable, letterTotals } from "./table";
import type { LetterLang, ReminderLetter, ReminderDraftInput } from "./types";
import { NOTICE_DAYS, WORDING } from "./wording";

const LABELS = {
  en: {
    to: "To", attn: "Attn", date: "Date", re: "Re", dear: (name: string) => `Dear ${name},`,
    total: "Total due", principal: "principal", interest: "interest", penalty: "penalty",
    instructions: "Payment instructions:", placeholder: "[Bank name, account name, account number]",
    contact: "Contact",
  },
  zh: {
    to: "致", attn: "联系人", date: "日期", re: "事由", dear: (name: string) => `尊敬的${name}：`,
    total: "应付合计", principal: "本金", interest: "利息", penalty: "违约金",
    instructions: "付款信息：", placeholder: "【开户银行、户名、账号】",
    contact: "联系方式",
  },
} as const;

/**
 * A reminder letter or e-mail for one contract's open installments, as plain text ready to copy:
 * addressee, the installments with days late and interest, the total, the stage's request with a
 * pay-by date, payment details and the owner's signature. A contract without a penalty clause gets
 * no interest column and no interest in the total; a daily penalty is named a penalty (违约金). The
 * wording mentions earlier reminders or a final demand only as far as `input.earlier` records them.
 */
export function draftReminder(input: ReminderDraftInput, lang: LetterLang): ReminderLetter {
  if (input.installments.length === 0) inputError("required", { arg: "installments" });
  const digits = input.contract.digits ?? currencyDigits(input.contract.currency);
  const money = (minor: number) => formatMoney(minor, input.contract.currency, digits);
  const date = (day: number) => formatLetterDate(day, lang);
  const labels = LABELS[lang];
  const wording = WORDING[lang][input.stage];
  const totals = letterTotals(input.installments);
  const kind = input.contract.penalty ?? "interest";
  // No clause, nothing claimed: no interest column, no "interest 0" in the total.
  const accrued = kind === "daily" ? "penalty" : kind === "none" && totals.interestMinor === 0 ? undefined : "interest";
  const context = {
    customer: input.customer.name,
    contractCode: input.contract.code,
    contractTitle: input.contract.title,
    total: money(totals.dueMinor),
    payBy: date(input.payBy ?? input.date + NOTICE_DAYS[input.stage]),
    interest: totals.interestMinor > 0,
    dailyPenalty: accrued === "penalty",
    earlierReminders: input.earlier?.reminders ?? 0,
    finalDemandSent: input.earlier?.finalDemand ?? false,
  };
  const sep = lang === "en" ? ": " : "：";
  const totalLine = !accrued
    ? `${labels.total}${sep}${money(totals.dueMinor)}`
    : lang === "en"
      ? `${labels.total}: ${money(totals.dueMinor)} (${labels.principal} ${money(totals.openMinor)}, ${labels[accrued]} ${money(totals.interestMinor)})`
      : `${labels.total}：${money(totals.dueMinor)}（${labels.principal}${money(totals.openMinor)}，${labels[accrued]}${money(totals.interestMinor)}）`;
  const titled = input.contract.title.trim() !== "";
  const reTitle = lang === "en"
    ? `Contract ${input.contract.code}${titled ? ` "${input.contract.title}"` : ""}`
    : `合同${input.contract.code}${titled ? `《${input.contract.title}》` : ""}款项`;
  const ownerContact = [input.owner.phone, input.owner.email].filter((v): v is string => !!v && v.trim() !== "");

  const lines: string[] = [
    `${labels.to}${sep}${input.customer.name}`,
    ...(input.customer.contact ? [`${labels.attn}${sep}${input.customer.contact}`] : []),
    `${labels.date}${sep}${date(input.date)}`,
    `${labels.re}${sep}${reTitle}`,
    "",
    labels.dear(input.customer.contact || input.customer.name),
    "",
    wording.opening(context),
    "",
    installmentTable(input.installments, input.date, input.contract.currency, digits, lang, accrued),
    "",
    totalLine,
    "",
    wording.request(context),
    "",
    labels.instructions,
    input.paymentInstructions?.trim() || labels.placeholder,
    "",
    wording.closing,
    "",
    ...(lang === "zh" ? ["此致", "敬礼", ""] : []),
    input.owner.name,
    ...(ownerContact.length ? [`${labels.contact}${sep}${ownerContact.join(lang === "en" ? ", " : "，")}`] : []),
  ];
  return { subject: wording.subject(context), body: lines.join("\n") };
}
