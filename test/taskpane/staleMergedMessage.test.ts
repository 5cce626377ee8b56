import { StaleEditError } from "../../src/core/store/revision";
import { errorMessage } from "../../src/taskpane/forms/fieldError";
import { format, type Lang } from "../../src/taskpane/i18n/language";
import { strings } from "../../src/taskpane/pages/Contracts/strings";

/*
 * A contract saved from a form opened before another pane changed it: the form takes in the other
 * change and keeps what was typed, so the message must say one thing — check and save again — and
 * not also core's "reload it and try again" with revision numbers the analyst never sees. The form
 * fills the template with the contract's code; core's stale-edit message is passed too, so a
 * template that still appended it would show it.
 */
const stale = new StaleEditError("C002", 1, 2);
const said = (lang: Lang, key: "staleMerged" | "staleReloaded") =>
  format(strings[lang][key], { code: "C002", message: errorMessage(stale, lang) });

describe("the message after a stale contract edit was merged into the form", () => {
  test.each([
    ["en", /save again/, /reload|revision|\b[12]\b/i],
    ["zh", /再次保存/, /重新加载|版本|[12]/],
  ] as const)("in %s it names the contract, says to check and save again, and neither reload nor revisions", (lang, saveAgain, contradicts) => {
    const text = said(lang, "staleMerged");
    expect(text).toContain("C002");
    expect(text).toMatch(saveAgain);
    expect(text.replace("C002", "")).not.toMatch(contradicts);
    expect(text).not.toContain(errorMessage(stale, lang));
    expect(text).not.toMatch(/\{\w+\}/);
  });
});

describe("the message after a stale milestone or installment edit (the table shows it anew, the form keeps what was typed)", () => {
  test.each([
    ["en", /save again/, /reload|revision|\b[12]\b/i],
    ["zh", /再次保存/, /重新加载|版本|[12]/],
  ] as const)("in %s it says to check and save again, and neither reload nor revisions", (lang, saveAgain, contradicts) => {
    const text = said(lang, "staleReloaded");
    expect(text).toMatch(saveAgain);
    expect(text).not.toMatch(contradicts);
    expect(text).not.toMatch(/\{\w+\}/);
  });
});
