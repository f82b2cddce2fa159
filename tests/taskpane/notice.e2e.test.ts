// The built pane (dist/) in headless Chromium at 320 px: a notice shows next to the button that
// caused it, in view even when that button was at the bottom of a scrolled pane, never wider
// than the pane, can be dismissed, and is re-translated when the language changes. Screenshots
// go to out/screenshots/notice-<lang>-320.png.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, routeOfficeJsToLocal } from "../helpers/browser";
import { ROOT } from "../helpers/dist";
import { serveDistInChromium } from "../helpers/served-dist";
import { seriousAxeViolations } from "./axe";

const SCREENSHOTS = join(ROOT, "out", "screenshots");
const WIDTH = 320;
const HEIGHT = 640;

const languages = [
  {
    lang: "kk",
    load: "Жаңалық мәтіндеріндегі сандарды жүктеу",
    locale: "kk-KZ",
    tab: /Сәйкессіздіктер|Қайшылықтар/,
    select: "Ұяшықтарды белгілеу",
    notice: "Алдын ала қарау: Excel-де мұнда ұяшықтарды белгілеуге болады.",
    dismiss: "Жабу",
  },
  {
    lang: "ru",
    load: "Загрузить цифры из новостных текстов",
    locale: "ru-RU",
    tab: /Расхождения|Противоречия/,
    select: "Выделить ячейки",
    notice: "Предпросмотр: в Excel здесь можно выделить ячейки.",
    dismiss: "Закрыть",
  },
  {
    lang: "en",
    load: "Load figures from the news texts",
    locale: "en-US",
    tab: /Conflicts/,
    select: "Select cells",
    notice: "Preview: in Excel this would select cells.",
    dismiss: "Dismiss",
  },
] as const;

describe.skipIf(!chromiumAvailable())("notices in the pane at 320 px (dist/)", () => {
  const served = serveDistInChromium();

  beforeAll(() => {
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  async function open(locale: string): Promise<Page> {
    const { browser, server } = served;
    const context = await browser.newContext({
      locale,
      viewport: { width: WIDTH, height: HEIGHT },
    });
    const page = await context.newPage();
    await routeOfficeJsToLocal(page, server.origin);
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByTestId("sanaq-summary").waitFor({ state: "visible", timeout: 20_000 });
    return page;
  }

  /** The element's box lies wholly inside the viewport (no part off screen). */
  async function inView(page: Page, testId: string) {
    return page.getByTestId(testId).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return {
        inside:
          r.top >= 0 &&
          r.left >= 0 &&
          r.bottom <= window.innerHeight + 1 &&
          r.right <= window.innerWidth + 1,
        box: [r.left, r.top, r.right, r.bottom].map(Math.round),
      };
    });
  }

  for (const l of languages) {
    it(`in ${l.lang}: the last card's notice is next to its buttons, in view and dismissable`, async () => {
      const page = await open(l.locale);
      // The Load section's heading and intro in the planner's words, also at 320 px.
      expect(await page.getByRole("heading", { level: 2 }).first().textContent()).toBe(l.load);
      await page.screenshot({ path: join(SCREENSHOTS, `load-${l.lang}-320.png`) });
      await page.getByRole("tab", { name: l.tab }).click();
      const cards = page.getByTestId("sanaq-conflict");
      await cards.first().waitFor({ state: "visible" });
      // The pane scrolled so that the last card's button sits at the very bottom of the view.
      const last = cards.last();
      const button = last.getByRole("button", { name: l.select });
      await button.evaluate((el) => el.scrollIntoView({ block: "end" }));
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      await button.click();
      const notice = last.getByTestId("sanaq-notice");
      await notice.waitFor({ state: "visible" });
      expect(await notice.textContent()).toBe(l.notice);
      // It scrolled itself into view, whole, and the pane did not grow wider than 320 px.
      await page.waitForFunction(() => {
        const el = document.querySelector('[data-testid="sanaq-notice"]');
        const r = el?.getBoundingClientRect();
        // Within a pixel: layout rounds sub-pixel boxes.
        return r !== undefined && r.bottom <= window.innerHeight + 1 && r.top >= 0;
      });
      const view = await inView(page, "sanaq-notice");
      expect(view.inside, JSON.stringify(view.box)).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        WIDTH,
      );
      await page.screenshot({ path: join(SCREENSHOTS, `notice-${l.lang}-320.png`) });
      await last.getByRole("button", { name: l.dismiss }).click();
      expect(await page.getByTestId("sanaq-notice").count()).toBe(0);
      await page.context().close();
    });
  }

  it("a notice follows a language switch (kk → ru → en)", async () => {
    const page = await open("kk-KZ");
    await page.getByRole("tab", { name: languages[0].tab }).click();
    const card = page.getByTestId("sanaq-conflict").first();
    await card.getByRole("button", { name: languages[0].select }).click();
    const notice = card.getByTestId("sanaq-notice");
    expect(await notice.textContent()).toBe(languages[0].notice);
    // The notice and its dismiss button pass axe (a named button, a status region).
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole("combobox", { name: "Тіл" }).selectOption("ru");
    await expect.poll(() => notice.textContent()).toBe(languages[1].notice);
    await page.getByRole("combobox", { name: "Язык" }).selectOption("en");
    await expect.poll(() => notice.textContent()).toBe(languages[2].notice);
    const view = await inView(page, "sanaq-notice");
    expect(view.inside, JSON.stringify(view.box)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, "notice-switched-en-320.png") });
    await page.context().close();
  });
});
