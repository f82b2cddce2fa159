// `npm start` (scripts/start.mjs) on a fresh machine: serves the pane over HTTPS with
// Office.js from its own origin, keeps running, renders in Chromium without CSP violations,
// and stops cleanly on SIGTERM.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  chromiumAvailable,
  launchChromium,
  OFFICE_TELEMETRY_FRAME_URL,
  officeTelemetryFrameTried,
  routeOfficeTelemetryOffline,
  watchPage,
} from "../helpers/browser";
import { ROOT } from "../helpers/dist";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

describe.skipIf(!chromiumAvailable())("npm start (dev server)", () => {
  let child: ChildProcess;
  let output = "";
  let port = 0;
  let home = "";
  let browser: Browser;

  beforeAll(async () => {
    port = await freePort();
    // A fresh HOME: no developer certificates yet, as on a new machine.
    home = mkdtempSync(join(tmpdir(), "sanaq-home-"));
    child = spawn(
      process.execPath,
      [join(ROOT, "scripts", "start.mjs"), "--port", String(port), "--no-sideload"],
      {
        cwd: ROOT,
        env: { ...process.env, HOME: home, USERPROFILE: home, OFFICE_JS: "" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`npm start did not serve in 90 s:\n${output}`)),
        90_000,
      );
      const check = () => {
        if (/compiled successfully/.test(output) && /Sanaq dev server:/.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on("data", check);
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`npm start exited (${code}):\n${output}`));
      });
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (child && child.exitCode === null) child.kill("SIGKILL");
    rmSync(home, { recursive: true, force: true });
  });

  it("says which certificate it uses and how to reach Excel on the web", () => {
    expect(output).toMatch(/HTTPS: using /);
    expect(output).toContain(`https://localhost:${port}/taskpane.html`);
    expect(output).toContain("Home > Add-ins > More add-ins > Upload My Add-in");
  });

  it("serves the pane with Office.js from its own origin; it renders with no CSP violations", async () => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    await routeOfficeTelemetryOffline(page);
    const problems = await watchPage(page);
    const telemetryFrame = officeTelemetryFrameTried(page);
    const foreign: string[] = [];
    page.on("request", (r) => {
      if (
        !r.url().startsWith(`https://localhost:${port}/`) &&
        !r.url().startsWith(`wss://localhost:${port}/`)
      ) {
        foreign.push(r.url());
      }
    });
    const officeJs = page.waitForResponse(
      (r) => r.url() === `https://localhost:${port}/office-js/office.js`,
    );
    await page.goto(`https://localhost:${port}/taskpane.html`);
    expect((await officeJs).status()).toBe(200);
    // The shell shows at once; the host line once Office.js has answered.
    await page
      .locator('[data-testid="sanaq-pane"][data-host="preview"]')
      .waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("sanaq-host").textContent()).toMatch(/Preview mode/);
    // office.js's own telemetry frame (offline: DNS fails) is tried 3 s after it loads; the
    // live-reload socket connects after the first render. Nothing is filtered below.
    await telemetryFrame;
    await page.waitForTimeout(500);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(await problems.cspViolations()).toEqual([]);
    // The one request off the origin is office.js's hidden frame, not the pane's.
    expect(foreign).toEqual([OFFICE_TELEMETRY_FRAME_URL]);
    await context.close();
  });

  it("a second npm start on the same port says the port is in use and exits 1", () => {
    const second = spawnSync(
      process.execPath,
      [join(ROOT, "scripts", "start.mjs"), "--port", String(port), "--no-sideload"],
      { cwd: ROOT, encoding: "utf8", timeout: 30_000, env: { ...process.env, HOME: home } },
    );
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`port ${port} is already in use`);
  });

  it("keeps running, and stops cleanly on SIGTERM", async () => {
    expect(child.exitCode).toBeNull();
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
