import type { Page } from "playwright-core";
import { DEFAULT_DB_NAME } from "../../src/core/store/db";
import { describeInBrowser, putRawSetting, seededPane } from "./support/browser";

// Launching Chromium and seeding take seconds on a busy machine; the default 5 s is too tight.
jest.setTimeout(60_000);

/*
 * Today, reminders and promises through the pane, on a ledger seeded with the repositories
 * (window.__huikuan.seed, loaded with ?testhooks). The pane's clock is fixed at 2026-11-27.
 *
 *   HT-A  300,000.00 due 2026-09-30 → 58 days late (31 in Oct + 27)   3.65%/365 interest
 *         100,000.00 due 2027-06-30 → far off, not on today's list
 *   HT-C   10,000.00 due 2026-08-31 → paid by a receipt, not listed
 *         120,000.00 due 2026-10-15 → 43 days late (16 + 27)
 *   HT-B   50,000.00 due 2026-11-20 → 7 days late
 *          40,000.00 due 2026-12-01 → due in 4 days (inside the 7-day horizon)
 * Each row has no more days late and no more money than the one before, so any collection risk
 * that never falls as lateness grows ranks them HT-A, HT-C, HT-B #1, HT-B #2.
 */
const TODAY = new Date("2026-11-27T10:00:00");
const active = { status: "active" as const, signDate: "2026-06-01", terms: "" };

const fixture = {
  customers: [
    { code: "C-ALPHA", name: "Alpha Build Co.", contact: "Ms. Alpha" },
    { code: "C-BETA", name: "Beta Tech Ltd.", contact: "Mr. Beta" },
  ],
  contracts: [
    {
      ...active, code: "HT-A", customerCode: "C-ALPHA", title: "Campus phase 1", amountMinor: 40000000, currency: "CNY", owner: "Zhang Wei",
      penalty: { kind: "interest", annualRate: 0.0365, yearDays: 365, graceDays: 0 },
      plan: [{ dueDate: "2026-09-30", amountMinor: 30000000 }, { dueDate: "2027-06-30", amountMinor: 10000000 }],
    },
    {
      ...active, code: "HT-B", customerCode: "C-BETA", title: "Data centre", amountMinor: 9000000, currency: "CNY", owner: "Li Na",
      penalty: { kind: "none" },
      plan: [{ dueDate: "2026-11-20", amountMinor: 5000000 }, { dueDate: "2026-12-01", amountMinor: 4000000 }],
    },
    {
      ...active, code: "HT-C", customerCode: "C-BETA", title: "Network upgrade", amountMinor: 13000000, currency: "CNY", owner: "Li Na",
      penalty: { kind: "none" },
      plan: [{ dueDate: "2026-08-31", amountMinor: 1000000 }, { dueDate: "2026-10-15", amountMinor: 12000000 }],
    },
  ],
  receipts: [{ contractCode: "HT-C", date: "2026-09-05", amountMinor: 1000000 }],
};

async function rowTexts(page: Page): Promise<string[]> {
  return page.getByTestId("chase-row").allInnerTexts();
}

function rowOf(page: Page, contract: string, nth = 0) {
  return page.locator(`[data-testid="chase-row"][data-contract="${contract}"]`).nth(nth);
}

/**
 * Whether a card's promise line shows all its text at `width` px: not cut (its content fits its
 * box), inside the pane and its card, and the card not running into the next one.
 */
