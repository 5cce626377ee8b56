/** What the pane says about failures that are not a field's own input error, in both languages. */
export const ERROR_STRINGS = {
  en: {
    invalidSetting: "That value cannot be saved for this setting ({setting}); the previous value is kept.",
    ledgerWrite: "The ledger could not complete the change ({name}). Nothing was saved; try again, and if it keeps failing, reload the pane.",
    conflict: "Also changed elsewhere, to “{value}”. Saving keeps what you typed.",
    required: "{arg} is required.",
    badDate: "{arg} is not a valid date.",
    notAnAmount: "Enter an amount such as {example}.",
  },
  zh: {
    invalidSetting: "该设置（{setting}）不能保存为此值；原值保持不变。",
    ledgerWrite: "台账未能完成此项更改（{name}）。未保存任何内容；请重试，如仍失败请重新加载窗格。",
    conflict: "其他地方也修改了此项，改为“{value}”。保存将保留您输入的内容。",
    required: "请填写{arg}。",
    badDate: "{arg}不是有效日期。",
    notAnAmount: "请输入金额，例如 {example}。",
  },
} as const;
