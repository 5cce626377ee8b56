import { draftReminder } from "../../../src/core/letters/draftReminder";
import { LETTER_STAGES, type ReminderDraftInput } from "../../../src/core/letters/types";
import { serialFromYmd } from "../../../src/core/dates";

/*
 * Worked example, checked by hand. Letter dated 2026-11-27.
 *   #1 due 2026-09-30, open 300,000.00, interest 1,234.56 → 31 (Oct) + 27 = 58 days late
 *   #2 due 2026-10-31, open 1,234,567.89, interest 98.70 → 27 days late
 *   #3 due 2026-12-15, open 50,000.00, no interest → not yet due
 * Principal 1,584,567.89; interest 1,333.26; total 1,585,901.15.
 */
const day = (y: number, m: number, d: number) => serialFromYmd(y, m, d);

const example: ReminderDraftInput = {
  stage: "formal",
  date: day(2026, 11, 27),
  customer: { name: "East China Construction Co., Ltd.", contact: "Mr. Wang" },
  contract: { code: "HT-2026-001", title: "Smart Campus Phase 1", currency: "CNY" },
  installments: [
    { seq: 1, dueDate: day(2026, 9, 30), openMinor: 30000000, interestMinor: 123456 },
    { seq: 2, dueDate: day(2026, 10, 31), openMinor: 123456789, interestMinor: 9870 },
    { seq: 3, dueDate: day(2026, 12, 15), openMinor: 5000000, interestMinor: 0 },
  ],
  owner: { name: "Li Na", phone: "138 0000 0000", email: "li.na@example.com" },
  paymentInstructions: "Bank of China, Shanghai Branch, account 1234 5678 9012",
  // The reminder log holds two reminders before the letter: the wording may speak of them.
  earlier: { reminders: 2, finalDemand: false },
};

test("a formal English letter lists the installments, days late, interest and the total", () => {
  const draft = draftReminder(example, "en");
  expect(draft.subject).toBe("Formal notice of overdue payment: contract HT-2026-001");
  expect(draft.body).toBe([
    "To: East China Construction Co., Ltd.",
    "Attn: Mr. Wang",
    "Date: 2026-11-27",
    'Re: Contract HT-2026-001 "Smart Campus Phase 1"',
    "",
    "Dear Mr. Wang,",
    "",
    'Despite our earlier reminders, the following payments under contract HT-2026-001 "Smart Campus Phase 1" remain unpaid. Late interest accrues under the contract as shown.',
    "",
    "No.  Due date         Amount open  Days late      Interest",
    "1    2026-09-30    CNY 300,000.00         58  CNY 1,234.56",
    "2    2026-10-31  CNY 1,234,567.89         27     CNY 98.70",
    "3    2026-12-15     CNY 50,000.00    not due      CNY 0.00",
    "",
    "Total due: CNY 1,585,901.15 (principal CNY 1,584,567.89, interest CNY 1,333.26)",
    "",
    // formal notice gives five days: 2026-11-27 + 5 = 2026-12-02
    "We ask you to pay CNY 1,585,901.15 in full by 2026-12-02. If there is any reason the payment is withheld, please tell us in writing by that date.",
    "",
    "Payment instructions:",
    "Bank of China, Shanghai Branch, account 1234 5678 9012",
    "",
    "We look forward to your payment.",
    "",
    "Li Na",
    "Contact: 138 0000 0000, li.na@example.com",
  ].join("\n"));
});

test("a Chinese final demand reads as a 催款 letter with 年月日 dates and aligned CJK columns", () => {
  const draft = draftReminder({
    ...example,
    stage: "finalDemand",
    customer: { name: "华东建设有限公司", contact: "王经理" },
    contract: { code: "HT-2026-001", title: "智慧园区一期", currency: "CNY" },
    owner: { name: "李娜" },
    paymentInstructions: undefined,
  }, "zh");
  expect(draft.subject).toBe("最后催告函（合同编号：HT-2026-001）");
  expect(draft.body).toBe([
    "致：华东建设有限公司",
    "联系人：王经理",
    "日期：2026年11月27日",
    "事由：合同HT-2026-001《智慧园区一期》款项",
    "",
    "尊敬的王经理：",
    "",
    "贵司与我司签订的《智慧园区一期》（合同编号：HT-2026-001）项下以下款项经我司多次催告仍未支付，现向贵司发出最后催告。",
    "",
    "序号  到期日                  未付金额  逾期天数      应计利息",
    "1     2026年9月30日     CNY 300,000.00        58  CNY 1,234.56",
    "2     2026年10月31日  CNY 1,234,567.89        27     CNY 98.70",
    "3     2026年12月15日     CNY 50,000.00    未到期      CNY 0.00",
    "",
    "应付合计：CNY 1,585,901.15（本金CNY 1,584,567.89，利息CNY 1,333.26）",
    "",
    // a final demand gives three days: 2026-11-27 + 3 = 2026-11-30
    "如贵司未能于2026年11月30日前支付上述款项共计CNY 1,585,901.15，我司将不再另行通知，依法采取包括诉讼在内的措施追收欠款。",
    "",
    "付款信息：",
    "【开户银行、户名、账号】",
    "",
    "望贵司慎重对待。",
    "",
    "此致",
    "敬礼",
    "",
    "李娜",
  ].join("\n"));
});

test("an explicit pay-by date overrides the stage's notice period", () => {
  const draft = draftReminder({ ...example, stage: "friendly", payBy: day(2026, 12, 31) }, "en");
  expect(draft.body).toContain("Please arrange payment of CNY 1,585,901.15 by 2026-12-31.");
});

test("without a contact person the letter greets the customer", () => {
  const draft = draftReminder({ ...example, customer: { name: "Acme Ltd" } }, "en");
  expect(draft.body).not.toContain("Attn:");
  expect(draft.body).toContain("Dear Acme Ltd,");
});

test("every stage has its own subject in both languages, each naming the contract", () => {
  for (const lang of ["en", "zh"] as const) {
    const subjects = LETTER_STAGES.map((stage) => draftReminder({ ...example, stage }, lang).subject);
    expect(new Set(subjects).size).toBe(LETTER_STAGES.length);
    for (const s of subjects) expect(s).toContain("HT-2026-001");
  }
});

test("a letter with no installments is refused", () => {
  expect(() => draftReminder({ ...example, installments: [] }, "en")).toThrow(/installments/);
});