async function promiseFits(page: Page, contract: string): Promise<{ text: string; problems: string[] }> {
  const promise = rowOf(page, contract).getByTestId("chase-promise");
  await promise.waitFor();
  return promise.evaluate((el) => {
    const problems: string[] = [];
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) problems.push("not visible");
    if (el.scrollWidth > el.clientWidth + 1) problems.push(`cut: ${el.scrollWidth}px of text in ${el.clientWidth}px`);
    if (r.right > document.documentElement.clientWidth + 0.5) problems.push(`past the pane's edge: right ${r.right}`);
    const card = el.closest('[role="listitem"]')!;
    const c = card.getBoundingClientRect();
    if (r.bottom > c.bottom + 0.5 || r.right > c.right + 0.5) problems.push("outside its card");
    const next = card.nextElementSibling?.getBoundingClientRect();
    if (next && next.top < c.bottom - 0.5) problems.push("the next card overlaps it");
    for (let a = el.parentElement; a && a !== card; a = a.parentElement) {
      if (a.scrollWidth > a.clientWidth + 1 && getComputedStyle(a).overflowX !== "visible") problems.push("cut by its line");
    }
    return { text: (el as HTMLElement).innerText, problems };
  });
}

describeInBrowser("Today: what to chase, logging reminders and promises", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, hash: "#/today", fixture });

  test("lists overdue and soon-due installments, riskiest exposure first, with days late, stage and owner", async () => {
    const { pane } = seeded;
    const page = await pane.open("#/today");
    await page.getByTestId("chase-row").first().waitFor();
    const contracts = await page.getByTestId("chase-row").evaluateAll((els) => els.map((e) => e.getAttribute("data-contract")));
    expect(contracts).toEqual(["HT-A", "HT-C", "HT-B", "HT-B"]);
    const texts = await rowTexts(page);
    expect(texts[0]).toContain("CNY 300,000.00");
    expect(texts[0]).toContain("58 d late");
    expect(texts[0]).toContain("Final demand"); // 46–90 days in the default policy
    expect(texts[0]).toContain("Owner: Zhang Wei");
    expect(texts[0]).toContain("no contact yet");
    expect(texts[1]).toContain("CNY 120,000.00");
    expect(texts[1]).toContain("43 d late");
    expect(texts[2]).toContain("CNY 50,000.00");
    expect(texts[2]).toContain("7 d late");
    expect(texts[2]).toContain("Friendly"); // 1–15 days
    expect(texts[3]).toContain("CNY 40,000.00");
    expect(texts[3]).toContain("due in 4 d");
    expect(texts[3]).toContain("Courtesy"); // from 7 days before the due date
    expect(await page.getByTestId("chase-count").innerText()).toBe("4 to chase");
  });

  test("a bad promise is refused as it is typed, with a message, and nothing typed is lost", async () => {
    const { pane } = seeded;
    const page = await pane.open("#/today");
    await rowOf(page, "HT-B").getByRole("button", { name: "Log reminder for HT-B #1", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    expect(await dialog.getByLabel("Contact person").inputValue()).toBe("Mr. Beta");
    await dialog.getByLabel("Outcome").fill("Finance director on leave");
    await dialog.getByLabel("Promised amount").fill("abc");
    await dialog.getByText("Enter an amount such as 12,500.00.").waitFor();
    await dialog.getByLabel("Promised payment date").fill("2026-11-20");
    await dialog.getByText("This date cannot be before the contact date, 2026-11-27.").waitFor();

    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.getByText("Please correct the highlighted fields.").waitFor();
    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.getByLabel("Promised amount").inputValue()).toBe("abc");
    expect(await dialog.getByLabel("Promised payment date").inputValue()).toBe("2026-11-20");
    expect(await dialog.getByLabel("Outcome").inputValue()).toBe("Finance director on leave");

    await dialog.getByLabel("Promised amount").fill("30,000");
    await dialog.getByLabel("Promised payment date").fill("2026-12-10");
    expect(await dialog.getByText("Enter an amount such as 12,500.00.").count()).toBe(0);
    await dialog.getByRole("button", { name: "Save" }).click();
    await page.getByTestId("reminder-saved").waitFor();
    expect(await page.getByRole("dialog").count()).toBe(0);
    // the list follows the ledger live: wait for the new contact to show
    await rowOf(page, "HT-B").filter({ hasText: "Last contact: 2026-11-27 (Phone)" }).waitFor();
    expect(await rowOf(page, "HT-B").innerText()).toContain("Promise: CNY 30,000.00 by 2026-12-10");
  });

  test("a reminder with a promise logged from Today shows in Reminders, with a letter ready to copy", async () => {
    const { pane } = seeded;
    const page = await pane.open("#/today");
    await rowOf(page, "HT-A").getByRole("button", { name: "Log reminder" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Channel").selectOption("email");
    await dialog.getByLabel("Outcome").fill("Will pay half next week");
    await dialog.getByLabel("Promised payment date").fill("2026-12-04");
    await dialog.getByLabel("Promised amount").fill("150,000.00");
    await dialog.getByLabel("Next action date").fill("2026-12-05");
    await dialog.getByRole("button", { name: "Save" }).click();
    await page.getByTestId("reminder-saved").waitFor();
    await rowOf(page, "HT-A").filter({ hasText: "Promise: CNY 150,000.00 by 2026-12-04" }).waitFor();

    await page.getByRole("tab", { name: "Reminders" }).click();
    const log = page.getByTestId("contact-log");
    await log.getByTestId("log-entry").nth(1).waitFor();
    const entries = await log.getByTestId("log-entry").allInnerTexts();
    expect(entries).toHaveLength(2);
    expect(entries[0]).toContain("HT-A"); // newest first: logged after HT-B's
    expect(entries[0]).toContain("E-mail");
    expect(entries[0]).toContain("Ms. Alpha");
    expect(entries[0]).toContain("Will pay half next week");
    expect(entries[0]).toContain("CNY 150,000.00 by 2026-12-04");
    expect(entries[0]).toContain("Next action: 2026-12-05");

    // The draft starts on the contract contacted last, at the stage 58 days late reaches.
    const draft = page.getByTestId("letter-draft");
    const body = await draft.getByRole("textbox", { name: "Text" }).inputValue();
    expect(body.split("\n")[0]).toBe("Final demand for payment: contract HT-A");
    // 300,000.00 × 3.65% × 58 / 365 = 1,740.00 of interest
    expect(body).toContain("1    2026-09-30  CNY 300,000.00         58  CNY 1,740.00");
    expect(body).toContain("Total due: CNY 301,740.00 (principal CNY 300,000.00, interest CNY 1,740.00)");
    expect(body).toContain("Zhang Wei");

    await pane.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(pane.baseUrl).origin });
    await draft.getByRole("button", { name: "Copy" }).click();
    await draft.getByText("Copied to the clipboard.").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(body);
  });

  test("after a reload everything logged is still there", async () => {
    const { pane } = seeded;
    const page = await pane.open("#/today");
    await page.reload();
    await rowOf(page, "HT-A").waitFor();
    expect(await rowOf(page, "HT-A").innerText()).toContain("Last contact: 2026-11-27 (E-mail)");
    expect(await rowOf(page, "HT-B").innerText()).toContain("Promise: CNY 30,000.00 by 2026-12-10");
    await page.getByRole("tab", { name: "Reminders" }).click();
    await page.getByTestId("log-entry").nth(1).waitFor();
    expect(await page.getByTestId("log-entry").count()).toBe(2);
  });

  test("a promise date passed without payment stands out as a broken promise", async () => {
    const { pane } = seeded;
    await pane.page.clock.setFixedTime(new Date("2026-12-08T10:00:00"));
    const page = await pane.open("#/today");
    await rowOf(page, "HT-A").waitFor();
    expect(await rowOf(page, "HT-A").getAttribute("data-broken")).toBe("true");
    expect(await rowOf(page, "HT-A").innerText()).toContain("Promise broken");
    // HT-B's promise (2026-12-10) is not due yet: not broken
    expect(await rowOf(page, "HT-B").getAttribute("data-broken")).toBe("false");
    await pane.page.clock.setFixedTime(TODAY);
  });

  test("at 320 and 450px the promise, amount and date, reads whole on its card", async () => {
    const { pane } = seeded;
    const page = await pane.open("#/today");
    for (const width of [320, 450]) {
      await page.setViewportSize({ width, height: 900 });
      await rowOf(page, "HT-A").waitFor();
      for (const [contract, promise] of [["HT-A", "Promise: CNY 150,000.00 by 2026-12-04"], ["HT-B", "Promise: CNY 30,000.00 by 2026-12-10"]]) {
        const { text, problems } = await promiseFits(page, contract);
        expect([width, contract, text.replace(/\s+/g, " ").trim()]).toEqual([width, contract, promise]);
        expect([width, contract, problems]).toEqual([width, contract, []]);
      }
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  });
});

