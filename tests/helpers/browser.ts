// Headless Chromium for browser tests (task pane e2e, axe scans), via playwright-core.
// A missing browser fails the tests in CI (CI=true) and lets them skip elsewhere.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
];

/** Where office.js and its host files come from in tests: the npm package, never the CDN. */
export const LOCAL_OFFICE_JS_DIR = join(
  __dirname,
  "..",
  "..",
  "node_modules",
  "@microsoft",
  "office-js",
  "dist",
);
export const OFFICE_JS_CDN_PREFIX = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/**
 * The hidden logging frame real office.js opens by itself 3 s after it loads (its
 * ULSEndpointProxy; scripts/csp.js says why the page's frame-src admits it).
 */
export const OFFICE_TELEMETRY_FRAME_URL =
  "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html";

/**
 * Answers the telemetry frame's navigation as this project's offline machines do, whatever
 * network the machine running the tests has: DNS fails (net::ERR_NAME_NOT_RESOLVED, what an
 * unrouted Chromium gets here). Chromium then shows its error page inside the hidden frame and
 * logs nothing to the page's console, so the tests check console errors without any filter.
 */
export async function routeOfficeTelemetryOffline(page: Page): Promise<void> {
  await page.route(`${OFFICE_TELEMETRY_FRAME_URL}*`, (route) => route.abort("namenotresolved"));
}

/**
 * Resolves when office.js has tried to open its telemetry frame (3 s after it loaded), so a
 * test's checks for console errors and CSP violations come after it. Call before page.goto.
 */
export function officeTelemetryFrameTried(page: Page, timeout = 20_000): Promise<unknown> {
  return page.waitForEvent("requestfailed", {
    predicate: (r) => r.url().startsWith(OFFICE_TELEMETRY_FRAME_URL),
    timeout,
  });
}

/**
 * True when Chromium can be launched. In CI a missing Chromium throws, so the test file fails
 * instead of skipping; use as `describe.skipIf(!chromiumAvailable())`.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI === "true") {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH} (CI=true, so browser tests fail instead of ` +
        "skipping). Install it (apt-get install chromium) or set CHROMIUM_PATH.",
    );
  }
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Serves https://appsforoffice.microsoft.com/lib/1/hosted/* from the local office-js package
 * (the page keeps the CDN URL, so its CSP is tested as in production), and office.js's own
 * telemetry frame as the offline network does (routeOfficeTelemetryOffline). Any other request
 * outside `allowedOrigin` is aborted and listed in the returned array.
 */
export async function routeOfficeJsToLocal(page: Page, allowedOrigin: string): Promise<string[]> {
  const blocked: string[] = [];
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_JS_CDN_PREFIX)) {
      const rest = new URL(url).pathname.slice(new URL(OFFICE_JS_CDN_PREFIX).pathname.length);
      const file = join(LOCAL_OFFICE_JS_DIR, decodeURIComponent(rest));
      if (!file.startsWith(LOCAL_OFFICE_JS_DIR) || !existsSync(file)) {
        await route.fulfill({ status: 404, body: "not in @microsoft/office-js/dist" });
        return;
      }
      await route.fulfill({ path: file, contentType: "text/javascript; charset=utf-8" });
      return;
    }
    if (url.startsWith(allowedOrigin) || url.startsWith("data:")) {
      await route.continue();
      return;
    }
    blocked.push(url);
    await route.abort("blockedbyclient");
  });
  // Registered last, so it runs before the catch-all route above.
  await routeOfficeTelemetryOffline(page);
  return blocked;
}

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  /** Content-Security-Policy violations reported in the page: "directive blocked-uri". */
  cspViolations: () => Promise<string[]>;
}

/** Collects console errors, uncaught exceptions and CSP violations from the page's start. */
export async function watchPage(page: Page): Promise<PageProblems> {
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      w.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return {
    consoleErrors,
    pageErrors,
    cspViolations: () =>
      page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  };
}

/**
 * Records when the pane (data-testid="sanaq-pane") first appears in the DOM, in ms from the
 * page's navigation start, as the page saw it. Call before page.goto; the returned function
 * reads the time (NaN while the pane has not appeared).
 */
export async function timePaneAppearance(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __paneAt?: number };
    new MutationObserver((_records, observer) => {
      if (document.querySelector('[data-testid="sanaq-pane"]')) {
        w.__paneAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  return () =>
    page.evaluate(() => (window as unknown as { __paneAt?: number }).__paneAt ?? Number.NaN);
}
