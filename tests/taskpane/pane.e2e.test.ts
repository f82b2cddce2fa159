// The built pane (dist/) in headless Chromium, outside Office: the read-only preview loads the
// real seeds in kk, ru and en, lists the Zhambyl 3G conflict with its quote, is usable by
// keyboard, passes axe, and fits 320 px. Screenshots go to out/screenshots/.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  OFFICE_JS_CDN_PREFIX,
  chromiumAvailable,
  launchChromium,
  routeOfficeJsToLocal,
  timePaneAppearance,
  watchPage,
  type PageProblems,
} from "../helpers/browser";
import { ensureDist, ROOT } from "../helpers/dist";
import { startStaticServer, type StaticServer } from "../helpers/static-server";
import { seriousAxeViolations } from "./axe";

const SCREENSHOTS = join(ROOT, "out", "screenshots");
const ZHAMBYL_3G = "share:zhambyl.3g.coverage";

const languages = [
  {
    lang: "kk",
    locale: "kk-KZ",
    loadHeading: "Жаңалық мәтіндеріндегі сандарды жүктеу",
    conflictsTab: /Сәйкессіздіктер/,
    message: /12,2%.*353-тің 51-і/,
    title: "Үлес: 3G байланысы бар елді мекендер",
    region: "Жамбыл облысы",
    values: ["12,2%", "14,4%"],
  },
  {
    lang: "ru",
    locale: "ru-RU",
    loadHeading: "Загрузить цифры из новостных текстов",
    conflictsTab: /Расхождения/,
    message: /указано 12,2%, но 51 из 353 — это 14,4%/,
    title: "Доля: Населённые пункты со связью 3G",
    region: "Жамбылская область",
    values: ["12,2%", "14,4%"],
  },
  {
    lang: "en",
    locale: "en-US",
    loadHeading: "Load figures from the news texts",
    conflictsTab: /Conflicts/,
    message: /states 12.2%, but 51 of 353 is 14.4%/,
    title: "Share: Settlements with 3G",
    region: "Zhambyl region",
    values: ["12.2%", "14.4%"],
  },
] as const;

/**
 * Office.js outside Office sometimes tries to frame its telemetry service; the page's CSP
 * blocks that by design (frame-src allows only Office.js's CDN). Not an error of the pane.
 */
function paneErrors(messages: readonly string[]): string[] {
  return messages.filter((m) => !/telemetryservice\.firstpartyapps\.oaspapps\.com/.test(m));
}