/** Whether the pane has saved the open-items view for the ledger as it now is (read with raw IndexedDB). */
async function viewIsCurrent(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const name = (await indexedDB.databases()).map((d) => d.name).find((n) => n?.startsWith("huikuan"));
    if (!name) return false;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(name);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const get = (key: string) =>
      new Promise<{ value?: { stamp?: string } | string } | undefined>((resolve) => {
        const q = db.transaction("meta").objectStore("meta").get(key);
        q.onsuccess = () => resolve(q.result);
      });
    const [stamp, view] = [await get("stamp"), await get("openItemsView")];
    db.close();
    return stamp !== undefined && typeof view?.value === "object" && view.value.stamp === stamp.value;
  });
}

describeInBrowser("Today opens from the open items saved by the last pane", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, hash: "#/today", fixture });

  test("reopened, the page shows the queue from the saved view at once, then the same rows from the whole ledger", async () => {
    const { page } = seeded;
    await rowOf(page, "HT-B", 1).waitFor();
    const rows = await rowTexts(page);
    // The pane saves the view once the writes have settled.
    for (let i = 0; i < 150 && !(await viewIsCurrent(page)); i++) await page.waitForTimeout(100);
    expect(await viewIsCurrent(page)).toBe(true);
    // A ledger this small is read whole in milliseconds, before the page could show anything from
    // the view. Make its whole read take a while, as 100,000 installments do: on reload, another
    // connection holds a read-write transaction on the installments for 1.5 s. The view is one
    // record of the meta table, which that transaction does not hold up.
    await page.addInitScript((dbName: string) => {
      const open = indexedDB.open(dbName);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction("installments", "readwrite");
        const store = tx.objectStore("installments");
        const until = performance.now() + 1500;
        const busy = () => {
          if (performance.now() < until) store.get(1).onsuccess = busy;
        };
        busy();
        tx.oncomplete = () => db.close();
      };
    }, DEFAULT_DB_NAME);
    // Every state the page shows after the reload: which read fed it and the rows it showed.
    await page.addInitScript(() => {
      const seen: { source: string; rows: string[] }[] = [];
      (window as unknown as { __todayStates: typeof seen }).__todayStates = seen;
      new MutationObserver(() => {
        const source = document.querySelector('[data-testid="today-page"]')?.getAttribute("data-ledger");
        const rows = [...document.querySelectorAll<HTMLElement>('[data-testid="chase-row"]')].map((r) => r.innerText);
        const last = seen[seen.length - 1];
        if (source && (!last || last.source !== source || last.rows.join() !== rows.join())) seen.push({ source, rows });
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __todayStates: { source: string }[] }).__todayStates.some((s) => s.source === "whole"));
    const states = await page.evaluate(() => (window as unknown as { __todayStates: { source: string; rows: string[] }[] }).__todayStates);
    expect(states[0].source).toBe("open-items");
    const fromView = states.filter((st) => st.source === "open-items" && st.rows.length > 0);
    expect(fromView.length).toBeGreaterThan(0);
    expect(fromView[fromView.length - 1].rows).toEqual(rows);
    await rowOf(page, "HT-B", 1).waitFor();
    expect(await rowTexts(page)).toEqual(rows);
  });
});

