import { definePageStrings } from "../../i18n/pageStrings";

export const strings = definePageStrings({
  en: {
    title: "Settings",
    boundsLabel: "Aging bucket bounds (days)",
    boundsHint: "Upper bounds of the overdue bands, increasing, e.g. 30, 60, 90.",
    boundsPreview: "Buckets: {labels}",
    boundsEmpty: "Enter at least one number of days, e.g. 30, 60, 90.",
    boundsNotWhole: "“{token}” is not a whole number of days.",
    boundsTooMany: "At most {max} bounds.",
    boundsArg: "Aging bucket bounds",
    save: "Save",
    saved: "Saved.",
    saveFailed: "Could not save: {message}",
    languageLabel: "Language",
    languageAuto: "Automatic (Office language)",
  },
  zh: {
    title: "设置",
    boundsLabel: "账龄区间上限（天）",
    boundsHint: "逾期区间的上限天数，按递增顺序，例如 30, 60, 90。",
    boundsPreview: "账龄区间：{labels}",
    boundsEmpty: "请至少输入一个天数，例如 30, 60, 90。",
    boundsNotWhole: "“{token}”不是整数天数。",
    boundsTooMany: "最多 {max} 个上限。",
    boundsArg: "账龄区间上限",
    save: "保存",
    saved: "已保存。",
    saveFailed: "保存失败：{message}",
    languageLabel: "语言",
    languageAuto: "自动（跟随 Office 语言）",
  },
});

/** Each language is named in itself, so a user who cannot read the current one still finds theirs. */
export const LANGUAGE_NAMES = { "zh-CN": "中文（简体）", "en-US": "English" } as const;
