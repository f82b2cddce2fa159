// Task pane: the production bundle's gzip size (dist/bundle-size.json, written by the build)
// next to React alone (react + react-dom + scheduler production files, minified by terser the
// way webpack does it, gzip -9): what any React pane pays before Fluent UI and our own code.
// And first render in headless Chromium: navigation start to the pane's root element in the
// DOM (dist/ on localhost, the CDN Office.js served from node_modules), next to a static HTML
// page with the same element, measured the same way in the same browser.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { minify } from "terser";
import {
  chromiumAvailable,
  launchChromium,
  LOCAL_OFFICE_JS_DIR,
  routeOfficeJsToLocal,
} from "../tests/helpers/browser";
import { ensureDist, ROOT } from "../tests/helpers/dist";
import { startStaticServer } from "../tests/helpers/static-server";
import type { BenchOptions, BenchRow } from "./types";

const TARGET_GZIP_BYTES = 250 * 1024;
const TARGET_RENDER_MS = 1000;
const PANE_SELECTOR = '[data-testid="sanaq-pane"]';

/** The React runtime files a production bundle of a React 19 pane contains. */
const REACT_FILES = [
  "react/cjs/react.production.js",
  "react/cjs/react-jsx-runtime.production.js",
  "react-dom/cjs/react-dom.production.js",
  "react-dom/cjs/react-dom-client.production.js",
  "scheduler/cjs/scheduler.production.js",
];

async function reactGzipBytes(): Promise<number> {
  const code = REACT_FILES.map((f) => readFileSync(join(ROOT, "node_modules", f), "utf8"))
    // Each file in its own function scope, as webpack wraps modules; pushed, so none is dropped.
    .map((source) => `__modules.push(function(module,exports,require,process){${source}\n});`)
    .join("\n");
  const out = await minify(code, { compress: true, mangle: true });
  if (!out.code) throw new Error("terser returned no code for the React baseline");
  return gzipSync(out.code, { level: 9 }).length;
}

function bundleGzipBytes(dist: string): number {
  const file = join(dist, "bundle-size.json");
  const report = JSON.parse(readFileSync(file, "utf8")) as { gzipBytes?: unknown };
  if (typeof report.gzipBytes !== "number" || !(report.gzipBytes > 0)) {
    throw new Error(`${file}: gzipBytes is ${String(report.gzipBytes)}, expected a byte count`);
  }
  return report.gzipBytes;
}

/**
 * Milliseconds from navigation start to `selector` in the DOM, as the page's own clock saw it,
 * in a fresh browser context (no cache shared between runs).
 */
async function firstRenderMs(browser: Browser, url: string, origin: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const blocked = await routeOfficeJsToLocal(page, origin);
    await page.addInitScript((selector: string) => {
      const w = window as unknown as { __renderedAt?: number };
      new MutationObserver((_, observer) => {
        if (document.querySelector(selector)) {
          w.__renderedAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    }, PANE_SELECTOR);
    await page.goto(url);
    await page.locator(PANE_SELECTOR).first().waitFor({ state: "visible", timeout: 30_000 });
    const ms = await page.evaluate(
      () => (window as unknown as { __renderedAt?: number }).__renderedAt ?? Number.NaN,
    );
    if (blocked.length > 0) throw new Error(`${url} requested outside localhost: ${blocked[0]}`);
    if (!Number.isFinite(ms)) throw new Error(`${url}: no render time recorded`);
    return ms;
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The static baseline page: the same root element, and nothing to load or run. */
const STATIC_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>static</title></head>' +
  `<body><div data-testid="sanaq-pane">Sanaq</div></body></html>\n`;

async function renderRows(dist: string, runs: number): Promise<BenchRow[]> {
  const blankDir = mkdtempSync(join(tmpdir(), "sanaq-bench-pane-"));
  writeFileSync(join(blankDir, "static.html"), STATIC_PAGE);
  const pane = await startStaticServer(dist);
  const blank = await startStaticServer(blankDir);
  const browser = await launchChromium();
  try {
    const paneUrl = `${pane.origin}/taskpane.html`;
    const blankUrl = `${blank.origin}/static.html`;
    // Warm-up, not measured: the browser's first page pays for its own start.
    await firstRenderMs(browser, blankUrl, blank.origin);
    await firstRenderMs(browser, paneUrl, pane.origin);
    const paneMs: number[] = [];
    const blankMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      // Interleaved, so both sides see the same machine load.
      paneMs.push(await firstRenderMs(browser, paneUrl, pane.origin));
      blankMs.push(await firstRenderMs(browser, blankUrl, blank.origin));
    }
    const value = median(paneMs);
    return [
      {
        name: `pane: first render ms, headless Chromium (median of ${runs})`,
        value,
        unit: "ms",
        baseline: median(blankMs),
        baselineName: "a static HTML page with the same element, same browser",
        target: "< 1 s",
        met: value < TARGET_RENDER_MS,
      },
    ];
  } finally {
    await browser.close();
    await pane.close();
    await blank.close();
    rmSync(blankDir, { recursive: true, force: true });
  }
}

export default async function paneBench({ short }: BenchOptions): Promise<BenchRow[]> {
  const dist = ensureDist();
  const gzip = bundleGzipBytes(dist);
  const rows: BenchRow[] = [
    {
      name: "pane: bundle KB gzip (Office.js not included)",
      value: gzip / 1024,
      unit: "KB",
      baseline: (await reactGzipBytes()) / 1024,
      baselineName: "react + react-dom + scheduler, terser-minified, gzip -9",
      target: "<= 250 KB gzip",
      met: gzip <= TARGET_GZIP_BYTES,
    },
  ];
  // The page's CDN Office.js is answered from the npm package: it must be installed.
  const officeJs = join(LOCAL_OFFICE_JS_DIR, "office.js");
  if (!existsSync(officeJs)) throw new Error(`${officeJs} is missing: run npm ci`);
  if (!chromiumAvailable()) {
    process.stderr.write("pane: Chromium not found, first render not measured\n");
    return rows;
  }
  rows.push(...(await renderRows(dist, short ? 1 : 5)));
  return rows;
}