describeInBrowser("Today in Chinese", () => {
  const seeded = seededPane({ locale: "zh-CN", now: TODAY, hash: "#/today", fixture });

  test("the reminder dialog refuses a bad amount with a Chinese message", async () => {
    const page = await seeded.pane.open("#/today");
    await rowOf(page, "HT-A").getByRole("button", { name: "为 HT-A 第 1 期记录催款", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("承诺付款金额").fill("abc");
    await dialog.getByText("请输入金额，例如 12,500.00。").waitFor();
    expect(await rowOf(page, "HT-A").innerText()).toContain("逾期 58 天");
  });

  test("a logged contact and its promise read in Chinese, with Chinese punctuation", async () => {
    const page = seeded.page;
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("承诺付款金额").fill("100,000");
    await dialog.getByLabel("承诺付款日期").fill("2026-12-04");
    await dialog.getByRole("button", { name: "保存" }).click();
    await page.getByTestId("reminder-saved").waitFor();
    expect(await page.getByTestId("reminder-saved").innerText()).toBe("已保存 HT-A 的催款记录。");
    const row = rowOf(page, "HT-A").filter({ hasText: "2026-11-27（电话）" });
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain("负责人：Zhang Wei");
    expect(text).toContain("最近联系：2026-11-27（电话）");
    expect(text).toContain("承诺付款：2026-12-04 前付 CNY 100,000.00");
    expect(text).not.toMatch(/[\u4e00-\u9fff]: /);
  });

  test("at 320px the Chinese promise reads whole on its card", async () => {
    const page = seeded.page;
    await page.setViewportSize({ width: 320, height: 900 });
    const { text, problems } = await promiseFits(page, "HT-A");
    expect(text.replace(/\s+/g, " ").trim()).toBe("承诺付款：2026-12-04 前付 CNY 100,000.00");
    expect(problems).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 720 });
  });
});

