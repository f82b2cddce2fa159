// The built pane (dist/) in headless Chromium: it renders outside Office, with no console
// errors and no CSP violations, also when office.js cannot load at all.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  chromiumAvailable,
  OFFICE_JS_CDN_PREFIX,
  officeTelemetryFrameTried,
  routeOfficeJsToLocal,
  timePaneAppearance,
  watchPage,
} from "../helpers/browser";
import { ROOT } from "../helpers/dist";
import { serveDistInChromium } from "../helpers/served-dist";

describe.skipIf(!chromiumAvailable())("task pane in a browser (dist/)", () => {
  const served = serveDistInChromium();

  it("the page's CSP allows only its own origin, the Office.js CDN and Office.js's telemetry frame", () => {
    const html = readFileSync(join(ROOT, "dist", "taskpane.html"), "utf8");
    const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toMatch(/default-src 'self'/);
    // Scripts: its own origin, the CDN, and the three inline scripts by their hashes (the
    // old-webview check, the prerendered shell's language pick and the start after the first
    // frame, scripts/prerender.js); never 'unsafe-inline'.
    expect(csp).toMatch(
      /script-src 'self' https:\/\/appsforoffice\.microsoft\.com( 'sha256-[A-Za-z0-9+/]+=*'){3}(;|$)/,
    );
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(csp).toMatch(
      /frame-src https:\/\/appsforoffice\.microsoft\.com https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com(;|$)/,
    );
    const origins = csp.match(/https?:\/\/[^\s;]+|wss?:\/\/[^\s;]+/g) ?? [];
    expect(new Set(origins)).toEqual(
      new Set([
        "https://appsforoffice.microsoft.com",
        "https://telemetryservice.firstpartyapps.oaspapps.com",
      ]),
    );
    expect(html).toContain(`<script src=${OFFICE_JS_CDN_PREFIX}office.js></script>`);
    expect(html).toMatch(/<meta name="?referrer"? content="?no-referrer"?>/);
  });

  it("renders the pane in preview mode with Office.js, no console errors, no CSP violations", async () => {
    const page = await served.browser.newPage();
    const blocked = await routeOfficeJsToLocal(page, served.server.origin);
    const problems = await watchPage(page);
    const officeJsRequests: string[] = [];
    page.on("requestfinished", (r) => {
      if (r.url().startsWith(OFFICE_JS_CDN_PREFIX)) officeJsRequests.push(r.url());
    });

    // Time from navigation start to the pane's first appearance in the DOM, as the page saw it.
    const paneAt = await timePaneAppearance(page);
    const telemetryFrame = officeTelemetryFrameTried(page);
    const started = Date.now();
    await page.goto(`${served.server.origin}/taskpane.html`);
    const pane = page.getByTestId("sanaq-pane");
    await pane.waitFor({ state: "visible", timeout: 30_000 });
    const wallMs = Date.now() - started;
    const firstRenderMs = await paneAt();
    expect(firstRenderMs).toBeGreaterThan(0);
    await page.locator('[data-testid="sanaq-pane"][data-host="preview"]').waitFor();

    await expect(page.getByRole("heading", { name: "Sanaq", level: 1 }).isVisible()).resolves.toBe(
      true,
    );
    expect(await page.getByTestId("sanaq-host").textContent()).toMatch(/Preview mode \(browser\)/);
    expect(await pane.getAttribute("data-host")).toBe("preview");
    expect(officeJsRequests).toContain(`${OFFICE_JS_CDN_PREFIX}office.js`);
    // Fluent's styles were applied (griffel's <style> elements were not blocked).
    const background = await pane.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe("rgb(255, 255, 255)");

    // Office.js frames its telemetry page 3 s after it loads; the offline network fails it. That
    // attempt and anything it logs must come before the checks, which filter nothing.
    await telemetryFrame;
    // The hidden frame holds Chromium's error page, as without any routing on this machine.
    await expect
      .poll(() => page.frames().map((f) => f.url()))
      .toContain("chrome-error://chromewebdata/");
    await page.waitForTimeout(300);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(await problems.cspViolations()).toEqual([]);
    expect(blocked).toEqual([]);

    mkdirSync(join(ROOT, "out"), { recursive: true });
    writeFileSync(
      join(ROOT, "out", "pane-first-render.json"),
      JSON.stringify({ firstRenderMs, wallMs }, null, 2) + "\n",
    );
    console.log(`pane first render: ${firstRenderMs.toFixed(0)} ms in page, ${wallMs} ms wall`);
    expect(wallMs).toBeLessThan(30_000); // a sanity bound: the machine may be busy
    await page.close();
  });

  it("any other frame is a CSP violation and a console error, which the checks above would see", async () => {
    const page = await served.browser.newPage();
    await routeOfficeJsToLocal(page, served.server.origin);
    const problems = await watchPage(page);
    await page.goto(`${served.server.origin}/taskpane.html`);
    await page.getByTestId("sanaq-pane").waitFor({ state: "visible", timeout: 30_000 });
    await page.evaluate(() => {
      const frame = document.createElement("iframe");
      frame.src = "https://example.org/";
      document.body.appendChild(frame);
    });
    await expect.poll(() => problems.cspViolations()).toEqual(["frame-src https://example.org"]);
    expect(problems.consoleErrors.join("\n")).toMatch(
      /Framing 'https:\/\/example\.org\/' violates/,
    );
    await page.close();
  });

  /** Serves a stand-in office.js that defines window.Office as `officeJs` says. */
  async function pageWithOffice(officeJs: string, before?: (page: Page) => Promise<void>) {
    const page = await served.browser.newPage();
    await page.route(`${OFFICE_JS_CDN_PREFIX}**`, (route) =>
      route.fulfill({ contentType: "text/javascript", body: officeJs }),
    );
    const problems = await watchPage(page);
    await before?.(page);
    await page.goto(`${served.server.origin}/taskpane.html`);
    return { page, problems };
  }

  it("inside Excel with a dark Office theme: says Excel and uses Fluent's dark theme", async () => {
    const { page, problems } = await pageWithOffice(
      "window.Office = { context: { officeTheme: { isDarkTheme: true, bodyBackgroundColor: '#1f1f1f' } }," +
        " onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }) };",
    );
    const pane = page.getByTestId("sanaq-pane");
    await page
      .locator('[data-testid="sanaq-pane"][data-host="Excel"]')
      .waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("sanaq-host").textContent()).toBe("Running inside Excel.");
    const background = await pane.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe("rgb(41, 41, 41)"); // webDarkTheme colorNeutralBackground1
    expect(problems.consoleErrors).toEqual([]);
    expect(await problems.cspViolations()).toEqual([]);
    await page.close();
  });

  it("shows the shell before Office.onReady answers, preview after 5 s, then the host once it answers", async () => {
    const { page, problems } = await pageWithOffice(
      // onReady answers only when the test says so: no race between two timers on a busy machine.
      "window.Office = { context: {}, onReady: () => new Promise((resolve) =>" +
        " { window.__answerOffice = () => resolve({ host: 'Excel' }); }) };",
    );
    const pane = page.getByTestId("sanaq-pane");
    await pane.waitFor({ state: "visible", timeout: 30_000 });
    // The shell, while onReady has not answered: title, tabs, Load there but disabled.
    expect(await pane.getAttribute("data-host")).toBe("pending");
    expect(await page.getByRole("heading", { name: "Sanaq", level: 1 }).isVisible()).toBe(true);
    expect(await page.getByRole("tab").allTextContents()).toEqual([
      "Load",
      "Conflicts",
      "Sources",
      "Add a source",
    ]);
    expect(await page.getByTestId("sanaq-load").isDisabled()).toBe(true);
    expect(await page.getByTestId("sanaq-host").textContent()).toBe("Connecting to Office…");
    await page.locator('[data-testid="sanaq-pane"][data-host="preview"]').waitFor({
      timeout: 30_000,
    });
    await page.evaluate(() =>
      (window as unknown as { __answerOffice: () => void }).__answerOffice(),
    );
    await page.waitForSelector('[data-testid="sanaq-pane"][data-host="Excel"]', {
      timeout: 30_000,
    });
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it("runs the bundle after the shell's first frame, and asks for the seeds before Office answers", async () => {
    const seedRequests: string[] = [];
    const { page, problems } = await pageWithOffice(
      "window.Office = { context: {}, onReady: () => new Promise((resolve) =>" +
        " { window.__answerOffice = () => resolve({ host: null }); }) };",
      async (p) => {
        p.on("request", (r) => {
          const path = new URL(r.url()).pathname;
          if (path.startsWith("/seeds/")) seedRequests.push(path.slice("/seeds/".length));
        });
        // The first animation frame that has the shell in the DOM: the frame it is drawn in.
        await p.addInitScript(() => {
          const w = window as unknown as { __frameWithShell?: number };
          const tick = (): void => {
            if (document.querySelector('[data-testid="sanaq-pane"]')) {
              w.__frameWithShell = performance.now();
            } else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        });
      },
    );
    const pane = page.getByTestId("sanaq-pane");
    // Office has not answered, and the seeds (the texts too) are asked for all the same.
    await page.waitForFunction(() =>
      performance
        .getEntriesByType("resource")
        .some((e) => e.name.endsWith("/seeds/000_7b4d24bc9a29f55f.txt")),
    );
    expect(await pane.getAttribute("data-host")).toBe("pending");
    expect(await page.getByTestId("sanaq-load").isDisabled()).toBe(true);
    const times = await page.evaluate(() => ({
      frameWithShell: (window as unknown as { __frameWithShell?: number }).__frameWithShell,
      started: performance.getEntriesByName("sanaq:start")[0]?.startTime,
      bundleAsked: performance
        .getEntriesByType("resource")
        .find((e) => /\/taskpane\.[0-9a-f]+\.js$/.test(e.name))?.startTime,
    }));
    // The bundle was asked for while the page parsed, and run only after that frame.
    expect(times.frameWithShell).toBeGreaterThan(0);
    expect(times.bundleAsked).toBeLessThan(times.frameWithShell ?? 0);
    expect(times.started).toBeGreaterThan(times.frameWithShell ?? Infinity);
    // Office answers "no host": the preview's load takes the prefetched files, asking none again.
    await page.evaluate(() =>
      (window as unknown as { __answerOffice: () => void }).__answerOffice(),
    );
    await page.locator('[data-testid="sanaq-load"]:not([disabled])').waitFor({ timeout: 30_000 });
    expect(await pane.getAttribute("data-host")).toBe("preview");
    const texts = readdirSync(join(ROOT, "seeds")).filter((f) => f.endsWith(".txt"));
    const csv = ["figures.csv", "indicators.csv", "relations.csv", "sources.csv"];
    expect([...seedRequests].sort()).toEqual([...texts, ...csv].sort());
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it("renders in preview when a half-loaded Office.onReady throws", async () => {
    const { page, problems } = await pageWithOffice(
      "window.Office = { onReady: () => { throw new Error('half-loaded'); } };",
    );
    await page.locator('[data-testid="sanaq-pane"][data-host="preview"]').waitFor({
      timeout: 30_000,
    });
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  });

  it("still renders when office.js fails to load (Office undefined)", async () => {
    const page = await served.browser.newPage();
    await page.route(`${OFFICE_JS_CDN_PREFIX}**`, (route) => route.abort("connectionrefused"));
    const problems = await watchPage(page);
    await page.goto(`${served.server.origin}/taskpane.html`);
    await page.locator('[data-testid="sanaq-pane"][data-host="preview"]').waitFor({
      timeout: 30_000,
    });
    expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe(
      "undefined",
    );
    expect(await page.getByTestId("sanaq-host").textContent()).toMatch(/Preview mode/);
    expect(problems.pageErrors).toEqual([]);
    expect(await problems.cspViolations()).toEqual([]);
    // The only error is the failed office.js request itself.
    expect(problems.consoleErrors.every((e) => /Failed to load resource/.test(e))).toBe(true);
    await page.close();
  });
});
