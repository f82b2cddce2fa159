// Task pane, in one run and interleaved: first render, time until Load is usable, and the first
// bundle's gzip size, each next to a static HTML page and to React alone.
// - first render: navigation start to the first paint that shows the pane's root element, by the
//   page's clock: the first contentful paint, or the moment the element reaches the DOM if that
//   is later. The same for all three pages. (Until issue 15's prerender it was the element in the
//   DOM alone, which a page holding it in its HTML reaches before it can paint: a blocking script
//   after it, or a bundle run before the first frame, would not have counted.)
// - Load usable: navigation start to the Load button in the DOM and enabled (in the browser
//   preview that is after the preview's own load of the seeds, which keeps it disabled);
// - first bundle: the JavaScript taskpane.html loads before the first render
//   (dist/bundle-size.json, written by the build); lazy chunks and Office.js not counted.
// Headless Chromium, dist/ on localhost, the CDN Office.js answered from node_modules, a fresh
// browser context per page load. The baselines: a static page holding the same root element
// and an enabled button, and the same two elements rendered by React alone (react-dom/client,
// production, bundled and minified by esbuild).
import { build } from "esbuild";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import {
  chromiumAvailable,
  launchChromium,
  LOCAL_OFFICE_JS_DIR,
  routeOfficeJsToLocal,
} from "../tests/helpers/browser";
import { ensureDist, ROOT } from "../tests/helpers/dist";
import { startStaticServer } from "../tests/helpers/static-server";
import type { BenchOptions, BenchRow } from "./types";

const TARGET_FIRST_GZIP_BYTES = 120 * 1024;
const TARGET_ALL_GZIP_BYTES = 300 * 1024;
const TARGET_RENDER_RATIO = 3;
const TARGET_LOAD_USABLE_MS = 1000;
const PANE = '[data-testid="sanaq-pane"]';
const LOAD = '[data-testid="sanaq-load"]';

/** The static baseline page: the same root element and an enabled button, nothing to run. */
const STATIC_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>static</title></head>' +
  `<body><div data-testid="sanaq-pane">Sanaq <button data-testid="sanaq-load">Load</button>` +
  "</div></body></html>\n";

const REACT_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>react</title>' +
  '<script defer src="react-alone.js"></script></head><body><div id="root"></div></body></html>\n';