/** The focused element: its tag and the contract of the Today row it is in, if any. */
async function focusedIn(page: Page): Promise<{ tag: string; contract: string | null; name: string }> {
  return page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    return { tag: e?.tagName ?? "", contract: e?.closest("[data-testid=chase-row]")?.getAttribute("data-contract") ?? null, name: e?.textContent ?? "" };
  });
}

describeInBrowser("Today from the keyboard: the reminder dialog gives focus back", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, hash: "#/today", fixture });

  test("Escape closes the dialog and focus is back on the row's Log reminder button", async () => {
    const { page } = seeded;
    const log = rowOf(page, "HT-C").getByRole("button", { name: "Log reminder" });
    await log.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("dialog").waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await page.waitForFunction(() => document.activeElement?.tagName === "BUTTON");
    expect(await focusedIn(page)).toEqual({ tag: "BUTTON", contract: "HT-C", name: "Log reminder" });
  });

  test("saved with Enter, the dialog closes and focus is back on the same row's button", async () => {
    const { page } = seeded;
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await dialog.getByLabel("Outcome").fill("Called, no answer");
    await dialog.getByLabel("Contact person").press("Enter");
    await page.getByTestId("reminder-saved").waitFor();
    await rowOf(page, "HT-C").filter({ hasText: "Last contact: 2026-11-27 (Phone)" }).waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === "BUTTON");
    expect(await focusedIn(page)).toEqual({ tag: "BUTTON", contract: "HT-C", name: "Log reminder" });
  });
});

