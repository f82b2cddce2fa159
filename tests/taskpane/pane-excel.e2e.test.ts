// The built pane in Chromium "inside Excel": office.js is replaced by a stand-in whose Excel.run
// drives the recording Office.js fake (tests/helpers/fake-excel.ts, bundled for the page). Load
// writes the workbook, Select cells selects the conflict's rows, and a planner's edit in the
// grid changes the conflict list, while the pane's own writes are ignored.
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  OFFICE_JS_CDN_PREFIX,
  chromiumAvailable,
  launchChromium,
  watchPage,
} from "../helpers/browser";
import { ensureDist, ROOT } from "../helpers/dist";
import { startStaticServer, type StaticServer } from "../helpers/static-server";
import { seriousAxeViolations } from "./axe";
import { headerOf } from "./grid-columns";

const ZHAMBYL_3G = "share:zhambyl.3g.coverage";

/** The headers the page's code finds columns by: the stand-in's host is English. */
const HEADERS = {
  id: headerOf("en", "id"),
  value: headerOf("en", "value"),
  quote: headerOf("en", "quote"),
  reason: headerOf("en", "reason"),
};

/** office.js stand-in: an Excel host (English UI) whose workbook is the fake. */
async function officeStandIn(options: { dark?: boolean } = {}): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { FakeExcel } from "./tests/helpers/fake-excel";
        // The fake counts payload bytes with Node's Buffer.byteLength.
        (window as any).Buffer = { byteLength: (s: string) => new TextEncoder().encode(s).length };
        const fake = new FakeExcel();
        (window as any).__fake = fake;
        (window as any).Excel = {
          run: (a: unknown, b?: unknown) => ((typeof a === "function" ? a : b) as (c: unknown) => Promise<unknown>)(fake.context),
        };
        (window as any).Office = {
          context: {
            displayLanguage: "en-US",
            officeTheme: { isDarkTheme: ${options.dark === true} },
            requirements: { isSetSupported: () => true },
          },
          onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
        };`,
      resolveDir: ROOT,
      loader: "ts",
    },
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    write: false,
  });
  return result.outputFiles[0]?.text ?? "";
}

interface PageFake {
  selection: { sheet: string; address: string };
  activeSheet: string;
  tables: { name: string }[];
  selected: string[];
  changeHandlers: { handler: () => unknown; removed: boolean }[];
  table: (name: string) => { sheet: string; rect: { top: number; left: number } };
  tableGrid: (name: string) => unknown[][];
  sheet: (name: string) => { cells: Map<string, { value: unknown }> };
}

/** A planner types a value into the Value cell of a figure, and Excel fires onChanged. */
async function plannerEdits(page: Page, id: string, value: number): Promise<void> {
  await page.evaluate(
    ([id, value, headers]) => {
      const fake = (window as unknown as { __fake: PageFake }).__fake;
      const grid = fake.tableGrid("tblFigures");
      const header = grid[0] as string[];
      const idAt = header.indexOf(headers.id);
      const row = grid.findIndex((r, n) => n > 0 && r[idAt] === id);
      const col = header.indexOf(headers.value);
      const t = fake.table("tblFigures");
      const cell = fake.sheet(t.sheet).cells.get(`${t.rect.top + row},${t.rect.left + col}`);
      if (!cell || idAt < 0 || row < 1 || col < 0) throw new Error(`no Value cell for ${id}`);
      cell.value = value;
      for (const h of fake.changeHandlers) if (!h.removed) void h.handler();
    },
    [id, value, HEADERS] as const,
  );
}

describe.skipIf(!chromiumAvailable())("task pane inside Excel (Office.js fake in the page)", () => {
  let server: StaticServer;
  let browser: Browser;
  let standIn: string;
  let darkStandIn: string;

  beforeAll(async () => {
    server = await startStaticServer(ensureDist());
    browser = await launchChromium();
    standIn = await officeStandIn();
    darkStandIn = await officeStandIn({ dark: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The built pane in a narrow page whose office.js is the given stand-in. */
  async function openPane(officeJs: string) {
    const context = await browser.newContext({ viewport: { width: 420, height: 900 } });
    const page = await context.newPage();
    await page.route(`${OFFICE_JS_CDN_PREFIX}**`, (route) =>
      route.fulfill({ contentType: "text/javascript", body: officeJs }),
    );
    const problems = await watchPage(page);
    await page.goto(`${server.origin}/taskpane.html`);
    return { context, page, problems };
  }

  it("loads into the workbook, selects a conflict's rows, and follows a planner's edit", async () => {
    const { context, page, problems } = await openPane(standIn);
    await page
      .locator('[data-testid="sanaq-pane"][data-host="Excel"]')
      .waitFor({ timeout: 15_000 });

    await page.getByRole("button", { name: "Load into the workbook" }).click();
    const summary = page.getByTestId("sanaq-summary");
    await summary.waitFor({ timeout: 20_000 });
    expect(await summary.textContent()).toMatch(/Written to the workbook/);
    const tables = await page.evaluate(() =>
      (window as unknown as { __fake: PageFake }).__fake.tables.map((t) => t.name),
    );
    expect(tables).toContain("tblFigures");

    await page.getByRole("tab", { name: /Conflicts \(4\)/ }).click();
    const card = page.locator(`[data-conflict="${ZHAMBYL_3G}"]`);
    await card.getByRole("button", { name: "Select cells" }).click();
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { __fake: PageFake }).__fake.selected.length),
      )
      .toBeGreaterThan(0);
    expect(
      await page.getByText("Following planner edits on the “Figures” sheet.").isVisible(),
    ).toBe(true);

    // Past the settle time of the load's own write, the planner makes 51 of 353 agree with
    // 12,2%: the share conflict goes; 2G + 3G + 4G no longer make 353, and the edit itself is
    // listed against its quote "51 (12,2%)".
    await page.waitForTimeout(700);
    await plannerEdits(page, "zhambyl.settlements.3g", 43);
    await card.waitFor({ state: "detached", timeout: 5_000 });
    expect(await page.getByRole("heading", { level: 4, name: "Edited value" }).isVisible()).toBe(
      true,
    );
    expect(await page.locator('[data-conflict="sum:zhambyl.mobile.sum"]').isVisible()).toBe(true);
    expect(await page.getByRole("tab", { name: /Conflicts \(5\)/ }).isVisible()).toBe(true);

    // Accept the source value: the pane writes 51 back (its own write) and the list returns.
    const edited = page.locator('[data-conflict^="source:"]');
    await edited.getByRole("button", { name: "Accept source value" }).click();
    await card.waitFor({ state: "visible", timeout: 5_000 });
    expect(await edited.count()).toBe(0);
    expect(await page.getByRole("tab", { name: /Conflicts \(4\)/ }).isVisible()).toBe(true);

    // Keep mine with a reason: in the Reason column of each figure's row, and a note on the
    // Value cells (ExcelApi 1.18 in the stand-in).
    const agreement = page.locator('[data-conflict="agreement:zhambyl.same.settlements"]');
    await agreement.getByLabel("Reason for keeping your value").fill("353 is the akimat's list");
    await agreement.getByRole("button", { name: "Keep mine" }).click();
    await page.getByText("Your value is kept with the reason noted.").waitFor();
    const notes = await page.evaluate(
      () => (window as unknown as { __fake: { notes: { content: string }[] } }).__fake.notes,
    );
    expect(notes.map((n) => n.content)).toEqual([
      "353 is the akimat's list",
      "353 is the akimat's list",
    ]);
    const reasons = await page.evaluate((headers) => {
      const [header = [], ...rows] = (window as unknown as { __fake: PageFake }).__fake.tableGrid(
        "tblFigures",
      );
      const [idAt, at] = [header.indexOf(headers.id), header.indexOf(headers.reason)];
      if (idAt < 0 || at < 0) throw new Error("no Id or Reason column in Figures");
      return rows.filter((r) => r[at] !== "").map((r) => [r[idAt], r[at]]);
    }, HEADERS);
    expect(reasons.map(([, reason]) => reason)).toEqual([
      "353 is the akimat's list",
      "353 is the akimat's list",
    ]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it("snips a number from a source to the selected Figures row, and adds a pasted text's rows", async () => {
    const { context, page, problems } = await openPane(standIn);
    await page.getByRole("button", { name: "Load into the workbook" }).click();
    await page.getByTestId("sanaq-summary").waitFor({ timeout: 20_000 });
    const rowsBefore = await page.evaluate(
      () => (window as unknown as { __fake: PageFake }).__fake.tableGrid("tblFigures").length,
    );

    // The planner selects a cell of the Figures table's third body row.
    const id = await page.evaluate((headers) => {
      const fake = (window as unknown as { __fake: PageFake }).__fake;
      const t = fake.table("tblFigures");
      // As in Excel, the selection is on the active sheet.
      fake.selection = { sheet: t.sheet, address: `B${t.rect.top + 4}` };
      fake.activeSheet = t.sheet;
      const grid = fake.tableGrid("tblFigures");
      return grid[3]?.[(grid[0] ?? []).indexOf(headers.id)];
    }, HEADERS);
    await page.getByRole("tab", { name: "Sources" }).click();
    await page
      .getByTestId("sanaq-source-text")
      .getByRole("button", { name: "294", exact: true })
      .click();
    await page.getByText(`Written to figure ${String(id)}: value 294.`).waitFor();
    const [header = [], row] = await page.evaluate(() => {
      const grid = (window as unknown as { __fake: PageFake }).__fake.tableGrid("tblFigures");
      return [grid[0], grid[3]];
    });
    expect(row?.[header.indexOf(HEADERS.value)]).toBe(294);
    expect(String(row?.[header.indexOf(HEADERS.quote)])).toMatch(/обеспечены 294 аула/);

    await page.getByRole("tab", { name: "Add a source" }).click();
    await page
      .getByRole("textbox", { name: "Paste a text" })
      .fill("В Актюбинской области 120 сел. Из них 30 подключены к интернету.");
    await page.getByRole("button", { name: "Read numbers" }).click();
    // The planner confirms the proposals but unticks the 120.
    await page.getByTestId("sanaq-proposed").getByRole("checkbox").first().uncheck();
    await page.getByRole("button", { name: "Add the source and the ticked rows" }).click();
    await page.getByText(/^Source aktobe-ru-2 added with 1 figures/).waitFor({ timeout: 20_000 });
    const after = await page.evaluate((headers) => {
      const fake = (window as unknown as { __fake: PageFake }).__fake;
      const sources = fake.tableGrid("tblSources");
      const idAt = (sources[0] ?? []).indexOf(headers.id);
      return {
        figures: fake.tableGrid("tblFigures").length,
        sources: sources.slice(1).map((r) => r[idAt]),
      };
    }, HEADERS);
    expect(after.figures).toBe(rowsBefore + 1);
    expect(after.sources).toContain("aktobe-ru-2");
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it("in a dark Office theme the conflict list passes axe (contrast of marks and cards)", async () => {
    const { context, page } = await openPane(darkStandIn);
    await page.getByRole("button", { name: "Load into the workbook" }).click();
    await page.getByTestId("sanaq-summary").waitFor({ timeout: 20_000 });
    await page.getByRole("tab", { name: /Conflicts/ }).click();
    await page.locator(`[data-conflict="${ZHAMBYL_3G}"]`).waitFor();
    const background = await page
      .getByTestId("sanaq-pane")
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe("rgb(41, 41, 41)");
    expect(await seriousAxeViolations(page)).toEqual([]);
    mkdirSync(join(ROOT, "out", "screenshots"), { recursive: true });
    await page.screenshot({ path: join(ROOT, "out", "screenshots", "conflicts-dark-en.png") });
    await context.close();
  });
});
