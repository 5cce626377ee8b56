import type { LetterLang, LetterStage } from "./types";

/** Formatted pieces a letter's wording is built from. */
export interface WordingContext {
  customer: string;
  contractCode: string;
  contractTitle: string;
  total: string;
  payBy: string;
  /** Some interest or penalty is claimed (the contract has a penalty clause and it accrued). */
  interest: boolean;
  /** What accrues is a daily penalty (违约金) rather than late interest. */
  dailyPenalty: boolean;
  /** Reminders the contract's log holds before the letter's date. */
  earlierReminders: number;
  /** One of them was at the final-demand stage or later. */
  finalDemandSent: boolean;
}

export interface StageWording {
  subject: (c: WordingContext) => string;
  opening: (c: WordingContext) => string;
  request: (c: WordingContext) => string;
  closing: string;
}

/**
 * Days of notice given to pay, per stage: a courtesy reminder leaves the usual payment run, a
 * final demand or notice of legal action gives the short period such letters customarily state.
 */
export const NOTICE_DAYS: Record<LetterStage, number> = {
  courtesy: 10, friendly: 7, formal: 5, finalDemand: 3, legal: 3,
};

/**
 * How the letter names the contract: its code and, when it has one, its title ("contract HT-1
 * \"Plant upgrade\"", 《厂房改造》（合同编号：HT-1）). A contract saved without a title is named by
 * its code alone, never with empty quotes or an empty 《》.
 */
function enRef(c: WordingContext): string {
  return c.contractTitle.trim() ? `contract ${c.contractCode} "${c.contractTitle}"` : `contract ${c.contractCode}`;
}

function zhRef(c: WordingContext): string {
  return c.contractTitle.trim() ? `《${c.contractTitle}》（合同编号：${c.contractCode}）` : `合同（合同编号：${c.contractCode}）`;
}

/**
 * What the letter says of earlier contact follows the contract's reminder log: "despite our earlier
 * reminders" / 经我司多次提醒 only with two or more logged before the letter, the singular with
 * one, and no claim of any with none (a first letter must not invent a history).
 */
function enDespite(c: WordingContext): string {
  const payments = `the following payments under ${enRef(c)} remain unpaid.`;
  if (c.earlierReminders > 1) return `Despite our earlier reminders, ${payments}`;
  if (c.earlierReminders === 1) return `Despite our earlier reminder, ${payments}`;
  return `T${payments.slice(1)}`;
}

function enAccrues(c: WordingContext): string {
  if (!c.interest) return "";
  return c.dailyPenalty ? " A late-payment penalty accrues under the contract as shown." : " Late interest accrues under the contract as shown.";
}

function zhAfter(earlierReminders: number, verb: "提醒" | "催告"): string {
  if (earlierReminders > 1) return `经我司多次${verb}`;
  if (earlierReminders === 1) return `经我司${verb}`;
  return "逾期";
}