describeInBrowser("Today: one owner's queue", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, hash: "#/today", fixture });

  async function contracts(page: Page): Promise<(string | null)[]> {
    return page.getByTestId("chase-row").evaluateAll((els) => els.map((e) => e.getAttribute("data-contract")));
  }

  test("choosing an owner lists only their installments, in the same order, and counts them", async () => {
    const { page } = seeded;
    await rowOf(page, "HT-B", 1).waitFor();
    const owner = page.getByRole("combobox", { name: "Owner" });
    expect(await owner.inputValue()).toBe("");
    expect(await owner.locator("option").allInnerTexts()).toEqual(["All owners", "Li Na", "Zhang Wei"]);
    await owner.selectOption("Li Na");
    expect(await contracts(page)).toEqual(["HT-C", "HT-B", "HT-B"]);
    expect(await page.getByTestId("chase-count").innerText()).toBe("3 to chase");
    await owner.selectOption("Zhang Wei");
    expect(await contracts(page)).toEqual(["HT-A"]);
    expect(await page.getByTestId("chase-count").innerText()).toBe("1 to chase");
  });

  test("the choice holds across a visit to another page, and once the owner has nothing left the page says so", async () => {
    const { page } = seeded;
    await page.getByRole("tab", { name: "Reminders" }).click();
    await page.getByTestId("reminders-page").waitFor();
    await page.getByRole("tab", { name: "Today" }).click();
    await rowOf(page, "HT-A").waitFor();
    expect(await page.getByRole("combobox", { name: "Owner" }).inputValue()).toBe("Zhang Wei");
    expect(await contracts(page)).toEqual(["HT-A"]);

    // HT-A's 300,000.00 paid in full: nothing left for Zhang Wei today (the next installment is months away).
    await page.evaluate(() => (window as unknown as { __huikuan: { addReceipt(c: string, d: string, a: number): Promise<void> } }).__huikuan.addReceipt("HT-A", "2026-11-27", 30000000));
    await page.getByTestId("today-empty").waitFor();
    expect(await page.getByTestId("today-empty").innerText()).toBe("Nothing for Zhang Wei to chase today.");
    await page.getByRole("combobox", { name: "Owner" }).selectOption("");
    expect(await contracts(page)).toEqual(["HT-C", "HT-B", "HT-B"]);
  });
});

/*
 * A contract in yen (ISO 4217: no minor unit), 7 days late: amounts have no decimals, so the
 * dialog's example of a good amount must have none either, or following it is refused again.
 */
describeInBrowser("Today: a promise on a contract in yen", () => {
  const yen = {
    customers: [{ code: "C-JP", name: "Nihon Kensetsu", contact: "Tanaka-san" }],
    contracts: [{
      ...active, code: "HT-JP", customerCode: "C-JP", title: "Osaka plant", amountMinor: 5000000, currency: "JPY", owner: "Li Na",
      penalty: { kind: "none" }, plan: [{ dueDate: "2026-11-20", amountMinor: 5000000 }],
    }],
  };
  const seeded = seededPane({ locale: "en-US", now: TODAY, hash: "#/today", fixture: yen });

  test("a yen amount with decimals is refused with an example without decimals, and that example is accepted", async () => {
    const { page } = seeded;
    expect(await rowOf(page, "HT-JP").getByTestId("chase-open").innerText()).toBe("JPY 5,000,000");
    await rowOf(page, "HT-JP").getByRole("button", { name: "Log reminder" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Promised payment date").fill("2026-12-10");
    await dialog.getByLabel("Promised amount").fill("12,500.00");
    await dialog.getByText("Enter an amount such as 12,500.", { exact: true }).waitFor();
    await dialog.getByLabel("Promised amount").fill("12,500");
    await dialog.getByRole("button", { name: "Save" }).click();
    await page.getByTestId("reminder-saved").waitFor();
    await rowOf(page, "HT-JP").filter({ hasText: "Promise: JPY 12,500 by 2026-12-10" }).waitFor();
  });
});

describeInBrowser("Today: a promised amount too large to hold", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, hash: "#/today", fixture });

  test("is refused with a message in the dialog; the page stays up and nothing typed is lost", async () => {
    const { page, pane } = seeded;
    await rowOf(page, "HT-B").getByRole("button", { name: "Log reminder" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Outcome").fill("Will pay everything");
    await dialog.getByLabel("Promised payment date").fill("2026-12-10");
    await dialog.getByLabel("Promised amount").fill("99999999999999999999");
    await dialog.getByText("This amount is too large.").waitFor();
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.getByText("Please correct the highlighted fields.").waitFor();
    expect(await dialog.getByLabel("Promised amount").inputValue()).toBe("99999999999999999999");
    expect(await dialog.getByLabel("Outcome").inputValue()).toBe("Will pay everything");
    expect(pane.pageErrors).toEqual([]);
  });
});

describeInBrowser("Today: the reminder dialog keeps what was typed", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, hash: "#/today", fixture });

  test("a click beside the dialog does not close it and loses nothing; Cancel asks, and Discard closes it", async () => {
    const { page } = seeded;
    await rowOf(page, "HT-A").getByRole("button", { name: "Log reminder" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Outcome").fill("Spoke to the CFO: payment run on the 5th, needs the signed acceptance first");
    await page.mouse.click(3, 3); // on the backdrop, top left of the pane
    await page.waitForTimeout(300);
    expect(await dialog.count()).toBe(1);
    expect(await dialog.getByLabel("Outcome").inputValue()).toBe("Spoke to the CFO: payment run on the 5th, needs the signed acceptance first");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await page.getByTestId("discard-contact-note").getByRole("button", { name: "Discard" }).click();
    await dialog.waitFor({ state: "detached" });
  });
});

