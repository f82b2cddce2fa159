// The production build (dist/): what it contains, and its size report against the target.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureDist, ROOT } from "../helpers/dist";

// Every chunk together, first and lazy. Issue 2 set 250 KB when the pane was one bundle; the
// gazetteer, the indicator proposals and the statement finder (issues 11, 12) came since, all in
// lazy chunks, so the bound is 300 KB now; what the first paint waits for is held to 120 KB below.
const TARGET_GZIP_BYTES = 300 * 1024;
let dist = "";

beforeAll(() => {
  dist = ensureDist();
});

/**
 * The pane's own scripts: <script src> tags, and the bundle's preload links that
 * run-after-paint.js turns into scripts after the first frame (data-sanaq-entry).
 */
function paneScripts(html: string): string[] {
  const tags = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1] ?? "");
  const entries = [...html.matchAll(/<link[^>]*\shref="?([^"\s>]+)"?[^>]*\sdata-sanaq-entry/g)];
  return [...tags, ...entries.map((m) => m[1] ?? "")].filter((src) => !src.startsWith("https://"));
}

describe("npm run build (dist/)", () => {
  it("has the page, its bundle, the manifest, the icons and every seed file", () => {
    const files = readdirSync(dist);
    expect(files).toEqual(expect.arrayContaining(["taskpane.html", "manifest.xml"]));
    expect(readdirSync(join(dist, "assets")).sort()).toEqual(
      readdirSync(join(ROOT, "assets")).sort(),
    );
    expect(readdirSync(join(dist, "seeds")).sort()).toEqual(
      readdirSync(join(ROOT, "seeds")).sort(),
    );
    expect(readFileSync(join(dist, "manifest.xml"), "utf8")).toBe(
      readFileSync(join(ROOT, "manifest.xml"), "utf8"),
    );
  });

  it("loads Office.js from Microsoft's CDN in <head>, before the pane's own script", () => {
    const html = readFileSync(join(dist, "taskpane.html"), "utf8");
    const head = html.slice(0, html.indexOf("</head>"));
    const officeJs = head.indexOf("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(officeJs).toBeGreaterThan(0);
    // Only the ES5 old-webview check comes before it, inline (no request); the pane's bundle after.
    const check = readFileSync(join(ROOT, "src", "taskpane", "unsupported-host.js"), "utf8");
    expect(head.indexOf(`<script>${check.trim()}</script>`)).toBeGreaterThan(0);
    expect(head.indexOf(`<script>${check.trim()}</script>`)).toBeLessThan(officeJs);
    expect(head.slice(0, head.lastIndexOf("<script", officeJs))).not.toMatch(/<script[^>]*\ssrc=/);
    const scripts = paneScripts(html);
    expect(scripts.length).toBeGreaterThan(0);
    expect(head.indexOf(scripts[0] ?? "")).toBeGreaterThan(officeJs);
    expect(readdirSync(dist)).not.toContain("office-js");
  });

  it("runs the bundle after the shell's first frame: preloaded in <head>, never a <script> tag", () => {
    const html = readFileSync(join(dist, "taskpane.html"), "utf8");
    const report = JSON.parse(readFileSync(join(dist, "bundle-size.json"), "utf8")) as {
      firstFiles: string[];
    };
    const head = html.slice(0, html.indexOf("</head>"));
    for (const file of report.firstFiles) {
      // A <script defer> would run it before the first frame whenever it arrived first.
      expect(html).not.toMatch(new RegExp(`<script[^>]*src="?${file.replaceAll(".", "\\.")}`));
      expect(head).toMatch(
        new RegExp(`<link[^>]*href="?${file.replaceAll(".", "\\.")}"?[^>]*data-sanaq-entry`),
      );
    }
    const runner = readFileSync(join(ROOT, "src", "taskpane", "run-after-paint.js"), "utf8");
    expect(html.slice(html.indexOf("<body"))).toContain(`<script>${runner.trim()}</script>`);
  });

  it("uses no eval: plain source maps, not eval-wrapped modules", () => {
    const html = readFileSync(join(dist, "taskpane.html"), "utf8");
    // The bundle's scripts (unsupported-host.js, hand-written ES5, is inline in the page).
    for (const script of paneScripts(html)) {
      const js = readFileSync(join(dist, script), "utf8");
      expect(js).not.toMatch(/\beval\(/);
      expect(js).not.toMatch(/sourceURL=webpack/);
      expect(js).toMatch(/\/\/# sourceMappingURL=/);
    }
  });

  it("reports the pane's gzip size in bundle-size.json, within 300 KB (lazy chunks included)", () => {
    const report = JSON.parse(readFileSync(join(dist, "bundle-size.json"), "utf8")) as {
      gzipBytes: number;
      rawBytes: number;
    };
    // Every script webpack emitted (entry and any lazy chunks); office.js is never among them.
    const scripts = readdirSync(dist)
      .filter((f) => f.endsWith(".js"))
      .map((f) => readFileSync(join(dist, f)));
    const raw = scripts.reduce((sum, b) => sum + b.length, 0);
    const gzip = scripts.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
    expect(report.rawBytes).toBe(raw);
    expect(report.gzipBytes).toBe(gzip);
    expect(report.gzipBytes).toBeLessThanOrEqual(TARGET_GZIP_BYTES);
  });

  it("loads only the first bundle from the page (at most 120 KB gzip); the rest are lazy chunks", () => {
    const report = JSON.parse(readFileSync(join(dist, "bundle-size.json"), "utf8")) as {
      files: string[];
      firstFiles: string[];
      firstGzipBytes: number;
    };
    const html = readFileSync(join(dist, "taskpane.html"), "utf8");
    expect(paneScripts(html).sort()).toEqual(report.firstFiles);
    const gzip = report.firstFiles.reduce(
      (sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length,
      0,
    );
    expect(report.firstGzipBytes).toBe(gzip);
    expect(report.firstGzipBytes).toBeLessThanOrEqual(120 * 1024);
    // The sections, the domain and the Excel writer are chunks of their own, not in the page.
    const lazy = report.files.filter((f) => !report.firstFiles.includes(f));
    for (const name of ["domain", "excel", "conflicts", "sources", "add-source"]) {
      expect(lazy.some((f) => f.startsWith(`${name}.`))).toBe(true);
    }
    // The number reader ("ablative", a case its qualifiers read) and the checks (a message of
    // the share check) are in lazy chunks (shared by the domain and the sections), not in the
    // first bundle.
    const text = (files: string[]) =>
      files.map((f) => readFileSync(join(dist, f), "utf8")).join("\n");
    const first = text(report.firstFiles);
    const later = text(lazy);
    for (const marker of ['"ablative"', "and upper ≥ value for a range"]) {
      expect(later).toContain(marker);
      expect(first).not.toContain(marker);
    }
  });
});