const EN: Record<LetterStage, StageWording> = {
  courtesy: {
    subject: (c) => `Payment reminder: contract ${c.contractCode}`,
    opening: (c) => `We would like to remind you of the following payments under ${enRef(c)}.`,
    request: (c) => `We would be grateful if you could arrange payment of ${c.total} by ${c.payBy}. If payment has already been made, please disregard this reminder.`,
    closing: "Thank you for your cooperation.",
  },
  friendly: {
    subject: (c) => `Overdue payment: contract ${c.contractCode}`,
    opening: (c) => `Our records show that the following payments under ${enRef(c)} are now overdue.`,
    request: (c) => `Please arrange payment of ${c.total} by ${c.payBy}. If payment has already been made, please send us the remittance details so that we can match it.`,
    closing: "Thank you for your prompt attention.",
  },
  formal: {
    subject: (c) => `Formal notice of overdue payment: contract ${c.contractCode}`,
    opening: (c) => `${enDespite(c)}${enAccrues(c)}`,
    request: (c) => `We ask you to pay ${c.total} in full by ${c.payBy}. If there is any reason the payment is withheld, please tell us in writing by that date.`,
    closing: "We look forward to your payment.",
  },
  finalDemand: {
    subject: (c) => `Final demand for payment: contract ${c.contractCode}`,
    opening: (c) => `This is our final demand for the following payments under ${enRef(c)}, which remain unpaid${c.earlierReminders > 1 ? " after repeated reminders" : c.earlierReminders === 1 ? " after our earlier reminder" : ""}.`,
    request: (c) => `Unless ${c.total} is received by ${c.payBy}, we will take further steps to recover the debt, including legal proceedings, without further notice.`,
    closing: "We trust this will not be necessary.",
  },
  legal: {
    subject: (c) => `Notice of legal action: contract ${c.contractCode}`,
    opening: (c) => `The following payments under ${enRef(c)} remain unpaid${c.finalDemandSent ? " despite our final demand" : c.earlierReminders > 1 ? " despite our earlier reminders" : c.earlierReminders === 1 ? " despite our earlier reminder" : ""}.`,
    request: (c) => `We are preparing legal proceedings to recover ${c.total}, together with interest and costs as the contract and the law allow. Only payment in full received by ${c.payBy} will stop them.`,
    closing: "Yours faithfully,",
  },
};

const ZH: Record<LetterStage, StageWording> = {
  courtesy: {
    subject: (c) => `付款提示函（合同编号：${c.contractCode}）`,
    opening: (c) => `贵司与我司签订的${zhRef(c)}项下有以下款项需支付，特此提示。`,
    request: (c) => `烦请贵司于${c.payBy}前支付上述款项共计${c.total}。如已付款，请忽略本函。`,
    closing: "感谢贵司的支持与配合！",
  },
  friendly: {
    subject: (c) => `付款提醒函（合同编号：${c.contractCode}）`,
    opening: (c) => `经我司核对，贵司与我司签订的${zhRef(c)}项下以下款项已逾期未付。`,
    request: (c) => `请贵司于${c.payBy}前支付上述款项共计${c.total}。如已付款，请将付款凭证发送我司以便核对。`,
    closing: "感谢贵司的及时处理！",
  },
  formal: {
    subject: (c) => `催款函（合同编号：${c.contractCode}）`,
    opening: (c) => `贵司与我司签订的${zhRef(c)}项下以下款项${zhAfter(c.earlierReminders, "提醒")}仍未支付${c.interest ? `，并已按合同约定产生${c.dailyPenalty ? "违约金" : "逾期利息"}` : ""}。`,
    request: (c) => `请贵司于${c.payBy}前足额支付上述款项共计${c.total}。如有异议，请于该日期前书面告知我司。`,
    closing: "望贵司予以重视并及时付款。",
  },
  finalDemand: {
    subject: (c) => `最后催告函（合同编号：${c.contractCode}）`,
    opening: (c) => `贵司与我司签订的${zhRef(c)}项下以下款项${zhAfter(c.earlierReminders, "催告")}仍未支付，现向贵司发出最后催告。`,
    request: (c) => `如贵司未能于${c.payBy}前支付上述款项共计${c.total}，我司将不再另行通知，依法采取包括诉讼在内的措施追收欠款。`,
    closing: "望贵司慎重对待。",
  },
  legal: {
    subject: (c) => `法律程序告知函（合同编号：${c.contractCode}）`,
    opening: (c) => `贵司与我司签订的${zhRef(c)}项下以下款项${c.finalDemandSent ? "经我司最后催告" : zhAfter(c.earlierReminders, "催告")}仍未支付。`,
    request: (c) => `我司正准备通过法律程序追收上述款项共计${c.total}，并依合同及法律规定主张利息及相关费用。唯有贵司于${c.payBy}前足额付款，我司方停止上述程序。`,
    closing: "特此告知。",
  },
};

export const WORDING: Record<LetterLang, Record<LetterStage, StageWording>> = { en: EN, zh: ZH };