/** The stage recorded with each reminder in the ledger (read with raw IndexedDB), by contract id order of logging. */
async function recordedStages(page: Page): Promise<(number | null)[]> {
  return page.evaluate(async (dbName) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(dbName);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const all = await new Promise<{ id: number; stage?: number }[]>((resolve) => {
      const q = db.transaction("reminders").objectStore("reminders").getAll();
      q.onsuccess = () => resolve(q.result);
    });
    db.close();
    return all.sort((a, b) => a.id - b.id).map((r) => r.stage ?? null);
  }, DEFAULT_DB_NAME);
}

/*
 * A dunning policy without a courtesy stage: Friendly from 1 day past due, Formal from 16. HT-B #2,
 * due in 4 days, is on the list (the 7-day horizon) but has reached no stage yet.
 */
describeInBrowser("Today: the stage a contact is recorded at", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, hash: "#/today", fixture });

  test("a contact about an installment before the policy's first stage records no stage; one 7 days late records Friendly's", async () => {
    const { page } = seeded;
    await putRawSetting(page, "dunningPolicy", [{ fromDays: 1, stage: "Friendly" }, { fromDays: 16, stage: "Formal" }]);
    await page.reload();
    const notDue = rowOf(page, "HT-B", 1);
    await notDue.getByTestId("chase-stage").filter({ hasText: "Not due" }).waitFor();
    for (const row of [notDue, rowOf(page, "HT-B", 0)]) {
      await row.getByRole("button", { name: "Log reminder" }).click();
      await page.getByRole("dialog").getByRole("button", { name: "Save" }).click();
      await page.getByRole("dialog").waitFor({ state: "detached" });
    }
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=reminder-saved]").length > 0);
    // Friendly is the first stage (index 0) of this policy.
    expect(await recordedStages(page)).toEqual([null, 0]);
  });
});

/** Each row's Log reminder button: its accessible name and its visible text, row by row. */
async function logButtons(page: Page): Promise<{ name: string | null; text: string }[]> {
  return page.getByTestId("chase-row").evaluateAll((rows) =>
    rows.map((r) => {
      const b = r.querySelector("button")!;
      return { name: b.getAttribute("aria-label"), text: b.textContent ?? "" };
    }));
}

describeInBrowser("Today: each row's Log reminder button is named by its contract and installment", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, hash: "#/today", fixture });

  test("the names tell HT-B #1 from HT-B #2 while the visible text stays short, and each name finds its row's button", async () => {
    const { page } = seeded;
    await rowOf(page, "HT-B", 1).waitFor();
    expect(await logButtons(page)).toEqual([
      { name: "Log reminder for HT-A #1", text: "Log reminder" },
      { name: "Log reminder for HT-C #2", text: "Log reminder" },
      { name: "Log reminder for HT-B #1", text: "Log reminder" },
      { name: "Log reminder for HT-B #2", text: "Log reminder" },
    ]);
    const second = page.getByRole("button", { name: "Log reminder for HT-B #2", exact: true });
    expect(await second.count()).toBe(1);
    expect(await second.evaluate((b) => b.closest("[data-testid=chase-row]")?.getAttribute("data-installment"))).toBe(
      await rowOf(page, "HT-B", 1).getAttribute("data-installment"),
    );
  });
});