describe.skipIf(!chromiumAvailable())("task pane preview in Chromium (dist/)", () => {
  let server: StaticServer;
  let browser: Browser;
  const problems: PageProblems[] = [];
  const firstRenders: number[] = [];

  beforeAll(async () => {
    server = await startStaticServer(ensureDist());
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(
    locale: string,
    width = 420,
  ): Promise<{ page: Page; problems: PageProblems; blocked: string[] }> {
    const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
    const page = await context.newPage();
    const blocked = await routeOfficeJsToLocal(page, server.origin);
    const watched = await watchPage(page);
    problems.push(watched);
    const paneAt = await timePaneAppearance(page);
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByTestId("sanaq-summary").waitFor({ state: "visible", timeout: 20_000 });
    firstRenders.push(await paneAt());
    return { page, problems: watched, blocked };
  }

  for (const l of languages) {
    it(`previews the seeds in ${l.lang}: summary, the Zhambyl 3G conflict with its quote, no axe or console errors`, async () => {
      const { page, problems: p, blocked } = await open(l.locale);
      expect(await page.getByRole("heading", { level: 2 }).first().textContent()).toBe(
        l.loadHeading,
      );
      expect(await page.getByTestId("sanaq-preview").isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(l.lang);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `load-${l.lang}.png`), fullPage: true });

      await page.getByRole("tab", { name: l.conflictsTab }).click();
      const card = page.locator(`[data-conflict="${ZHAMBYL_3G}"]`);
      await card.waitFor({ state: "visible" });
      expect(await card.textContent()).toMatch(l.message);
      // Titled and grouped in the pane's language; the id stays only as a caption.
      expect(await card.getAttribute("aria-label")).toBe(l.title);
      expect(await card.getByTestId("sanaq-conflict-title").textContent()).toBe(l.title);
      const region = page.getByTestId("sanaq-region").filter({ has: card });
      expect(await region.getAttribute("aria-label")).toBe(l.region);
      expect(await region.getByRole("heading", { level: 3 }).textContent()).toMatch(
        new RegExp(`^${l.region} \\(\\d+\\)$`),
      );
      // Stated and implied in the language's number style (Chromium may lack kk locale data).
      expect([
        await card.getByTestId("sanaq-stated").textContent(),
        await card.getByTestId("sanaq-implied").textContent(),
      ]).toEqual(l.values);
      const marks = await card.locator("blockquote mark").allTextContents();
      expect(marks).toEqual(["51", "12,2%", "353"]);
      expect(await card.locator("blockquote").allTextContents()).toEqual([
        "51 (12,2%) — 3G",
        "из 353 населенных пунктов области",
      ]);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `conflicts-${l.lang}.png`), fullPage: true });
      // The card itself, for the README.
      await card.screenshot({ path: join(SCREENSHOTS, `conflict-zhambyl-3g-${l.lang}.png`) });

      await page.waitForTimeout(200);
      expect(p.pageErrors).toEqual([]);
      expect(paneErrors(p.consoleErrors)).toEqual([]);
      expect(paneErrors(await p.cspViolations())).toEqual([]);
      expect(blocked).toEqual([]);
      await page.context().close();
    });
  }

  it("Sources and Add a source pass axe; Open source lands on the quote", async () => {
    const { page, problems: p } = await open("en-US");
    await page.getByRole("tab", { name: /Conflicts/ }).click();
    const card = page.locator(`[data-conflict="${ZHAMBYL_3G}"]`);
    await card.getByRole("button", { name: "Open source" }).click();
    expect(await page.getByRole("tab", { name: "Sources", selected: true }).isVisible()).toBe(true);
    // The keyboard is on the first number of the quote "51 (12,2%) — 3G".
    // Once the Sources chunk is there (it may still be on its way).
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("51");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, "sources-en.png") });

    await page.getByRole("tab", { name: "Add a source" }).click();
    await page
      .getByRole("textbox", { name: "Paste a text" })
      .fill("Из 120 сел области 30 (20%) подключены к интернету.");
    await page.getByRole("button", { name: "Read numbers" }).click();
    // The check runs after the numbers appear (a lazily loaded module, in slices).
    const finding = page.getByText("The text states 20%, but 30 of 120 is 25%.");
    await finding.waitFor();
    expect(await finding.isVisible()).toBe(true);
    expect(await page.getByTestId("sanaq-statements").textContent()).toBe("Statements tested: 1");
    // The text names no region: the planner gives it, then confirms the proposed figures.
    await page
      .getByRole("combobox", { name: "Region of the text" })
      .selectOption("Pavlodar region");
    await page.getByTestId("sanaq-proposed").waitFor();
    expect(await page.getByTestId("sanaq-proposed").getByRole("listitem").count()).toBe(3);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, "add-en.png"), fullPage: true });
    expect(paneErrors(p.consoleErrors)).toEqual([]);
    await page.context().close();
  });

  it("exports the conflict report as a CSV download in the pane's language", async () => {
    const { page, problems: p } = await open("ru-RU");
    await page.getByRole("tab", { name: /Расхождения/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Выгрузить отчёт (CSV)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("sanaq-conflicts-ru.csv");
    const path = await download.path();
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString("utf8").split("\r\n");
    // One BOM, ";" between cells (Excel's list separator in a Russian locale), Russian words.
    expect(bytes.subarray(3, 6).toString("utf8")).not.toBe("\ufeff");
    expect(lines[0]).toMatch(/^Расхождение;Вид;Важность;Регион;Заявлено/);
    expect(
      lines.some((l) => l.startsWith(`${ZHAMBYL_3G};Доля;Ошибка;Жамбылская область;12,2%;14,4%;`)),
    ).toBe(true);
    expect(paneErrors(p.consoleErrors)).toEqual([]);
    await page.context().close();
  });

  it("Tab reaches every action of the Load and Conflicts sections", async () => {
    const { page, problems: p } = await open("en-US");
    await page.getByRole("tab", { name: /Conflicts/ }).click();
    await page.locator(`[data-conflict="${ZHAMBYL_3G}"]`).waitFor();
    const actions = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          "button:not([disabled]):not([role=tab]), input, [role=combobox], [role=tab][aria-selected=true]",
        ),
      ]
        // Visible controls only (the Dropdown's clear button exists hidden).
        .filter(
          (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden",
        )
        .map((el, i) => {
          el.dataset.e2eAction = String(i);
          return String(i);
        }),
    );
    expect(actions.length).toBeGreaterThan(15);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const reached = new Set<string>();
    for (let i = 0; i < actions.length * 2 + 10 && reached.size < actions.length; i++) {
      await page.keyboard.press("Tab");
      const id = await page.evaluate(
        () => (document.activeElement as HTMLElement | null)?.dataset.e2eAction,
      );
      if (id !== undefined) reached.add(id);
    }
    const missed = await page.evaluate(
      (seen) =>
        [...document.querySelectorAll<HTMLElement>("[data-e2e-action]")]
          .filter((el) => !seen.includes(el.dataset.e2eAction ?? ""))
          .map((el) => el.outerHTML.slice(0, 120)),
      [...reached],
    );
    expect(missed).toEqual([]);
    // The tabs themselves: arrow keys move between them (one tab stop for the tab list).
    await page.getByRole("tab", { name: /Conflicts/ }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    expect(await page.getByRole("tab", { name: "Sources", selected: true }).isVisible()).toBe(true);
    expect(paneErrors(p.consoleErrors)).toEqual([]);
    await page.context().close();
  });

  it("fits 320 px without horizontal scrolling, and renders in under a second", async () => {
    const { page } = await open("ru-RU", 320);
    // The median over this file's page loads: one slow start on a busy machine is not the pane.
    const sorted = [...firstRenders].sort((a, b) => a - b);
    const firstRenderMs = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
    const loadedMs = await page.evaluate(() => performance.now());
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await page.screenshot({ path: join(SCREENSHOTS, "load-ru-320.png"), fullPage: true });
    await page.screenshot({ path: join(SCREENSHOTS, "pane-ru-320.png") });
    await page.getByRole("tab", { name: /Расхождения/ }).click();
    await page.locator(`[data-conflict="${ZHAMBYL_3G}"]`).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await page.screenshot({ path: join(SCREENSHOTS, "conflicts-ru-320.png"), fullPage: true });
    writeFileSync(
      join(ROOT, "out", "first-render.json"),
      JSON.stringify(
        { firstRenderMs, runs: firstRenders, previewLoadedMs: loadedMs, targetMs: 1000 },
        null,
        2,
      ) + "\n",
    );
    console.log(
      `pane first render ${firstRenderMs.toFixed(0)} ms; preview loaded and checked by ${loadedMs.toFixed(0)} ms`,
    );
    // The 1 s target is judged by `npm run bench` (pane.bench.ts), not by a timed test; this
    // bound only catches a pane that never renders in time.
    expect(firstRenderMs).toBeLessThan(10_000);
    await page.context().close();
  });

  it("inside Excel: Office's display language and dark theme, axe clean; a failed write is reported", async () => {
    const context = await browser.newContext({
      locale: "en-US",
      viewport: { width: 360, height: 800 },
    });
    const page = await context.newPage();
    // A stand-in office.js: Excel host, Kazakh UI, dark theme; no Excel API behind it.
    await page.route(`${OFFICE_JS_CDN_PREFIX}**`, (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body:
          "window.Office = { context: { displayLanguage: 'kk-KZ', officeTheme: { isDarkTheme: true }," +
          " requirements: { isSetSupported: () => true } }," +
          " onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }) };",
      }),
    );
    const p = await watchPage(page);
    await page.goto(`${server.origin}/taskpane.html`);
    await page
      .locator('[data-testid="sanaq-pane"][data-host="Excel"]')
      .waitFor({ timeout: 15_000 });
    expect(await page.getByTestId("sanaq-host").textContent()).toBe("Excel ішінде жұмыс істеуде.");
    expect(await page.getByTestId("sanaq-preview").count()).toBe(0);
    // The dark pane reaches the edges (no light page margin around it).
    expect((await page.getByTestId("sanaq-pane").boundingBox())?.x).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, "excel-dark-kk.png") });
    await page.getByRole("button", { name: "Кітапқа жүктеу" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^Қате орын алды: /);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(p.pageErrors).toEqual([]);
    await context.close();
  });
});
