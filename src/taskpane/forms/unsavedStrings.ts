import { definePageStrings } from "../i18n/pageStrings";

/** The question asked before leaving forms with unsaved edits (another page, Back, Cancel). `{what}`: the forms, named by unsavedFormsText. */
export const UNSAVED_STRINGS = definePageStrings({
  en: {
    title: "Discard unsaved changes?",
    text: "Not saved yet: {what}. What you typed there will be lost.",
    keep: "Keep editing",
    discard: "Discard",
  },
  zh: {
    title: "放弃未保存的更改？",
    text: "以下内容尚未保存：{what}。放弃后，已填写的内容将丢失。",
    keep: "继续编辑",
    discard: "放弃更改",
  },
});