describeInBrowser("Today: each row's Log reminder button is named, in Chinese", () => {
  const seeded = seededPane({ locale: "zh-CN", now: TODAY, hash: "#/today", fixture });

  test("the names say the contract and installment in Chinese; the visible text stays 记录催款", async () => {
    const { page } = seeded;
    await rowOf(page, "HT-B", 1).waitFor();
    expect(await logButtons(page)).toEqual([
      { name: "为 HT-A 第 1 期记录催款", text: "记录催款" },
      { name: "为 HT-C 第 2 期记录催款", text: "记录催款" },
      { name: "为 HT-B 第 1 期记录催款", text: "记录催款" },
      { name: "为 HT-B 第 2 期记录催款", text: "记录催款" },
    ]);
  });
});

/*
 * A contact logged a day late. The policy turns Formal at 7 days past due, so HT-B #1 (due
 * 2026-11-20) is Formal today, 2026-11-27, and was Friendly (index 0) yesterday.
 */
describeInBrowser("Today: a contact logged on an earlier date", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, hash: "#/today", fixture });

  test("a future contact date, or one before the contract was signed, is refused with a message; nothing typed or saved is lost", async () => {
    const { page } = seeded;
    await putRawSetting(page, "dunningPolicy", [{ fromDays: 1, stage: "Friendly" }, { fromDays: 7, stage: "Formal" }]);
    await page.reload();
    await rowOf(page, "HT-B", 0).getByTestId("chase-stage").filter({ hasText: "Formal" }).waitFor();
    await rowOf(page, "HT-B", 0).getByRole("button", { name: "Log reminder for HT-B #1", exact: true }).click();
    const dialog = page.getByRole("dialog");
    expect(await dialog.getByLabel("Contact date").inputValue()).toBe("2026-11-27");
    await dialog.getByLabel("Outcome").fill("Called on Thursday: invoice lost, resent");
    await dialog.getByLabel("Contact date").fill("2026-11-28");
    await dialog.getByText("The contact date cannot be later than today.").waitFor();
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.getByText("Please correct the highlighted fields.").waitFor();
    expect(await dialog.getByLabel("Contact date").inputValue()).toBe("2026-11-28");
    expect(await dialog.getByLabel("Outcome").inputValue()).toBe("Called on Thursday: invoice lost, resent");
    await dialog.getByLabel("Contact date").fill("2026-05-31");
    await dialog.getByText("The contact date cannot be before the contract's sign date, 2026-06-01.").waitFor();
    await dialog.getByRole("button", { name: "Save" }).click();
    expect(await dialog.isVisible()).toBe(true);
    expect(await recordedStages(page)).toEqual([]);

    await dialog.getByLabel("Contact date").fill("2026-11-26");
    expect(await dialog.getByText("The contact date cannot").count()).toBe(0);
    await dialog.getByRole("button", { name: "Save" }).click();
    await page.getByTestId("reminder-saved").waitFor();
    await rowOf(page, "HT-B", 0).filter({ hasText: "Last contact: 2026-11-26 (Phone)" }).waitFor();
  });

  test("the contact logged with yesterday's date is listed in Reminders on that date, at the stage of that day", async () => {
    const { page } = seeded;
    await page.getByRole("tab", { name: "Reminders" }).click();
    const entry = page.getByTestId("contact-log").getByTestId("log-entry");
    await entry.first().waitFor();
    expect(await entry.count()).toBe(1);
    const text = await entry.first().innerText();
    expect(text).toContain("2026-11-26");
    expect(text).not.toContain("2026-11-27");
    expect(text).toContain("HT-B");
    expect(text).toContain("Called on Thursday: invoice lost, resent");
    // Friendly (index 0) on 2026-11-26, 6 days late; not Formal (index 1), which the row shows today.
    expect(await recordedStages(page)).toEqual([0]);
  });
});
