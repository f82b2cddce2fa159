// OFFICE_JS=local: a production build that serves Office.js from the add-in's own origin
// (dist/office-js/), so the pane loads with no request leaving it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  chromiumAvailable,
  launchChromium,
  LOCAL_OFFICE_JS_DIR,
  OFFICE_TELEMETRY_FRAME_URL,
  officeTelemetryFrameTried,
  routeOfficeTelemetryOffline,
  watchPage,
} from "../helpers/browser";
import { ROOT } from "../helpers/dist";
import { startStaticServer, type StaticServer } from "../helpers/static-server";

describe.skipIf(!chromiumAvailable())("OFFICE_JS=local build", () => {
  let out = "";
  let buildMs = 0;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "sanaq-dist-local-"));
    const started = Date.now();
    execFileSync(
      process.execPath,
      [
        join(ROOT, "node_modules", "webpack", "bin", "webpack.js"),
        "--mode",
        "production",
        "--output-path",
        out,
      ],
      { cwd: ROOT, env: { ...process.env, OFFICE_JS: "local" }, stdio: "pipe" },
    );
    buildMs = Date.now() - started;
    server = await startStaticServer(out);
    browser = await launchChromium();
  }, 600_000); // a production build takes minutes on a busy 2-core machine

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it("copies office-js/ as is (not re-minified) and loads office-js/office.js", () => {
    expect(readdirSync(join(out, "office-js")).sort()).toEqual(
      readdirSync(LOCAL_OFFICE_JS_DIR).sort(),
    );
    expect(readFileSync(join(out, "office-js", "office.js"))).toEqual(
      readFileSync(join(LOCAL_OFFICE_JS_DIR, "office.js")),
    );
    const html = readFileSync(join(out, "taskpane.html"), "utf8");
    expect(html).toMatch(/<script src="?office-js\/office\.js"?>/);
    expect(html).not.toContain("appsforoffice.microsoft.com/lib");
    // Byte-equal files above already prove Terser left office-js alone; this bound only
    // catches a build that runs it anyway (tens of minutes), with room for a busy 2-core machine.
    expect(buildMs).toBeLessThan(540_000);
  });

  it("renders with every request on its own origin but office.js's telemetry frame, no console errors, no CSP violations", async () => {
    const page = await browser.newPage();
    await routeOfficeTelemetryOffline(page);
    const problems = await watchPage(page);
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    const telemetryFrame = officeTelemetryFrameTried(page);
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByTestId("sanaq-pane").waitFor({ state: "visible", timeout: 30_000 });
    await telemetryFrame;
    await page.waitForTimeout(300);
    expect(requests).toContain(`${server.origin}/office-js/office.js`);
    // The one request off the origin is office.js's own hidden frame, not the pane's.
    expect(requests.filter((url) => !url.startsWith(`${server.origin}/`))).toEqual([
      OFFICE_TELEMETRY_FRAME_URL,
    ]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(await problems.cspViolations()).toEqual([]);
    await page.close();
  });
});