/** React alone: react-dom/client rendering the two elements, as a production bundle. */
async function reactAloneBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { createElement as h } from "react";
        import { createRoot } from "react-dom/client";
        createRoot(document.getElementById("root")).render(
          h("div", { "data-testid": "sanaq-pane" }, "Sanaq ",
            h("button", { "data-testid": "sanaq-load" }, "Load")));`,
      resolveDir: ROOT,
      loader: "js",
    },
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    define: { "process.env.NODE_ENV": '"production"' },
    write: false,
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error("esbuild returned no code for the React baseline");
  return code;
}

interface BundleReport {
  gzipBytes: number;
  firstGzipBytes: number;
}

function bundleReport(dist: string): BundleReport {
  const file = join(dist, "bundle-size.json");
  const report = JSON.parse(readFileSync(file, "utf8")) as Partial<BundleReport>;
  for (const key of ["gzipBytes", "firstGzipBytes"] as const) {
    const bytes = report[key];
    if (typeof bytes !== "number" || !(bytes > 0)) {
      throw new Error(`${file}: ${key} is ${String(bytes)}, expected a byte count`);
    }
  }
  return report as BundleReport;
}

interface PageTimes {
  renderMs: number;
  loadUsableMs: number;
}

/** First render and Load usable of one page load, by the page's own clock, in a fresh context. */
async function pageTimes(browser: Browser, url: string, origin: string): Promise<PageTimes> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const blocked = await routeOfficeJsToLocal(page, origin);
    await page.addInitScript(
      ([pane, load]) => {
        const w = window as unknown as {
          __renderedAt?: number;
          __usableAt?: number;
          __paintedAt?: number;
        };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (entry.name === "first-contentful-paint") w.__paintedAt = entry.startTime;
          }
        }).observe({ type: "paint", buffered: true });
        new MutationObserver((_, observer) => {
          const now = performance.now();
          if (w.__renderedAt === undefined && document.querySelector(pane)) w.__renderedAt = now;
          const button = document.querySelector<HTMLButtonElement>(load);
          if (w.__usableAt === undefined && button && !button.disabled) w.__usableAt = now;
          if (w.__renderedAt !== undefined && w.__usableAt !== undefined) observer.disconnect();
        }).observe(document, { childList: true, subtree: true, attributes: true });
      },
      [PANE, LOAD] as const,
    );
    await page.goto(url);
    await page.locator(`${LOAD}:not([disabled])`).first().waitFor({ timeout: 30_000 });
    // The paint entry comes with the frame after the paint: wait for it.
    await page.waitForFunction(
      () => (window as { __paintedAt?: number }).__paintedAt !== undefined,
    );
    const times = await page.evaluate(() => {
      const w = window as unknown as {
        __renderedAt?: number;
        __usableAt?: number;
        __paintedAt?: number;
      };
      const inDom = w.__renderedAt ?? Number.NaN;
      return {
        renderMs: Math.max(inDom, w.__paintedAt ?? Number.NaN),
        loadUsableMs: w.__usableAt ?? Number.NaN,
      };
    });
    if (blocked.length > 0) throw new Error(`${url} requested outside localhost: ${blocked[0]}`);
    if (!Number.isFinite(times.renderMs) || !Number.isFinite(times.loadUsableMs)) {
      throw new Error(`${url}: no render or Load-usable time recorded`);
    }
    return times;
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const STATIC_NAME = "a static HTML page with the same element and an enabled button";
const REACT_NAME = "React alone rendering the same elements (react-dom/client, esbuild -minify)";

async function timeRows(dist: string, reactJs: string, runs: number): Promise<BenchRow[]> {
  const baseDir = mkdtempSync(join(tmpdir(), "sanaq-bench-pane-"));
  writeFileSync(join(baseDir, "static.html"), STATIC_PAGE);
  writeFileSync(join(baseDir, "react.html"), REACT_PAGE);
  writeFileSync(join(baseDir, "react-alone.js"), reactJs);
  const pane = await startStaticServer(dist);
  const base = await startStaticServer(baseDir);
  const browser = await launchChromium();
  try {
    const pages = {
      pane: () => pageTimes(browser, `${pane.origin}/taskpane.html`, pane.origin),
      static: () => pageTimes(browser, `${base.origin}/static.html`, base.origin),
      react: () => pageTimes(browser, `${base.origin}/react.html`, base.origin),
    };
    // Warm-up, not measured: the browser's first pages pay for its own start.
    for (const load of Object.values(pages)) await load();
    const got = { pane: [] as PageTimes[], static: [] as PageTimes[], react: [] as PageTimes[] };
    for (let i = 0; i < runs; i++) {
      // Interleaved, so all three see the same machine load.
      got.pane.push(await pages.pane());
      got.static.push(await pages.static());
      got.react.push(await pages.react());
    }
    const med = (list: PageTimes[], key: keyof PageTimes): number =>
      median(list.map((t) => t[key]));
    const render = med(got.pane, "renderMs");
    const usable = med(got.pane, "loadUsableMs");
    const staticRender = med(got.static, "renderMs");
    const suffix = `headless Chromium (median of ${runs})`;
    return [
      {
        name: `pane: first render ms vs static page, ${suffix}`,
        value: render,
        unit: "ms",
        baseline: staticRender,
        baselineName: STATIC_NAME,
        target: `<= ${TARGET_RENDER_RATIO}x the static page`,
        met: render <= TARGET_RENDER_RATIO * staticRender,
      },
      {
        name: `pane: first render ms vs React alone, ${suffix}`,
        value: render,
        unit: "ms",
        baseline: med(got.react, "renderMs"),
        baselineName: REACT_NAME,
      },
      {
        name: `pane: Load usable ms vs static page, ${suffix}`,
        value: usable,
        unit: "ms",
        baseline: med(got.static, "loadUsableMs"),
        baselineName: STATIC_NAME,
        target: "< 1 s of navigation (browser preview)",
        met: usable < TARGET_LOAD_USABLE_MS,
      },
      {
        name: `pane: Load usable ms vs React alone, ${suffix}`,
        value: usable,
        unit: "ms",
        baseline: med(got.react, "loadUsableMs"),
        baselineName: REACT_NAME,
      },
    ];
  } finally {
    await browser.close();
    await pane.close();
    await base.close();
    rmSync(baseDir, { recursive: true, force: true });
  }
}

export default async function paneBench({ short }: BenchOptions): Promise<BenchRow[]> {
  const dist = ensureDist();
  const report = bundleReport(dist);
  const reactJs = await reactAloneBundle();
  const kb = (bytes: number): number => bytes / 1024;
  const reactKb = kb(gzipSync(reactJs, { level: 9 }).length);
  const rows: BenchRow[] = [
    {
      name: "pane: first bundle KB gzip vs React alone",
      value: kb(report.firstGzipBytes),
      unit: "KB",
      baseline: reactKb,
      baselineName: REACT_NAME + ", gzip -9",
      target: "<= 120 KB gzip",
      met: report.firstGzipBytes <= TARGET_FIRST_GZIP_BYTES,
    },
    {
      name: "pane: first bundle KB gzip vs static page",
      value: kb(report.firstGzipBytes),
      unit: "KB",
      baseline: kb(gzipSync(STATIC_PAGE, { level: 9 }).length),
      baselineName: "the static page's HTML, gzip -9 (it has no script)",
    },
    {
      name: "pane: all chunks KB gzip (first + lazy) vs React alone",
      value: kb(report.gzipBytes),
      unit: "KB",
      baseline: reactKb,
      baselineName: REACT_NAME + ", gzip -9",
      target: "<= 300 KB gzip (lazy chunks included)",
      met: report.gzipBytes <= TARGET_ALL_GZIP_BYTES,
    },
  ];
  // The page's CDN Office.js is answered from the npm package: it must be installed.
  const officeJs = join(LOCAL_OFFICE_JS_DIR, "office.js");
  if (!existsSync(officeJs)) throw new Error(`${officeJs} is missing: run npm ci`);
  if (!chromiumAvailable()) {
    process.stderr.write("pane: Chromium not found, first render and Load usable not measured\n");
    return rows;
  }
  rows.push(...(await timeRows(dist, reactJs, short ? 1 : 5)));
  return rows;
}
