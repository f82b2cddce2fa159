// The pane's prerendered shell for taskpane.html (issue 15: the first paint must not wait for
// the bundle). src/taskpane/prerender.tsx is bundled for Node by esbuild and run here, at each
// build; it gives the shell's HTML in kk, ru and en and the CSS it needs. The page gets:
// - in <head>: that CSS (Fluent's theme variables, griffel's rules, the components' own blocks);
// - in <body>: an empty #root, the three shells as inert <template>s, and
//   src/taskpane/shell-language.js inlined, which copies the shell in the pane's language into
//   #root while the page parses, then src/taskpane/run-after-paint.js, which starts the bundle
//   once that shell's first frame is drawn. Their sha256 go into the CSP's script-src
//   (scriptHash), so the policy still has no 'unsafe-inline' for scripts.
"use strict";
const { createHash } = require("node:crypto");
const { mkdtempSync, readFileSync, rmSync, writeFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const SHELL_LANGUAGE_SCRIPT = path.join(ROOT, "src", "taskpane", "shell-language.js");
const UNSUPPORTED_HOST_SCRIPT = path.join(ROOT, "src", "taskpane", "unsupported-host.js");
const RUN_AFTER_PAINT_SCRIPT = path.join(ROOT, "src", "taskpane", "run-after-paint.js");

/** The inline script, as the page carries it (its hash must be of exactly these bytes). */
function shellLanguageScript() {
  return readFileSync(SHELL_LANGUAGE_SCRIPT, "utf8").trim();
}

/**
 * The old-webview check, inlined first in <head> too: one request fewer before the first paint
 * (it was a file of its own, a round trip the page waited for before Office.js).
 */
function unsupportedHostScript() {
  return readFileSync(UNSUPPORTED_HOST_SCRIPT, "utf8").trim();
}

/** Starts the bundle after the shell's first frame; inlined last in <body>. */
function runAfterPaintScript() {
  return readFileSync(RUN_AFTER_PAINT_SCRIPT, "utf8").trim();
}

/** The CSP source that admits an inline script: 'sha256-…' of its text. */
function scriptHash(text) {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

function shellLanguageScriptHash() {
  return scriptHash(shellLanguageScript());
}

/** The inline scripts' hashes, for the CSP's script-src. */
function inlineScriptHashes() {
  return [
    scriptHash(unsupportedHostScript()),
    shellLanguageScriptHash(),
    scriptHash(runAfterPaintScript()),
  ];
}

/** Loads a CommonJS bundle from a scratch file (our own source, just bundled; no eval). */
function requireBundle(code) {
  const dir = mkdtempSync(path.join(tmpdir(), "sanaq-prerender-"));
  const file = path.join(dir, "prerender.cjs");
  try {
    writeFileSync(file, code);
    return require(file);
  } finally {
    delete require.cache[file];
    rmSync(dir, { recursive: true, force: true });
  }
}

/** FluentProvider writes its theme's CSS variables as the first child of its root element. */
const THEME_STYLE = /<style id="fui-FluentProvider[^"]*">[^<]*<\/style>/;

/**
 * Renders the shell with `themes` (what __SANAQ_LIGHT_THEME__ and __SANAQ_DARK_THEME__ are in the
 * bundle), in the bundle's mode:
 * griffel names its merged classes differently outside production ("___jdtuxv0_17k0bs4"), and the
 * dev server's bundle must find the names it computes.
 * @param {{ light: object, dark: object }} themes
 * @param {{ production?: boolean }} [options]
 * @returns {{ head: string, body: string }}
 */
function prerenderShell(themes, options = {}) {
  const mode = options.production === false ? "development" : "production";
  const { buildSync } = require("esbuild");
  const result = buildSync({
    entryPoints: [path.join(ROOT, "src", "taskpane", "prerender.tsx")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    jsx: "automatic",
    write: false,
    logLevel: "warning",
    define: {
      "process.env.NODE_ENV": JSON.stringify(mode),
      __SANAQ_LIGHT_THEME__: JSON.stringify(themes.light),
      __SANAQ_DARK_THEME__: JSON.stringify(themes.dark),
    },
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error("prerender: esbuild returned no code for src/taskpane/prerender.tsx");
  /** @type {{ head: string, shells: Record<string, string> }} */
  const pane = requireBundle(code).prerenderPane();

  // The theme's variables are the same in every language (same id too): once, in <head>, where
  // FluentProvider looks for them by id when it hydrates (useFluentProviderThemeStyleTag).
  const themeStyles = new Set();
  const templates = Object.entries(pane.shells).map(([language, html]) => {
    const themeStyle = THEME_STYLE.exec(html)?.[0];
    if (!themeStyle) throw new Error(`prerender: no theme <style> in the ${language} shell`);
    themeStyles.add(themeStyle);
    return `<template id="sanaq-shell-${language}">${html.replace(themeStyle, "")}</template>`;
  });
  if (themeStyles.size !== 1) throw new Error("prerender: the shells' theme styles differ");
  return {
    head: [...themeStyles][0] + pane.head,
    body:
      '<div id="root"></div>' +
      templates.join("") +
      `<script>${shellLanguageScript()}</script>` +
      `<script>${runAfterPaintScript()}</script>`,
  };
}

module.exports = {
  prerenderShell,
  shellLanguageScript,
  shellLanguageScriptHash,
  unsupportedHostScript,
  runAfterPaintScript,
  inlineScriptHashes,
};
